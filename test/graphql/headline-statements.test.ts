// A statement the headline makes is stored with its section and offsets into the headline, and GraphQL
// reads its text and sentence from the headline while the body's statements keep theirs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { toGlobalId } from '../../src/graphql/shared/global-id.ts';
import { startServer, type RunningServer } from '../../src/server/create-server.ts';
import { postGraphQL } from '../support/graphql-client.ts';
import { useTestDatabase } from '../support/use-test-database.ts';

const ARTICLE = {
  headline: 'Vale: ‘The pier will be rebuilt before winter’',
  url: 'https://example.test/news/pier-rebuilt',
  source: 'Harbour Gazette',
  publishedAt: '2025-03-10T08:00:00Z',
  // The body's quotation stands at the same offsets in the body as the headline's in the headline.
  body: [
    'Today “The pier will be rebuilt before winter,” harbour commissioner Ann Vale said in Port Erin.',
    'She met fishermen on Monday.',
  ].join('\n'),
};

interface StatementNode {
  text: string;
  section: 'HEADLINE' | 'BODY';
  start: number;
  end: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  speaker: { name: string };
  speakerMention: { text: string; start: number; end: number } | null;
}

describe('a headline statement in the store and in GraphQL', () => {
  const database = useTestDatabase();
  let server: RunningServer;
  let articleId: number;

  beforeAll(async () => {
    const result = await ingestArticle(database.db, ARTICLE, { maxBodyChars: 200_000 });
    expect(result.userErrors).toEqual([]);
    articleId = result.article!.id;
    server = await startServer({
      db: database.db,
      port: 0,
      host: '127.0.0.1',
      maxArticleChars: 200_000,
      production: false,
      federation: false,
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is stored with its section beside the body statement it repeats at the same offsets', async () => {
    const rows = await database.db.statement.findMany({
      where: { articleId },
      select: { section: true, text: true, start: true, end: true },
      orderBy: { section: 'asc' },
    });
    expect(rows.map((row) => [row.section, row.text, row.start, row.end])).toEqual([
      ['HEADLINE', 'The pier will be rebuilt before winter', 7, 45],
      ['BODY', 'The pier will be rebuilt before winter', 7, 45],
    ]);
    expect(ARTICLE.headline.slice(7, 45)).toBe(rows[0]!.text);
    expect(ARTICLE.body.slice(7, 45)).toBe(rows[1]!.text);
  });

  it('reads text and sentence from the section the offsets point into', async () => {
    const response = await postGraphQL<{
      article: { headline: string; body: string; statements: { nodes: StatementNode[] } };
    }>(
      server.url,
      `query ($id: ID!) { article(id: $id) { headline body statements(first: 10) { nodes {
        text section start end sentence sentenceStart sentenceEnd speaker { name } speakerMention { text start end }
      } } } }`,
      { id: toGlobalId('Article', articleId) },
    );
    expect(response.errors).toBeUndefined();
    const { headline, body, statements } = response.data!.article;
    const bySection = new Map(statements.nodes.map((node) => [node.section, node]));
    const inHeadline = bySection.get('HEADLINE')!;
    expect(inHeadline.speaker.name).toBe('Ann Vale');
    expect(headline.slice(inHeadline.start, inHeadline.end)).toBe(inHeadline.text);
    expect(inHeadline.sentence).toBe(headline);
    expect(headline.slice(inHeadline.sentenceStart, inHeadline.sentenceEnd)).toBe(inHeadline.sentence);
    // The speaker's mention is where the body names them.
    const mention = inHeadline.speakerMention!;
    expect(body.slice(mention.start, mention.end)).toBe(mention.text);

    const inBody = bySection.get('BODY')!;
    expect(body.slice(inBody.start, inBody.end)).toBe(inBody.text);
    expect(inBody.sentence).toBe(body.slice(inBody.sentenceStart, inBody.sentenceEnd));
    expect(inBody.sentence).toContain('Ann Vale said in Port Erin');
  });
});
