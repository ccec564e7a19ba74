// What the benchmarks share: databases on the server of DATABASE_URL, child processes (servers and
// ingestion workers, each in its own process so none shares an event loop with the load generator),
// ingestion of the seeded corpus, and timed load with autocannon.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { extractArticle } from '../extraction/extract-article.ts';
import { applyMigrations } from '../store/migrations/apply-migrations.ts';
import type { ChildMessage } from './child.ts';
import { corpusArticle } from './corpus.ts';
import type { ServerKind } from './servers.ts';
import { SHAPES, type QueryShape, type ShapeParams } from './shapes.ts';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
export const log = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
export const mb = (bytes: number) => round(bytes / 1024 / 1024);
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

// ---------------------------------------------------------------------------------------------
// Databases

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function onServer<T = unknown>(serverUrl: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = databaseUrl(serverUrl, name);
  await applyMigrations(url);
  return url;
}

export const dropDatabase = (serverUrl: string, name: string) =>
  onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);

/**
 * Ends every query still running on the database: a timed run stops sending when its time is up, but
 * the queries of requests still in flight (at 32 connections, a slow shape leaves a queue) go on, and
 * would be timed against the next server. They are cancelled rather than waited for: nobody times them.
 */
export async function settle(url: string, timeoutMs = 30_000): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(pg_cancel_backend(pid))::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
      );
      if (rows[0]!.n === 0 || Date.now() > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Child processes

export function forkChild(args: string[]): ChildProcess {
  return fork(CHILD, args, {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, GRAPHILE_ENV: 'production' },
  });
}

