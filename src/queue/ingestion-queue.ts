// The ingestion job queue: pg-boss in the service's own PostgreSQL (its tables live in the `pgboss`
// schema), so any number of API processes and workers on any number of hosts share one queue.
//
// Two queues carry work, each with a dead-letter queue that keeps a job's payload and error once its
// retries are spent:
//   ingest-article     an article to validate, extract and store (payload: the article input)
//   reanalyse-article  a stored article to extract again (payload: the article id)
// Jobs are keyed (pg-boss singletonKey) by the article's URL, or by its content hash when it has no
// URL, on `exclusive` queues: while a job for an article is queued or running, enqueuing it again
// adds nothing. Once done, enqueuing again adds a job that finds the article stored and changes
// nothing, because ingestArticle is idempotent on the same keys.
import { randomUUID } from 'node:crypto';
import { PgBoss, fromPrisma, type JobInsert } from 'pg-boss';
import type { ArticleInput, ValidArticle } from '../ingestion/article-input.ts';
import { contentHash } from '../ingestion/identity.ts';
import type { Database } from '../store/prisma-client.ts';

export const QUEUE_SCHEMA = 'pgboss';
export const INGEST_QUEUE = 'ingest-article';
export const INGEST_DEAD_LETTER_QUEUE = 'ingest-article-dead';
export const REANALYSE_QUEUE = 'reanalyse-article';
export const REANALYSE_DEAD_LETTER_QUEUE = 'reanalyse-article-dead';

/** Retries after the first attempt, with exponential backoff from RETRY_DELAY_SECONDS. */
export const RETRY_LIMIT = 3;
export const RETRY_DELAY_SECONDS = 2;
export const RETRY_DELAY_MAX_SECONDS = 120;
/** A job running longer than this is stopped and retried, even if its worker still beats. */
export const JOB_EXPIRE_SECONDS = 300;
/**
 * A worker beats for each job in its hands every half of this; a job with no beat for this long died
 * with its worker (a crash, `kill -9`, a lost host) and is retried, so another worker has it seconds
 * later instead of after the expiry. pg-boss's minimum.
 */
export const HEARTBEAT_SECONDS = 10;
/** How often a supervising process (a worker) looks for silent or expired jobs. */
export const SUPERVISE_INTERVAL_SECONDS = 5;

export interface IngestJobData {
  article: ArticleInput;
  /** Groups the jobs of one CLI run, for its progress; null when enqueued alone. */
  batch: string | null;
  /** Where the article came from (file, file:line), for error reports. */
  label: string | null;
}

export interface ReanalyseJobData {
  articleId: number;
  batch: string | null;
}

export interface EnqueueResult {
  /** Id of each job created, in input order; null where a job for the same article was already queued. */
  jobIds: (string | null)[];
  created: number;
  alreadyQueued: number;
}

/** The job key of an article: its URL, else its content hash (the keys ingestArticle dedupes on). */
export function articleJobKey(article: Pick<ValidArticle, 'url' | 'headline' | 'body'>): string {
  return article.url ? `url:${article.url}` : `hash:${contentHash(article.headline, article.body)}`;
}

/** The same key for a stored article, from the content hash it was stored with. */
export function storedArticleJobKey(article: { url: string | null; contentHash: string }): string {
  return article.url ? `url:${article.url}` : `hash:${article.contentHash}`;
}

export function reanalyseJobKey(articleId: number): string {
  return `article:${articleId}`;
}

/** Per-job retry settings in place of the queue's (tests use short delays). */
export type RetryOverride = Pick<JobInsert, 'retryLimit' | 'retryDelay' | 'retryBackoff'>;

export type QueueConnection = { connectionString: string; max?: number } | { db: Database };

export interface OpenQueueOptions {
  /** Run pg-boss's maintenance (expiring stuck jobs, retention) in this process. Workers do. */
  supervise?: boolean;
  /**
   * Install or migrate pg-boss's schema and create the queues. Needs a connection string: pg-boss's
   * migrations are multi-statement scripts that a Prisma-backed connection cannot run.
   */
  install?: boolean;
}

/** A started pg-boss with the project's queues; stop() when done. */
export class IngestionQueue {
  private constructor(readonly boss: PgBoss) {}

  static async open(connection: QueueConnection, options: OpenQueueOptions = {}): Promise<IngestionQueue> {
    const install = options.install ?? 'connectionString' in connection;
    const boss = new PgBoss({
      ...('connectionString' in connection
        ? { connectionString: connection.connectionString, max: connection.max ?? 4 }
        : { db: fromPrisma(connection.db) }),
      schema: QUEUE_SCHEMA,
      migrate: install,
      supervise: options.supervise ?? false,
      // The monitor that retries jobs whose heartbeat stopped runs at these intervals (default: 60 s).
      ...(options.supervise
        ? { superviseIntervalSeconds: SUPERVISE_INTERVAL_SECONDS, monitorIntervalSeconds: SUPERVISE_INTERVAL_SECONDS }
        : {}),
      schedule: false,
      registerInstance: options.supervise ?? false,
      persistWarnings: false,
      monitorVacuum: false,
      reindex: false,
    });
    // pg-boss reports background errors as events; without a listener Node would throw them.
    boss.on('error', (error) => console.error(`queue: ${error instanceof Error ? error.message : String(error)}`));
    await boss.start();
    const queue = new IngestionQueue(boss);
    if (install) await queue.createQueues();
    return queue;
  }

