// A passage a coordinated subject reports ("MSF and the WHO said …") is one statement per speaker, stored as such,
// and stays one per speaker through merging and re-attribution.
import { describe, expect, it } from 'vitest';
import { mergeActors } from '../../src/curation/actor-curation.ts';
import { reattributeStatement } from '../../src/curation/statement-curation.ts';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { useTestDatabase } from '../support/use-test-database.ts';

const ARTICLE = {
  headline: 'Aid groups warn on Ebola',
  body: [
    'GENEVA — The Ebola outbreak in West Africa is spreading faster than expected.',
    'Medecins sans Frontieres and the World Health Organization said on Monday that the outbreak was out of control.',
    'Health workers in Liberia have been overwhelmed, the Liberian health ministry said.',
  ].join('\n'),
  publishedAt: '2014-08-04',
};

describe('a passage said by several', () => {
  const database = useTestDatabase();

  async function spokenPassage(articleId: number) {
    return database.db.statement.findMany({
      where: { articleId, text: 'the outbreak was out of control' },
      include: { speaker: true },
      orderBy: { id: 'asc' },
    });
  }

  it('is stored once for each speaker', async () => {
    const { article } = await ingestArticle(database.db, ARTICLE, { maxBodyChars: 200_000 });
    const statements = await spokenPassage(article!.id);
    expect(statements.map((s) => s.speaker.name)).toEqual(['Medecins sans Frontieres', 'World Health Organization']);
    expect(new Set(statements.map((s) => `${s.start}-${s.end}`)).size).toBe(1);
  });

  it('cannot be given to a speaker who already says it, and tells why', async () => {
    const { article } = await ingestArticle(database.db, ARTICLE, { maxBodyChars: 200_000 });
    const [msf, who] = await spokenPassage(article!.id);
    const result = await reattributeStatement(database.db, msf!.id, who!.speakerId, null);
    expect(result.value).toBeNull();
    expect(result.userErrors).toEqual([
      {
        field: ['input', 'speakerId'],
        message: 'That actor is already a speaker of this passage, in another statement',
        code: 'INVALID',
      },
    ]);
    expect((await spokenPassage(article!.id)).map((s) => s.speakerId)).toEqual([msf!.speakerId, who!.speakerId]);
  });

  it('is one statement once its speakers are merged', async () => {
    const { article } = await ingestArticle(database.db, ARTICLE, { maxBodyChars: 200_000 });
    const [msf, who] = await spokenPassage(article!.id);
    const merged = await mergeActors(database.db, msf!.speakerId, who!.speakerId);
    expect(merged.userErrors).toEqual([]);
    const statements = await spokenPassage(article!.id);
    expect(statements.map((s) => [s.id, s.speaker.name])).toEqual([[who!.id, 'World Health Organization']]);
  });
});
