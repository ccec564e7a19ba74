// The same articles ingested in any order give the same graph: one actor per person whether an
// article names them in full or by surname with a matching title, anonymous sources per article.
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/ingestion/article-input.ts';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { seedArticle } from '../support/articles.ts';
import { createTestDatabase } from '../support/database.ts';
import { fixtureArticles, surnameOnly } from '../support/fixture-articles.ts';

/** The graph as plain values, without database ids, so two databases can be compared. */
async function graphOf(db: Database) {
  const actors = await db.actor.findMany({ include: { aliases: true, roles: true, scopeArticle: true } });
  const statements = await db.statement.findMany({ include: { speaker: true, speakerRole: true, article: true } });
  return {
    actors: actors
      .map((actor) => ({
        name: actor.name,
        kind: actor.kind,
        scope: actor.scopeArticle?.headline ?? null,
        aliases: actor.aliases.map((alias) => alias.normalizedAlias).sort(),
        roles: actor.roles.map((role) => role.title).sort(),
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    statements: statements
      .map((s) => [s.article.headline, s.start, s.text, s.speaker.name, s.speakerRole?.title ?? null].join(' | '))
      .sort(),
  };
}

describe('ingestion order', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  async function ingestAll(articles: ArticleInput[]) {
    const database = await createTestDatabase();
    const db = createPrismaClient(database.url);
    cleanups.push(async () => {
      await db.$disconnect();
      await database.drop();
    });
    for (const article of articles) {
      const result = await ingestArticle(db, article, { maxBodyChars: 200_000 });
      expect(result.userErrors).toEqual([]);
    }
    return db;
  }

  it('yields the same graph forwards and backwards', async () => {
    // Forwards the surname comes first, backwards the full name does.
    const articles = [surnameOnly, await seedArticle(), ...fixtureArticles];
    const forwards = await graphOf(await ingestAll(articles));
    const backwards = await graphOf(await ingestAll([...articles].reverse()));
    expect(backwards).toEqual(forwards);

    const rutte = forwards.actors.filter((actor) => actor.name.endsWith('Rutte'));
    expect(rutte).toEqual([expect.objectContaining({ name: 'Mark Rutte', kind: 'PERSON', scope: null })]);
    expect(forwards.statements.filter((s) => s.includes('Patience is part of strength'))).toEqual([
      expect.stringContaining('| Mark Rutte | Secretary General'),
    ]);
    const seniorOfficials = forwards.actors.filter((actor) => actor.name === 'a senior NATO official');
    expect(seniorOfficials.map((actor) => actor.scope).sort()).toEqual(
      [surnameOnly.headline, articles[1]!.headline].sort(),
    );
  });
});
