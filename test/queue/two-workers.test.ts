// Two worker processes on one queue: each job is done exactly once, re-running a batch adds nothing,
// failing jobs retry with backoff and then land in the dead-letter queue with their error.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateArticleInput, type ValidArticle } from '../../src/ingestion/article-input.ts';
import { INGEST_DEAD_LETTER_QUEUE, INGEST_QUEUE, IngestionQueue } from '../../src/queue/ingestion-queue.ts';
import { countJobs, listJobs, type SqlExecutor } from '../../src/queue/job-status.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { generatedArticle } from '../support/generate-articles.ts';

const ARTICLES = 40;

function valid(input: unknown): ValidArticle {
  const result = validateArticleInput(input, { maxBodyChars: 200_000 });
  if (!result.ok) throw new Error('invalid test article');
  return result.article;
}

interface Worker {
  process: ChildProcess;
  output: string;
  started: Promise<void>;
}

function startWorkerProcess(databaseUrl: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--concurrency', '2'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const worker: Worker = { process: child, output: '', started: Promise.resolve() };
  worker.started = new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      worker.output += chunk.toString();
      if (worker.output.includes(' started: ')) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (worker.output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${worker.output}`)));
  });
  return worker;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Job ids a worker's log says it completed ("done ingest-article ID ..."). An attempt that failed
 * (two workers racing to create the same new actor, say) is logged as "retry" and runs again.
 */
function completedJobIds(output: string): string[] {
  return [...output.matchAll(/^done \S+ ([0-9a-f-]{36}) /gm)].map((match) => match[1]!);
}

describe('the ingestion queue with two worker processes', () => {
  let database: TestDatabase;
  let db: Database;
  let queue: IngestionQueue;
  let execute: SqlExecutor;
  const workers: Worker[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url);
    queue = await IngestionQueue.open({ connectionString: database.url });
    execute = (text, values) => queue.boss.getDb().executeSql(text, values);
    workers.push(startWorkerProcess(database.url), startWorkerProcess(database.url));
    await Promise.all(workers.map((worker) => worker.started));
  });

  afterAll(async () => {
    for (const worker of workers) {
      if (worker.process.exitCode === null) {
        const exited = new Promise((resolve) => worker.process.once('exit', resolve));
        worker.process.kill('SIGTERM');
        await exited;
      }
    }
    await queue?.stop();
    await db?.$disconnect();
    await database?.drop();
  });

  it('does each job exactly once, shared between the workers, and a re-run adds no article', async () => {
    const articles = Array.from({ length: ARTICLES }, (_, i) => ({
      article: valid(generatedArticle(1000 + i)),
      label: `article-${i}`,
    }));
    const batch = randomUUID();
    // The same article twice in one batch is one job.
    const first = await queue.enqueueArticles([...articles, articles[0]!], { batch });
    expect(first.created).toBe(ARTICLES);
    expect(first.alreadyQueued).toBe(1);

    const counts = await until(
      () => countJobs(execute, { batch }),
      (value) => value.completed === ARTICLES,
    );
    expect(counts).toMatchObject({ completed: ARTICLES, failed: 0, queued: 0, active: 0, total: ARTICLES });
    expect(await db.article.count()).toBe(ARTICLES);

    const handled = workers.map((worker) => completedJobIds(worker.output));
    const all = handled.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(ARTICLES);
    const jobIds = (await listJobs(execute, { batch, limit: 100 })).map((job) => job.id);
    expect(new Set(all)).toEqual(new Set(jobIds));
    // Both processes took part.
    expect(handled[0]!.length).toBeGreaterThan(0);
    expect(handled[1]!.length).toBeGreaterThan(0);

    // Re-running the batch queues new jobs (the old ones are done) that find every article stored.
    const rerun = randomUUID();
    expect((await queue.enqueueArticles(articles, { batch: rerun })).created).toBe(ARTICLES);
    await until(
      () => countJobs(execute, { batch: rerun }),
      (value) => value.completed === ARTICLES,
    );
    const again = await listJobs(execute, { batch: rerun, limit: 100 });
    expect(again.every((job) => job.state === 'completed' && job.created === false)).toBe(true);
    expect(await db.article.count()).toBe(ARTICLES);
  });

  it('retries a failing job with backoff, then dead-letters it with its error; invalid input is not retried', async () => {
    const batch = randomUUID();
    // A date JavaScript accepts but PostgreSQL's timestamp cannot hold: storing fails on every attempt.
    const poisoned = valid({ ...generatedArticle(5000), publishedAt: '-010000-01-01T00:00:00Z' });
    await queue.enqueueArticles([{ article: poisoned, label: 'poisoned' }], {
      batch,
      retry: { retryLimit: 2, retryDelay: 1, retryBackoff: true },
    });
    // Invalid input enqueued past validation (an old producer, say) fails once, for good.
    await queue.boss.insert(INGEST_QUEUE, [
      { singletonKey: 'invalid', data: { article: { headline: 'No body', body: ' ' }, batch, label: 'invalid' } },
    ]);

    const counts = await until(
      () => countJobs(execute, { batch }),
      (value) => value.failed === 2,
    );
    expect(counts.failed).toBe(2);
    const jobs = await listJobs(execute, { batch, limit: 10 });
    const byLabel = new Map(jobs.map((job) => [job.label, job]));
    expect(byLabel.get('poisoned')).toMatchObject({ state: 'failed', attempts: 3 });
    expect(byLabel.get('poisoned')?.error).toMatch(/out of range|invalid|year/i);
    const poisonedJob = byLabel.get('poisoned')!;
    // Backoff: three attempts took at least the 1 s + 2 s minimum delays.
    expect(poisonedJob.completedOn!.getTime() - poisonedJob.createdOn.getTime()).toBeGreaterThanOrEqual(1_000);
    expect(byLabel.get('invalid')).toMatchObject({
      state: 'failed',
      attempts: 1,
      error: 'body: Body must not be empty',
    });

    const dead = await listJobs(execute, { queues: [INGEST_DEAD_LETTER_QUEUE], batch, limit: 10 });
    expect(dead.map((job) => job.label).sort()).toEqual(['invalid', 'poisoned']);
    expect(await db.article.count({ where: { headline: poisoned.headline } })).toBe(0);
  });
});
