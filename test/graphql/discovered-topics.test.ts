// Topics found in the news: stored at ingestion with their aliases, listed by statement count and by
// growth, and answered by their names like any stored topic.
import { describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.ts';
import { useNewsServer } from '../support/news-server.ts';

interface ListedTopic {
  slug: string;
  label: string;
  kind: string;
  origin: string;
  aliases: string[];
  statementCount: number;
  growth: number;
}

describe('discovered topics', () => {
  const news = useNewsServer();

  async function topics(orderBy: string, filter = ''): Promise<ListedTopic[]> {
    const response = await postGraphQL<{ topics: { nodes: ListedTopic[] } }>(
      news.server.url,
      `{ topics(first: 100, orderBy: ${orderBy} ${filter}) { nodes { slug label kind origin aliases statementCount growth } } }`,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.topics.nodes;
  }

  it('are listed beside the seed topics, busiest first, each with its aliases', async () => {
    const busiest = await topics('{ field: STATEMENTS, direction: DESC }');
    const counts = busiest.map((topic) => topic.statementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(new Set(busiest.map((topic) => topic.origin))).toEqual(new Set(['SEED', 'DISCOVERED']));
    const discovered = await topics('{ field: STATEMENTS, direction: DESC }', 'filter: { origin: DISCOVERED }');
    expect(discovered.length).toBeGreaterThan(3);
    expect(discovered.every((topic) => topic.origin === 'DISCOVERED' && topic.kind !== 'SUBJECT')).toBe(true);
    const seed = busiest.find((topic) => topic.slug === 'nato-invitation')!;
    expect(seed.aliases).toEqual(expect.arrayContaining(['nato membership', 'join the alliance']));
    expect(seed.aliases).not.toContain('invitation');
  });

  it('are ordered by growth: the archive’s newest week against the week before', async () => {
    const growing = await topics('{ field: GROWTH, direction: DESC }');
    const growth = growing.map((topic) => topic.growth);
    expect(growth).toEqual([...growth].sort((a, b) => b - a));
  });

  it('answer the signature query by their label or an alias', async () => {
    const [topic] = await topics('{ field: STATEMENTS, direction: DESC }', 'filter: { origin: DISCOVERED }');
    for (const name of [topic!.label, topic!.slug]) {
      const response = await postGraphQL<{ statementsByRole: { count: number }[]; topic: { slug: string } }>(
        news.server.url,
        'query ($name: String!) { statementsByRole(topic: $name) { count } topic(phrase: $name) { slug } }',
        { name },
      );
      expect(response.data!.topic.slug).toBe(topic!.slug);
      const total = response.data!.statementsByRole.reduce((sum, group) => sum + group.count, 0);
      expect(total).toBe(topic!.statementCount);
    }
  });

  it('are curated through mutations answering userErrors, and a curated phrase then names its topic', async () => {
    const create = await postGraphQL<{
      topicCreate: { topic: { slug: string; origin: string; statementCount: number } | null; userErrors: unknown[] };
    }>(
      news.server.url,
      `mutation { topicCreate(input: { label: "Airport noise", phrases: ["noise at night"] }) {
        topic { slug origin statementCount } userErrors { field message code } } }`,
    );
    expect(create.data!.topicCreate).toEqual({
      topic: { slug: 'airport-noise', origin: 'CURATED', statementCount: 1 },
      userErrors: [],
    });
    const named = await postGraphQL<{ topic: { slug: string } }>(
      news.server.url,
      '{ topic(phrase: "Noise at night") { slug } }',
    );
    expect(named.data!.topic.slug).toBe('airport-noise');
    const bad = await postGraphQL<{ topicRename: { topic: null; userErrors: { field: string[]; code: string }[] } }>(
      news.server.url,
      'mutation { topicRename(input: { id: "nope", label: "x" }) { topic { slug } userErrors { field code } } }',
    );
    expect(bad.data!.topicRename).toEqual({ topic: null, userErrors: [{ field: ['input', 'id'], code: 'INVALID' }] });
  });
});
