// The ingest command as a user runs it, output not a terminal: plain progress lines, a summary, the
// failures listed, a non-zero exit.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/store/prisma-client.ts';
import { runCli } from '../support/cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { writeGeneratedArticles } from '../support/generate-articles.ts';

const ingest = (databaseUrl: string, args: string[]) => runCli(['ingest', ...args], { DATABASE_URL: databaseUrl });

describe('npm run cli -- ingest', () => {
  let database: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'ingest-'));
    await writeGeneratedArticles(dir, 6, { bad: 1 });
    await writeFile(join(dir, 'notes.docx'), 'binary');
  });

  afterAll(async () => {
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores a mixed directory inline, prints progress lines and a summary, and lists failures', async () => {
    const result = await ingest(database.url, [dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^progress: files 5\/5, articles 6\/6, [\d.]+ articles\/s, ETA 0s, errors 2$/m);
    expect(result.stderr).toContain(`failed: ${join(dir, 'notes.docx')}: has an unknown format`);
    expect(result.stdout).toMatch(
      /^Ingested 5 files in [\d.]+ s \([\d.]+ articles\/s\): 5 stored, 0 already stored, 2 failed\.$/m,
    );
    expect(result.stdout).toContain(`  ${join(dir, 'feeds', 'batch-0000.jsonl')}:1: body: Body must not be empty`);
    const db = createPrismaClient(database.url);
    expect(await db.article.count()).toBe(5);
    await db.$disconnect();
  });

  it('through the queue, with no worker running, exits once told to detach; a second run queues nothing new', async () => {
    const first = await ingest(database.url, ['--enqueue', '--detach', join(dir, 'pages')]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/queued 3 articles as batch [0-9a-f-]{36}/);
    const second = await ingest(database.url, ['--enqueue', '--detach', join(dir, 'pages')]);
    expect(second.stderr).toMatch(/queued 0 articles as batch/);
  });
});
