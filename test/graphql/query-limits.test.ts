import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startHardenedServer, type HardenedServer } from '../hardening/support.ts';
import { postGraphQL } from '../support/graphql-client.ts';
import { useNewsServer } from '../support/news-server.ts';

describe('query limits', () => {
  const news = useNewsServer();

  it('rejects a query that could return too many nodes, before touching the database', async () => {
    news.server.sqlStatements.length = 0;
    const response = await postGraphQL(
      news.server.url,
      '{ actors(first: 100) { nodes { statements(first: 100) { nodes { article { statements(first: 100) { nodes { text } } } } } } } }',
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.message).toMatch(/could return 1020100 nodes, more than the limit of 100000/);
    expect(news.server.sqlStatements).toEqual([]);
  });

  it('accepts the same shape with small pages', async () => {
    const response = await postGraphQL(
      news.server.url,
      '{ actors(first: 5) { nodes { statements(first: 5) { nodes { article { statements(first: 5) { nodes { text } } } } } } } }',
    );
    expect(response.errors).toBeUndefined();
  });

  it('rejects queries nested too deeply', async () => {
    const deep =
      '{ statements(first: 1) { nodes { article { statements(first: 1) { nodes { speaker { statements(first: 1) { nodes { article { statements(first: 1) { nodes { speaker { statements(first: 1) { nodes { text } } } } } } } } } } } } } } }';
    const response = await postGraphQL(news.server.url, deep);
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 40 }, (_, index) => `a${index}: articles(first: 1) { totalCount }`).join(' ');
    const response = await postGraphQL(news.server.url, `{ ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/aliases/i);
  });
});

// Issue 12, must-have 2: every list counts, refused before anything runs, with the estimate.
describe('the cost limit counts every list', () => {
  const news = useNewsServer();

  async function refusedBeforeRunning(query: string, variables: Record<string, unknown> = {}) {
    news.server.sqlStatements.length = 0;
    const response = await postGraphQL(news.server.url, query, variables);
    expect(news.server.sqlStatements).toEqual([]);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    return response.errors![0]!;
  }

  it('counts nodes(ids:) by its ids, each alias on its own', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `id-${i}`);
    const aliases = Array.from(
      { length: 9 },
      (_, i) =>
        `a${i}: nodes(ids: $ids) { ... on Actor { statements(first: 100) { nodes { speaker { statements(first: 100) { nodes { text } } } } } } }`,
    );
    const error = await refusedBeforeRunning(`query ($ids: [ID!]!) { ${aliases.join(' ')} }`, { ids });
    // 9 aliases × 100 ids × (1 + 100 statements × (1 + 1 speaker × (1 + 100 statements))).
    expect(error.extensions?.['cost']).toBe(9 * 100 * (1 + 100 * (1 + 1 * (1 + 100))));
    expect(error.message).toMatch(/could return 9180900 nodes, more than the limit of 100000/);
  });

  it('counts a list no argument bounds as 10 items', async () => {
    const error = await refusedBeforeRunning(
      '{ statementsByRole(topic: "nato-invitation") { statements(first: 100) { nodes { speaker { statements(first: 100) { nodes { text } } } } } } }',
    );
    expect(error.extensions?.['cost']).toBe(10 * (1 + 100 * (1 + 1 * (1 + 100))));
  });

  it('does not let a negative page size lower the count', async () => {
    const error = await refusedBeforeRunning(
      '{ a: actors(first: -100000) { nodes { statements(first: 100) { nodes { text } } } } b: actors(first: 100) { nodes { statements(first: 100) { nodes { article { statements(first: 100) { nodes { text } } } } } } } }',
    );
    expect(error.extensions?.['cost']).toBe(1020100);
  });
});

describe('the cost limit over _entities', () => {
  const news = useNewsServer({ federation: true });

  it('counts every representation', async () => {
    const representations = Array.from({ length: 2_000 }, (_, i) => ({ __typename: 'Article', id: `a-${i}` }));
    news.server.sqlStatements.length = 0;
    const response = await postGraphQL(
      news.server.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Article { statements(first: 100) { nodes { text } } } } }',
      { r: representations },
    );
    expect(news.server.sqlStatements).toEqual([]);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 2_000 * (1 + 100) });
  });
});

describe('the cost limit over a batch', () => {
  let server: HardenedServer;
  beforeAll(async () => {
    server = await startHardenedServer({ seed: true, maxBatchSize: 5 });
  });
  afterAll(async () => {
    await server?.close();
  });

  // 4 aliases × 100 actors × (1 + 100 statements) = 40,400 nodes: under the limit alone.
  const operation = {
    query: `{ ${['a', 'b', 'c', 'd'].map((alias) => `${alias}: actors(first: 100) { nodes { statements(first: 100) { nodes { text } } } }`).join(' ')} }`,
  };

  it('runs one operation under the limit', async () => {
    const answer = await post(server.url, operation);
    expect(answer.body.errors).toBeUndefined();
  });

  it('refuses a batch whose operations together are over it, before any runs', async () => {
    server.sqlStatements.length = 0;
    const answer = await post(server.url, [operation, operation, operation]);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [
        {
          message:
            'These operations together could return 121200 nodes, more than the limit of 100000: ask for smaller pages or fewer nested connections.',
          extensions: { code: 'QUERY_TOO_COMPLEX', cost: 121_200, maxCost: 100_000 },
        },
      ],
    });
    expect(server.sqlStatements).toEqual([]);
  });
});
