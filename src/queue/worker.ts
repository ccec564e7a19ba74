// A worker: takes ingestion and re-analysis jobs from the queue and runs them. Any number of workers,
// in any number of processes on any number of hosts, share the queue; pg-boss hands each job to one
// of them (SELECT ... FOR UPDATE SKIP LOCKED) and gives it to another if its worker dies.
import type { Job, JobResult } from 'pg-boss';
import { ingestArticlesSettled, type IngestResult } from '../ingestion/ingest-articles.ts';
import { ArticleNotFoundError, reanalyseArticle } from '../ingestion/reanalyse-article.ts';
import type { Database } from '../store/prisma-client.ts';
import {
  INGEST_QUEUE,
  IngestionQueue,
  REANALYSE_QUEUE,
  type IngestJobData,
  type ReanalyseJobData,
} from './ingestion-queue.ts';

export interface WorkerOptions {
  databaseUrl: string;
  db: Database;
  /** Jobs this process works on at once. */
  concurrency: number;
  maxBodyChars: number;
  /** How often an idle worker looks for jobs, in seconds (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** Called after each job, for logs. */
  onJob?: (event: JobEvent) => void;
}

export interface JobEvent {
  queue: string;
  jobId: string;
  status: 'completed' | 'failed' | 'deadletter';
  label: string;
  message: string;
  milliseconds: number;
}

export interface RunningWorker {
  queue: IngestionQueue;
  stop(): Promise<void>;
}

/**
 * Jobs fetched per poll by each of the `concurrency` fetch loops; a full batch fetches again at once.
 * An ingestion batch is stored in one transaction.
 */
const BATCH_SIZE = 10;

export const DEFAULT_WORKER_CONCURRENCY = 2;

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const queue = await IngestionQueue.open(
    { connectionString: options.databaseUrl, max: Math.max(4, options.concurrency + 2) },
    { install: true, supervise: true },
  );
  const work = {
    localConcurrency: options.concurrency,
    batchSize: BATCH_SIZE,
    burstWhenBatchFull: true,
    perJobResults: true,
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 0.5,
  } as const;
  await queue.boss.work<IngestJobData>(INGEST_QUEUE, work, (jobs) => runIngestJobs(jobs, options));
  await queue.boss.work<ReanalyseJobData>(REANALYSE_QUEUE, work, (jobs) =>
    settleEach(jobs, REANALYSE_QUEUE, options, (job) => runReanalyseJob(job, options)),
  );
  return { queue, stop: () => queue.stop() };
}

type Outcome = { status: 'completed' | 'deadletter'; output: Record<string, unknown>; label: string; message: string };

/** Runs a batch's jobs one after another, each settled on its own: one bad article fails alone. */
async function settleEach<T>(
  jobs: Job<T>[],
  queue: string,
  options: WorkerOptions,
  run: (job: Job<T>) => Promise<Outcome>,
): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) {
    const started = performance.now();
    let outcome: PromiseSettledResult<Outcome>;
    try {
      outcome = { status: 'fulfilled', value: await run(job) };
    } catch (error) {
      outcome = { status: 'rejected', reason: error };
    }
    results.push(settle(job, queue, outcome, started, options));
  }
  return results;
}

/**
 * Body characters whose extraction may run at once. Extraction is synchronous (about a second per
 * 100,000 characters here): a fetch of ten long articles extracted in one go would hold the event
 * loop past the heartbeat, and the monitor would retry jobs that are still running.
 */
const EXTRACTION_CHARS_PER_STEP = 200_000;

/** The jobs in runs whose bodies together stay within EXTRACTION_CHARS_PER_STEP (one job at least). */
function extractionSteps(jobs: Job<IngestJobData>[]): Job<IngestJobData>[][] {
  const steps: Job<IngestJobData>[][] = [];
  let chars = Infinity;
  for (const job of jobs) {
    const length = typeof job.data.article.body === 'string' ? job.data.article.body.length : 0;
    if (chars + length > EXTRACTION_CHARS_PER_STEP) {
      steps.push([]);
      chars = 0;
    }
    steps.at(-1)!.push(job);
    chars += length;
  }
  return steps;
}

/**
 * Stores a batch's articles in one transaction per extraction step (usually the whole batch), each
 * job settled on its own: invalid input dead-letters its job alone, and a batch failing unexpectedly
 * is run again one article at a time.
 */
async function runIngestJobs(jobs: Job<IngestJobData>[], options: WorkerOptions): Promise<JobResult[]> {
  const started = performance.now();
  const results: JobResult[] = [];
  for (const step of extractionSteps(jobs)) {
    const settled = await ingestArticlesSettled(
      options.db,
      step.map((job) => job.data.article),
      { maxBodyChars: options.maxBodyChars },
    );
    step.forEach((job, i) => {
      const result = settled[i]!;
      const outcome: PromiseSettledResult<Outcome> =
        result.status === 'fulfilled' ? { status: 'fulfilled', value: ingestOutcome(job, result.value) } : result;
      results.push(settle(job, INGEST_QUEUE, outcome, started, options));
    });
  }
  return results;
}

/** A job's result for pg-boss, reported to `onJob` with the time since `started`. */
function settle<T>(
  job: Job<T>,
  queue: string,
  outcome: PromiseSettledResult<Outcome>,
  started: number,
  options: WorkerOptions,
): JobResult {
  let result: JobResult;
  let event: Omit<JobEvent, 'milliseconds'>;
  if (outcome.status === 'fulfilled') {
    const { status, output, label, message } = outcome.value;
    result = { id: job.id, status, output };
    event = { queue, jobId: job.id, status, label, message };
  } else {
    // Anything unexpected (the database went away, a deadlock) is retried with backoff; after the
    // last retry pg-boss moves the job to the dead-letter queue with this output.
    const error = outcome.reason as unknown;
    const message = error instanceof Error ? error.message : String(error);
    result = { id: job.id, status: 'failed', output: { message } };
    event = { queue, jobId: job.id, status: 'failed', label: jobLabel(job), message };
  }
  options.onJob?.({ ...event, milliseconds: performance.now() - started });
  return result;
}

function jobLabel(job: Job<unknown>): string {
  const data = job.data as Partial<IngestJobData & ReanalyseJobData>;
  return (
    data.label ?? data.article?.url ?? data.article?.headline ?? (data.articleId ? `article ${data.articleId}` : job.id)
  );
}

function ingestOutcome(job: Job<IngestJobData>, result: IngestResult): Outcome {
  const label = jobLabel(job);
  if (result.userErrors.length > 0) {
    // Invalid input fails the same way every time: straight to the dead-letter queue, no retries.
    const message = result.userErrors.map((error) => `${error.field.join('.')}: ${error.message}`).join('; ');
    return { status: 'deadletter', output: { message, userErrors: result.userErrors }, label, message };
  }
  const article = result.article!;
  return {
    status: 'completed',
    output: { articleId: article.id, created: result.created },
    label,
    message: `${result.created ? 'stored' : 'already stored'} article ${article.id}`,
  };
}

async function runReanalyseJob(job: Job<ReanalyseJobData>, options: WorkerOptions): Promise<Outcome> {
  const label = `article ${job.data.articleId}`;
  try {
    const result = await reanalyseArticle(options.db, job.data.articleId);
    return {
      status: 'completed',
      output: { ...result },
      label,
      message: `re-extracted with ${result.extractorVersion} (${result.statements} statements)`,
    };
  } catch (error) {
    if (error instanceof ArticleNotFoundError) {
      return { status: 'deadletter', output: { message: error.message }, label, message: error.message };
    }
    throw error;
  }
}
