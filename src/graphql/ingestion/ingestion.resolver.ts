import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { EXTRACTOR_VERSION } from '../../extraction/version.ts';
import { reanalyseJobKey, storedArticleJobKey } from '../../queue/ingestion-queue.ts';
import { countJobs, listJobs, queueInstalled, type JobSummary } from '../../queue/job-status.ts';
import { Article } from '../article/article.type.ts';
import type { Context } from '../context.ts';
import { sqlExecutor } from './ingestion.loaders.ts';
import {
  ArticleIngestionState,
  ArticleIngestionStatus,
  IngestionJob,
  IngestionJobKind,
  IngestionJobs,
  IngestionJobStatus,
  KIND_QUEUES,
  STATE_BY_STATUS,
  toIngestionJob,
} from './ingestion.type.ts';

const MAX_FIRST = 100;

const PENDING: Partial<Record<IngestionJobStatus, ArticleIngestionStatus>> = {
  [IngestionJobStatus.QUEUED]: ArticleIngestionStatus.QUEUED,
  [IngestionJobStatus.ACTIVE]: ArticleIngestionStatus.ACTIVE,
  [IngestionJobStatus.RETRYING]: ArticleIngestionStatus.RETRYING,
  [IngestionJobStatus.FAILED]: ArticleIngestionStatus.FAILED,
};

@Resolver(() => IngestionJob)
export class IngestionJobResolver {
  @Query(() => IngestionJobs, {
    description: 'Jobs in the ingestion queue: counts per status and the newest jobs, with their errors.',
  })
  async ingestionJobs(
    @Ctx() context: Context,
    @Arg('kind', () => IngestionJobKind, { nullable: true, description: 'Only ingestions or only re-analyses.' })
    kind?: IngestionJobKind | null,
    @Arg('batch', () => String, { nullable: true, description: 'Only the jobs of one batch (one CLI run).' })
    batch?: string | null,
    @Arg('status', () => [IngestionJobStatus], { nullable: true, description: 'Only jobs in these statuses.' })
    status?: IngestionJobStatus[] | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many jobs to list, at most ${MAX_FIRST}.` })
    first = 20,
  ): Promise<IngestionJobs> {
    const zero = { queued: 0, active: 0, retrying: 0, completed: 0, failed: 0, cancelled: 0, total: 0 };
    const execute = sqlExecutor(context.reader);
    if (!(await queueInstalled(execute))) return { installed: false, counts: zero, nodes: [] };
    const filter = {
      queues: kind ? [KIND_QUEUES[kind]] : undefined,
      batch: batch ?? null,
      states: status?.map((value) => STATE_BY_STATUS[value]) ?? null,
    };
    const [counts, jobs] = await Promise.all([
      countJobs(execute, { ...filter, states: null }),
      listJobs(execute, { ...filter, limit: Math.max(0, Math.min(first, MAX_FIRST)) }),
    ]);
    return { installed: true, counts, nodes: jobs.map((job) => toIngestionJob(job, context)) };
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The article the job stored or re-analysed.' })
  article(@Root() job: IngestionJob, @Ctx() { loaders }: Context): Promise<Article | null> | null {
    return job.articleId === null ? null : loaders.article.load(job.articleId);
  }
}

@Resolver(() => Article)
export class ArticleIngestionResolver {
  @FieldResolver(() => ArticleIngestionState, {
    description: "The article's ingestion state: its extractor version and its newest queue job, if any.",
  })
  async ingestionState(
    @Root() article: Article & { contentHash: string },
    @Ctx() context: Context,
  ): Promise<ArticleIngestionState> {
    const { loaders } = context;
    // The article's ingest job is keyed as the queue keys it (URL, else content hash).
    const keys = [storedArticleJobKey(article), reanalyseJobKey(article.id)];
    const jobs = (await loaders.latestJob.loadMany(keys)).filter(
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
