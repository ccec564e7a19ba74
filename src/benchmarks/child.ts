// A benchmark child process: `child.ts server KIND DATABASE_URL PARAMS_JSON [--count-sql]` starts one
// server and answers `stats` messages over IPC; `child.ts ingest DATABASE_URL FROM TO STEP SEED BATCH`
// ingests corpus articles FROM, FROM+STEP, … below TO, BATCH articles a transaction, and reports what it did.
import 'reflect-metadata';
import type { ShapeParams } from './shapes.ts';
import type { ServerKind, StartedServer } from './servers.ts';

export type ChildMessage =
  | { type: 'ready'; url: string }
  | { type: 'stats'; sqlStatements: number; rssMB: number; maxRssMB: number }
  | {
      type: 'ingested';
      articles: number;
      created: number;
      statements: number;
      retries: number;
      seconds: number;
      maxRssMB: number;
    }
  | { type: 'error'; message: string };

const send = (message: ChildMessage) => process.send?.(message);
const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;

async function serve(kind: ServerKind, databaseUrl: string, params: ShapeParams, countSql: boolean) {
  const servers = await import('./servers.ts');
  let server: StartedServer;
  if (kind === 'ours') server = await servers.startOurServer(databaseUrl, { countSql });
  else if (kind === 'postgraphile') server = await servers.startPostgraphileServer(databaseUrl);
  else server = await servers.startRawSqlServer(databaseUrl, params);
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') {
      send({
        type: 'stats',
        sqlStatements: server.sqlStatements(),
        rssMB: mb(process.memoryUsage.rss()),
        maxRssMB: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
      });
    } else if (message.type === 'close') {
      void server.close().finally(() => process.exit(0));
    }
  });
  send({ type: 'ready', url: server.url });
}

async function ingest(databaseUrl: string, from: number, to: number, step: number, seed: number, batch: number) {
  const { corpusArticle } = await import('./corpus.ts');
  const { ingestArticles } = await import('../ingestion/ingest-articles.ts');
  const { createPrismaClient } = await import('../store/prisma-client.ts');
  const { extractArticle } = await import('../extraction/extract-article.ts');
  const db = createPrismaClient(databaseUrl, { poolSize: 2 });
  await db.$connect();
  // The extractor loads its language model on first use, as a long-running worker does once.
  extractArticle(corpusArticle(from, seed));
  // Loaded and connected: wait for the parent to start all workers at once.
  const go = new Promise<void>((resolve) => process.once('message', () => resolve()));
  send({ type: 'ready', url: databaseUrl });
  await go;
  const started = performance.now();
  const share: number[] = [];
  for (let i = from; i < to; i += step) share.push(i);
  let articles = 0;
  let created = 0;
  let statements = 0;
  let retries = 0;
  try {
    for (let b = 0; b < share.length; b += batch) {
      const inputs = share.slice(b, b + batch).map((i) => {
        const { generatedStatements: _generated, ...article } = corpusArticle(i, seed);
        return article;
      });
      for (let attempt = 1; ; attempt++) {
        try {
          // ingestArticles retries the batch on conflicts with other workers itself; a batch failing
          // after that is retried here, as the queue would.
          const results = await ingestArticles(db, inputs, { maxBodyChars: 200_000 });
          const invalid = results.filter((result) => result.userErrors.length > 0);
          if (invalid.length > 0) throw new Error(JSON.stringify(invalid.map((result) => result.userErrors)));
          created += results.filter((result) => result.created).length;
          break;
        } catch (error) {
          if (attempt >= 5) throw error;
          retries += 1;
        }
      }
      articles += inputs.length;
    }
  } finally {
    await db.$disconnect();
  }
  send({
    type: 'ingested',
    articles,
    created,
    statements,
    retries,
    seconds: (performance.now() - started) / 1000,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
  });
}

const [mode, ...args] = process.argv.slice(2);
try {
  if (mode === 'server') {
    await serve(args[0] as ServerKind, args[1]!, JSON.parse(args[2]!) as ShapeParams, args.includes('--count-sql'));
  } else if (mode === 'ingest') {
    const [url, from, to, step, seed, batch] = args;
    await ingest(url!, Number(from), Number(to), Number(step), Number(seed), Number(batch));
    process.exit(0);
  } else throw new Error(`unknown mode ${mode}`);
} catch (error) {
  send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}
