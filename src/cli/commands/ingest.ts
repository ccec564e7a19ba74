// `ingest [--enqueue [--detach]] [--offline] PATH...`: stores the articles in files and directories of
// text, JSON, JSON Lines, HTML and RSS/Atom feeds, inline or through the job queue, with progress.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { readConfig } from '../../config.ts';
import { validateArticleInput, type ArticleInput, type ValidArticle } from '../../ingestion/article-input.ts';
import { ingestArticlesSettled } from '../../ingestion/ingest-articles.ts';
import { listSourceFiles, readSourceFile } from '../../ingestion/sources/read-source.ts';
import type { SourceItem } from '../../ingestion/sources/source-item.ts';
import { INGEST_QUEUE, IngestionQueue } from '../../queue/ingestion-queue.ts';
import { openCliDatabase } from '../open-cli-database.ts';
import { applyMigrations } from '../../store/migrations/apply-migrations.ts';
import { createPrismaClient, type Database } from '../../store/prisma-client.ts';
import { watchInterruption, type Interruption } from '../interruption.ts';
import { watchBatch } from '../progress/batch-watch.ts';
import { createProgressReporter, type ProgressCounts, type ProgressReporter } from '../progress/progress.ts';

const USAGE = `Usage: npm run cli -- ingest [options] PATH...
  PATH           a file (.txt with NAME.meta.json beside it if any, .json, .jsonl/.ndjson, .html/.htm,
                 .rss/.atom/.xml) or a directory of them; an evaluation set (articles/ beside gold/)
                 stands for its articles
  --enqueue      queue the articles for workers (npm run worker) instead of ingesting here; needs DATABASE_URL
  --detach       with --enqueue: exit once queued instead of following the batch to its end
  --offline      never fetch feed items' pages; use the text the feed carries (teasers are skipped)
  --progress M   bar | plain | none (default: bar on a terminal, plain lines otherwise)`;

export interface Failure {
  label: string;
  message: string;
}

interface Tally {
  stored: number;
  alreadyStored: number;
  alreadyQueued: number;
  failures: Failure[];
  /** Items that are not articles (a feed item with only a teaser): reported, not stored, no failure. */
  skipped: Failure[];
  /** Files read before a signal stopped the run (all of them when none did). */
  filesRead: number;
}

