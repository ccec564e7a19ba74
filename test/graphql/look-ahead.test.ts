// Statement pages fetch the speaker, role, article and total count the query asks for in their own
// SQL statement, and the actor page its aliases and roles. These tests pin the statement counts of
// the benchmark's query shapes and check that the answers equal those of the loaders' path (each
// statement fetched on its own by `node(id:)`), with fragments, aliases and cursors.
import { describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.ts';
import { useNewsServer } from '../support/news-server.ts';

interface StatementAnswer {
  id: string;
  text: string;
  sentence: string;
  speakerRole: string | null;
  speaker: { name: string; kind: string };
  role: { title: string; kind: string } | null;
  article: { headline: string; body: string; publishedAt: string | null };
}

const STATEMENT_FIELDS = /* GraphQL */ `
  fragment StatementFields on Statement {
    id
    text
    sentence
    speakerRole
    speaker {
      name
      kind
    }
    role {
      title
      kind
    }
    article {
      headline
      body
      publishedAt
    }
  }
`;

describe('looking ahead into statement pages', () => {
  const news = useNewsServer();

  async function query<T>(document: string, variables: Record<string, unknown> = {}) {
    news.server.sqlStatements.length = 0;
    const response = await postGraphQL<T>(news.server.url, document, variables);
    expect(response.errors).toBeUndefined();
    return { data: response.data!, statements: news.server.sqlStatements.length };
  }

  /** The same statements as the loaders resolve them, one `node` at a time. */
  async function viaLoaders(ids: string[]): Promise<StatementAnswer[]> {
    const answers: StatementAnswer[] = [];
    for (const id of ids) {
      const { data } = await query<{ node: StatementAnswer }>(
        `query ($id: ID!) { node(id: $id) { ...StatementFields } } ${STATEMENT_FIELDS}`,
        { id },
      );
      answers.push(data.node);
    }
    return answers;
  }

  it('answers a filtered page with speakers, roles, articles and its count in one SQL statement', async () => {
    const { data, statements } = await query<{
      statements: { totalCount: number; nodes: StatementAnswer[] };
    }>(
      `{ statements(first: 30, filter: { kind: DIRECT }) { totalCount nodes { ...StatementFields } } } ${STATEMENT_FIELDS}`,
    );
    expect(statements).toBe(1);
    const nodes = data.statements.nodes;
    expect(nodes.length).toBeGreaterThan(5);
    expect(data.statements.totalCount).toBeGreaterThanOrEqual(nodes.length);
    expect(nodes.some((node) => node.role !== null)).toBe(true);
    expect(nodes.every((node) => node.article.body.includes(node.sentence))).toBe(true);
    expect(nodes).toEqual(await viaLoaders(nodes.map((node) => node.id)));
  });

  it('answers the same through edges, inline fragments and aliases as through nodes', async () => {
    const { data: plain } = await query<{ statements: { nodes: StatementAnswer[] } }>(
      `{ statements(first: 10) { nodes { ...StatementFields } } } ${STATEMENT_FIELDS}`,
    );
    const { data: edges, statements } = await query<{
      statements: { edges: { node: { id: string; who: { name: string }; article: { headline: string } } }[] };
    }>(
      `{ statements(first: 10) { edges { node { id ... on Statement { who: speaker { name } article { headline } } } } } }`,
    );
    expect(statements).toBe(1);
    expect(edges.statements.edges.map(({ node }) => [node.id, node.who.name, node.article.headline])).toEqual(
      plain.statements.nodes.map((node) => [node.id, node.speaker.name, node.article.headline]),
    );
  });

  it('counts a page after a cursor over the whole connection, as the first page does', async () => {
    const first = await query<{ statements: { totalCount: number; pageInfo: { endCursor: string } } }>(
      `{ statements(first: 3, filter: { kind: DIRECT }) { totalCount pageInfo { endCursor } } }`,
    );
    const next = await query<{ statements: { totalCount: number; nodes: { text: string }[] } }>(
      `query ($after: String!) { statements(first: 3, after: $after, filter: { kind: DIRECT }) { totalCount nodes { text } } }`,
      { after: first.data.statements.pageInfo.endCursor },
    );
    expect(next.data.statements.totalCount).toBe(first.data.statements.totalCount);
    expect(next.data.statements.nodes).toHaveLength(3);
  });

  it('answers an actor page in two SQL statements, the same as field by field', async () => {
    const { data: found } = await query<{ actors: { nodes: { id: string }[] } }>(
      `{ actors(first: 1, filter: { name: "Zelensky" }) { nodes { id } } }`,
    );
    const id = found.actors.nodes[0]!.id;
    const page = `query ($id: ID!) { actor(id: $id) { name aliases roles { title kind }
      statements(first: 10) { totalCount nodes { text cue article { headline publishedAt } } } } }`;
    const { data, statements } = await query<{ actor: { aliases: string[]; roles: { title: string }[] } }>(page, {
      id,
    });
    expect(statements).toBe(2);
    expect(data.actor.roles.map((role) => role.title)).toContain('Ukrainian President');
    // Without aliases and roles asked for first, each relation is a loader's own statement.
    const { data: separately } = await query(
      `query ($id: ID!) { actor(id: $id) { name } a: node(id: $id) { ... on Actor { aliases roles { title kind } } }
        b: node(id: $id) { ... on Actor { statements(first: 10) { totalCount nodes { text cue article { headline publishedAt } } } } } }`,
      { id },
    );
    const merged = separately as { actor: object; a: object; b: object };
    expect(data.actor).toEqual({ ...merged.actor, ...merged.a, ...merged.b });
  });

  it("answers the signature query, speakers included, in three SQL statements: the topic's ids, its groups, every group's page", async () => {
    const { data, statements } = await query<{
      statementsByRole: { role: string; count: number; statements: { totalCount: number; nodes: unknown[] } }[];
    }>(`{ statementsByRole(topic: "NATO invitation") { role count
        statements(first: 5) { totalCount nodes { text cue speaker { name } } } } }`);
    expect(statements).toBe(3);
    expect(data.statementsByRole.length).toBeGreaterThan(1);
    for (const group of data.statementsByRole) expect(group.statements.totalCount).toBe(group.count);
  });

  it('answers a topic nothing is about with no statements and suggested topics, never an error', async () => {
    const { data: unknown } = await query<{ statements: { totalCount: number; topicSuggestions: { slug: string }[] } }>(
      `{ statements(filter: { topic: "quantum gardening" }) { totalCount topicSuggestions(first: 2) { slug } } }`,
    );
    expect(unknown.statements.totalCount).toBe(0);
    expect(unknown.statements.topicSuggestions).toHaveLength(2);
    const { data } = await query<{ statements: { totalCount: number } }>(
      `{ statements(filter: { topic: "NATO invitation", kind: DIRECT, speakerName: "nobody at all" }) { totalCount } }`,
    );
    expect(data.statements.totalCount).toBe(0);
  });
});
