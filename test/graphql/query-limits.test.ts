import { describe, expect, it } from 'vitest';
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
