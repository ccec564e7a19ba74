// `worker [--concurrency N]`: takes ingestion and re-analysis jobs from the queue until stopped
// (SIGINT/SIGTERM finish the jobs in hand first). Run as many as the database can carry, anywhere.
import { parseArgs } from 'node:util';
import { readConfig } from '../../config.ts';
import { DEFAULT_WORKER_CONCURRENCY, startWorker } from '../../queue/worker.ts';
import { waitForDatabase } from '../../server/wait-for-database.ts';
import { applyMigrations } from '../../store/migrations/apply-migrations.ts';
import { createPrismaClient } from '../../store/prisma-client.ts';

export async function runWorkerCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { concurrency: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  });
  const raw = values.concurrency ?? process.env.WORKER_CONCURRENCY ?? String(DEFAULT_WORKER_CONCURRENCY);
  const concurrency = Number(raw);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    console.error(
      `Worker concurrency must be a whole number from 1 to 64, not "${raw}" (--concurrency or WORKER_CONCURRENCY)`,
    );
    return 2;
  }
  const config = readConfig();
  if (!config.databaseUrl) {
    console.error(
      'The worker needs a PostgreSQL server in DATABASE_URL. The embedded database lives inside one process ' +
        '(and queues nothing): without DATABASE_URL, `npm run cli -- ingest` stores articles inline.',
    );
    return 2;
  }
  await waitForDatabase(config.databaseUrl, { warn: console.log, info: console.log });
  await applyMigrations(config.databaseUrl);
  // Each job runs in one transaction: a connection per concurrent job, plus one to spare.
  const db = createPrismaClient(config.databaseUrl, { poolSize: concurrency + 1 });
  const worker = await startWorker({
    databaseUrl: config.databaseUrl,
    db,
    concurrency,
    maxBodyChars: config.maxArticleChars,
    onJob: values.quiet
      ? undefined
      : (event) =>
          console.log(
            `${event.status === 'completed' ? 'done' : event.status === 'failed' ? 'retry' : 'dead'} ` +
              `${event.queue} ${event.jobId} ${event.label}: ${event.message} (${Math.round(event.milliseconds)} ms)`,
          ),
  });
  // Listening before saying so: a supervisor may signal as soon as it reads the line.
  const stopRequested = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log(`worker ${process.pid} started: concurrency ${concurrency}, queues ingest-article, reanalyse-article`);
  await stopRequested;
  console.log(`worker ${process.pid} stopping: finishing the jobs in hand`);
  await worker.stop();
  await db.$disconnect();
  return 0;
}
