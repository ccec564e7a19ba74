// Probes of processes dying: the embedded database's lock after a restart in a fresh PID namespace
// (the same PID, another process), and a queue worker killed with jobs in hand.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { validateArticleInput, type ValidArticle } from '../../ingestion/article-input.ts';
import { IngestionQueue, INGEST_QUEUE, QUEUE_SCHEMA } from '../../queue/ingestion-queue.ts';
import { startEmbeddedPostgres } from '../../store/embedded/embedded-postgres.ts';
import { corpusArticle } from '../corpus.ts';
import type { ProbeRow } from './probes.ts';

/** A lock naming this very PID or a live unrelated one, but another process start, is taken over; a live server's is not. */
export async function staleLock(): Promise<ProbeRow> {
  const dataDir = await mkdtemp(join(tmpdir(), 'probes-lock-'));
  const lockFile = join(dataDir, 'embedded-postgres.lock');
  const unrelated = spawn('sleep', ['30']);
  let wrong = 0;
  try {
    for (const pid of [process.pid, unrelated.pid!]) {
      await writeFile(lockFile, JSON.stringify({ pid, started: 'a process that started earlier' }));
      const database = await startEmbeddedPostgres({ dataDir }).catch(() => null);
      if (!database) wrong += 1;
      else await database.stop();
    }
    const live = await startEmbeddedPostgres({ dataDir });
    const second = await startEmbeddedPostgres({ dataDir }).catch(() => null);
    if (second) ((wrong += 1), await second.stop());
    await live.stop();
  } finally {
    unrelated.kill();
    await rm(dataDir, { recursive: true, force: true });
  }
  return {
    probe: 'embedded lock after a restart with the same PID',
    attempts: 3,
    wrong,
    faults: 0,
    note: 'two stale locks taken over, a live one refused',
  };
}

const JOBS = 20;

/** Corpus articles made long enough (about 60,000 characters) that a worker is on them when killed. */
function longArticle(i: number, run: string): ValidArticle {
  const { headline, body, source, publishedAt } = corpusArticle(9000 + i);
  const result = validateArticleInput(
    {
      headline,
      body: Array.from({ length: 25 }, () => body).join('\n'),
      source,
      publishedAt,
      url: `https://probes.example/${run}/${i}`,
    },
    { maxBodyChars: 200_000 },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.userErrors));
  return result.article;
}

function startWorker(databaseUrl: string): { child: ChildProcess; started: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--concurrency', '2'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const started = new Promise<void>((resolve) =>
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes(' started: ') && resolve()),
  );
  return { child, started };
}

/** A worker killed mid-batch: how long its jobs wait for another worker, and whether each article is stored once. */
export async function workerKilled(databaseUrl: string): Promise<ProbeRow> {
  const run = String(Date.now());
  const queue = await IngestionQueue.open({ connectionString: databaseUrl }, { install: true });
  await queue.enqueueArticles(Array.from({ length: JOBS }, (_, i) => ({ article: longArticle(i, run) })));
  await queue.stop();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const count = async (state: string) =>
    Number(
      (
        await client.query(`SELECT count(*)::int AS n FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND state = $2`, [
          INGEST_QUEUE,
          state,
        ])
      ).rows[0].n,
    );
  const workers: ChildProcess[] = [];
  try {
    const doomed = startWorker(databaseUrl);
    workers.push(doomed.child);
    await doomed.started;
    while ((await count('active')) === 0) await sleep(50);
    doomed.child.kill('SIGKILL');
    const killedAt = Date.now();
    const stranded = await count('active');
    const rescuer = startWorker(databaseUrl);
    workers.push(rescuer.child);
    while ((await count('completed')) < JOBS && Date.now() - killedAt < 120_000) await sleep(250);
    const seconds = (Date.now() - killedAt) / 1000;
    const stored = await client.query(`SELECT url, count(*)::int AS n FROM "Article" WHERE url LIKE $1 GROUP BY url`, [
      `https://probes.example/${run}/%`,
    ]);
    const lost = JOBS - stored.rows.length;
    const duplicated = stored.rows.filter((row) => row.n > 1).length;
    return {
      probe: 'queue worker killed mid-batch',
      attempts: JOBS,
      wrong: lost + duplicated,
      faults: 0,
      note: `${stranded} jobs in hand; all done ${seconds.toFixed(1)} s after the kill; ${lost} lost, ${duplicated} duplicated`,
    };
  } finally {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
    await client.end();
  }
}
