import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { queueInstalled } from '../../queue/ingestion-queue.ts';
import { countJobs, listJobs } from '../../queue/job-status.ts';
import { Article } from '../article/article.type.ts';
import type { Context } from '../context.ts';
import {
  IngestionJob,
  IngestionJobKind,
  IngestionJobs,
  IngestionJobStatus,
  STATE_BY_STATUS,
} from './ingestion-job.type.ts';
import { KIND_QUEUES, sqlExecutor, toIngestionJob } from './ingestion-jobs.ts';

const MAX_FIRST = 100;

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
    const { db } = context;
    const zero = { queued: 0, active: 0, retrying: 0, completed: 0, failed: 0, cancelled: 0, total: 0 };
    if (!(await queueInstalled(db))) return { installed: false, counts: zero, nodes: [] };
    const execute = sqlExecutor(db);
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
