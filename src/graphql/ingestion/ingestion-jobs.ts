// Reads the queue for the API through the request's Prisma client (no pg-boss instance needed).
import DataLoader from 'dataloader';
import { fromPrisma } from 'pg-boss';
import { INGEST_QUEUE, REANALYSE_QUEUE, queueInstalled } from '../../queue/ingestion-queue.ts';
import { latestJobsByKey, type JobSummary, type SqlExecutor } from '../../queue/job-status.ts';
import type { Database } from '../../store/prisma-client.ts';
import type { Context } from '../context.ts';
import { IngestionJob, IngestionJobKind, STATUS_BY_STATE } from './ingestion-job.type.ts';

export function sqlExecutor(db: Database): SqlExecutor {
  const adapter = fromPrisma(db);
  return (text, values) => adapter.executeSql(text, values);
}

/** A job as the API shows it; where it came from and why it failed only to who may see job details. */
export function toIngestionJob(job: JobSummary, { seesJobDetails }: Pick<Context, 'seesJobDetails'>): IngestionJob {
  const detail = <T>(value: T): T | null => (seesJobDetails ? value : null);
  return Object.assign(new IngestionJob(), {
    id: job.id,
    kind: job.queue === REANALYSE_QUEUE ? IngestionJobKind.REANALYSE : IngestionJobKind.INGEST,
    status: STATUS_BY_STATE[job.state],
    batch: job.batch,
    label: detail(job.label),
    headline: detail(job.headline),
    url: detail(job.url),
    attempts: job.attempts,
    maxAttempts: job.retryLimit + 1,
    error: detail(job.error),
    createdAt: job.createdOn,
    startedAt: job.startedOn,
    completedAt: job.completedOn,
    articleId: job.articleId,
  });
}

export const KIND_QUEUES: Record<IngestionJobKind, string> = {
  [IngestionJobKind.INGEST]: INGEST_QUEUE,
  [IngestionJobKind.REANALYSE]: REANALYSE_QUEUE,
};

// One loader per request (keyed on the request's context), so a page of articles costs one query.
const loaders = new WeakMap<Context, DataLoader<string, JobSummary | null>>();

export function latestJobLoader(context: Context): DataLoader<string, JobSummary | null> {
  let loader = loaders.get(context);
  if (!loader) {
    let installed: Promise<boolean> | undefined;
    loader = new DataLoader(async (keys) => {
      installed ??= queueInstalled(context.db);
      if (!(await installed)) return keys.map(() => null);
      const jobs = await latestJobsByKey(sqlExecutor(context.db), keys);
      return keys.map((key) => jobs.get(key) ?? null);
    });
    loaders.set(context, loader);
  }
  return loader;
}
