// How long the topic view of "NATO invitation" takes to draw on a generated corpus, measured in the
// browser from the request leaving it to the chart on screen (src/benchmarks/explorer-draw.ts). The
// corpus is the benchmark's (src/benchmarks/corpus.ts), 1,000 articles — about 20,000 statements,
// 3,200 of them on the topic — which loads in well under a minute. The figure is printed and saved
// (test/artifacts/explorer/draw-time.json), not held to a bound here: `npm run bench:explorer` measures
// it on the 10,000-article corpus (README, "Newsroom explorer").
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusArticles } from '../../src/benchmarks/corpus.ts';
import { summarise, timeTopicDraw, type DrawTiming } from '../../src/benchmarks/explorer-draw.ts';
import { ingestArticles } from '../../src/ingestion/ingest-articles.ts';
import { startServer, type RunningServer } from '../../src/server/create-server.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { postGraphQL } from '../support/graphql-client.ts';
import { openBrowser, type ExplorerBrowser } from './browser.ts';

const ARTICLES = 1_000;
const RUNS = 5;
const ARTIFACT = fileURLToPath(new URL('../artifacts/explorer/draw-time.json', import.meta.url));

describe('the topic view’s draw time on a generated corpus', () => {
  let database: TestDatabase;
  let db: Database;
  let server: RunningServer;
  let browser: ExplorerBrowser;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url);
    const articles = [...corpusArticles(ARTICLES)].map(({ generatedStatements: _count, ...article }) => article);
    for (let start = 0; start < articles.length; start += 50) {
      await ingestArticles(db, articles.slice(start, start + 50), { maxBodyChars: 200_000 });
    }
    server = await startServer({ db, port: 0, host: '127.0.0.1', maxArticleChars: 200_000, production: false });
    browser = await openBrowser(server.url);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.$disconnect();
    await database?.drop();
  });

  it('draws every role group of the topic, and reports how long that took', async () => {
    const origin = new URL(server.url).origin;
    const answer = await postGraphQL<{ statementsByRole: { count: number }[] }>(
      server.url,
      '{ statementsByRole(topic: "NATO invitation") { count } }',
    );
    const groups = answer.data!.statementsByRole;
    const onTopic = groups.reduce((sum, group) => sum + group.count, 0);
    expect(onTopic).toBeGreaterThan(1_000);

    await timeTopicDraw(browser.page, origin, 'NATO invitation'); // warms the server's prepared statements
    const timings: DrawTiming[] = [];
    for (let run = 0; run < RUNS; run++) timings.push(await timeTopicDraw(browser.page, origin, 'NATO invitation'));
    for (const timing of timings) {
      expect(timing.rows).toBe(groups.length);
      expect(timing.drawMs).toBeGreaterThanOrEqual(timing.requestMs);
    }
    const figures = {
      articles: ARTICLES,
      statementsOnTopic: onTopic,
      rows: groups.length,
      runs: RUNS,
      drawMs: summarise(timings.map((timing) => timing.drawMs)),
      requestMs: summarise(timings.map((timing) => timing.requestMs)),
    };
    console.log(`Topic view draw time: ${JSON.stringify(figures)}`);
    await mkdir(new URL('.', `file://${ARTIFACT}`), { recursive: true });
    await writeFile(ARTIFACT, `${JSON.stringify(figures, null, 2)}\n`);
    expect(browser.requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});
