// A benchmark child process: `child.ts server KIND DATABASE_URL PARAMS_JSON [--count-sql]` starts one
// server and answers `stats` messages over IPC; `child.ts ingest DATABASE_URL FROM TO STEP SEED` ingests
// corpus articles FROM, FROM+STEP, … below TO, one at a time, and reports what it did.
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

async function ingest(databaseUrl: string, from: number, to: number, step: number, seed: number) {
  const { corpusArticle } = await import('./corpus.ts');
  const { ingestArticle } = await import('../ingestion/ingest-article.ts');
  const { createPrismaClient } = await import('../store/prisma-client.ts');
  const db = createPrismaClient(databaseUrl, { poolSize: 2 });
  await db.$connect();
  // Loaded and connected: wait for the parent to start all workers at once.
  const go = new Promise<void>((resolve) => process.once('message', () => resolve()));
  send({ type: 'ready', url: databaseUrl });
  await go;
  const started = performance.now();
  let articles = 0;
  let created = 0;
  let statements = 0;
  let retries = 0;
  try {
    for (let i = from; i < to; i += step) {
      const { generatedStatements: _generated, ...article } = corpusArticle(i, seed);
      for (let attempt = 1; ; attempt++) {
        try {
          // Workers racing on the same new actor or role may collide on a unique key: retry, as the queue does.
          const result = await ingestArticle(db, article, { maxBodyChars: 200_000 });
          if (result.userErrors.length > 0) throw new Error(JSON.stringify(result.userErrors));
          if (result.created) created += 1;
          break;
        } catch (error) {
          if (attempt >= 5) throw error;
          retries += 1;
        }
      }
      articles += 1;
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
    const [url, from, to, step, seed] = args;
    await ingest(url!, Number(from), Number(to), Number(step), Number(seed));
    process.exit(0);
  } else throw new Error(`unknown mode ${mode}`);
} catch (error) {
  send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}
