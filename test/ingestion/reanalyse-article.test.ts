import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/extraction/version.ts';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { ArticleNotFoundError, reanalyseArticle } from '../../src/ingestion/reanalyse-article.ts';
import { seedArticle } from '../support/articles.ts';
import { useTestDatabase } from '../support/use-test-database.ts';

describe('reanalyseArticle', () => {
  const database = useTestDatabase();

  it('replaces an article graph from an older extractor in one go, then re-applies curated corrections', async () => {
    const { article } = await ingestArticle(database.db, await seedArticle(), { maxBodyChars: 200_000 });
    const id = article!.id;
    const snapshot = async () => ({
      statements: (await database.db.statement.findMany({ where: { articleId: id }, orderBy: { start: 'asc' } })).map(
        (statement) => [statement.start, statement.end, statement.text],
      ),
      mentions: await database.db.actorMention.count({ where: { articleId: id } }),
      actors: await database.db.actor.count(),
      topics: await database.db.articleTopic.count({ where: { articleId: id } }),
    });
    const fresh = await snapshot();
    // An older extractor's result: fewer statements, another version.
    await database.db.statement.deleteMany({ where: { articleId: id, start: { gt: 1000 } } });
    await database.db.article.update({ where: { id }, data: { extractorVersion: 'rules-v0.0.1' } });
    expect((await snapshot()).statements.length).toBeLessThan(fresh.statements.length);

    const replayed: number[] = [];
    const result = await reanalyseArticle(database.db, id, {
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
    expect((await database.db.article.findUniqueOrThrow({ where: { id } })).extractorVersion).toBe(EXTRACTOR_VERSION);
    const first = await database.db.statement.findFirstOrThrow({ where: { articleId: id }, orderBy: { start: 'asc' } });
    expect(first.cue).toBe('curated');
    expect(await database.db.article.count()).toBe(1);
  });

  it('rolls back the whole replacement when re-applying corrections fails', async () => {
    const id = (await database.db.article.findFirstOrThrow()).id;
    const before = await database.db.statement.count({ where: { articleId: id } });
    await expect(
      reanalyseArticle(database.db, id, {
        reapplyCorrections: async (tx) => {
          await tx.statement.deleteMany({ where: { articleId: id } });
          throw new Error('curation conflict');
        },
      }),
    ).rejects.toThrow('curation conflict');
    expect(await database.db.statement.count({ where: { articleId: id } })).toBe(before);
  });

  it('reports an article that does not exist', async () => {
    await expect(reanalyseArticle(database.db, 987654)).rejects.toBeInstanceOf(ArticleNotFoundError);
  });
});
