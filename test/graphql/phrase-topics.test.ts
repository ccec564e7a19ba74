// Any phrase is a topic: one that names no stored topic is answered from the statements about it, matched
// by meaning in their context (the statement, its paragraph, its article's headline and lede), with a
// stance toward the phrase, and an ID `node` resolves; one nothing is about answers empty with suggestions.
import { describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.ts';
import { useNewsServer } from '../support/news-server.ts';

interface Group {
  role: string;
  count: number;
  countPrecision: string;
  statements: { nodes: { text: string; stance: string | null; article: { headline: string } }[] };
}

const BY_ROLE = /* GraphQL */ `
  query ($topic: String!) {
    statementsByRole(topic: $topic) {
      role
      count
      countPrecision
      statements(first: 10) {
        nodes {
          text
          stance
          article {
            headline
          }
        }
      }
    }
  }
`;

describe('a phrase asked as a topic', () => {
  const news = useNewsServer();

  async function byRole(topic: string): Promise<Group[]> {
    const response = await postGraphQL<{ statementsByRole: Group[] }>(news.server.url, BY_ROLE, { topic });
    expect(response.errors).toBeUndefined();
    return response.data!.statementsByRole;
  }

  it('groups the statements about it by role, from the articles about it only', async () => {
    const groups = await byRole('airport expansion');
    const nodes = groups.flatMap((group) => group.statements.nodes);
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((node) => node.article.headline))).toEqual(new Set(['Court halts airport expansion']));
    expect(groups.map((group) => group.role)).toContain('Judge');
    for (const group of groups) {
      expect(group.count).toBe(group.statements.nodes.length);
      expect(group.countPrecision).toBe('EXACT');
    }
    expect(nodes.every((node) => ['SUPPORTS', 'OPPOSES', 'NEUTRAL', 'MIXED'].includes(node.stance!))).toBe(true);
  });

  it("finds an article's statements by its subject, though they do not name it", async () => {
    const nodes = (await byRole('semiconductor revenue forecast')).flatMap((group) => group.statements.nodes);
    expect(new Set(nodes.map((node) => node.article.headline))).toEqual(
      new Set(['Chipmaker raises forecast as demand grows']),
    );
    expect(nodes.map((node) => node.text)).toContain('Demand from data centres has never been stronger');
  });

  it('is a topic with an ID, statements ranked by relevance, a stance breakdown and suggestions', async () => {
    const response = await postGraphQL<{
      topic: {
        id: string;
        origin: string;
        kind: string;
        label: string;
        statementCount: number;
        statements: { totalCount: number; nodes: { text: string; stance: string }[] };
        stanceBreakdown: { total: number }[];
        suggestions: { slug: string }[];
      };
    }>(
      news.server.url,
      `{ topic(phrase: "airport expansion") { id origin kind label statementCount
         statements(first: 50) { totalCount nodes { text stance } }
         stanceBreakdown(by: ROLE) { total } suggestions(first: 2) { slug } } }`,
    );
    expect(response.errors).toBeUndefined();
    const topic = response.data!.topic;
    expect(topic).toMatchObject({ origin: 'PHRASE', kind: 'PHRASE', label: 'airport expansion' });
    expect(topic.statements.totalCount).toBe(topic.statementCount);
    expect(topic.stanceBreakdown.reduce((sum, group) => sum + group.total, 0)).toBe(topic.statementCount);
    expect(topic.suggestions).toHaveLength(2);
    const node = await postGraphQL<{ node: { label: string; statementCount: number } }>(
      news.server.url,
      `query ($id: ID!) { node(id: $id) { ... on Topic { label statementCount } } }`,
      { id: topic.id },
    );
    expect(node.data!.node).toEqual({ label: 'airport expansion', statementCount: topic.statementCount });
  });

  it('answers a stored topic by its slug, label or alias as before, and a phrase nothing is about with nothing', async () => {
    const stored = await postGraphQL<{ topic: { slug: string; origin: string } }>(
      news.server.url,
      '{ topic(phrase: "NATO invitation") { slug origin } }',
    );
    expect(stored.data!.topic).toEqual({ slug: 'nato-invitation', origin: 'SEED' });
    expect(await byRole('quantum gardening')).toEqual([]);
    const both = await postGraphQL(news.server.url, '{ topic(slug: "a", phrase: "b") { slug } }');
    expect(both.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
