// The articles a phrase's statements are read from: ranked by how much of the phrase they hold, each tier
// capped, the weak tiers read only when the strong ones found too few.
import { describe, expect, it } from 'vitest';
import { phraseTerms, type PhraseTerm } from '../../src/extraction/phrase-terms.ts';
import { rankedArticlesSql, tierQueries } from '../../src/reads/phrase-articles.ts';
import { useTestDatabase } from '../support/use-test-database.ts';

const term = (query: string, group: number, credit = 1): PhraseTerm => ({ query, group, weight: 1, credit });

describe('tierQueries', () => {
  it('asks for every word or a near one, all words but one, and any word', () => {
    const terms = [
      term('harbour', 0),
      term('port', 0, 0.5),
      term('strike', 1),
      term('dock', 2),
      term('harbour <-> strike', -2),
    ];
    expect(tierQueries(terms)).toEqual({
      every: '((harbour | port) & (strike) & (dock))',
      allButOne: '((strike) & (dock)) | ((harbour | port) & (dock)) | ((harbour | port) & (strike))',
      any: '((harbour | port) | (strike) | (dock))',
    });
  });

  it('gives one word no tier without it', () => {
    expect(tierQueries([term('drought', 0), term('dryness', 0, 0.4)])).toMatchObject({
      every: '((drought | dryness))',
      allButOne: '((drought | dryness))',
    });
  });
});

describe('rankedArticlesSql', () => {
  const database = useTestDatabase();
  const terms = [term('harbour', 0), term('strike', 1), term('dock', 2)];

  async function store(headlines: string[]): Promise<number[]> {
    const ids: number[] = [];
    for (const [i, headline] of headlines.entries()) {
      const rows = await database.db.$queryRaw<{ id: number }[]>`
        INSERT INTO "Article" ("contentHash", headline, body, "extractorVersion")
        VALUES (${`hash-${i}-${headline}`}, ${headline}, 'The council met on Monday.', 'test') RETURNING id`;
      ids.push(rows[0]!.id);
    }
    return ids;
  }

  async function ranked(perTier: number, asked = terms): Promise<number[]> {
    const rows = await database.db.$queryRaw<{ id: number }[]>`
      SELECT id FROM (${rankedArticlesSql(asked, perTier)}) r ORDER BY rank, id`;
    return rows.map((row) => row.id);
  }

  it('puts the articles holding the whole phrase first, newest first, and reads weak tiers only when needed', async () => {
    const [whole, twoWords, oneWord, newerWhole, newestOneWord] = await store([
      'Harbour strike closes the dock',
      'Harbour strike enters its third day',
      'Harbour cleaning begins',
      'Dock workers extend harbour strike',
      'Strike at the bakery',
    ]);
    expect(await ranked(5)).toEqual([newerWhole, whole, twoWords, newestOneWord, oneWord]);
    // Two articles hold every word: with two a tier, nothing weaker is read.
    expect(await ranked(2)).toEqual([newerWhole, whole]);
    expect(await ranked(1)).toEqual([newerWhole]);
  });

  it('finds a country typed by one of its names where the news gives another, and not in a word it spells', async () => {
    const [dotted, spelledOut, pronoun] = await store([
      'U.S. raises steel tariffs',
      'United States weighs steel tariffs',
      'Tell us about steel tariffs',
    ]);
    // "US" as typed stands for "U.S." and "United States" (newest first); "us" the pronoun is no country.
    expect(await ranked(5, phraseTerms('US steel tariffs').terms)).toEqual([spelledOut, dotted, pronoun]);
    expect(await ranked(5, phraseTerms('United States steel tariffs').terms)).toEqual([spelledOut, dotted, pronoun]);
  });
});
