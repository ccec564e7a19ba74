// Issue 12, must-have 6 (first part): a worker killed with its jobs in hand. Their heartbeats stop,
// another worker's monitor retries them, and they are done long before the 5-minute expiry that was
// the only way back before; each article is stored once.
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateArticleInput, type ValidArticle } from '../../src/ingestion/article-input.ts';
import { INGEST_QUEUE, IngestionQueue, JOB_EXPIRE_SECONDS } from '../../src/queue/ingestion-queue.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { generatedArticle } from '../support/generate-articles.ts';

const JOBS = 8;

/** An article long enough (about 60,000 characters) that a worker is still on the batch when killed. */
function longArticle(i: number): ValidArticle {
  const { body, ...rest } = generatedArticle(7000 + i);
  const result = validateArticleInput(
    { ...rest, body: Array.from({ length: 60 }, () => body).join('\n') },
    {
      maxBodyChars: 200_000,
    },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.userErrors));
  return result.article;
}

function startWorker(databaseUrl: string): { child: ChildProcess; started: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--concurrency', '1'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const started = new Promise<void>((resolve) =>
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(' started: ')) resolve();
    }),
  );
  return { child, started };
}

describe('a worker killed with jobs in hand', () => {
  let database: TestDatabase;
  let db: Database;
  const workers: ChildProcess[] = [];

  const states = async () =>
    (
      await db.$queryRawUnsafe<{ state: string; count: number }[]>(
        `SELECT state::text AS state, count(*)::int AS count FROM pgboss.job WHERE name = $1 GROUP BY state`,
        INGEST_QUEUE,
      )
    ).reduce<Record<string, number>>((all, row) => ({ ...all, [row.state]: Number(row.count) }), {});

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url);
  });
  afterEach(() => {
    for (const worker of workers.splice(0)) if (worker.exitCode === null) worker.kill('SIGKILL');
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('has its jobs retried by another worker within seconds, each article stored once', async () => {
    const queue = await IngestionQueue.open({ connectionString: database.url }, { install: true });
    await queue.enqueueArticles(Array.from({ length: JOBS }, (_, i) => ({ article: longArticle(i) })));
    await queue.stop();

    const doomed = startWorker(database.url);
    workers.push(doomed.child);
    await doomed.started;
    while (((await states())['active'] ?? 0) === 0) await sleep(50);
    doomed.child.kill('SIGKILL');
    const killedAt = Date.now();
    const stranded = (await states())['active'] ?? 0;
    expect(stranded).toBeGreaterThan(0);

    const rescuer = startWorker(database.url);
    workers.push(rescuer.child);
    // A third of the expiry, the only way back before heartbeats: the bound tells the two apart.
    const deadline = killedAt + (JOB_EXPIRE_SECONDS / 3) * 1000;
    while (((await states())['completed'] ?? 0) < JOBS && Date.now() < deadline) await sleep(250);
    const seconds = (Date.now() - killedAt) / 1000;

    expect(await states()).toEqual({ completed: JOBS });
    expect(seconds).toBeLessThan(JOB_EXPIRE_SECONDS / 3);
    const urls = Array.from({ length: JOBS }, (_, i) => longArticle(i).url!);
    expect(await db.article.count({ where: { url: { in: urls } } })).toBe(JOBS);
  }, 240_000);
});
