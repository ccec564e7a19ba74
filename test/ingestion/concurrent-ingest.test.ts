// Concurrent ingests: of one article, they store it once; of articles sharing actors, every ingest
// is answered and each shared actor exists once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { createTestDatabase } from '../support/database.ts';
import { briefing } from '../support/fixture-articles.ts';

const options = { maxBodyChars: 50_000 };

describe('concurrent ingestion', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url, { poolSize: 30 });
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it('stores one article when the same one arrives 20 times at once', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => ingestArticle(db, briefing(1), options)));
    expect(results.every((result) => result.userErrors.length === 0 && result.article !== null)).toBe(true);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.article!.id)).size).toBe(1);
    expect(await db.article.count()).toBe(1);
  });

  it('keeps one actor each when different articles sharing them arrive at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 48 }, (_, index) => ingestArticle(db, briefing(index + 2), options)),
    );
    expect(results.every((result) => result.created && result.userErrors.length === 0)).toBe(true);
    expect(await db.article.count()).toBe(49);
    expect(await db.event.count({ where: { type: 'MEETING' } })).toBe(1);
    expect(await db.actor.count({ where: { normalizedName: 'ingrid solberg' } })).toBe(1);
    expect(await db.actor.count({ where: { normalizedName: 'omar haddad' } })).toBe(1);
    const solberg = await db.actor.findFirstOrThrow({
      where: { normalizedName: 'ingrid solberg' },
      include: { statements: true },
    });
    expect(solberg.statements).toHaveLength(49);
  });
});
