import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { useTestDatabase } from '../support/use-test-database.ts';

const options = { maxBodyChars: 200_000 };

describe('a title written in full and abbreviated', () => {
  const database = useTestDatabase();

  it('is one role of the actor, kept as the first article wrote it, with each statement on it', async () => {
    const first = await ingestArticle(
      database.db,
      {
        headline: 'Senate panel questions bank',
        body: 'Sen. Ada Brook of Oregon said the bank had misled its customers.',
        source: 'Test Wire',
        url: 'https://example.test/brook-1',
        publishedAt: '2024-03-14T09:00:00Z',
      },
      options,
    );
    const second = await ingestArticle(
      database.db,
      {
        headline: 'Bank chief resigns',
        body: 'Senator Ada Brook of Oregon said the resignation was overdue.',
        source: 'Test Wire',
        url: 'https://example.test/brook-2',
        publishedAt: '2024-03-15T09:00:00Z',
      },
      options,
    );
    expect([first.userErrors, second.userErrors]).toEqual([[], []]);
    const brook = await database.db.actor.findFirstOrThrow({ where: { name: 'Ada Brook' }, include: { roles: true } });
    expect(brook.roles.map((role) => [role.title, role.normalizedTitle])).toEqual([['Sen.', 'senator']]);
    const statements = await database.db.statement.findMany({
      where: { speakerId: brook.id },
      include: { speakerRole: true },
      orderBy: { id: 'asc' },
    });
    expect(statements.map((statement) => statement.speakerRole?.title)).toEqual(['Sen.', 'Sen.']);
  });
});
