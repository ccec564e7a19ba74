import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/create-server.ts';
import { createPrismaClient, type Database } from '../../src/store/prisma-client.ts';
import { seedArticle } from '../support/articles.ts';
import { createTestDatabase } from '../support/database.ts';
import { postGraphQL } from '../support/graphql-client.ts';

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      article {
        id
        headline
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

const STATEMENTS_BY_ROLE = /* GraphQL */ `
  query ByRole($topic: String!) {
    statementsByRole(topic: $topic) {
      role
      count
      statements(first: 10) {
        totalCount
        pageInfo {
          hasNextPage
        }
        edges {
          cursor
          node {
            text
            kind
            cue
            speakerRole
            speaker {
              name
            }
            article {
              headline
            }
            topics {
              topic {
                slug
              }
            }
          }
        }
        nodes {
          text
        }
      }
    }
  }
`;

interface Group {
  role: string;
  count: number;
  statements: {
    totalCount: number;
    edges: {
      cursor: string;
      node: { text: string; speakerRole: string; speaker: { name: string }; topics: { topic: { slug: string } }[] };
    }[];
  };
}

describe('GraphQL over HTTP', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  let server: RunningServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = createPrismaClient(database.url);
    server = await startServer({ db, port: 0, host: '127.0.0.1', maxArticleChars: 200_000, production: false });
    const input = { ...(await seedArticle()), publishedAt: '2024-10-17T00:00:00Z' };
    const ingested = await postGraphQL<{ ingestArticle: { created: boolean; userErrors: unknown[] } }>(
      server.url,
      INGEST,
      { input },
    );
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data?.ingestArticle).toMatchObject({ created: true, userErrors: [] });
  });

  afterAll(async () => {
    await server.close();
    await db.$disconnect();
    await database.drop();
  });

  it("groups statements on the NATO invitation by the speaker's role", async () => {
    const response = await postGraphQL<{ statementsByRole: Group[] }>(server.url, STATEMENTS_BY_ROLE, {
      topic: 'NATO invitation',
    });
    expect(response.errors).toBeUndefined();
    const groups = new Map(response.data!.statementsByRole.map((group) => [group.role, group]));
    const expectations: [string, string, RegExp][] = [
      ['Ukrainian President', 'Volodymyr Zelensky', /first step should be invitation/],
      ['U.S. Ambassador to NATO', 'Julianne Smith', /issuing an invitation/],
      ['Lithuanian Defense Minister', 'Laurynas Kasciunas', /./],
    ];
    for (const [role, speaker, text] of expectations) {
      const group = groups.get(role);
      expect(group, `group for ${role}`).toBeDefined();
      expect(group!.count).toBe(group!.statements.totalCount);
      const nodes = group!.statements.edges.map((edge) => edge.node);
      expect(nodes.every((node) => node.speaker.name === speaker && node.speakerRole === role)).toBe(true);
      expect(nodes.some((node) => text.test(node.text))).toBe(true);
      expect(nodes.every((node) => node.topics.some((link) => link.topic.slug === 'nato-invitation'))).toBe(true);
    }
  });

  it('accepts a topic slug as well as a phrase', async () => {
    const byPhrase = await postGraphQL<{ statementsByRole: Group[] }>(server.url, STATEMENTS_BY_ROLE, {
      topic: 'NATO invitation',
    });
    const bySlug = await postGraphQL<{ statementsByRole: Group[] }>(server.url, STATEMENTS_BY_ROLE, {
      topic: 'nato-invitation',
    });
    expect(bySlug.data).toEqual(byPhrase.data);
  });

  it('answers a phrase nothing is about with no groups, and suggests topics for it', async () => {
    const response = await postGraphQL(server.url, STATEMENTS_BY_ROLE, { topic: 'quantum gardening' });
    expect(response).toEqual({ data: { statementsByRole: [] } });
    const suggested = await postGraphQL<{
      topic: { origin: string; statementCount: number; suggestions: { slug: string }[] };
    }>(server.url, '{ topic(phrase: "quantum gardening") { origin statementCount suggestions(first: 3) { slug } } }');
    expect(suggested.errors).toBeUndefined();
    expect(suggested.data!.topic.origin).toBe('PHRASE');
    expect(suggested.data!.topic.statementCount).toBe(0);
    expect(suggested.data!.topic.suggestions).toHaveLength(3);
  });

  it('rejects an empty topic', async () => {
    const response = await postGraphQL(server.url, STATEMENTS_BY_ROLE, { topic: '  ' });
    expect(response.errors?.[0]?.message).toBe('`topic` must not be empty');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('pages through statements forwards and backwards', async () => {
    const query = /* GraphQL */ `
      query Page($first: Int, $after: String, $last: Int, $before: String) {
        statements(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
          nodes {
            text
          }
        }
      }
    `;
    type Page = {
      statements: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
        nodes: { text: string }[];
      };
    };
    const all = await postGraphQL<Page>(server.url, query, { first: 100 });
    const texts = all.data!.statements.nodes.map((node) => node.text);
    expect(texts.length).toBe(all.data!.statements.totalCount);
    expect(texts.length).toBeGreaterThan(4);

    const first = await postGraphQL<Page>(server.url, query, { first: 2 });
    expect(first.data!.statements.nodes.map((node) => node.text)).toEqual(texts.slice(0, 2));
    expect(first.data!.statements.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await postGraphQL<Page>(server.url, query, {
      first: 2,
      after: first.data!.statements.pageInfo.endCursor,
    });
    expect(second.data!.statements.nodes.map((node) => node.text)).toEqual(texts.slice(2, 4));
    const back = await postGraphQL<Page>(server.url, query, {
      last: 2,
      before: second.data!.statements.pageInfo.startCursor,
    });
    expect(back.data!.statements.nodes.map((node) => node.text)).toEqual(texts.slice(0, 2));
    const tail = await postGraphQL<Page>(server.url, query, { last: 1 });
    expect(tail.data!.statements.nodes.map((node) => node.text)).toEqual(texts.slice(-1));
  });

  it('pages one role group on its own, by its name in any letter case, for every grouping', async () => {
    const query = /* GraphQL */ `
      query Group($by: StanceGrouping!, $role: String, $first: Int, $after: String) {
        statementsByRole(topic: "NATO invitation", by: $by, role: $role) {
          role
          count
          statements(first: $first, after: $after) {
            pageInfo {
              hasNextPage
              endCursor
            }
            nodes {
              id
            }
          }
        }
      }
    `;
    type Groups = {
      statementsByRole: {
        role: string;
        count: number;
        statements: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] };
      }[];
    };
    for (const by of ['ROLE', 'ROLE_KIND', 'COUNTRY']) {
      const all = await postGraphQL<Groups>(server.url, query, { by, first: 100 });
      const largest = all.data!.statementsByRole[0]!;
      expect(largest.count).toBeGreaterThan(1);
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const page: { data?: Groups } = await postGraphQL<Groups>(server.url, query, {
          by,
          role: largest.role.toUpperCase(),
          first: 1,
          after,
        });
        const groups = page.data!.statementsByRole;
        expect(groups.map(({ role, count }) => ({ role, count }))).toEqual([
          { role: largest.role, count: largest.count },
        ]);
        ids.push(...groups[0]!.statements.nodes.map((node) => node.id));
        after = groups[0]!.statements.pageInfo.hasNextPage ? groups[0]!.statements.pageInfo.endCursor : null;
      } while (after !== null);
      expect(ids).toEqual(largest.statements.nodes.map((node) => node.id));
    }
    const none = await postGraphQL<Groups>(server.url, query, { by: 'ROLE', role: 'Court Jester' });
    expect(none.data!.statementsByRole).toEqual([]);
  });

  it('caps page sizes at 100', async () => {
    const response = await postGraphQL(server.url, '{ statements(first: 101) { totalCount } }');
    expect(response.errors?.[0]?.message).toBe('`first` must be at most 100, got 101');
  });

  it('returns userErrors for bad ingest input and stores nothing', async () => {
    const before = await db.article.count();
    const response = await postGraphQL<{
      ingestArticle: { article: null; userErrors: { field: string[]; code: string }[] };
    }>(server.url, INGEST, { input: { headline: '', body: 'x'.repeat(200_001) } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.ingestArticle.article).toBeNull();
    expect(response.data!.ingestArticle.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'headline'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'body'], code: 'TOO_LONG' }),
    ]);
    expect(await db.article.count()).toBe(before);
  });

  it('finds an actor by ID with roles, aliases and statements', async () => {
    const found = await postGraphQL<{ actors: { nodes: { id: string; name: string }[] } }>(
      server.url,
      '{ actors(filter: { name: "Kasciunas" }) { nodes { id name } } }',
    );
    const [kasciunas] = found.data!.actors.nodes;
    expect(kasciunas?.name).toBe('Laurynas Kasciunas');
    const response = await postGraphQL<{
      actor: { name: string; roles: { title: string; kind: string }[]; statements: { totalCount: number } };
    }>(server.url, 'query A($id: ID!) { actor(id: $id) { name roles { title kind } statements { totalCount } } }', {
      id: kasciunas!.id,
    });
    expect(response.data!.actor.roles).toContainEqual({ title: 'Lithuanian Defense Minister', kind: 'MINISTER' });
    expect(response.data!.actor.statements.totalCount).toBeGreaterThanOrEqual(2);
  });
});
