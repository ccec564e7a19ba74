// Issue 15, must-have 5, as a user runs it: `npm run cli -- ingest DIR` takes a directory laid out
// like the evaluation sets (articles/*.txt with NAME.meta.json beside each, gold/, queries/) or a
// flat one, storing each article with its metadata; and a feed with one page that cannot be fetched
// and one teaser stores its full items, fails the first alone with its link, and skips the teaser.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { runCli } from '../support/cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { generatedArticle } from '../support/generate-articles.ts';

const ingest = (databaseUrl: string, args: string[]) => runCli(['ingest', ...args], { DATABASE_URL: databaseUrl });

/** Writes article i as NAME.txt (headline line, blank line, body) with NAME.meta.json beside it. */
async function writeWithMeta(directory: string, name: string, i: number): Promise<void> {
  const article = generatedArticle(i);
  await writeFile(join(directory, `${name}.txt`), `${article.headline}\n\n${article.body}\n`);
  const meta = { url: article.url, source: article.source, publishedAt: article.publishedAt.slice(0, 10), seed: 'x' };
  await writeFile(join(directory, `${name}.meta.json`), JSON.stringify(meta, null, 2));
}

describe('npm run cli -- ingest DIR, FEED', () => {
  let database: TestDatabase;
  let db: Database;
  let dir: string;
  let pages: Server;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url);
    dir = await mkdtemp(join(tmpdir(), 'ingest-layouts-'));
    const set = join(dir, 'eval-set');
    for (const folder of ['articles', 'gold', 'queries']) await mkdir(join(set, folder), { recursive: true });
    await writeWithMeta(join(set, 'articles'), '01-harbour', 11);
    await writeWithMeta(join(set, 'articles'), '02-summit', 12);
    await writeFile(join(set, 'gold', '01-harbour.json'), '{"statements": []}');
    await writeFile(join(set, 'queries', '01-harbour.json'), '{"queries": []}');
    await mkdir(join(dir, 'flat'));
    await writeWithMeta(join(dir, 'flat'), 'wire-story', 13);

    pages = createServer((_request, response) => response.writeHead(503).end('down for maintenance'));
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    const full = generatedArticle(14);
    await writeFile(
      join(dir, 'wire.rss'),
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
       <title>Wire</title><link>https://wire.example</link><description>d</description>
       <item><title>${full.headline}</title><link>${full.url}</link>
       <content:encoded><![CDATA[${full.body
         .split('\n')
         .map((paragraph) => `<p>${paragraph}</p>`)
         .join('')}]]></content:encoded></item>
       <item><title>Unreachable</title><link>${base}/story/unreachable</link><description>Read the rest on our site.</description></item>
       </channel></rss>`,
    );
    await writeFile(
      join(dir, 'teasers.rss'),
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Teasers</title><link>https://t.example</link>
       <description>d</description><item><title>Short</title><link>https://t.example/short</link>
       <description>Officials met on Tuesday; more to follow.</description></item></channel></rss>`,
    );
  });

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
    await new Promise((resolve) => pages?.close(resolve));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('stores an evaluation set and a flat directory, each article with its NAME.meta.json', async () => {
    const result = await ingest(database.url, [join(dir, 'eval-set'), join(dir, 'flat')]);
    expect(result.stdout).toMatch(
      /^Ingested 3 files in [\d.]+ s \([\d.]+ articles\/s\): 3 stored, 0 already stored, 0 failed\.$/m,
    );
    expect(result.code).toBe(0);
    const stored = await db.article.findMany({
      orderBy: { id: 'asc' },
      select: { headline: true, url: true, source: true, publishedAt: true },
    });
    expect(stored).toEqual(
      [11, 12, 13].map((i) => {
        const article = generatedArticle(i);
        return {
          headline: article.headline,
          url: article.url,
          source: article.source,
          publishedAt: new Date(`${article.publishedAt.slice(0, 10)}T00:00:00.000Z`),
        };
      }),
    );
  });

  it('stores a feed item by item: a page that cannot be fetched fails alone with its link, a teaser is skipped', async () => {
    const result = await ingest(database.url, [join(dir, 'wire.rss')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/: 1 stored, 0 already stored, 1 failed\.$/m);
    expect(result.stdout).toContain(
      `  ${join(dir, 'wire.rss')}#2: its page ${base}/story/unreachable could not be fetched (GET ${base}/story/unreachable answered 503 Service Unavailable)`,
    );
    expect(await db.article.count({ where: { url: generatedArticle(14).url } })).toBe(1);

    const offline = await ingest(database.url, ['--offline', join(dir, 'teasers.rss')]);
    expect(offline.code).toBe(0);
    expect(offline.stdout).toMatch(/: 0 stored, 0 already stored, 1 skipped \(not articles\), 0 failed\.$/m);
    expect(offline.stdout).toContain(
      `Skipped:\n  ${join(dir, 'teasers.rss')}#1: only a teaser (41 characters) in the feed: not stored; without --offline its page https://t.example/short is read`,
    );
    expect(await db.article.count({ where: { headline: 'Short' } })).toBe(0);
  });
});