export function nextMessage<T extends ChildMessage['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ChildMessage) => {
      if (message.type === type) {
        cleanup();
        resolve(message as Extract<ChildMessage, { type: T }>);
      } else if (message.type === 'error') {
        cleanup();
        reject(new Error(message.message));
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`benchmark child exited with ${code} before "${type}"`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

export interface ServerChild {
  kind: ServerKind;
  url: string;
  child: ChildProcess;
  stats(): Promise<Extract<ChildMessage, { type: 'stats' }>>;
  close(): Promise<void>;
}

export async function startServerChild(
  kind: ServerKind,
  url: string,
  params: ShapeParams,
  countSql = false,
): Promise<ServerChild> {
  const child = forkChild(['server', kind, url, JSON.stringify(params), ...(countSql ? ['--count-sql'] : [])]);
  const ready = await nextMessage(child, 'ready');
  return {
    kind,
    url: ready.url,
    child,
    stats: () => {
      const reply = nextMessage(child, 'stats');
      child.send({ type: 'stats' });
      return reply;
    },
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Extraction and ingestion

export interface ExtractionFigures {
  articles: number;
  articlesPerSec: number;
  msPerArticle: number;
  generatedStatements: number;
  foundStatements: number;
  foundRatio: number;
  rssMB: number;
}

/** Extraction alone on this one thread, over corpus articles (after a warm-up). */
export function benchExtraction(count: number, seed: number): ExtractionFigures {
  const articles = Array.from({ length: count }, (_, i) => corpusArticle(i, seed));
  for (const article of articles.slice(0, Math.min(50, count))) extractArticle(article);
  let found = 0;
  let generated = 0;
  const started = performance.now();
  for (const article of articles) {
    found += extractArticle(article).statements.length;
    generated += article.generatedStatements;
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    articles: count,
    articlesPerSec: round(count / seconds),
    msPerArticle: round((seconds * 1000) / count, 2),
    generatedStatements: generated,
    foundStatements: found,
    foundRatio: round(found / generated, 3),
    rssMB: mb(process.memoryUsage.rss()),
  };
}

export interface IngestionFigures {
  workers: number;
  articles: number;
  seconds: number;
  articlesPerSec: number;
  statements: number;
  retries: number;
  maxWorkerRssMB: number;
}

/**
 * Ingests corpus articles [0, count) with `workers` processes, each taking every workers-th article,
 * `batch` articles a transaction.
 */
export async function ingestCorpus(
  url: string,
  count: number,
  workers: number,
  options: { seed: number; ingestBatch: number },
  offset = 0,
): Promise<IngestionFigures> {
  const countStatements = async () =>
    (await onServer<{ n: number }>(url, 'SELECT count(*)::int AS n FROM "Statement"'))[0]?.n ?? 0;
  const statementsBefore = offset > 0 ? await countStatements() : 0;
  const children = Array.from({ length: workers }, (_, k) =>
    forkChild([
      'ingest',
      url,
      String(offset + k),
      String(offset + count),
      String(workers),
      String(options.seed),
      String(options.ingestBatch),
    ]),
  );
  // Timed from the moment all workers have loaded their modules and connected.
  await Promise.all(children.map((child) => nextMessage(child, 'ready')));
  const started = performance.now();
  const done = children.map((child) => nextMessage(child, 'ingested'));
  for (const child of children) child.send({ type: 'go' });
  const results = await Promise.all(done);
  const seconds = (performance.now() - started) / 1000;
  const statements = (await countStatements()) - statementsBefore;
  return {
    workers,
    articles: results.reduce((sum, r) => sum + r.articles, 0),
    seconds: round(seconds, 2),
    articlesPerSec: round(count / seconds),
    statements,
    retries: results.reduce((sum, r) => sum + r.retries, 0),
    maxWorkerRssMB: Math.max(...results.map((r) => r.maxRssMB)),
  };
}

// ---------------------------------------------------------------------------------------------
// Queries

export interface RequestSpec {
  url: string;
  body: string;
}

export function requestFor(server: ServerChild, shape: QueryShape, params: ShapeParams): RequestSpec {
  if (server.kind === 'rawSql') return { url: `${server.url}/${shape.name}`, body: '{}' };
  const operation = server.kind === 'ours' ? shape.ours(params) : shape.postgraphile(params);
  return { url: server.url, body: JSON.stringify(operation) };
}

export async function post(spec: RequestSpec): Promise<{ status: number; json: { data?: unknown; errors?: unknown } }> {
  const response = await fetch(spec.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: spec.body,
  });
  return { status: response.status, json: (await response.json()) as { data?: unknown; errors?: unknown } };
}

/** One request, checked for errors, with the SQL statements the server sent for it. */
export async function probe(server: ServerChild, shape: QueryShape, params: ShapeParams) {
  const before = (await server.stats()).sqlStatements;
  const { status, json } = await post(requestFor(server, shape, params));
  const after = (await server.stats()).sqlStatements;
  if (status !== 200 || json.errors || !json.data) {
    throw new Error(`${server.kind} ${shape.name}: HTTP ${status} ${JSON.stringify(json).slice(0, 800)}`);
  }
  return { sqlStatements: after - before, json, bytes: JSON.stringify(json).length };
}

export interface LoadFigures {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export async function load(spec: RequestSpec, connections: number, duration: number): Promise<LoadFigures> {
  const result = await autocannon({
    url: spec.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: spec.body,
    connections,
    duration,
  });
  return {
    requestsPerSec: round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** The shapes' parameters from the loaded corpus: the most quoted person, and our signature's group count. */
export async function shapeParams(url: string): Promise<ShapeParams> {
  const [speaker] = await onServer<{ id: number }>(
    url,
    `SELECT s."speakerId" AS id FROM "Statement" s JOIN "Actor" a ON a.id = s."speakerId"
     WHERE a.kind = 'PERSON' GROUP BY s."speakerId" ORDER BY count(*) DESC, s."speakerId" LIMIT 1`,
  );
  const signature = SHAPES[0]!.rawSql({ actorId: 0, roleGroups: 0 });
  const [row] = await onServer<{ body: string }>(url, signature.text, signature.values);
  const groups = (JSON.parse(row!.body) as { data: { statementsByRole: unknown[] } }).data.statementsByRole.length;
  return { actorId: speaker?.id ?? 1, roleGroups: Math.max(1, groups) };
}
