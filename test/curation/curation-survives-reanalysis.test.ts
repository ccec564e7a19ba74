// Curation wins over extraction: a re-attributed statement, a corrected role and a merge all hold
// after the article is analysed again.
import { describe, expect, it } from 'vitest';
import { mergeActors } from '../../src/curation/actor-curation.ts';
import { correctRole } from '../../src/curation/role-curation.ts';
import { reattributeStatement } from '../../src/curation/statement-curation.ts';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { reanalyseArticle } from '../../src/ingestion/reanalyse-article.ts';
import { seedArticle } from '../support/articles.ts';
import { useTestDatabase } from '../support/use-test-database.ts';

describe('curation survives re-analysis', () => {
  const database = useTestDatabase();

  it('keeps a re-attributed statement, a corrected role and a merge', async () => {
    const { article } = await ingestArticle(database.db, await seedArticle(), { maxBodyChars: 200_000 });
    const articleId = article!.id;
    const smith = await database.db.actor.findFirstOrThrow({
      where: { name: 'Julianne Smith' },
      include: { roles: true },
    });
    const official = await database.db.statement.findFirstOrThrow({
      where: { articleId, speaker: { kind: 'ANONYMOUS' } },
      orderBy: { start: 'asc' },
    });
    // Pretend a person knows better: the first anonymous statement was Smith's, as ambassador.
    await reattributeStatement(database.db, official.id, smith.id, smith.roles[0]!.id);
    const kasciunasRole = await database.db.role.findFirstOrThrow({ where: { actor: { name: 'Laurynas Kasciunas' } } });
    await correctRole(database.db, kasciunasRole.id, { title: 'Minister of National Defence of Lithuania' });
    const biden = await database.db.actor.findFirstOrThrow({ where: { name: 'Joe Biden' } });
    const harris = await database.db.actor.findFirstOrThrow({ where: { name: 'Kamala Harris' } });
    await mergeActors(database.db, harris.id, biden.id);
    const statementsBefore = await database.db.statement.count({ where: { articleId } });

    const result = await reanalyseArticle(database.db, articleId);
    expect(result.correctionsApplied).toBe(1);

    const kept = await database.db.statement.findUniqueOrThrow({
      where: { id: official.id },
      include: { speaker: true },
    });
    expect(kept.speaker.name).toBe('Julianne Smith');
    expect(kept.curated).toBe(true);
    const overlapping = await database.db.statement.count({
      where: { articleId, start: { lt: official.end }, end: { gt: official.start } },
    });
    expect(overlapping).toBe(1);
    expect(await database.db.statement.count({ where: { articleId } })).toBe(statementsBefore);

    const kasciunas = await database.db.statement.findMany({
      where: { articleId, speaker: { name: 'Laurynas Kasciunas' } },
      include: { speakerRole: true },
    });
    expect(kasciunas.length).toBeGreaterThan(0);
    expect(new Set(kasciunas.map((s) => s.speakerRole?.title))).toEqual(
      new Set(['Minister of National Defence of Lithuania']),
    );
    expect(await database.db.actor.count({ where: { name: 'Kamala Harris' } })).toBe(0);
  });
});
