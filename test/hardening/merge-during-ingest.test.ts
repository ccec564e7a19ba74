// Issue 7, must-have 4 (last part): a curation merge running while articles naming both actors are
// ingested loses no statement. (Concurrent duplicate ingests: test/ingestion/concurrent-ingest.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeActors } from '../../src/curation/actor-curation.ts';
import { extractArticle } from '../../src/extraction/extract-article.ts';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { sampleArticle } from './support.ts';

describe('a merge during ingestion', () => {
  let database: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url, { poolSize: 12 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it('loses no statement and answers every ingest', async () => {
    // Two actors that a curator will find to be one, each already known.
    await ingestArticle(db, sampleArticle(0, 'Ingrid Halvorsen'), { maxBodyChars: 200_000 });
    await ingestArticle(db, sampleArticle(1, 'Inga Halvorsen'), { maxBodyChars: 200_000 });
    const source = await db.actor.findFirstOrThrow({ where: { name: { contains: 'Inga' } } });
    const target = await db.actor.findFirstOrThrow({ where: { name: { contains: 'Ingrid' } } });

    const articles = Array.from({ length: 16 }, (_, i) =>
      sampleArticle(100 + i, i % 2 === 0 ? 'Inga Halvorsen' : 'Ingrid Halvorsen'),
    );
    const expectedStatements = articles.reduce(
      (sum, article) => sum + extractArticle({ ...article, publishedAt: article.publishedAt }).statements.length,
      0,
    );
    const before = await db.statement.count();
    const results = await Promise.allSettled([
      ...articles.slice(0, 8).map((article) => ingestArticle(db, article, { maxBodyChars: 200_000 })),
      mergeActors(db, source.id, target.id),
      ...articles.slice(8).map((article) => ingestArticle(db, article, { maxBodyChars: 200_000 })),
    ]);
    const rejected = results.filter((result) => result.status === 'rejected');
    expect(
      rejected.map((result) =>
        String((result as PromiseRejectedResult).reason)
          .split('\n')
          .filter(Boolean)
          .at(-1),
      ),
    ).toEqual([]);
    expect(await db.article.count()).toBe(2 + articles.length);
    expect(await db.statement.count()).toBe(before + expectedStatements);
    expect(await db.actor.count({ where: { id: source.id } })).toBe(0);
  }, 120_000);
});
