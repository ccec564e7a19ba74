// `reanalyse [--since DATE] [--outdated] [--detach]`: re-extracts stored articles with the current
// extractor, through the queue (workers do the work) or, on the embedded database, inline. Curated
// corrections are re-applied after each article's new extraction (see reanalyse-article.ts).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { readConfig } from '../../config.ts';
import { EXTRACTOR_VERSION } from '../../extraction/version.ts';
import { reanalyseArticle } from '../../ingestion/reanalyse-article.ts';
import { IngestionQueue, REANALYSE_QUEUE } from '../../queue/ingestion-queue.ts';
import { openCliDatabase } from '../open-cli-database.ts';
import { applyMigrations } from '../../store/migrations/apply-migrations.ts';
import { createPrismaClient } from '../../store/prisma-client.ts';
import { watchBatch } from '../progress/batch-watch.ts';
import { createProgressReporter, type ProgressCounts } from '../progress/progress.ts';

const USAGE = `Usage: npm run cli -- reanalyse [--since DATE] [--outdated] [--detach] [--progress bar|plain|none]
  --since DATE   only articles ingested on or after DATE (ISO 8601, e.g. 2024-10-01)
  --outdated     only articles analysed by another extractor version than ${EXTRACTOR_VERSION}
  --detach       queue the jobs and exit instead of following them to their end`;

export async function runReanalyseCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      since: { type: 'string' },
      outdated: { type: 'boolean', default: false },
      detach: { type: 'boolean', default: false },
      progress: { type: 'string' },
    },
  });
  const since = values.since ? new Date(values.since) : null;
  const mode = values.progress;
  if (
    positionals.length > 0 ||
    (since && Number.isNaN(since.getTime())) ||
    (mode && !['bar', 'plain', 'none'].includes(mode))
  ) {
    console.error(USAGE);
    return 2;
  }
  const config = readConfig();
  const database = await openCliDatabase(config);
  const db = createPrismaClient(database.url);
  const progress = createProgressReporter({ mode: mode as 'bar' | 'plain' | 'none' | undefined });
  const failures: { label: string; message: string }[] = [];
  const started = performance.now();
  let done = 0;
  try {
    await applyMigrations(database.url);
    const articles = await db.article.findMany({
      where: {
        ...(since ? { ingestedAt: { gte: since } } : {}),
        ...(values.outdated ? { extractorVersion: { not: EXTRACTOR_VERSION } } : {}),
      },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    const ids = articles.map((article) => article.id);
    const counts: ProgressCounts = {
      filesDone: 0,
      filesTotal: 0,
      articlesDone: 0,
      articlesTotal: ids.length,
      errors: 0,
    };
    const fail = (label: string, message: string) => {
      failures.push({ label, message });
      counts.errors += 1;
      progress.log(`failed: ${label}: ${message}`);
    };
    progress.update(counts);
    if (!database.embedded) {
      const queue = await IngestionQueue.open({ connectionString: database.url }, { install: true });
      try {
        const batch = randomUUID();
        const result = await queue.enqueueReanalysis(ids, { batch });
        counts.articlesDone = result.alreadyQueued;
        progress.update(counts);
        if (values.detach) {
          progress.log(
            `queued ${result.created} re-analyses as batch ${batch} (${result.alreadyQueued} were already queued)`,
          );
        } else {
          await watchBatch({
            execute: (text, params) => queue.boss.getDb().executeSql(text, params),
            batch,
            queues: [REANALYSE_QUEUE],
            expected: result.created,
            onCounts: (jobCounts) => {
              counts.articlesDone = result.alreadyQueued + jobCounts.completed + jobCounts.failed;
              progress.update(counts);
            },
            onFailure: (job) => fail(`article ${job.articleId ?? job.id}`, job.error ?? 'failed'),
          });
          done = counts.articlesDone - counts.errors;
        }
      } finally {
        await queue.stop();
      }
    } else {
      // The embedded database serves this process alone, so no worker can share it: run inline.
      for (const id of ids) {
        try {
          await reanalyseArticle(db, id);
          done += 1;
        } catch (error) {
          fail(`article ${id}`, (error as Error).message);
        }
        counts.articlesDone += 1;
        progress.update(counts);
      }
    }
  } finally {
    progress.stop();
    await db.$disconnect();
    await database.close();
  }
  const seconds = (performance.now() - started) / 1000;
  if (!values.detach) {
    console.log(
      `Re-analysed ${done} articles with ${EXTRACTOR_VERSION} in ${seconds.toFixed(1)} s; ${failures.length} failed.`,
    );
  }
  if (failures.length > 0) {
    console.log('Failures:');
    for (const failure of failures) console.log(`  ${failure.label}: ${failure.message}`);
  }
  return failures.length > 0 ? 1 : 0;
}
