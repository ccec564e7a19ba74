import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { EXTRACTOR_VERSION } from '../../extraction/version.ts';
import { articleJobKey, reanalyseJobKey } from '../../queue/ingestion-queue.ts';
import type { JobSummary } from '../../queue/job-status.ts';
import { Article } from '../article/article.type.ts';
import type { Context } from '../context.ts';
import { ArticleIngestionState, ArticleIngestionStatus, IngestionJobStatus } from './ingestion-job.type.ts';
import { latestJobLoader, toIngestionJob } from './ingestion-jobs.ts';

const PENDING: Partial<Record<IngestionJobStatus, ArticleIngestionStatus>> = {
  [IngestionJobStatus.QUEUED]: ArticleIngestionStatus.QUEUED,
  [IngestionJobStatus.ACTIVE]: ArticleIngestionStatus.ACTIVE,
  [IngestionJobStatus.RETRYING]: ArticleIngestionStatus.RETRYING,
  [IngestionJobStatus.FAILED]: ArticleIngestionStatus.FAILED,
};

@Resolver(() => Article)
export class ArticleIngestionResolver {
  @FieldResolver(() => ArticleIngestionState, {
    description: "The article's ingestion state: its extractor version and its newest queue job, if any.",
  })
  async ingestionState(
    @Root() article: Article & { contentHash?: string },
    @Ctx() context: Context,
  ): Promise<ArticleIngestionState> {
    const loader = latestJobLoader(context);
    // The article's ingest job is keyed as the queue keys it (URL, else content hash).
    const keys = [
      articleJobKey({ url: article.url, headline: article.headline, body: article.body }),
      reanalyseJobKey(article.id),
    ];
    const jobs = (await loader.loadMany(keys)).filter(
      (job): job is JobSummary => job !== null && !(job instanceof Error),
    );
    const newest = jobs.sort((a, b) => b.createdOn.getTime() - a.createdOn.getTime())[0];
    const latestJob = newest ? toIngestionJob(newest, context) : null;
    return {
      status: (latestJob && PENDING[latestJob.status]) ?? ArticleIngestionStatus.STORED,
      extractorVersion: article.extractorVersion,
      current: article.extractorVersion === EXTRACTOR_VERSION,
      latestJob,
    };
  }
}
