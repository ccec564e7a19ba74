// Batch ingestion: many articles in one transaction give what ingesting them one by one gives, with
// per-article answers (invalid, duplicate, already stored) and one row per shared thing under concurrency.
import { afterAll, describe, expect, it } from 'vitest';
import { corpusArticle } from '../../src/benchmarks/corpus.ts';
import type { ArticleInput } from '../../src/ingestion/article-input.ts';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { ingestArticles } from '../../src/ingestion/ingest-articles.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { seedArticle } from '../support/articles.ts';
import { createTestDatabase } from '../support/database.ts';
import { briefing, fixtureArticles, surnameOnly } from '../support/fixture-articles.ts';

const options = { maxBodyChars: 200_000 };

function corpus(from: number, count: number): ArticleInput[] {
  return Array.from({ length: count }, (_, i) => {
    const { generatedStatements: _generated, ...article } = corpusArticle(from + i);
    return article;
  });
}

const sorted = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();

/** Every row of the graph as plain values, without database ids, so that two databases can be compared. */
async function graphOf(db: Database) {
  const actors = await db.actor.findMany({ include: { aliases: true, roles: true, scopeArticle: true } });
  const mentions = await db.actorMention.findMany({ include: { article: true, actor: true, role: true } });
  const statements = await db.statement.findMany({
    include: { article: true, speaker: true, speakerRole: true, event: true, topics: { include: { topic: true } } },
  });
  const events = await db.event.findMany({
    include: { participants: { include: { actor: true } }, mentions: { include: { article: true } } },
  });
  const articles = await db.article.findMany({ include: { topics: { include: { topic: true } } } });
  const topics = await db.topic.findMany();
  return {
    articles: sorted(
      articles.map((a) => ({
        headline: a.headline,
        url: a.url,
        hash: a.contentHash,
        source: a.source,
        publishedAt: a.publishedAt,
        extractor: a.extractorVersion,
        topics: sorted(a.topics.map((t) => [t.topic.slug, t.weight])),
      })),
    ),
    actors: sorted(
      actors.map((a) => ({
        name: a.name,
        kind: a.kind,
        gender: a.gender,
        scope: a.scopeArticle?.headline ?? null,
        aliases: sorted(a.aliases.map((alias) => [alias.alias, alias.normalizedAlias, alias.curated])),
        roles: sorted(a.roles.map((r) => [r.title, r.normalizedTitle, r.kind, r.organization, r.country])),
      })),
    ),
    mentions: sorted(
      mentions.map((m) => [m.article.headline, m.start, m.end, m.text, m.actor.name, m.actor.kind, m.role?.title]),
    ),
    statements: sorted(
      statements.map((s) => ({
        at: [s.article.headline, s.start, s.end, s.sentenceStart, s.sentenceEnd],
        said: [s.text, s.kind, s.cue],
        speaker: [s.speaker.name, s.speaker.kind, s.speakerRole?.title ?? null],
        event: s.event?.key ?? null,
        topics: sorted(s.topics.map((t) => [t.topic.slug, t.stance])),
      })),
    ),
    events: sorted(
      events.map((e) => ({
        event: [e.key, e.type, e.description, e.place, e.date, e.dateEnd, e.datePrecision, e.dateText],
        participants: sorted(e.participants.map((p) => [p.actor.name, p.part])),
        mentions: sorted(e.mentions.map((m) => [m.article.headline, m.start, m.end, m.text])),
      })),
    ),
    topics: sorted(topics.map((t) => [t.slug, t.label])),
  };
}

