// A worker stores the jobs it fetches together in one transaction, and one bad article in the batch
// fails alone: invalid input is dead-lettered, an article the database refuses is retried, the rest
// are stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateArticleInput, type ValidArticle } from '../../src/ingestion/article-input.ts';
import { INGEST_QUEUE } from '../../src/queue/ingestion-queue.ts';
import { startWorker, type JobEvent, type RunningWorker } from '../../src/queue/worker.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { generatedArticle } from '../support/generate-articles.ts';

function valid(input: unknown): ValidArticle {
  const result = validateArticleInput(input, { maxBodyChars: 200_000 });
  if (!result.ok) throw new Error('invalid test article');
  return result.article;
}

describe('a worker batch', () => {
  let database: TestDatabase;
  let db: Database;
  let worker: RunningWorker;
  const events: JobEvent[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url, { poolSize: 3 });
    worker = await startWorker({
      databaseUrl: database.url,
      db,
      concurrency: 1,
      maxBodyChars: 200_000,
      onJob: (event) => events.push(event),
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await db?.$disconnect();
    await database?.drop();
  });

  it('stores the good articles of a batch holding an invalid and an unstorable one', async () => {
    const good = Array.from({ length: 5 }, (_, i) => ({
      article: valid(generatedArticle(7000 + i)),
      label: `good-${i}`,
    }));
    // A date JavaScript accepts but PostgreSQL's timestamp cannot hold: storing it fails every time.
    const poisoned = {
      article: valid({ ...generatedArticle(7100), publishedAt: '-010000-01-01T00:00:00Z' }),
      label: 'poisoned',
    };
    const batch = 'worker-batch';
    // Fetched together: queued before the worker polls again.
    await worker.queue.enqueueArticles([good[0]!, good[1]!, poisoned, good[2]!, good[3]!, good[4]!], {
      batch,
      retry: { retryLimit: 0 },
    });
    await worker.queue.boss.insert(INGEST_QUEUE, [
      { singletonKey: 'invalid', data: { article: { headline: 'No body', body: ' ' }, batch, label: 'invalid' } },
    ]);
    const deadline = Date.now() + 30_000;
    while (events.length < 7 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));

    const byLabel = new Map(events.map((event) => [event.label, event]));
    expect(byLabel.get('poisoned')).toMatchObject({ status: 'failed', message: expect.stringMatching(/out of range/) });
    expect(byLabel.get('invalid')).toMatchObject({ status: 'deadletter', message: 'body: Body must not be empty' });
    expect(good.map(({ label }) => byLabel.get(label)?.status)).toEqual(Array(5).fill('completed'));
    expect(good.map(({ label }) => byLabel.get(label)?.message)).toEqual(
      Array(5).fill(expect.stringMatching(/^stored article \d+$/)),
    );
    expect(await db.article.count()).toBe(5);
    expect(await db.article.count({ where: { headline: poisoned.article.headline } })).toBe(0);
  });
});
