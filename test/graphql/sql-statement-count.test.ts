// The number of SQL statements a query costs must not grow with page size or nesting breadth.
import { describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.ts';
import { useNewsServer } from '../support/news-server.ts';

const SIGNATURE = /* GraphQL */ `
  query ($first: Int!) {
    statementsByRole(topic: "NATO invitation") {
      role
      count
      statements(first: $first) {
        totalCount
        nodes {
          text
          kind
          speakerRole
          speaker {
            name
            roles {
              title
            }
          }
          article {
            headline
          }
          topics {
            stance
            topic {
              slug
            }
          }
        }
      }
    }
  }
`;

const THREE_LEVELS = /* GraphQL */ `
  query ($first: Int!) {
    actors(first: $first) {
      totalCount
      nodes {
        name
        aliases
        roles {
          title
          kind
        }
        statements(first: $first) {
          totalCount
          nodes {
            text
            speakerRole
            article {
              headline
              source
            }
            event {
              type
            }
            topics {
              topic {
                label
              }
            }
          }
        }
      }
    }
  }
`;

const ARTICLES_NESTED = /* GraphQL */ `
  query ($first: Int!) {
    articles(first: $first) {
      nodes {
        headline
        statements(first: $first, filter: { kind: DIRECT }) {
          nodes {
            text
            speaker {
              name
            }
            role {
              title
            }
          }
        }
      }
    }
  }
`;

describe('SQL statements per GraphQL request', () => {
  const news = useNewsServer();

  async function countStatements(query: string, first: number): Promise<{ count: number; data: unknown }> {
    news.server.sqlStatements.length = 0;
    const response = await postGraphQL(news.server.url, query, { first });
    expect(response.errors).toBeUndefined();
    return { count: news.server.sqlStatements.length, data: response.data };
  }

  // The nested queries return more at 100 than at 5; the signature query may not (its groups are small here).
  it.each([
    ['the signature query', SIGNATURE, false],
    ["actors, their statements, and the statements' relations", THREE_LEVELS, true],
    ['articles with their direct quotes', ARTICLES_NESTED, true],
  ])('%s costs the same number of statements at page sizes 5 and 100', async (_name, query, grows) => {
    const small = await countStatements(query, 5);
    const large = await countStatements(query, 100);
    const sizes = [JSON.stringify(small.data).length, JSON.stringify(large.data).length];
    if (grows) expect(sizes[1]).toBeGreaterThan(sizes[0]!);
    else expect(sizes[1]).toBeGreaterThanOrEqual(sizes[0]!);
    expect(large.count).toBe(small.count);
    expect(small.count).toBeLessThanOrEqual(12);
  });
});
