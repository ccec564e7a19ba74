// The side-by-side benchmark: extraction speed, ingestion throughput at 1, 2 and 4 workers, and query
// speed of our server, PostGraphile 5 and a raw-SQL floor over the same freshly loaded database, all
// in one run. Progress goes to stderr; stdout gets the tables and, last, one JSON object.
import { cpus, totalmem } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_CORPUS_SEED } from './corpus.ts';
import {
  benchExtraction,
  createDatabase,
  dropDatabase,
  ingestCorpus,
  load,
  settle,
  log,
  median,
  onServer,
  probe,
  requestFor,
  round,
  shapeParams,
  startServerChild,
  type IngestionFigures,
  type LoadFigures,
  type ServerChild,
} from './harness.ts';
import type { ServerKind } from './servers.ts';
import { POSTGRAPHILE_SEARCH_FUNCTION, SHAPES } from './shapes.ts';

export interface BenchOptions {
  quick: boolean;
  articles: number;
  /** Seconds autocannon measures each server, shape and connection count. */
  duration: number;
  warmup: number;
  connections: number[];
  extractArticles: number;
  ingestSample: number;
  /** Articles each ingestion worker stores in one transaction. */
  ingestBatch: number;
  loadWorkers: number;
  seed: number;
  keep: boolean;
  databaseUrl: string;
}

