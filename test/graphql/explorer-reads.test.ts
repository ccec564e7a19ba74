// The read paths the newsroom explorer draws from, checked against the API's other answers on the
// seed and fixture articles: role groups by title, kind or country with their stances; where a
// statement's sentence and its speaker's name sit; an actor's co-actor network and topics; the events
// of a topic.
import { describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.ts';
import { useNewsServer } from '../support/news-server.ts';

interface Group {
  role: string;
  roleKind: string | null;
  count: number;
  supports: number;
  opposes: number;
  neutral: number;
  mixed: number;
  statements: { totalCount: number; nodes: { id: string; text: string }[] };
}

const GROUPS = /* GraphQL */ `
  query Groups($topic: String!, $by: StanceGrouping!) {
    statementsByRole(topic: $topic, by: $by) {
      role
      roleKind
      count
      supports
      opposes
      neutral
      mixed
      statements(first: 100) {
        totalCount
        nodes {
          id
          text
        }
      }
    }
  }
`;

async function query<T>(url: string, text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await postGraphQL<T>(url, text, variables);
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

describe('the read paths of the explorer', () => {
  const news = useNewsServer();

  it('groups a topic by role title with the same groups and counts as the signature query, and their stances', async () => {
    const signature = await query<{ statementsByRole: { role: string; count: number }[] }>(
      news.server.url,
      '{ statementsByRole(topic: "NATO invitation") { role count } }',
    );
    const { statementsByRole: groups } = await query<{ statementsByRole: Group[] }>(news.server.url, GROUPS, {
      topic: 'NATO invitation',
      by: 'ROLE',
    });
    expect(groups.map(({ role, count }) => ({ role, count }))).toEqual(signature.statementsByRole);
    for (const group of groups) {
      expect(group.supports + group.opposes + group.neutral + group.mixed).toBe(group.count);
      expect(group.statements.totalCount).toBe(group.count);
    }
    // The Ukrainian President's group holds Zelensky's statements only: his stances, filtered, agree.
    const president = groups.find((group) => group.role === 'Ukrainian President')!;
    const stances = await query<Record<string, { totalCount: number }>>(
      news.server.url,
      `{ ${['SUPPORTS', 'OPPOSES', 'NEUTRAL', 'MIXED']
        .map(
          (stance) =>
            `${stance}: statements(filter: { topic: "nato-invitation", speakerName: "Zelensky", stance: ${stance} }) { totalCount }`,
        )
        .join(' ')} }`,
    );
    const { supports, opposes, neutral, mixed } = president;
    expect({ supports, opposes, neutral, mixed }).toEqual({
      supports: stances['SUPPORTS']!.totalCount,
      opposes: stances['OPPOSES']!.totalCount,
      neutral: stances['NEUTRAL']!.totalCount,
      mixed: stances['MIXED']!.totalCount,
    });
    expect(president.count).toBe(4);
  });

  it('groups by role kind and by country as the topic’s stance breakdown does, each group with its own statements', async () => {
    for (const by of ['ROLE_KIND', 'COUNTRY'] as const) {
      const breakdown = await query<{
        topic: {
          stanceBreakdown: { group: string; supports: number; opposes: number; neutral: number; mixed: number }[];
        };
      }>(
        news.server.url,
        `{ topic(slug: "nato-invitation") { stanceBreakdown(by: ${by}) { group supports opposes neutral mixed } } }`,
      );
      const { statementsByRole: groups } = await query<{ statementsByRole: Group[] }>(news.server.url, GROUPS, {
        topic: 'nato-invitation',
        by,
      });
      const unknown = by === 'ROLE_KIND' ? 'No role given' : 'No country given';
      const asBreakdown = groups.map((group) => ({
        group: group.role === unknown ? 'unknown' : by === 'ROLE_KIND' ? group.roleKind : group.role,
        supports: group.supports,
        opposes: group.opposes,
        neutral: group.neutral,
        mixed: group.mixed,
      }));
      const sortByGroup = <T extends { group: string | null }>(rows: T[]) =>
        [...rows].sort((a, b) => String(a.group).localeCompare(String(b.group)));
      expect(sortByGroup(asBreakdown)).toEqual(sortByGroup(breakdown.topic.stanceBreakdown));
      const seen = new Set<string>();
      for (const group of groups) {
        expect(group.statements.totalCount).toBe(group.count);
        expect(group.statements.nodes).toHaveLength(group.count);
        for (const node of group.statements.nodes) {
          expect(seen.has(node.id)).toBe(false);
          seen.add(node.id);
        }
      }
    }
  });

  it('gives a statement’s sentence and the mention of its speaker as offsets into the article body', async () => {
    const { statements } = await query<{
      statements: {
        nodes: {
          text: string;
          start: number;
          end: number;
          sentence: string;
          sentenceStart: number;
          sentenceEnd: number;
          speakerMention: { text: string; start: number; end: number } | null;
          article: { body: string };
        }[];
      };
    }>(
      news.server.url,
      `{ statements(filter: { speakerName: "Zelensky", search: "strengthened" }, first: 1) { nodes {
        text start end sentence sentenceStart sentenceEnd speakerMention { text start end } article { body } } } }`,
    );
    const [statement] = statements.nodes;
    const body = statement!.article.body;
    expect(body.slice(statement!.start, statement!.end)).toBe(statement!.text);
    expect(body.slice(statement!.sentenceStart, statement!.sentenceEnd)).toBe(statement!.sentence);
    const mention = statement!.speakerMention!;
    expect(body.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mention.text).toMatch(/Zelensky/);
    // The attribution is in the statement's sentence, outside the quoted words.
    expect(mention.start).toBeGreaterThanOrEqual(statement!.sentenceStart);
    expect(mention.end).toBeLessThanOrEqual(statement!.sentenceEnd);
    expect(mention.end <= statement!.start || mention.start >= statement!.end).toBe(true);
  });

  it('draws an actor’s co-actor network with link weights that agree with its nodes', async () => {
    const { actors } = await query<{
      actors: {
        nodes: {
          id: string;
          network: {
            nodes: { sharedArticles: number; actor: { id: string; name: string } }[];
            links: { sharedArticles: number; source: { id: string }; target: { id: string } }[];
          };
          coActors: { nodes: { id: string }[] };
        }[];
      };
    }>(
      news.server.url,
      `{ actors(filter: { name: "Rutte" }, first: 1) { nodes { id
        network(size: 40) { nodes { sharedArticles actor { id name } } links { sharedArticles source { id } target { id } } }
        coActors(first: 100) { nodes { id } } } } }`,
    );
    const rutte = actors.nodes[0]!;
    const { nodes, links } = rutte.network;
    // Rutte is in the seed article and the alliance-ministers fixture: everyone beside him in either.
    expect(nodes.map((node) => node.actor.id).sort()).toEqual(rutte.coActors.nodes.map((node) => node.id).sort());
    expect(nodes.map((node) => node.sharedArticles)).toEqual(
      [...nodes.map((node) => node.sharedArticles)].sort((a, b) => b - a),
    );
    for (const node of nodes) {
      const link = links.find(
        (candidate) =>
          (candidate.source.id === rutte.id && candidate.target.id === node.actor.id) ||
          (candidate.target.id === rutte.id && candidate.source.id === node.actor.id),
      );
      expect(link?.sharedArticles).toBe(node.sharedArticles);
    }
    expect(nodes[0]!.sharedArticles).toBe(2);
  });

  it('lists what an actor spoke about with the counts its filtered statements give', async () => {
    const { actors } = await query<{
      actors: {
        nodes: {
          topics: { count: number; supports: number; topic: { slug: string } }[];
          onInvitation: { totalCount: number };
          supporting: { totalCount: number };
        }[];
      };
    }>(
      news.server.url,
      `{ actors(filter: { name: "Rutte" }, first: 1) { nodes {
        topics { count supports topic { slug } }
        onInvitation: statements(filter: { topic: "nato-invitation" }) { totalCount }
        supporting: statements(filter: { topic: "nato-invitation", stance: SUPPORTS }) { totalCount } } } }`,
    );
    const rutte = actors.nodes[0]!;
    const invitation = rutte.topics.find((topic) => topic.topic.slug === 'nato-invitation')!;
    expect(invitation.count).toBe(rutte.onInvitation.totalCount);
    expect(invitation.supports).toBe(rutte.supporting.totalCount);
    expect(invitation.count).toBeGreaterThan(0);
  });

  it('finds the events reported by articles on a topic, by date', async () => {
    const { onTopic, all } = await query<{
      onTopic: {
        totalCount: number;
        nodes: { date: string | null; articles: { nodes: { topics: { slug: string }[] }[] } }[];
      };
      all: { totalCount: number };
    }>(
      news.server.url,
      `{ onTopic: events(filter: { topic: "NATO invitation" }, orderBy: { field: DATE, direction: ASC }, first: 100) {
          totalCount nodes { date articles(first: 10) { nodes { topics { slug } } } } }
        all: events(first: 1) { totalCount } }`,
    );
    expect(onTopic.totalCount).toBeGreaterThan(0);
    expect(onTopic.totalCount).toBeLessThan(all.totalCount);
    for (const event of onTopic.nodes) {
      const slugs = event.articles.nodes.flatMap((article) => article.topics.map((topic) => topic.slug));
      expect(slugs).toContain('nato-invitation');
    }
    const dates = onTopic.nodes.map((event) => event.date).filter((date) => date !== null);
    expect(dates).toEqual([...dates].sort());
  });
});
