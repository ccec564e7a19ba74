import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { seedArticle } from '../support/articles.ts';
import { useTestDatabase } from '../support/use-test-database.ts';

const options = { maxBodyChars: 200_000 };

describe('ingestArticle', () => {
  const database = useTestDatabase();

  it('stores the seed article with its actors, roles, statements, events and topics', async () => {
    const result = await ingestArticle(database.db, await seedArticle(), options);
    expect(result.userErrors).toEqual([]);
    expect(result.created).toBe(true);
    const articleId = result.article!.id;

    const actors = await database.db.actor.findMany({ include: { roles: true } });
    const byName = new Map(actors.map((actor) => [actor.name, actor]));
    expect(byName.get('Volodymyr Zelensky')?.kind).toBe('PERSON');
    expect(byName.get('Julianne Smith')?.roles.map((role) => role.title)).toContain('U.S. Ambassador to NATO');
    expect(byName.get('Laurynas Kasciunas')?.roles.map((role) => role.title)).toContain('Lithuanian Defense Minister');
    const anonymous = actors.filter((actor) => actor.kind === 'ANONYMOUS');
    expect(anonymous.length).toBeGreaterThanOrEqual(2);
    expect(anonymous.every((actor) => actor.scopeArticleId === articleId)).toBe(true);

    const statements = await database.db.statement.findMany({
      where: { articleId },
      include: { speaker: true, speakerRole: true },
    });
    const smith = statements.find((statement) => statement.text.startsWith('We are not at the point right now'));
    expect(smith?.speaker.name).toBe('Julianne Smith');
    expect(smith?.speakerRole?.title).toBe('U.S. Ambassador to NATO');
    expect(smith?.kind).toBe('DIRECT');
    const body = result.article!.body;
    // A quote interrupted by its attribution is one statement whose pieces are joined by " ... ".
    for (const statement of statements) {
      const passage = body.slice(statement.start, statement.end);
      for (const piece of statement.text.split(' ... ')) expect(passage).toContain(piece);
    }

    expect(await database.db.event.count()).toBeGreaterThan(0);
    const invitation = await database.db.topic.findUnique({
      where: { slug: 'nato-invitation' },
      include: { statements: true },
    });
    expect(invitation?.statements.length).toBeGreaterThanOrEqual(3);
  });

  it('changes nothing when the same article is ingested again', async () => {
    const counts = async () => ({
      articles: await database.db.article.count(),
      actors: await database.db.actor.count(),
      roles: await database.db.role.count(),
      statements: await database.db.statement.count(),
      events: await database.db.event.count(),
      mentions: await database.db.actorMention.count(),
    });
    const before = await counts();
    const again = await ingestArticle(database.db, await seedArticle(), options);
    expect(again.created).toBe(false);
    expect(again.userErrors).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('keeps one actor per person across articles but anonymous sources per article', async () => {
    const result = await ingestArticle(
      database.db,
      {
        headline: 'Allies weigh next steps',
        body:
          'Secretary General Mark Rutte met defence ministers in Brussels on Tuesday.\n' +
          '“We will stand with Ukraine for as long as it takes,” Rutte told reporters.\n' +
          '“Nothing has been decided,” said a senior NATO official, speaking on the condition of anonymity.',
        source: 'Test Wire',
        publishedAt: '2024-10-22',
      },
      options,
    );
    expect(result.userErrors).toEqual([]);
    expect(await database.db.actor.count({ where: { normalizedName: 'mark rutte' } })).toBe(1);
    const officials = await database.db.actor.findMany({
      where: { kind: 'ANONYMOUS', normalizedName: 'a senior nato official' },
    });
    expect(new Set(officials.map((official) => official.scopeArticleId)).size).toBe(officials.length);
    expect(officials.length).toBe(2);
  });

  it.each([
    [{ headline: 'Headline', body: '   ' }, ['body'], 'REQUIRED'],
    [{ body: 'Some text.' }, ['headline'], 'REQUIRED'],
    [{ headline: 'Headline', body: 'x'.repeat(200_001) }, ['body'], 'TOO_LONG'],
    [{ headline: 'Headline', body: 'Text.', url: 'not a url' }, ['url'], 'INVALID'],
    [{ headline: 'Headline', body: 'Text.', publishedAt: 'someday' }, ['publishedAt'], 'INVALID'],
  ])('rejects bad input %# with a user error and writes nothing', async (input, field, code) => {
    const before = await database.db.article.count();
    const result = await ingestArticle(database.db, input as never, options);
    expect(result.article).toBeNull();
    expect(result.userErrors).toEqual([expect.objectContaining({ field, code })]);
    expect(await database.db.article.count()).toBe(before);
  });
});
