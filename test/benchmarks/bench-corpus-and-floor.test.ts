// The benchmark's corpus is reproducible, and its raw-SQL floor answers what our GraphQL answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusArticle, corpusArticles } from '../../src/benchmarks/corpus.ts';
import { startRawSqlServer, type StartedServer } from '../../src/benchmarks/servers.ts';
import { SHAPES, type ShapeParams } from '../../src/benchmarks/shapes.ts';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { startServer, type RunningServer } from '../../src/server/create-server.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

describe('benchmark corpus', () => {
  it('gives the same articles for the same seed, and others for another seed', () => {
    const first = [...corpusArticles(20, 7)];
    expect([...corpusArticles(20, 7)]).toEqual(first);
    expect(corpusArticle(3, 8).body).not.toBe(first[3]!.body);
    expect(new Set(first.map((a) => a.url)).size).toBe(20);
    const statements = first.reduce((sum, a) => sum + a.generatedStatements, 0);
    expect(statements / first.length).toBeGreaterThan(15);
  });
});

describe('raw-SQL floor server', () => {
  let database: TestDatabase;
  let db: Database;
  let ours: RunningServer;
  let raw: StartedServer;
  let params: ShapeParams;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url);
    for (const article of corpusArticles(4, 11)) {
      const result = await ingestArticle(db, article, { maxBodyChars: 200_000 });
      expect(result.userErrors).toEqual([]);
    }
    const speaker = await db.statement.groupBy({
      by: ['speakerId'],
      _count: { _all: true },
      orderBy: [{ _count: { speakerId: 'desc' } }, { speakerId: 'asc' }],
      take: 1,
    });
    params = { actorId: speaker[0]!.speakerId, roleGroups: 5 };
    ours = await startServer({ db, port: 0, host: '127.0.0.1', maxArticleChars: 200_000, production: true });
    raw = await startRawSqlServer(database.url, params);
  }, 60_000);

  afterAll(async () => {
    await raw?.close();
    await ours?.close();
    await db?.$disconnect();
    await database?.drop();
  });

  it.each(['statementsByRole', 'phraseByRole', 'filteredStatements', 'actorPage', 'fullTextSearch'])(
    'answers %s with the same JSON as our GraphQL, in one SQL statement',
    async (name) => {
      const shape = SHAPES.find((s) => s.name === name)!;
      const ourAnswer = (await (
        await fetch(ours.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(shape.ours(params)),
        })
      ).json()) as { data?: unknown; errors?: unknown };
      const before = raw.sqlStatements();
      const rawAnswer = await (await fetch(`${raw.url}/${name}`, { method: 'POST', body: '{}' })).json();
      expect(raw.sqlStatements() - before).toBe(1);
      expect(ourAnswer.errors).toBeUndefined();
      expect(JSON.stringify(ourAnswer.data).length).toBeGreaterThan(100);
      expect(rawAnswer).toEqual(ourAnswer);
    },
  );
});
