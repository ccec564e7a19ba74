import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../../extraction/extract-article.ts';
import { readGoldSet } from '../../evaluation/gold-set.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const USAGE = 'usage: bench:extract [--count N] [--warmup N] [DIR]   (DIR: default ../shared/gold)';

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * `bench:extract [--count N] [DIR]`: runs the extractor over the gold set's articles repeated N times
 * (default 10,000) on this one thread, printing RSS and heap every 1,000 articles and, last, one JSON line.
 */
export async function runBenchExtractCommand(argv: string[]): Promise<number> {
  let values: { count?: string; warmup?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      allowPositionals: true,
      options: { count: { type: 'string' }, warmup: { type: 'string' } },
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

  const rss: number[] = [];
  const heap: number[] = [];
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (let i = 1; i <= count; i++) {
    sink += extractArticle(articles[(i - 1) % articles.length]!).statements.length;
    if (i % 1000 === 0 || i === count) {
      const memory = process.memoryUsage();
      const sample = mb(memory.rss);
      rss.push(sample);
      heap.push(mb(memory.heapUsed));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      process.stdout.write(
        `${String(i).padStart(7)} articles  ${(i / seconds).toFixed(1).padStart(7)}/s  rss ${sample} MB  heapUsed ${mb(memory.heapUsed)} MB\n`,
      );
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const result = {
    articles: count,
    seconds: Math.round(seconds * 1000) / 1000,
    articlesPerSecond: Math.round((count / seconds) * 10) / 10,
    msPerArticle: Math.round((seconds / count) * 1e6) / 1e3,
    cpuSecondsPerWallSecond: Math.round(((cpu.user + cpu.system) / 1e6 / seconds) * 100) / 100,
    // On a shared machine the wall-clock rate depends on the load; this one is what one free core would do.
    articlesPerCpuSecond: Math.round((count / ((cpu.user + cpu.system) / 1e6)) * 10) / 10,
    rssMB: { first: rss[0], last: rss[rss.length - 1], max: Math.max(...rss) },
    heapUsedMB: { first: heap[0], last: heap[heap.length - 1], max: Math.max(...heap) },
    statementsSeen: sink,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}