describe('ingestArticles', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });
  async function freshDatabase(poolSize?: number): Promise<Database> {
    const database = await createTestDatabase();
    const db = createPrismaClient(database.url, { poolSize });
    cleanups.push(async () => {
      await db.$disconnect();
      await database.drop();
    });
    return db;
  }

  it('answers each article of a batch: invalid, duplicate in the batch, already stored, new', async () => {
    const db = await freshDatabase();
    const [stored, first, second] = corpus(0, 3) as [ArticleInput, ArticleInput, ArticleInput];
    const before = await ingestArticle(db, stored, options);
    const sameUrl = { ...first, headline: `${first.headline} (updated)` };
    const results = await ingestArticles(
      db,
      [first, { headline: 'No body', body: ' ' }, stored, first, second, sameUrl, { ...second, url: null }],
      options,
    );
    expect(results.map((r) => [r.created, r.userErrors.map((e) => e.field.join('.'))])).toEqual([
      [true, []],
      [false, ['body']],
      [false, []],
      [false, []],
      [true, []],
      [false, []],
      [false, []],
    ]);
    expect(results[1]!.article).toBeNull();
    expect(results[2]!.article!.id).toBe(before.article!.id);
    // A duplicate by content hash and one by URL both answer the first of the batch.
    expect(results[3]!.article!.id).toBe(results[0]!.article!.id);
    expect(results[5]!.article!.id).toBe(results[0]!.article!.id);
    expect(results[6]!.article!.id).toBe(results[4]!.article!.id);
    expect(results[0]!.article).toMatchObject({ headline: first.headline, url: first.url, source: first.source });
    expect(await db.article.count()).toBe(3);
    expect(await db.statement.count({ where: { articleId: results[0]!.article!.id } })).toBeGreaterThan(0);
    // The stored row is what the batch answered.
    const row = await db.article.findUniqueOrThrow({ where: { id: results[4]!.article!.id } });
    expect(results[4]!.article).toEqual(row);
  });

  it('stores the graph, row for row, that ingesting the same articles one by one stores', async () => {
    // The surname comes before the full name (a merge inside the batch), then fixtures and corpus
    // articles whose people, organisations and events recur.
    const articles = [surnameOnly, await seedArticle(), ...fixtureArticles, ...corpus(0, 60)];
    const oneByOne = await freshDatabase();
    for (const article of articles) expect((await ingestArticle(oneByOne, article, options)).created).toBe(true);
    const batched = await freshDatabase();
    for (let i = 0; i < articles.length; i += 25) {
      const results = await ingestArticles(batched, articles.slice(i, i + 25), options);
      expect(results.every((result) => result.created && result.userErrors.length === 0)).toBe(true);
    }
    const expected = await graphOf(oneByOne);
    expect(expected.statements.length).toBeGreaterThan(1000);
    expect(expected.actors.filter((actor) => actor.includes('"name":"Mark Rutte"'))).toHaveLength(1);
    expect(await graphOf(batched)).toEqual(expected);
  }, 120_000);

  it('keeps one row per shared actor, role and event when batches sharing them run at once', async () => {
    const db = await freshDatabase(6);
    const first = Array.from({ length: 10 }, (_, i) => briefing(i + 1));
    const second = Array.from({ length: 10 }, (_, i) => briefing(i + 6));
    const [a, b] = await Promise.all([ingestArticles(db, first, options), ingestArticles(db, second, options)]);
    expect([...a, ...b].every((result) => result.userErrors.length === 0 && result.article !== null)).toBe(true);
    // Reports 6 to 10 are in both batches: stored once, answered with the same row.
    for (let report = 6; report <= 10; report++) {
      const pair = [a[report - 1]!, b[report - 6]!];
      expect(pair.map((result) => result.created).sort()).toEqual([false, true]);
      expect(pair[0]!.article!.id).toBe(pair[1]!.article!.id);
    }
    expect(await db.article.count()).toBe(15);
    const people = await db.actor.findMany({
      where: { kind: 'PERSON' },
      include: { roles: true },
      orderBy: { name: 'asc' },
    });
    expect(people.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ['Ingrid Solberg', ['Deputy Mayor']],
      ['Omar Haddad', ['Port Director']],
    ]);
    expect(await db.statement.count({ where: { speaker: { name: 'Ingrid Solberg' } } })).toBe(15);
    const events = await db.event.findMany({ include: { participants: true, _count: { select: { mentions: true } } } });
    expect(events.map((e) => [e.type, e.participants.length, e._count.mentions])).toEqual([['MEETING', 2, 15]]);
  });
});
