// Issue 12, must-have 5: production reveals nothing it needn't. No "Did you mean …?" field
// suggestions; ingestion jobs' file paths, headlines, URLs and error texts only to API-key holders;
// /healthz says the database is down without the driver's text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/create-server.ts';
import { INGEST_QUEUE, IngestionQueue } from '../../src/queue/ingestion-queue.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { post, sampleArticle, startHardenedServer, type HardenedServer } from '../hardening/support.ts';

const KEY = 'k-disclosure-0123456789abcdef';
const LABEL = '/srv/newsroom/private/wire-2024-10.jsonl:3';
const FAILURE = 'connect ECONNREFUSED 10.0.4.17:5432 (host db-primary.internal)';
const JOBS = '{ ingestionJobs { nodes { status label headline url error } } }';

describe('what production reveals', () => {
  let database: TestDatabase;
  let production: HardenedServer;
  let development: HardenedServer;
  beforeAll(async () => {
    database = await createTestDatabase();
    production = await startHardenedServer({ production: true, apiKeys: [KEY] }, database);
    development = await startHardenedServer({ production: false }, database);
    // A job that failed once, with a server path as its label and an internal error text.
    const queue = await IngestionQueue.open({ connectionString: database.url }, { install: true });
    try {
      await queue.enqueueArticles([
        { article: { ...sampleArticle(1), source: null, publishedAt: null }, label: LABEL },
      ]);
      const [job] = await queue.boss.fetch(INGEST_QUEUE);
      await queue.boss.fail(INGEST_QUEUE, job!.id, { message: FAILURE });
    } finally {
      await queue.stop();
    }
  });
  afterAll(async () => {
    await production?.close();
    await development?.close();
    await database?.drop();
  });

  it('suggests no field names in production', async () => {
    const query = '{ statment(id: "1") { id } }';
    const answer = await post(production.url, { query });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toBe('Cannot query field "statment" on type "Query".');
    // A developer still gets the hint.
    expect((await post(development.url, { query })).body.errors?.[0]?.message).toMatch(/Did you mean "statement"/);
  });

  it('shows job paths, headlines, URLs and errors only with a key', async () => {
    const anonymous = await post(production.url, { query: JOBS });
    expect(anonymous.body.data).toEqual({
      ingestionJobs: { nodes: [{ status: 'RETRYING', label: null, headline: null, url: null, error: null }] },
    });
    const keyHolder = await post(production.url, { query: JOBS }, { authorization: `Bearer ${KEY}` });
    expect(keyHolder.body.data).toEqual({
      ingestionJobs: {
        nodes: [
          {
            status: 'RETRYING',
            label: LABEL,
            headline: sampleArticle(1).headline,
            url: sampleArticle(1).url,
            error: FAILURE,
          },
        ],
      },
    });
    // A development server without keys is open to everyone, details included.
    const open = await post(development.url, { query: JOBS });
    expect(open.body.data).toEqual(keyHolder.body.data);
  });
});

describe('/healthz while the database is down', () => {
  let unreachable: Database;
  const servers: RunningServer[] = [];
  beforeAll(() => {
    unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:1/none');
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await unreachable.$disconnect();
  });

  async function health(production: boolean): Promise<{ status: number; body: unknown }> {
    const server = await startServer({
      db: unreachable,
      port: 0,
      host: '127.0.0.1',
      maxArticleChars: 1000,
      production,
    });
    servers.push(server);
    const response = await fetch(server.url.replace(/\/graphql$/, '/healthz'));
    return { status: response.status, body: await response.json() };
  }

  it('reports the status without internal text in production', async () => {
    expect(await health(true)).toEqual({
      status: 503,
      body: { status: 'unavailable', database: { status: 'down' } },
    });
  });

  it('tells a developer why', async () => {
    const { status, body } = await health(false);
    expect(status).toBe(503);
    expect((body as { database: { error?: string } }).database.error).toEqual(expect.any(String));
  });
});
