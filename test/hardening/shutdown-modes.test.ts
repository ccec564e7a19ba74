// Issue 15, must-have 6: SIGTERM stops every mode cleanly. The API server exits after an
// `ingestArticle(enqueue: true)` (its pg-boss producer closes too); a worker finishes the job in its
// hands and exits; `ingest` stops between batches, keeping whole batches only, and a second run
// goes on where it stopped; `ingest --enqueue` stops following its batch and leaves the jobs queued.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateArticleInput } from '../../src/ingestion/article-input.ts';
import { INGEST_QUEUE, IngestionQueue } from '../../src/queue/ingestion-queue.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { generatedArticle } from '../support/generate-articles.ts';
import { exitsWithin, startCli, type Cli } from '../support/cli.ts';
import { post } from './support.ts';

async function eventually(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(50);
  }
}

/** The states of the ingestion jobs whose `column` (singleton_key, or the batch in their data) is `value`. */
async function jobStates(db: Database, where: 'singleton_key' | "data->>'batch'", value: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ state: string }[]>(
    `SELECT state::text AS state FROM pgboss.job WHERE name = $1 AND ${where} = $2 ORDER BY created_on`,
    INGEST_QUEUE,
    value,
  );
  return rows.map((row) => row.state);
}

const LONG_BODY =
  'Ingrid Halvorsen, the harbour commissioner, said on Monday that the plan would be ready within a year. ' +
  '"We have waited long enough," Halvorsen told reporters in Bergen after talks with the council. ';

describe('SIGTERM in every mode', () => {
  let database: TestDatabase;
  let db: Database;
  let dir: string;
  const running: Cli[] = [];
  const env = () => ({
    DATABASE_URL: database.url,
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    PORT: '0',
    HOST: '127.0.0.1',
    LOAD_SAMPLE_DATA: 'false',
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url);
    await (await IngestionQueue.open({ connectionString: database.url }, { install: true })).stop();
    dir = await mkdtemp(join(tmpdir(), 'shutdown-modes-'));
    // 16 files of 25 articles: the inline ingest stores one file per transaction.
    for (let file = 0; file < 16; file++) {
      const lines = Array.from({ length: 25 }, (_, i) => JSON.stringify(generatedArticle(1000 + file * 25 + i)));
      await writeFile(join(dir, `batch-${String(file).padStart(2, '0')}.jsonl`), `${lines.join('\n')}\n`);
    }
  });
  afterEach(() => {
    for (const cli of running.splice(0)) if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('stops the API server after an enqueue, leaving the job queued', async () => {
    const server = startCli(['serve'], env());
    running.push(server);
    const ready = JSON.parse(await server.line(/GraphQL API ready at/)) as { msg: string };
    const url = /at (\S+)/.exec(ready.msg)![1]!;
    const answer = await post(url, {
      query: `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { job { status } userErrors { message } } }`,
      variables: { input: { ...generatedArticle(1), enqueue: true } },
    });
    expect(answer.body.data).toEqual({ ingestArticle: { job: { status: 'QUEUED' }, userErrors: [] } });
    server.child.kill('SIGTERM');
    expect(await exitsWithin(server, 15_000)).toEqual({ code: 0, signal: null });
    expect(await jobStates(db, 'singleton_key', `url:${generatedArticle(1).url}`)).toEqual(['created']);
  }, 60_000);

  it('lets a worker finish the job in its hands, then exit', async () => {
    const worker = startCli(['worker', '--concurrency', '1'], env());
    running.push(worker);
    await worker.line(/^worker \d+ started/);
    const validation = validateArticleInput(
      { headline: 'Harbour plan under pressure', body: LONG_BODY.repeat(600), url: 'https://news.example/long' },
      { maxBodyChars: 200_000 },
    );
    if (!validation.ok) throw new Error(JSON.stringify(validation.userErrors));
    const queue = await IngestionQueue.open({ connectionString: database.url });
    await queue.enqueueArticles([{ article: validation.article, label: 'long article' }]);
    await queue.stop();
    const key = 'url:https://news.example/long';
    await eventually(async () => (await jobStates(db, 'singleton_key', key)).includes('active'));
    worker.child.kill('SIGTERM');
    expect(await exitsWithin(worker, 60_000)).toEqual({ code: 0, signal: null });
    expect(worker.output.some((line) => /stopping: finishing the jobs in hand/.test(line))).toBe(true);
    expect(await jobStates(db, 'singleton_key', key)).toEqual(['completed']);
    expect(await db.article.count({ where: { url: 'https://news.example/long' } })).toBe(1);
  }, 120_000);

  it('stops an inline ingest between batches; running it again goes on where it stopped', async () => {
    const before = await db.article.count();
    const ingest = startCli(['ingest', '--progress', 'plain', dir], env());
    running.push(ingest);
    await eventually(async () => (await db.article.count()) >= before + 25);
    ingest.child.kill('SIGTERM');
    expect(await exitsWithin(ingest, 60_000)).toEqual({ code: 143, signal: null });
    const stored = (await db.article.count()) - before;
    expect(stored % 25).toBe(0);
    expect(stored).toBeLessThan(400);
    expect(ingest.output.join('\n')).toMatch(/Stopped by SIGTERM after \d+ of 16 files\. Run the same command again/);

    const again = startCli(['ingest', '--progress', 'none', dir], env());
    running.push(again);
    expect(await exitsWithin(again, 120_000)).toEqual({ code: 0, signal: null });
    expect(again.output.join('\n')).toContain(`${400 - stored} stored, ${stored} already stored, 0 failed`);
    expect((await db.article.count()) - before).toBe(400);
  }, 240_000);

  it('stops following an enqueued batch, leaving its jobs to the workers', async () => {
    const fresh = join(dir, 'fresh.jsonl');
    await writeFile(fresh, `${[1, 2, 3].map((i) => JSON.stringify(generatedArticle(5000 + i))).join('\n')}\n`);
    const ingest = startCli(['ingest', '--enqueue', '--progress', 'plain', fresh], env());
    running.push(ingest);
    // No worker runs: it follows the batch until told to stop.
    await ingest.line(/^progress: files 1\/1/);
    ingest.child.kill('SIGTERM');
    expect(await exitsWithin(ingest, 15_000)).toEqual({ code: 143, signal: null });
    const stopped = /stopped following batch ([0-9a-f-]{36}): its 3 unfinished jobs stay queued/.exec(
      ingest.output.join('\n'),
    );
    expect(stopped).not.toBeNull();
    expect(await jobStates(db, "data->>'batch'", stopped![1]!)).toEqual(['created', 'created', 'created']);
  }, 60_000);
});