export function benchOptions(quick: boolean, overrides: Partial<BenchOptions> = {}): BenchOptions {
  return {
    quick,
    // Ingestion runs at a few articles/s on this machine today (see BENCHMARKS.md), so quick mode
    // loads 150 articles to finish in under 3 minutes.
    articles: quick ? 150 : 10_000,
    duration: quick ? 2 : 10,
    warmup: quick ? 0.3 : 2,
    connections: [1, 32],
    extractArticles: quick ? 200 : 2_000,
    // Enough articles for the workers to reach their pace: a few batches each.
    ingestSample: quick ? 150 : 400,
    ingestBatch: 25,
    loadWorkers: 4,
    seed: DEFAULT_CORPUS_SEED,
    keep: false,
    databaseUrl: process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres',
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// The run

const SERVER_KINDS: ServerKind[] = ['ours', 'postgraphile', 'rawSql'];

export async function runBenchmark(options: BenchOptions): Promise<Record<string, unknown>> {
  const runStarted = performance.now();
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const name = `bench_${stamp}`;
  const [server] = await onServer<{ server_version: string }>(options.databaseUrl, 'SHOW server_version');
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 1024 ** 3),
    node: process.version,
    postgres: server?.server_version ?? 'unknown',
  };
  log(`machine ${JSON.stringify(machine)}; ${options.quick ? 'quick' : 'full'} mode, ${options.articles} articles`);

  log(`extraction: ${options.extractArticles} articles on one thread`);
  const extraction = benchExtraction(options.extractArticles, options.seed);
  log(`extraction: ${extraction.articlesPerSec} articles/s, found/generated statements ${extraction.foundRatio}`);

  const ingestion: IngestionFigures[] = [];
  for (const workers of [1, 2, 4]) {
    const sampleName = `${name}_w${workers}`;
    const url = await createDatabase(options.databaseUrl, sampleName);
    try {
      ingestion.push(await ingestCorpus(url, options.ingestSample, workers, options));
      log(`ingestion: ${workers} worker(s): ${ingestion.at(-1)!.articlesPerSec} articles/s`);
    } finally {
      await dropDatabase(options.databaseUrl, sampleName);
    }
  }

  const url = await createDatabase(options.databaseUrl, name);
  const servers: ServerChild[] = [];
  try {
    log(`loading ${options.articles} articles into ${name} with ${options.loadWorkers} workers`);
    const loaded = await ingestCorpus(url, options.articles, options.loadWorkers, options);
    log(`loaded in ${loaded.seconds} s (${loaded.articlesPerSec} articles/s), ${loaded.statements} statements`);
    await onServer(url, 'VACUUM ANALYZE');
    await onServer(url, POSTGRAPHILE_SEARCH_FUNCTION);
    const params = await shapeParams(url);

    // SQL statements per request, and the answers: ours from a server that counts its statements
    // (counting costs time, so the timed server does not), the others count always.
    log('probing each shape on each server (answers, SQL statements per request)');
    const probes: Record<string, Record<ServerKind, Awaited<ReturnType<typeof probe>>>> = {};
    const counting = await startServerChild('ours', url, params, true);
    try {
      for (const shape of SHAPES) {
        await probe(counting, shape, params); // first use: loaders, plans
        probes[shape.name] = { ours: await probe(counting, shape, params) } as (typeof probes)[string];
      }
    } finally {
      await counting.close();
    }
    for (const kind of SERVER_KINDS) servers.push(await startServerChild(kind, url, params));
    for (const server of servers.filter((s) => s.kind !== 'ours')) {
      for (const shape of SHAPES) {
        await probe(server, shape, params);
        probes[shape.name]![server.kind] = await probe(server, shape, params);
      }
    }

    // Interleaved: for each shape and connection count, each server in turn (rotating who goes first).
    const timings: Record<string, Record<string, Record<ServerKind, LoadFigures>>> = {};
    let turn = 0;
    for (const shape of SHAPES) {
      timings[shape.name] = {};
      for (const connections of options.connections) {
        const row = {} as Record<ServerKind, LoadFigures>;
        const order = [...servers.slice(turn % 3), ...servers.slice(0, turn % 3)];
        turn += 1;
        for (const server of order) {
          const spec = requestFor(server, shape, params);
          if (options.warmup > 0) await load(spec, connections, options.warmup);
          await settle(url);
          row[server.kind] = await load(spec, connections, options.duration);
          await settle(url);
          log(
            `${shape.name} c=${connections} ${server.kind}: ${row[server.kind].requestsPerSec} req/s, p50 ${row[server.kind].p50Ms} ms, p99 ${row[server.kind].p99Ms} ms`,
          );
        }
        timings[shape.name]![`c${connections}`] = row;
      }
    }
    const serverMemory = Object.fromEntries(
      await Promise.all(servers.map(async (s) => [s.kind, (await s.stats()).maxRssMB] as const)),
    );
    await Promise.all(servers.splice(0).map((s) => s.close()));

    // A newsroom's steady state: new articles into a graph that already knows most of their actors
    // (the samples above start from an empty database, where every batch creates actors).
    log(`ingestion into the loaded database: 2 workers, ${options.ingestSample} new articles`);
    const intoLoaded = await ingestCorpus(url, options.ingestSample, 2, options, options.articles);
    log(`ingestion into the loaded database: ${intoLoaded.articlesPerSec} articles/s`);

    const shapes = Object.fromEntries(
      SHAPES.map((shape) => {
        const t = timings[shape.name]!;
        const p = probes[shape.name]!;
        const ratio = (other: ServerKind) =>
          Object.fromEntries(
            options.connections.map((c) => {
              const row = t[`c${c}`]!;
              return [`c${c}`, round(row.ours.requestsPerSec / row[other].requestsPerSec, 2)];
            }),
          );
        const vsPostgraphile = ratio('postgraphile');
        const vsRawSql = ratio('rawSql');
        return [
          shape.name,
          {
            description: shape.description,
            sqlStatementsPerRequest: {
              ours: p.ours.sqlStatements,
              postgraphile: p.postgraphile.sqlStatements,
              rawSql: p.rawSql.sqlStatements,
            },
            responseBytes: { ours: p.ours.bytes, postgraphile: p.postgraphile.bytes, rawSql: p.rawSql.bytes },
            rawSqlAnswersSameJson: isDeepStrictEqual(p.ours.json, p.rawSql.json),
            timings: t,
            // Throughput ours / theirs: the median over the connection counts measured.
            ratioVsPostgraphile: round(median(Object.values(vsPostgraphile)), 2),
            ratioVsRawSql: round(median(Object.values(vsRawSql)), 2),
            ratiosByConnections: { vsPostgraphile, vsRawSql },
          },
        ];
      }),
    );

    const loadWith2 = ingestion.find((i) => i.workers === 2)!;
    const signature = timings.statementsByRole!.c1!.ours;
    const result = {
      benchmark: 'news-semantics side by side',
      mode: options.quick ? 'quick' : 'full',
      machine,
      corpus: {
        articles: options.articles,
        seed: options.seed,
        statements: loaded.statements,
        statementsPerArticle: round(loaded.statements / options.articles),
      },
      extractArticlesPerSec: extraction.articlesPerSec,
      ingestArticlesPerSec: loadWith2.articlesPerSec,
      ingestIntoLoadedArticlesPerSec: intoLoaded.articlesPerSec,
      extraction,
      ingestion,
      ingestionIntoLoaded: intoLoaded,
      load: { ...loaded, seconds: loaded.seconds },
      loadSecondsPer10kArticles: round((loaded.seconds / options.articles) * 10_000),
      peakRssMB: {
        benchmarkProcess: round(process.resourceUsage().maxRSS / 1024),
        ingestWorker: Math.max(...ingestion.map((i) => i.maxWorkerRssMB), loaded.maxWorkerRssMB),
        servers: serverMemory,
      },
      query: { durationSeconds: options.duration, connections: options.connections, params },
      shapes,
      goals: {
        extractAtLeast200PerSec: extraction.articlesPerSec >= 200,
        ingestAtLeast100PerSecWith2Workers: loadWith2.articlesPerSec >= 100,
        ingestIntoLoadedAtLeast100PerSecWith2Workers: intoLoaded.articlesPerSec >= 100,
        signatureP50AtMost10msAt1Connection: signature.p50Ms <= 10,
        atLeastPostgraphileEveryShape: Object.values(shapes).every((s) => (s.ratioVsPostgraphile as number) >= 1),
        atLeastHalfRawSqlEveryShape: Object.values(shapes).every((s) => (s.ratioVsRawSql as number) >= 0.5),
      },
      totalSeconds: round((performance.now() - runStarted) / 1000),
    };
    return result;
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    if (!options.keep) await dropDatabase(options.databaseUrl, name);
    else log(`kept database ${url}`);
  }
}

