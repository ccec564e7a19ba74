// Reads from a replica: a real primary streaming to a real hot standby. Queries are served by the
// replica (the primary runs none of their statements), mutations and their payloads by the primary
// (read-your-writes, even while the replica lags), and a write shows through the API once replicated.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/create-server.ts';
import { applyMigrations } from '../../src/store/migrations/apply-migrations.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { openReadReplicas, type ReadReplicas } from '../../src/store/read-replicas.ts';
import { fixtureArticles } from '../support/fixture-articles.ts';
import { postGraphQL } from '../support/graphql-client.ts';
import { createCluster, createReplica, type Cluster } from '../support/pg-cluster.ts';

const LOG_EVERY_STATEMENT = { log_statement: 'all' };
const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { article { headline actors(first: 50) { totalCount } } userErrors { message } }
}`;
const READS = [
  '{ articles(first: 5) { totalCount nodes { headline } } }',
  '{ actors(first: 5) { nodes { name roles { title } statements(first: 2) { nodes { text } } } } }',
  '{ statements(first: 5, filter: { kind: DIRECT }) { nodes { text speaker { name } article { headline } } } }',
];

let primary: Cluster;
let replica: Cluster;
let db: Database;
let replicas: ReadReplicas;
let server: RunningServer;

async function articleCount(): Promise<number> {
  const answer = await postGraphQL<{ articles: { totalCount: number } }>(server.url, '{ articles { totalCount } }');
  return answer.data!.articles.totalCount;
}

async function untilTrue(check: () => Promise<boolean>, what: string): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 20_000; await sleep(100)) if (await check()) return;
  throw new Error(`Timed out waiting until ${what}`);
}

async function onReplica<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: replica.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  primary = await createCluster(LOG_EVERY_STATEMENT);
  await applyMigrations(primary.url);
  replica = await createReplica(primary, LOG_EVERY_STATEMENT);
  db = createPrismaClient(primary.url);
  replicas = openReadReplicas([replica.url])!;
  server = await startServer({
    db,
    readReplicas: replicas,
    port: 0,
    host: '127.0.0.1',
    maxArticleChars: 200_000,
    production: false,
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await replicas?.close();
  await db?.$disconnect();
  await replica?.destroy();
  await primary?.destroy();
}, 60_000);

describe('a server with a read replica', () => {
  it('writes through the primary, and serves the write from the replica once replicated', async () => {
    const stored = await postGraphQL<{ ingestArticle: { article: { headline: string } } }>(server.url, INGEST, {
      input: fixtureArticles[0],
    });
    expect(stored.data!.ingestArticle.article.headline).toBe(fixtureArticles[0]!.headline);
    await untilTrue(async () => (await articleCount()) === 1, 'the replica has the article');
  });

  it('sends every statement of a query to the replica and none to the primary', async () => {
    const primaryLogBefore = (await primary.log()).length;
    const replicaLogBefore = (await replica.log()).length;
    for (const query of READS) expect((await postGraphQL(server.url, query)).errors).toBeUndefined();
    const primaryLog = (await primary.log()).slice(primaryLogBefore);
    const replicaLog = (await replica.log()).slice(replicaLogBefore);
    for (const table of ['"Article"', '"Actor"', '"Statement"', '"Role"']) {
      expect(primaryLog).not.toContain(`FROM ${table}`);
      expect(replicaLog).toContain(`FROM ${table}`);
    }
  });

  it("answers a mutation's payload from the primary while the replica lags", async () => {
    await onReplica('SELECT pg_wal_replay_pause()');
    try {
      const stored = await postGraphQL<{
        ingestArticle: { article: { headline: string; actors: { totalCount: number } } };
      }>(server.url, INGEST, { input: fixtureArticles[1] });
      expect(stored.data!.ingestArticle.article.headline).toBe(fixtureArticles[1]!.headline);
      expect(stored.data!.ingestArticle.article.actors.totalCount).toBeGreaterThan(0);
      // Queries still read the paused replica.
      expect(await articleCount()).toBe(1);
    } finally {
      await onReplica('SELECT pg_wal_replay_resume()');
    }
    await untilTrue(async () => (await articleCount()) === 2, 'the replica caught up');
  });
});
