// ingestArticle(enqueue), ingestionJobs and Article.ingestionState, on a schema with this folder's
// resolvers added to the service's.
import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/graphql/context.ts';
import { ArticleIngestionResolver, IngestionJobResolver } from '../../src/graphql/ingestion/ingestion.resolver.ts';
import { resolvers } from '../../src/graphql/schema.ts';
import { IngestionQueue, queueForUrl } from '../../src/queue/ingestion-queue.ts';
import { startWorker, type RunningWorker } from '../../src/queue/worker.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { generatedArticle } from '../support/generate-articles.ts';

describe('ingestion over GraphQL', () => {
  let database: TestDatabase;
  let db: Database;
  let schema: GraphQLSchema;
  let worker: RunningWorker | undefined;
  const run = async (source: string, variableValues?: Record<string, unknown>) => {
    const result = await graphql({
      schema,
      source,
      variableValues,
      // As an API-key holder sees it: job URLs and errors included.
      contextValue: createContext(db, { maxArticleChars: 200_000, seesJobDetails: true }),
    });
    expect(result.errors?.map((error) => error.message)).toBeUndefined();
    return result.data as any;
  };
  const mutation = `mutation ($input: IngestArticleInput!) {
    ingestArticle(input: $input) { created article { id } job { id kind status url } userErrors { field code message } }
  }`;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url);
    // The API queues on the server in DATABASE_URL (each test file runs in its own process).
    process.env.DATABASE_URL = database.url;
    const extra = [IngestionJobResolver, ArticleIngestionResolver].filter(
      (r) => !(resolvers as readonly unknown[]).includes(r),
    );
    schema = await buildSchema({ resolvers: [...resolvers, ...extra] as never, validate: false });
  });

  afterAll(async () => {
    await worker?.stop();
    await (await queueForUrl(database.url)).stop();
    await db.$disconnect();
    await database.drop();
  });

  it('refuses to enqueue before the queue is installed, then queues, and reports the job and the article state', async () => {
    const input = { ...generatedArticle(7), enqueue: true };
    const before = await run(mutation, { input });
    expect(before.ingestArticle.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'enqueue'], code: 'INVALID' }),
    ]);
    expect((await run('{ ingestionJobs { installed counts { total } } }')).ingestionJobs).toEqual({
      installed: false,
      counts: { total: 0 },
    });

    await (await IngestionQueue.open({ connectionString: database.url })).stop();
    const queued = await run(mutation, { input });
    expect(queued.ingestArticle).toMatchObject({
      created: false,
      article: null,
      userErrors: [],
      job: { kind: 'INGEST', status: 'QUEUED', url: input.url },
    });
    const again = await run(mutation, { input });
    expect(again.ingestArticle.job.id).toBe(queued.ingestArticle.job.id);

    worker = await startWorker({ databaseUrl: database.url, db, concurrency: 1, maxBodyChars: 200_000 });
    let jobs;
    for (let i = 0; i < 60; i += 1) {
      jobs = (
        await run('{ ingestionJobs(first: 5) { counts { completed total } nodes { id status article { headline } } } }')
      ).ingestionJobs;
      if (jobs.counts.completed === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(jobs).toEqual({
      counts: { completed: 1, total: 1 },
      nodes: [{ id: queued.ingestArticle.job.id, status: 'COMPLETED', article: { headline: input.headline } }],
    });
    const state = await run(
      '{ articles(first: 5) { nodes { ingestionState { status current latestJob { id status } } } } }',
    );
    expect(state.articles.nodes).toEqual([
      {
        ingestionState: {
          status: 'STORED',
          current: true,
          latestJob: { id: queued.ingestArticle.job.id, status: 'COMPLETED' },
        },
      },
    ]);
    // Stored now: enqueuing again returns the article and queues nothing.
    const stored = await run(mutation, { input });
    expect(stored.ingestArticle).toMatchObject({ article: { id: expect.any(String) }, job: null });
  });
});
