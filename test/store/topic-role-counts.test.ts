// Each topic's statement counts per stated title and kind (TopicRoleCount, kept by triggers) must always
// equal what its taggings' roles say, whoever writes: ingestion, re-attribution, role corrections (title,
// case of the title, kind), merges, deletions.
import { describe, expect, it } from 'vitest';
import { mergeActors } from '../../src/curation/actor-curation.ts';
import { deleteArticle } from '../../src/curation/article-deletion.ts';
import { correctRole } from '../../src/curation/role-curation.ts';
import { reattributeStatement } from '../../src/curation/statement-curation.ts';
import { ingestArticles } from '../../src/ingestion/ingest-articles.ts';
import { seedArticle } from '../support/articles.ts';
import { fixtureArticles } from '../support/fixture-articles.ts';
import { useTestDatabase } from '../support/use-test-database.ts';

describe("a topic's counts per role", () => {
  const database = useTestDatabase();

  /** The counts as kept, and as the taggings' stated roles say they must be. */
  async function keptAndTrue() {
    const kept = await database.db.$queryRaw<
      { topicId: number; roleKey: string; title: string; kind: string; count: number }[]
    >`
      SELECT "topicId", "roleKey", title, kind, "count" FROM "TopicRoleCount" WHERE "count" <> 0 ORDER BY 1, 2, 3, 4`;
    const truth = await database.db.$queryRaw<typeof kept>`
      SELECT st."topicId", COALESCE(lower(r.title), '') AS "roleKey", COALESCE(r.title, '') AS title,
        COALESCE(r.kind::text, '') AS kind, count(*)::int AS "count"
      FROM "StatementTopic" st LEFT JOIN "Role" r ON r.id = st."statedRoleId" GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
    return { kept, truth };
  }

  it('follow ingestion, re-attribution, role corrections, merges and deletions', async () => {
    await ingestArticles(database.db, [await seedArticle(), ...fixtureArticles], { maxBodyChars: 200_000 });
    let counts = await keptAndTrue();
    expect(counts.truth.length).toBeGreaterThan(5);
    expect(counts.kept).toEqual(counts.truth);

    const onTopic = await database.db.statementTopic.findFirstOrThrow({
      where: { statement: { speakerRoleId: { not: null } } },
      include: { statement: true },
    });
    const otherSpeaker = await database.db.actor.findFirstOrThrow({
      where: { id: { not: onTopic.statement.speakerId }, kind: 'PERSON' },
    });
    expect((await reattributeStatement(database.db, onTopic.statementId, otherSpeaker.id, null)).userErrors).toEqual(
      [],
    );
    const role = await database.db.role.findFirstOrThrow({ where: { statements: { some: { topics: { some: {} } } } } });
    expect((await correctRole(database.db, role.id, { title: 'Chief Negotiator' })).userErrors).toEqual([]);
    expect(
      (await correctRole(database.db, role.id, { title: 'chief negotiator', kind: 'DIPLOMAT' })).userErrors,
    ).toEqual([]);
    counts = await keptAndTrue();
    expect(counts.kept).toEqual(counts.truth);

    const [first, second] = await database.db.actor.findMany({
      where: { kind: 'PERSON', statements: { some: { topics: { some: {} } } } },
      orderBy: { id: 'asc' },
      take: 2,
    });
    expect((await mergeActors(database.db, second!.id, first!.id)).userErrors).toEqual([]);
    const article = await database.db.article.findFirstOrThrow({ orderBy: { id: 'asc' } });
    expect((await deleteArticle(database.db, article.id)).userErrors).toEqual([]);
    counts = await keptAndTrue();
    expect(counts.kept).toEqual(counts.truth);
  });
});
