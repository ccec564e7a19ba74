// The raw-SQL floor of a phrase's statements keeps the statements phrase-relevance.ts keeps.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phraseByRoleSql } from '../../src/benchmarks/phrase-floor.ts';
import { phraseTerms } from '../../src/extraction/phrase-terms.ts';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { readPhraseMatches } from '../../src/reads/phrase-matches.reads.ts';
import { createSqlReader, type SqlReader } from '../../src/store/sql-reader.ts';
import { useTestDatabase } from '../support/use-test-database.ts';

const FERRY = {
  headline: 'Ferry fares on the table as operators meet',
  url: 'https://example.test/news/ferry-operators',
  source: 'Island Courier',
  publishedAt: '2025-05-06T08:00:00Z',
  body: [
    'The island’s two ferry operators met on Monday to talk about summer fares and timetables.',
    '"We cannot keep everything as it is," operator chief Jon Berg said.',
    '"Nobody has asked the islanders," councillor Mia Holt said.',
    'Holt said the fares had doubled in ten years. "Young families are leaving," she said.',
  ].join('\n'),
};

// Two articles headlined on the crane repairs, only one of whose statements speaks of them.
const CRANE = {
  headline: 'Harbour crane repairs begin',
  url: 'https://example.test/news/crane-repairs',
  source: 'Island Courier',
  publishedAt: '2025-05-07T08:00:00Z',
  body: '"The crane repairs at the harbour will take a month," port manager Eva Lund said on Friday.',
};
const DELAYED = {
  headline: 'Harbour crane repairs delayed again',
  url: 'https://example.test/news/crane-delay',
  source: 'Island Courier',
  publishedAt: '2025-05-08T08:00:00Z',
  body: '"We are still waiting for parts from abroad," foreman Ole Dahl said on Tuesday.',
};

interface FloorAnswer {
  data: { statementsByRole: { count: number; statements: { nodes: { text: string }[] } }[] };
}

describe('phraseByRoleSql', () => {
  const database = useTestDatabase();
  let pool: pg.Pool;
  let reader: SqlReader;

  beforeAll(async () => {
    for (const article of [FERRY, CRANE, DELAYED]) {
      const result = await ingestArticle(database.db, article, { maxBodyChars: 200_000 });
      expect(result.userErrors).toEqual([]);
    }
    pool = new pg.Pool({ connectionString: database.url });
    reader = createSqlReader(pool, pg.types);
  });
  afterAll(async () => {
    await pool?.end();
  });

  async function ours(phrase: string): Promise<string[]> {
    const ids = (await readPhraseMatches(reader, phrase)).matches.map((match) => match.id);
    const rows = await database.db.statement.findMany({ where: { id: { in: ids } }, select: { text: true } });
    return rows.map((row) => row.text).sort();
  }

  async function floor(phrase: string): Promise<string[]> {
    const [row] = await reader.query<{ body: string }>(phraseByRoleSql(phraseTerms(phrase).terms));
    const answer = JSON.parse(row!.body) as FloorAnswer;
    return answer.data.statementsByRole.flatMap((group) => group.statements.nodes.map((node) => node.text)).sort();
  }

  it('keeps, under a lowered bar, only the statements holding some of the phrase themselves', async () => {
    // The headline and lede hold two words of three: the bar drops, and the statements saying nothing of the
    // phrase themselves are left out, though the headline lifts them above it.
    const phrase = 'ferry fares subsidy';
    const kept = await ours(phrase);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((text) => !text.includes('Nobody'))).toBe(true);
    expect(await floor(phrase)).toEqual(kept);
  });

  it('keeps only the articles with a statement saying nearly as much of the phrase as the best one', async () => {
    const kept = await ours('harbour crane repairs');
    expect(kept).toEqual(['The crane repairs at the harbour will take a month']);
    expect(await floor('harbour crane repairs')).toEqual(kept);
  });

  it('answers a phrase its statements say with the same statements', async () => {
    const kept = await ours('ferry operators');
    expect(kept.length).toBeGreaterThan(1);
    expect(await floor('ferry operators')).toEqual(kept);
  });
});