  private async createQueues(): Promise<void> {
    const queues = await this.boss.getQueues();
    const existing = new Set(queues.map((queue) => queue.name));
    const retry = {
      retryLimit: RETRY_LIMIT,
      retryDelay: RETRY_DELAY_SECONDS,
      retryBackoff: true,
      retryDelayMax: RETRY_DELAY_MAX_SECONDS,
      expireInSeconds: JOB_EXPIRE_SECONDS,
      heartbeatSeconds: HEARTBEAT_SECONDS,
      // Finished jobs stay a week, so `ingestionJobs` can still report a batch's failures.
      deleteAfterSeconds: 7 * 24 * 3600,
    };
    for (const [name, deadLetter] of [
      [INGEST_QUEUE, INGEST_DEAD_LETTER_QUEUE],
      [REANALYSE_QUEUE, REANALYSE_DEAD_LETTER_QUEUE],
    ] as const) {
      // Two processes may install at once: a queue the other one created first is fine.
      if (!existing.has(deadLetter))
        await ignoreExists(this.boss.createQueue(deadLetter, { retentionSeconds: 30 * 24 * 3600 }));
      if (!existing.has(name))
        await ignoreExists(this.boss.createQueue(name, { policy: 'exclusive', deadLetter, ...retry }));
      // Queues made by an earlier version had no heartbeat: their crashed jobs waited for the expiry.
      else if (queues.find((queue) => queue.name === name)?.heartbeatSeconds !== HEARTBEAT_SECONDS)
        await this.boss.updateQueue(name, { heartbeatSeconds: HEARTBEAT_SECONDS });
    }
  }

  /** Queues valid articles for ingestion; articles already queued or running are not queued twice. */
  async enqueueArticles(
    articles: { article: ValidArticle; label?: string | null }[],
    options: { batch?: string | null; retry?: RetryOverride } = {},
  ): Promise<EnqueueResult> {
    const jobs: JobInsert<IngestJobData>[] = articles.map(({ article, label }) => ({
      ...options.retry,
      id: randomUUID(),
      singletonKey: articleJobKey(article),
      data: {
        article: { ...article, publishedAt: article.publishedAt?.toISOString() ?? null },
        batch: options.batch ?? null,
        label: label ?? null,
      },
    }));
    return this.insert(INGEST_QUEUE, jobs);
  }

  /** Queues a re-extraction of each stored article. */
  async enqueueReanalysis(articleIds: number[], options: { batch?: string | null } = {}): Promise<EnqueueResult> {
    const jobs: JobInsert<ReanalyseJobData>[] = articleIds.map((articleId) => ({
      id: randomUUID(),
      singletonKey: reanalyseJobKey(articleId),
      data: { articleId, batch: options.batch ?? null },
    }));
    return this.insert(REANALYSE_QUEUE, jobs);
  }

  private async insert(name: string, jobs: JobInsert[]): Promise<EnqueueResult> {
    const inserted = new Set<string>();
    // One statement per chunk keeps each well under PostgreSQL's parameter and packet limits.
    for (let start = 0; start < jobs.length; start += 500) {
      const ids = await this.boss.insert(name, jobs.slice(start, start + 500), { returnId: true });
      for (const id of ids ?? []) inserted.add(id);
    }
    const jobIds = jobs.map((job) => (inserted.has(job.id!) ? job.id! : null));
    return { jobIds, created: inserted.size, alreadyQueued: jobs.length - inserted.size };
  }

  stop(): Promise<void> {
    return this.boss.stop({ graceful: true, timeout: 30_000 });
  }
}

async function ignoreExists(action: Promise<void>): Promise<void> {
  try {
    await action;
  } catch (error) {
    if (!/already exists|duplicate key/i.test((error as Error).message)) throw error;
  }
}

const queuesByUrl = new Map<string, Promise<IngestionQueue>>();

/**
 * A producer-only queue for an API process, started once per database URL. It neither installs nor
 * maintains: a worker or an enqueuing CLI run installs the queue first. (pg-boss cannot start over a
 * Prisma client: Prisma cannot read some column types pg-boss's checks return.)
 */
export function queueForUrl(connectionString: string): Promise<IngestionQueue> {
  let queue = queuesByUrl.get(connectionString);
  if (!queue) {
    queue = IngestionQueue.open({ connectionString, max: 2 }, { install: false, supervise: false });
    queuesByUrl.set(connectionString, queue);
    // A failed start is tried again on the next call.
    queue.catch(() => queuesByUrl.delete(connectionString));
  }
  return queue;
}

/**
 * Stops the producer queues `queueForUrl` started; the service calls it on shutdown, since their
 * pg-boss pools and timers would otherwise keep the process alive after the server has stopped.
 */
export async function stopProducerQueues(): Promise<void> {
  const queues = [...queuesByUrl.values()];
  queuesByUrl.clear();
  await Promise.all(
    queues.map(async (started) => {
      const queue = await started.catch(() => null);
      await queue?.stop();
    }),
  );
}

/** True once pg-boss's schema and the ingestion queue exist in this database. */