export async function runIngestCommand(argv: string[]): Promise<number> {
  const { positionals: paths, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      enqueue: { type: 'boolean', default: false },
      detach: { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      progress: { type: 'string' },
    },
  });
  if (paths.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const mode = values.progress;
  if (mode !== undefined && mode !== 'bar' && mode !== 'plain' && mode !== 'none') {
    console.error(`--progress must be bar, plain or none, not "${mode}"`);
    return 2;
  }
  const config = readConfig();
  if (values.enqueue && !config.databaseUrl) {
    console.error(
      '--enqueue needs a PostgreSQL server in DATABASE_URL: the embedded database lives inside one process, ' +
        'so no worker could take the jobs. Without --enqueue, ingest runs inline on the embedded database.',
    );
    return 2;
  }

  let files: string[];
  try {
    files = await listSourceFiles(paths);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const database = await openCliDatabase(config);
  const db = createPrismaClient(database.url);
  const progress = createProgressReporter({ mode });
  // A signal stops the run between batches; the database and queue are then closed as usual.
  const interruption = watchInterruption((signal) =>
    progress.log(`${signal} received: finishing the batch in hand, then stopping (send it again to stop at once)`),
  );
  const started = performance.now();
  const run: Run = {
    files,
    readOptions: { fetchPage: values.offline ? null : undefined },
    progress,
    maxBodyChars: config.maxArticleChars,
    interruption,
  };
  let tally: Tally;
  try {
    await applyMigrations(database.url);
    tally = values.enqueue ? await ingestThroughQueue(database.url, run, values.detach) : await ingestInline(db, run);
  } finally {
    progress.stop();
    await db.$disconnect();
    await database.close();
    interruption.dispose();
  }
  const seconds = (performance.now() - started) / 1000;
  printSummary(tally, files.length, seconds, values.enqueue && values.detach, interruption.signal);
  if (interruption.signal) return interruption.exitCode();
  return tally.failures.length > 0 ? 1 : 0;
}

/** What both ways of ingesting need. */
interface Run {
  files: string[];
  readOptions: ReadOptions;
  progress: ProgressReporter;
  maxBodyChars: number;
  interruption: Interruption;
}

type ReadOptions = Parameters<typeof readSourceFile>[1];

/** Reads one file's items, turning a whole-file failure into a failure of that file. */
async function readItems(file: string, options: ReadOptions): Promise<SourceItem[] | Failure> {
  try {
    return await readSourceFile(file, options);
  } catch (error) {
    return { label: file, message: (error as Error).message.replace(`${file}: `, '') };
  }
}

/** The running totals of one ingest run, and how a failure or a skipped item is recorded and shown. */
function startTally(filesTotal: number, progress: ProgressReporter) {
  const tally: Tally = { stored: 0, alreadyStored: 0, alreadyQueued: 0, failures: [], skipped: [], filesRead: 0 };
  const counts: ProgressCounts = { filesDone: 0, filesTotal, articlesDone: 0, articlesTotal: null, errors: 0 };
  const fail = (failure: Failure) => {
    tally.failures.push(failure);
    counts.errors += 1;
    progress.log(`failed: ${failure.label}: ${failure.message}`);
  };
  const skip = (skipped: Failure) => {
    tally.skipped.push(skipped);
    progress.log(`skipped: ${skipped.label}: ${skipped.message}`);
  };
  return { tally, counts, fail, skip };
}

/** Articles the inline command stores together, in one transaction. */
const INLINE_BATCH = 25;

async function ingestInline(db: Database, run: Run): Promise<Tally> {
  const { files, readOptions, progress, maxBodyChars, interruption } = run;
  const { tally, counts, fail, skip } = startTally(files.length, progress);
  progress.update(counts);
  // Articles wait here, across files, until a batch is full; a file is done once its articles are stored.
  let batch: { label: string; input: ArticleInput }[] = [];
  let filesRead = 0;
  const store = async () => {
    const settled = await ingestArticlesSettled(
      db,
      batch.map((item) => item.input),
      { maxBodyChars },
    );
    settled.forEach((outcome, i) => {
      const { label } = batch[i]!;
      if (outcome.status === 'rejected') fail({ label, message: (outcome.reason as Error).message });
      else if (outcome.value.userErrors.length > 0) fail({ label, message: userErrorText(outcome.value.userErrors) });
      else if (outcome.value.created) tally.stored += 1;
      else tally.alreadyStored += 1;
    });
    counts.articlesDone += batch.length;
    batch = [];
  };
  for (const file of files) {
    if (interruption.signal) break;
    const items = await readItems(file, readOptions);
    tally.filesRead += 1;
    if (!Array.isArray(items)) fail(items);
    else {
      for (const item of items) {
        if (interruption.signal) break;
        if (item.skipped !== undefined) {
          skip({ label: item.label, message: item.skipped });
          counts.articlesDone += 1;
        } else if (item.error !== undefined) {
          fail({ label: item.label, message: item.error });
          counts.articlesDone += 1;
        } else batch.push({ label: item.label, input: item.input });
        if (batch.length >= INLINE_BATCH) {
          await store();
          counts.filesDone += filesRead;
          filesRead = 0;
          progress.update(counts);
        }
      }
    }
    filesRead += 1;
    if (batch.length === 0) {
      counts.filesDone += filesRead;
      filesRead = 0;
    }
    progress.update(counts);
  }
  if (batch.length > 0) await store();
  counts.filesDone += filesRead;
  counts.articlesTotal = counts.articlesDone;
  progress.update(counts);
  return tally;
}

async function ingestThroughQueue(databaseUrl: string, run: Run, detach: boolean): Promise<Tally> {
  const { files, readOptions, progress, maxBodyChars, interruption } = run;
  const { tally, counts, fail, skip } = startTally(files.length, progress);
  const queue = await IngestionQueue.open({ connectionString: databaseUrl }, { install: true });
  const batch = randomUUID();
  let enqueued = 0;
  let invalid = 0;
  try {
    progress.update(counts);
    // Each file is queued as soon as it is read, so workers start while later files are read.
    for (const file of files) {
      if (interruption.signal) break;
      const items = await readItems(file, readOptions);
      tally.filesRead += 1;
      if (!Array.isArray(items)) fail(items);
      else {
        const valid: { article: ValidArticle; label: string }[] = [];
        for (const item of items) {
          if (item.skipped !== undefined) skip({ label: item.label, message: item.skipped });
          else if (item.error !== undefined) fail({ label: item.label, message: item.error });
          else {
            const validation = validateArticleInput(item.input, { maxBodyChars });
            if (validation.ok) {
              valid.push({ article: validation.article, label: item.label });
              continue;
            }
            fail({ label: item.label, message: userErrorText(validation.userErrors) });
          }
          // Done without a job: skipped or failed.
          invalid += 1;
        }
        const result = await queue.enqueueArticles(valid, { batch });
        enqueued += result.created;
        tally.alreadyQueued += result.alreadyQueued;
      }
      counts.filesDone += 1;
      progress.update(counts);
    }
    counts.articlesTotal = enqueued + invalid + tally.alreadyQueued;
    counts.articlesDone = invalid + tally.alreadyQueued;
    progress.update(counts);
    if (detach || interruption.signal) {
      progress.log(`queued ${enqueued} articles as batch ${batch}; follow it with the ingestionJobs query`);
      return tally;
    }
    const execute = (text: string, values?: unknown[]) => queue.boss.getDb().executeSql(text, values);
    const final = await watchBatch({
      execute,
      batch,
      queues: [INGEST_QUEUE],
      expected: enqueued,
      onCounts: (jobCounts) => {
        counts.articlesDone = invalid + tally.alreadyQueued + jobCounts.completed + jobCounts.failed;
        progress.update(counts);
      },
      onFailure: (job) => fail({ label: job.label ?? job.url ?? job.id, message: job.error ?? 'failed' }),
      // The jobs stay queued for the workers; only following them stops.
      stop: () => interruption.signal !== null,
    });
    const { rows } = await execute(
      `SELECT count(*) FILTER (WHERE (output->>'created')::boolean)::int AS stored,
              count(*) FILTER (WHERE NOT (output->>'created')::boolean)::int AS "alreadyStored"
         FROM pgboss.job WHERE name = $1 AND data->>'batch' = $2 AND state = 'completed'`,
      [INGEST_QUEUE, batch],
    );
    tally.stored = Number(rows[0]?.stored ?? 0);
    tally.alreadyStored = Number(rows[0]?.alreadyStored ?? 0);
    if (final.stopped) {
      const left = final.counts.queued + final.counts.retrying + final.counts.active;
      progress.log(`stopped following batch ${batch}: its ${left} unfinished jobs stay queued for the workers`);
    } else if (final.counts.completed + final.counts.failed < enqueued) {
      progress.log(`warning: ${enqueued - final.counts.completed - final.counts.failed} jobs of the batch disappeared`);
    }
    return tally;
  } finally {
    await queue.stop();
  }
}

function userErrorText(errors: { field: string[]; message: string }[]): string {
  return errors.map((error) => `${error.field.join('.')}: ${error.message}`).join('; ');
}

function printSummary(
  tally: Tally,
  files: number,
  seconds: number,
  detached: boolean,
  interrupted: NodeJS.Signals | null,
): void {
  const processed = tally.stored + tally.alreadyStored;
  const rate = seconds > 0 ? processed / seconds : 0;
  const parts = [
    `${tally.stored} stored`,
    `${tally.alreadyStored} already stored`,
    ...(tally.alreadyQueued > 0 ? [`${tally.alreadyQueued} already queued by an earlier run`] : []),
    ...(tally.skipped.length > 0 ? [`${tally.skipped.length} skipped (not articles)`] : []),
    `${tally.failures.length} failed`,
  ];
  if (detached) {
    console.log(
      `Queued articles from ${files} files in ${seconds.toFixed(1)} s; ${tally.failures.length} failed to read.`,
    );
  } else {
    console.log(
      `Ingested ${files} files in ${seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s): ${parts.join(', ')}.`,
    );
  }
  if (interrupted) {
    console.log(
      `Stopped by ${interrupted} after ${tally.filesRead} of ${files} files. Run the same command again to go on: ` +
        'articles already stored or queued are not added twice.',
    );
  }
  if (tally.skipped.length > 0) {
    console.log('Skipped:');
    for (const skipped of tally.skipped) console.log(`  ${skipped.label}: ${skipped.message}`);
  }
  if (tally.failures.length > 0) {
    console.log('Failures:');
    for (const failure of tally.failures) console.log(`  ${failure.label}: ${failure.message}`);
  }
}
