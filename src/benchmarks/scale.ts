// `bench --scale`: how cost grows with the archive. One database is loaded in steps (by default 1,000,
// 10,000 and 100,000 articles); at each size our server's p50 is measured per query shape at one
// connection, and ingestion of new articles into the database of that size with two workers. Reads
// must be bounded by the page they return, not by the archive: the goal is every shape within 2× from
// 10,000 to 100,000 articles, and ingestion into the largest database at ≥ 80 % of its pace on an empty one.
import type { BenchOptions } from './run.ts';
import {
  createDatabase,
  dropDatabase,
  ingestCorpus,
  load,
  settle,
  log,
  onServer,
  requestFor,
  round,
  shapeParams,
  startServerChild,
  type IngestionFigures,
} from './harness.ts';
import { POSTGRAPHILE_SEARCH_FUNCTION, SHAPES } from './shapes.ts';

export const DEFAULT_SCALE_SIZES = [1_000, 10_000, 100_000];

/** New articles for the ingestion samples come from far past the loaded corpus, so the loads stay [0, N). */
const SAMPLE_OFFSET = 10_000_000;

interface SizeFigures {
  articles: number;
  statements: number;
  /** Seconds to load this step's articles, and their pace. */
  loadSeconds: number;
  loadArticlesPerSec: number;
  p50Ms: Record<string, number>;
  requestsPerSec: Record<string, number>;
  ingestIntoThisSize: IngestionFigures;
}

export async function runScaleBenchmark(
  options: BenchOptions,
  sizes = DEFAULT_SCALE_SIZES,
): Promise<Record<string, unknown>> {
  const started = performance.now();
  const name = `bench_scale_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  const url = await createDatabase(options.databaseUrl, name);
  const figures: SizeFigures[] = [];
  try {
    log(`scale: ingestion into the empty database, 2 workers, ${options.ingestSample} articles`);
    const emptyName = `${name}_empty`;
    const emptyUrl = await createDatabase(options.databaseUrl, emptyName);
    let intoEmpty: IngestionFigures;
    try {
      intoEmpty = await ingestCorpus(emptyUrl, options.ingestSample, 2, options, SAMPLE_OFFSET);
    } finally {
      await dropDatabase(options.databaseUrl, emptyName);
    }
    log(`scale: ${intoEmpty.articlesPerSec} articles/s into the empty database`);

    let loaded = 0;
    let sampled = 0;
    for (const size of sizes) {
      log(`scale: loading articles ${loaded}..${size} with ${options.loadWorkers} workers`);
      const step = await ingestCorpus(url, size - loaded, options.loadWorkers, options, loaded);
      loaded = size;
      await onServer(url, 'VACUUM ANALYZE');
      await onServer(url, POSTGRAPHILE_SEARCH_FUNCTION);
      const params = await shapeParams(url);
      const server = await startServerChild('ours', url, params);
      const p50Ms: Record<string, number> = {};
      const requestsPerSec: Record<string, number> = {};
      try {
        for (const shape of SHAPES) {
          const spec = requestFor(server, shape, params);
          if (options.warmup > 0) await load(spec, 1, options.warmup);
          await settle(url);
          const timing = await load(spec, 1, options.duration);
          p50Ms[shape.name] = timing.p50Ms;
          requestsPerSec[shape.name] = timing.requestsPerSec;
          log(`scale ${size}: ${shape.name} p50 ${timing.p50Ms} ms, ${timing.requestsPerSec} req/s`);
        }
      } finally {
        await server.close();
      }
      log(`scale ${size}: ingestion into this database, 2 workers, ${options.ingestSample} new articles`);
      const ingestIntoThisSize = await ingestCorpus(
        url,
        options.ingestSample,
        2,
        options,
        SAMPLE_OFFSET + (sampled += 1) * options.ingestSample,
      );
      const [{ n: statements } = { n: 0 }] = await onServer<{ n: number }>(
        url,
        'SELECT count(*)::int AS n FROM "Statement"',
      );
      figures.push({
        articles: size,
        statements,
        loadSeconds: step.seconds,
        loadArticlesPerSec: step.articlesPerSec,
        p50Ms,
        requestsPerSec,
        ingestIntoThisSize,
      });
    }

    const [middle, largest] = [figures.at(-2), figures.at(-1)];
    const growth = Object.fromEntries(
      SHAPES.map((shape) => [
        shape.name,
        middle && largest ? round(largest.p50Ms[shape.name]! / Math.max(1, middle.p50Ms[shape.name]!), 2) : null,
      ]),
    );
    const keptPace = largest ? round(largest.ingestIntoThisSize.articlesPerSec / intoEmpty.articlesPerSec, 2) : null;
    return {
      benchmark: 'news-semantics at scale',
      sizes: figures,
      ingestIntoEmpty: intoEmpty,
      p50GrowthFromMiddleToLargest: growth,
      ingestionPaceKeptAtLargest: keptPace,
      goals: {
        everyShapeWithin2x: Object.values(growth).every((value) => value !== null && value <= 2),
        ingestionKeeps80Percent: keptPace !== null && keptPace >= 0.8,
      },
      totalSeconds: round((performance.now() - started) / 1000),
    };
  } finally {
    if (!options.keep) await dropDatabase(options.databaseUrl, name);
    else log(`kept database ${url}`);
  }
}

/** The per-size table for people; the JSON line after it has everything. */
export function formatScaleTable(result: Record<string, unknown>): string {
  const sizes = result['sizes'] as SizeFigures[];
  const header = ['articles', 'statements', ...SHAPES.map((shape) => `${shape.name} p50 ms`), 'ingest 2 workers art/s'];
  const rows = sizes.map((size) => [
    String(size.articles),
    String(size.statements),
    ...SHAPES.map((shape) => String(size.p50Ms[shape.name])),
    String(size.ingestIntoThisSize.articlesPerSec),
  ]);
  return [header, ...rows]
    .map((row) => row.map((cell, i) => cell.padStart(i === 0 ? 8 : header[i]!.length)).join('  '))
    .join('\n');
}
