import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extractArticle } from '../../extraction/extract-article.ts';
import { readGoldSet } from '../../evaluation/gold-set.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const USAGE = 'usage: bench:extract [--count N] [--warmup N] [--live] [DIR]   (DIR: default ../shared/gold)';

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * `bench:extract [--count N] [--live] [DIR]`: runs the extractor over the gold set's articles repeated N times
 * (default 10,000) on this one thread, printing the rate, RSS and heap every 1,000 articles and, last, one JSON line.
 * RSS and heapUsed count garbage V8 has not yet collected, and V8 lets the heap grow before it collects, so
 * they rise over a run without anything being kept. `--live` also collects all garbage at each of those points
 * (time not counted) and prints the heap left: what the extractor keeps.
 */
export async function runBenchExtractCommand(argv: string[]): Promise<number> {
  let values: { count?: string; warmup?: string; live?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      allowPositionals: true,
      options: { count: { type: 'string' }, warmup: { type: 'string' }, live: { type: 'boolean' } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const count = Number(values.count ?? 10_000);
  const warmup = Number(values.warmup ?? 20);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(warmup) || warmup < 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dir = resolve(REPO_ROOT, positionals[0] ?? '../shared/gold');
  const articles = (await readGoldSet(dir)).map((g) => g.article);
  if (articles.length === 0) {
    process.stderr.write(`bench:extract: no articles in ${dir}\n`);
    return 1;
  }
  const words = articles.reduce((sum, a) => sum + a.body.split(/\s+/).length, 0) / articles.length;
  process.stdout.write(`${articles.length} articles from ${dir} (mean ${Math.round(words)} words), ${count} runs\n`);

  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += extractArticle(articles[i % articles.length]!).statements.length;

  const collectGarbage = values.live ? fullCollection() : null;
  const rss: number[] = [];
  const heap: number[] = [];
  const live: number[] = [];
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  // Time and CPU spent collecting for --live, left out of the rates.
  let collecting = 0n;
  let collectingCpu = 0;
  let lastCount = 0;
  let lastSeconds = 0;
  for (let i = 1; i <= count; i++) {
    sink += extractArticle(articles[(i - 1) % articles.length]!).statements.length;
    if (i % 1000 === 0 || i === count) {
      const memory = process.memoryUsage();
      const sample = mb(memory.rss);
      rss.push(sample);
      heap.push(mb(memory.heapUsed));
      const seconds = Number(process.hrtime.bigint() - started - collecting) / 1e9;
      // The rate since the last line as well as over the run: the run's takes in V8's warm-up.
      const recent = (i - lastCount) / (seconds - lastSeconds);
      lastCount = i;
      lastSeconds = seconds;
      let line = `${String(i).padStart(7)} articles  ${(i / seconds).toFixed(1).padStart(7)}/s  (these ${recent.toFixed(1)}/s)  rss ${sample} MB  heapUsed ${mb(memory.heapUsed)} MB`;
      if (collectGarbage) {
        const pausedAt = process.hrtime.bigint();
        const cpuAt = process.cpuUsage();
        collectGarbage();
        const kept = mb(process.memoryUsage().heapUsed);
        live.push(kept);
        line += `  live ${kept} MB`;
        const cpuUsed = process.cpuUsage(cpuAt);
        collectingCpu += cpuUsed.user + cpuUsed.system;
        collecting += process.hrtime.bigint() - pausedAt;
      }
      process.stdout.write(`${line}\n`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started - collecting) / 1e9;
  const cpuUsed = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpuUsed.user + cpuUsed.system - collectingCpu) / 1e6;
  const result = {
    articles: count,
    seconds: Math.round(seconds * 1000) / 1000,
    articlesPerSecond: Math.round((count / seconds) * 10) / 10,
    msPerArticle: Math.round((seconds / count) * 1e6) / 1e3,
    cpuSecondsPerWallSecond: Math.round((cpuSeconds / seconds) * 100) / 100,
    // On a shared machine the wall-clock rate depends on the load; this one is what one free core would do.
    articlesPerCpuSecond: Math.round((count / cpuSeconds) * 10) / 10,
    rssMB: { first: rss[0], last: rss[rss.length - 1], max: Math.max(...rss) },
    heapUsedMB: { first: heap[0], last: heap[heap.length - 1], max: Math.max(...heap) },
    ...(collectGarbage && { liveHeapMB: { first: live[0], last: live[live.length - 1], max: Math.max(...live) } }),
    statementsSeen: sink,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

/** V8's full collection, which Node exposes only under --expose-gc: the flag is set, then the function read. */
function fullCollection(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
