import { parseArgs } from 'node:util';
import { openLocalBrowser } from '../../benchmarks/chromium.ts';
import { summarise, timeTopicDraw } from '../../benchmarks/explorer-draw.ts';
import { bundleSizes, getExplorerBundle } from '../../explorer/server/bundle.ts';
import { startServer } from '../../server/create-server.ts';
import { createPrismaClient } from '../../store/prisma-client.ts';

const USAGE =
  'usage: bench:explorer [--runs N] [--topic PHRASE]   (reads the database at DATABASE_URL; writes nothing)';

/**
 * `bench:explorer`: the explorer's bundle sizes, and how long its topic view takes to draw in headless
 * Chromium against the database at DATABASE_URL (e.g. one loaded with `bench:corpus` and `ingest`).
 * The server is started without migrations or sample data, so the database is only read.
 */
export async function runBenchExplorerCommand(argv: string[]): Promise<number> {
  let values: { runs?: string; topic?: string };
  try {
    ({ values } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      options: { runs: { type: 'string' }, topic: { type: 'string' } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const runs = Number(values.runs ?? 7);
  const topic = values.topic ?? 'NATO invitation';
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const sizes = bundleSizes(await getExplorerBundle());
  const db = createPrismaClient(databaseUrl);
  const server = await startServer({ db, port: 0, host: '127.0.0.1', maxArticleChars: 200_000, production: false });
  const origin = new URL(server.url).origin;
  const browser = await openLocalBrowser(origin);
  try {
    const [articles] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Article"`;
    const [statements] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Statement"`;
    // One run to warm the server's prepared statements and the database's cache; not counted.
    await timeTopicDraw(browser.page, origin, topic);
    const timings = [];
    for (let run = 0; run < runs; run++) timings.push(await timeTopicDraw(browser.page, origin, topic));
    const kB = (bytes: number) => Math.round(bytes / 102.4) / 10;
    process.stdout.write(
      `${JSON.stringify({
        articles: articles!.n,
        statements: statements!.n,
        topic,
        rows: timings[0]!.rows,
        runs,
        drawMs: summarise(timings.map((timing) => timing.drawMs)),
        requestMs: summarise(timings.map((timing) => timing.requestMs)),
        bundleKB: {
          js: kB(sizes.js.bytes),
          jsGzipped: kB(sizes.js.gzipped),
          css: kB(sizes.css.bytes),
          cssGzipped: kB(sizes.css.gzipped),
        },
        requestsElsewhere: browser.requested.filter((url) => new URL(url).origin !== origin).length,
      })}\n`,
    );
    return 0;
  } finally {
    await browser.close();
    await server.close();
    await db.$disconnect();
  }
}
