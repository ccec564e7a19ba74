// `bench:reliability [--duration S] [--connections N]`: a bounded load test on loopback. Starts the
// server (with an API key) over a fresh database on the PostgreSQL in DATABASE_URL (or the local
// default), drives mixed reads and ingests of distinct articles with autocannon, then checks that
// every acknowledged ingest is stored. Prints the figures RELIABILITY.md reports.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadSampleArticlesIfEmpty } from '../../ingestion/sample-data.ts';
import { createLogger } from '../../logging/logger.ts';
import { startServer } from '../../server/create-server.ts';
import { applyMigrations } from '../../store/migrations/apply-migrations.ts';
import { createPrismaClient } from '../../store/prisma-client.ts';

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id url } userErrors { code } } }`;
const READS = [
  '{ statementsByRole(topic: "NATO invitation") { role count statements(first: 3) { nodes { text speaker { name } } } } }',
  '{ articles(first: 10) { totalCount nodes { headline } } }',
  '{ actors(first: 20) { nodes { name } } }',
];

function article(n: number, run: string) {
  const speaker = ['Ingrid Halvorsen', 'Tomas Berg', 'Amara Okafor', 'Lukas Brandt'][n % 4]!;
  return {
    headline: `Harbour council session ${n} of run ${run.slice(0, 8)}`,
    body:
      `${speaker}, the harbour commissioner, said on Monday that plan ${n} would be ready within a year. ` +
      `"We have waited long enough," ${speaker.split(' ')[1]} told reporters in Bergen on Tuesday. ` +
      `Opposition councillor Jonas Vik said the cost of plan ${n} had not been explained to the council.`,
    url: `https://reliability.example/${run}/${n}`,
    publishedAt: '2024-06-03T10:00:00Z',
  };
}

export async function runBenchReliabilityCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { duration: { type: 'string', default: '60' }, connections: { type: 'string', default: '32' } },
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const serverUrl = process.env['DATABASE_URL'] || 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `reliability_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const key = randomUUID();
  const db = createPrismaClient(url.toString());
  try {
    await applyMigrations(url.toString());
    await loadSampleArticlesIfEmpty(db, { maxBodyChars: 200_000 });
    const server = await startServer({
      db,
      port: 0,
      host: '127.0.0.1',
      maxArticleChars: 200_000,
      production: true,
      apiKeys: [key],
      logger: createLogger({ level: 'warn' }),
    });
    const run = randomUUID();
    let next = 0;
    const acknowledged: string[] = [];
    const failures: Record<string, number> = {};
    const fail = (why: string) => (failures[why] = (failures[why] ?? 0) + 1);
    let reads = 0;
    let ingests = 0;
    // Three reads for each ingest, per connection.
    const read = (query: string) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      onResponse: (status: number, body: string) => {
        reads += 1;
        if (status !== 200) fail(`read HTTP ${status}`);
        else if ((JSON.parse(body) as { errors?: unknown[] }).errors) fail('read GraphQL error');
      },
    });
    const requests = [
      {
        method: 'POST' as const,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        setupRequest: (request: Record<string, unknown>) => {
          const n = next++;
          const input = article(n, run);
          return { ...request, body: JSON.stringify({ query: INGEST, variables: { input } }) };
        },
        onResponse: (status: number, body: string) => {
          ingests += 1;
          if (status !== 200) return fail(`ingest HTTP ${status}`);
          const answer = JSON.parse(body) as {
            data?: { ingestArticle?: { article: { id: string; url: string } | null; userErrors: unknown[] } };
            errors?: unknown[];
          };
          const payload = answer.data?.ingestArticle;
          if (answer.errors || !payload?.article || payload.userErrors.length > 0) return fail('ingest error');
          acknowledged.push(payload.article.url);
        },
      },
      ...READS.map(read),
    ];
    console.log(`Loading ${server.url} with ${connections} connections for ${duration} s ...`);
    const result = await autocannon({
      url: server.url,
      connections,
      duration,
      timeout: 30,
      requests: requests as autocannon.Request[],
    });
    await server.close();
    const ids = [...new Set(acknowledged)];
    const stored = await db.article.count({ where: { url: { in: ids } } });
    const storedFromRun = await db.article.count({
      where: { url: { startsWith: `https://reliability.example/${run}/` } },
    });
    const figures = {
      connections,
      durationSeconds: duration,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      reads,
      ingests,
      ingestsAcknowledged: ids.length,
      acknowledgedIngestsStored: stored,
      acknowledgedIngestsLost: ids.length - stored,
      articlesStoredFromRun: storedFromRun,
      non2xx: result.non2xx,
      socketErrors: result.errors,
      timeouts: result.timeouts,
      failures,
    };
    console.log(JSON.stringify(figures, null, 2));
    const clean =
      result.non2xx === 0 && result.errors === 0 && result.timeouts === 0 && Object.keys(failures).length === 0;
    return clean && figures.acknowledgedIngestsLost === 0 ? 0 : 1;
  } finally {
    await db.$disconnect();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