/** A table of the query figures for people; the JSON line after it has everything. */
export function formatTable(result: Record<string, unknown>): string {
  const shapes = result.shapes as Record<string, Record<string, unknown>>;
  const lines = [
    `shape                c   ours req/s  p50/p99 ms   pgl req/s  p50/p99 ms   raw req/s  p50/p99 ms  ours/pgl ours/raw  SQL ours/pgl/raw`,
  ];
  for (const [name, shape] of Object.entries(shapes)) {
    const timings = shape.timings as Record<string, Record<ServerKind, LoadFigures>>;
    const sql = shape.sqlStatementsPerRequest as Record<ServerKind, number>;
    for (const [c, row] of Object.entries(timings)) {
      const cell = (f: LoadFigures) =>
        `${String(f.requestsPerSec).padStart(10)}  ${`${f.p50Ms}/${f.p99Ms}`.padStart(10)}`;
      lines.push(
        `${name.padEnd(19)} ${c.slice(1).padStart(3)} ${cell(row.ours)}  ${cell(row.postgraphile)}  ${cell(row.rawSql)}` +
          `  ${String(round(row.ours.requestsPerSec / row.postgraphile.requestsPerSec, 2)).padStart(8)}` +
          ` ${String(round(row.ours.requestsPerSec / row.rawSql.requestsPerSec, 2)).padStart(8)}` +
          `  ${sql.ours}/${sql.postgraphile}/${sql.rawSql}`,
      );
    }
  }
  return lines.join('\n');
}
