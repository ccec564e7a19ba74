import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/extraction/version.ts';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { ArticleNotFoundError, reanalyseArticle } from '../../src/ingestion/reanalyse-article.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { seedArticle } from '../support/articles.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

describe('reanalyseArticle', () => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url);
  });

  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it('replaces an article graph from an older extractor in one go, then re-applies curated corrections', async () => {
    const { article } = await ingestArticle(db, await seedArticle(), { maxBodyChars: 200_000 });
    const id = article!.id;
    const snapshot = async () => ({
      statements: (await db.statement.findMany({ where: { articleId: id }, orderBy: { start: 'asc' } })).map(
        (statement) => [statement.start, statement.end, statement.text],
      ),
      mentions: await db.actorMention.count({ where: { articleId: id } }),
      actors: await db.actor.count(),
      topics: await db.articleTopic.count({ where: { articleId: id } }),
    });
    const fresh = await snapshot();
    // An older extractor's result: fewer statements, another version.
    await db.statement.deleteMany({ where: { articleId: id, start: { gt: 1000 } } });
    await db.article.update({ where: { id }, data: { extractorVersion: 'rules-v0.0.1' } });
    expect((await snapshot()).statements.length).toBeLessThan(fresh.statements.length);

    const replayed: number[] = [];
    const result = await reanalyseArticle(db, id, {
      // A stand-in for curation: it runs after the new extraction, in the same transaction, so it wins.
      reapplyCorrections: async (tx, articleId) => {
        replayed.push(articleId);
        const first = await tx.statement.findFirstOrThrow({ where: { articleId }, orderBy: { start: 'asc' } });
        await tx.statement.update({ where: { id: first.id }, data: { cue: 'curated' } });
        return 1;
      },
    });
    expect(result).toMatchObject({
      articleId: id,
      previousVersion: 'rules-v0.0.1',
      extractorVersion: EXTRACTOR_VERSION,
      statements: fresh.statements.length,
      correctionsApplied: 1,
    });
    expect(replayed).toEqual([id]);
    expect(await snapshot()).toEqual(fresh);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).extractorVersion).toBe(EXTRACTOR_VERSION);
    const first = await db.statement.findFirstOrThrow({ where: { articleId: id }, orderBy: { start: 'asc' } });
    expect(first.cue).toBe('curated');
    expect(await db.article.count()).toBe(1);
  });

  it('rolls back the whole replacement when re-applying corrections fails', async () => {
    const id = (await db.article.findFirstOrThrow()).id;
    const before = await db.statement.count({ where: { articleId: id } });
    await expect(
      reanalyseArticle(db, id, {
        reapplyCorrections: async (tx) => {
          await tx.statement.deleteMany({ where: { articleId: id } });
          throw new Error('curation conflict');
        },
      }),
    ).rejects.toThrow('curation conflict');
    expect(await db.statement.count({ where: { articleId: id } })).toBe(before);
  });

  it('reports an article that does not exist', async () => {
    await expect(reanalyseArticle(db, 987654)).rejects.toBeInstanceOf(ArticleNotFoundError);
  });
});
