// Filters, orderings and relations of the API, over real HTTP, on the seed and fixture articles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';

interface Node {
  id: string;
  text: string;
}

describe('queries', () => {
  let server: NewsServer;
  const query = async <T = Record<string, any>>(document: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphQL<T>(server.url, document, variables);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!;
  };
  const failure = async (document: string, variables: Record<string, unknown> = {}) => {
    const response = await postGraphQL(server.url, document, variables);
    expect(response.errors?.length).toBeGreaterThan(0);
    return response.errors![0]!;
  };

  beforeAll(async () => {
    server = await startNewsServer();
  });
  afterAll(async () => {
    await server.close();
  });

  describe('Node', () => {
    it('fetches any object by its global ID, and null for unknown ones', async () => {
      const { actors } = await query('{ actors(filter: { name: "Pevkur" }) { nodes { id name } } }');
      const pevkur = actors.nodes[0];
      const data = await query(
        `query ($id: ID!, $ids: [ID!]!) {
          node(id: $id) { id ... on Actor { name kind } }
          nodes(ids: $ids) { __typename id }
        }`,
        { id: pevkur.id, ids: [pevkur.id, 'bm90IG91cnM', Buffer.from('Article:999999').toString('base64url')] },
      );
      expect(data.node).toEqual({ id: pevkur.id, name: 'Hanno Pevkur', kind: 'PERSON' });
      expect(data.nodes).toEqual([{ __typename: 'Actor', id: pevkur.id }, null, null]);
    });

    it('rejects an ID of the wrong type', async () => {
      const { actors } = await query('{ actors(first: 1) { nodes { id } } }');
      const error = await failure('query ($id: ID!) { article(id: $id) { headline } }', { id: actors.nodes[0].id });
      expect(error.message).toMatch(/is not the ID of a Article/);
    });
  });

  describe('statement filters', () => {
    const statements = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) => {
      const data = await query(
        `query ($filter: StatementFilter, $orderBy: StatementOrder) {
          statements(first: 100, filter: $filter, orderBy: $orderBy) {
            totalCount
            nodes { id text kind speakerRole speaker { name } role { kind country } article { headline publishedAt } topics { stance topic { slug } } }
          }
        }`,
        { filter, orderBy },
      );
      expect(data.statements.totalCount).toBe(data.statements.nodes.length);
      return data.statements.nodes as any[];
    };

    it('by topic and stance', async () => {
      const onInvitation = await statements({ topic: 'NATO invitation' });
      expect(onInvitation.length).toBeGreaterThan(5);
      expect(onInvitation.every((s) => s.topics.some((t: any) => t.topic.slug === 'nato-invitation'))).toBe(true);
      const opposed = await statements({ topic: 'nato-invitation', stance: 'OPPOSES' });
      expect(opposed.length).toBeGreaterThan(0);
      expect(opposed.length).toBeLessThan(onInvitation.length);
      for (const s of opposed) {
        expect(s.topics).toContainEqual({ stance: 'OPPOSES', topic: { slug: 'nato-invitation' } });
      }
    });

    it('by speaker name, role title, role kind, and country', async () => {
      const rutte = await statements({ speakerName: 'rutte' });
      expect(new Set(rutte.map((s) => s.speaker.name))).toEqual(new Set(['Mark Rutte']));
      // Rutte speaks in the seed article and in a fixture article: one actor across both.
      expect(new Set(rutte.map((s) => s.article.headline)).size).toBe(2);
      const ministers = await statements({ roleKind: 'MINISTER' });
      expect(new Set(ministers.map((s) => s.speaker.name))).toEqual(new Set(['Laurynas Kasciunas', 'Hanno Pevkur']));
      const defense = await statements({ roleTitle: 'defense minister', organizationOrCountry: 'estonia' });
      expect(defense.map((s) => s.speaker.name)).toEqual(['Hanno Pevkur']);
      expect(defense[0].role).toEqual({ kind: 'MINISTER', country: 'Estonia' });
    });

    it('by kind, article, date range and full-text search', async () => {
      const direct = await statements({ kind: 'DIRECT', speakerName: 'Okafor' });
      expect(direct.map((s) => s.text)).toEqual(['The agency did not consider the noise at night']);
      const september = await statements({ date: { from: '2024-09-01T00:00:00Z', to: '2024-09-30T23:59:59Z' } });
      expect(new Set(september.map((s) => s.article.headline))).toEqual(new Set(['Court halts airport expansion']));
      const searched = await statements({ search: 'court jobs' });
      expect(searched.map((s) => s.text)).toEqual(['We respect the court, but this decision costs the region jobs']);
      const { articles } = await query('{ articles(filter: { search: "airport" }) { nodes { id } } }');
      const inArticle = await statements({ articleId: articles.nodes[0].id });
      expect(inArticle.map((s) => s.speaker.name)).toEqual(['Maria Okafor', 'Daniel Reyes', 'Daniel Reyes']);
    });

    it('orders by relevance and by date', async () => {
      const ranked = await statements({ search: 'invitation' }, { field: 'RELEVANCE', direction: 'DESC' });
      expect(ranked.length).toBeGreaterThan(2);
      const newest = await statements({}, { field: 'DATE', direction: 'DESC' });
      const dates = newest.map((s) => s.article.publishedAt);
      expect(dates).toEqual([...dates].sort().reverse());
    });

    it('pages forwards and backwards through a date ordering', async () => {
      const page = `query ($first: Int, $after: String, $last: Int, $before: String) {
        statements(first: $first, after: $after, last: $last, before: $before, orderBy: { field: DATE, direction: DESC }) {
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          nodes { id }
        }
      }`;
      const all = (await query(page, { first: 100 })).statements.nodes.map((n: Node) => n.id);
      const first = (await query(page, { first: 7 })).statements;
      const second = (await query(page, { first: 7, after: first.pageInfo.endCursor })).statements;
      expect([...first.nodes, ...second.nodes].map((n: Node) => n.id)).toEqual(all.slice(0, 14));
      const back = (await query(page, { last: 7, before: second.pageInfo.startCursor })).statements;
      expect(back.nodes.map((n: Node) => n.id)).toEqual(all.slice(0, 7));
      expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    });

    it('rejects bad filters with clear errors', async () => {
      const inverted = await failure(
        '{ statements(filter: { date: { from: "2024-10-01T00:00:00Z", to: "2024-01-01T00:00:00Z" } }) { totalCount } }',
      );
      expect(inverted.message).toMatch(/ends .* before it starts/);
      expect(inverted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['filter', 'date'] });
      const empty = await failure('{ statements(filter: { topic: " " }) { totalCount } }');
      expect(empty.message).toBe('`topic` must not be empty');
      expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['filter', 'topic'] });
      const relevance = await failure('{ statements(orderBy: { field: RELEVANCE, direction: DESC }) { totalCount } }');
      expect(relevance.message).toMatch(/RELEVANCE needs `filter.search` or `filter.topic`/);
    });
  });

  describe('articles, actors and events', () => {
    it('filters and orders articles', async () => {
      const { articles } = await query(`{
        bySource: articles(filter: { source: "the washington post" }) { nodes { headline } }
        newest: articles(orderBy: { field: PUBLISHED_AT, direction: DESC }, first: 2) { nodes { headline } }
        summer: articles(filter: { publishedAt: { from: "2024-06-01T00:00:00Z", to: "2024-08-31T00:00:00Z" } }) { nodes { headline } }
        articles(filter: { search: "semiconductors" }) { nodes { headline } }
      }`).then((data) => ({ articles: data }));
      expect(articles.bySource.nodes.map((a: any) => a.headline)).toEqual([
        'Zelensky brings Victory Plan to Brussels, but NATO invite still elusive',
      ]);
      expect(articles.newest.nodes.map((a: any) => a.headline)).toEqual([
        'Alliance ministers split over membership offer',
        'Zelensky brings Victory Plan to Brussels, but NATO invite still elusive',
      ]);
      expect(articles.summer.nodes.map((a: any) => a.headline)).toEqual(['Chipmaker raises forecast as demand grows']);
      expect(articles.articles.nodes.map((a: any) => a.headline)).toEqual([
        'Chipmaker raises forecast as demand grows',
      ]);
    });

    it('relates an actor to roles over time, articles, events, co-actors and statements', async () => {
      const { actors } = await query(`{
        actors(filter: { name: "Mark Rutte" }) {
          nodes {
            name
            roles { title firstSeenAt lastSeenAt }
            articles { totalCount nodes { headline } }
            events { nodes { type } }
            coActors(first: 100) { nodes { name } }
            statements { totalCount }
          }
        }
      }`);
      expect(actors.nodes).toHaveLength(1);
      const rutte = actors.nodes[0];
      expect(rutte.roles).toContainEqual({
        title: 'Secretary General',
        firstSeenAt: '2024-10-17T00:00:00.000Z',
        lastSeenAt: '2024-11-05T09:00:00.000Z',
      });
      expect(rutte.articles.totalCount).toBe(2);
      expect(rutte.coActors.nodes.map((a: any) => a.name)).toEqual(
        expect.arrayContaining(['Volodymyr Zelensky', 'Hanno Pevkur']),
      );
      expect(rutte.statements.totalCount).toBeGreaterThanOrEqual(4);
    });

    it('filters actors by role kind and country', async () => {
      const data = await query(`{
        judges: actors(filter: { roleKind: JUDICIAL }) { nodes { name } }
        estonians: actors(filter: { country: "Estonia" }) { nodes { name } }
        spokespeople: actors(filter: { roleTitle: "spokesperson", kind: PERSON }) { nodes { name } }
      }`);
      expect(data.judges.nodes.map((a: any) => a.name)).toEqual(['Maria Okafor']);
      expect(data.estonians.nodes.map((a: any) => a.name)).toEqual(['Hanno Pevkur']);
      expect(data.spokespeople.nodes.map((a: any) => a.name)).toEqual(['Daniel Reyes']);
    });

    it('filters events by type, place, participant and date, and relates them both ways', async () => {
      const data = await query(`{
        meetings: events(filter: { type: MEETING, place: "brussels", date: { from: "2024-11-01T00:00:00Z" } }) {
          nodes { type place date datePrecision articles { nodes { headline } } participants { part actor { name } } }
        }
        rulings: events(filter: { type: COURT_RULING }) { nodes { date } }
        byDate: events(orderBy: { field: DATE, direction: ASC }, first: 100) { nodes { date } }
      }`);
      expect(data.meetings.nodes).toHaveLength(1);
      expect(data.meetings.nodes[0]).toMatchObject({
        type: 'MEETING',
        place: 'Brussels',
        date: '2024-11-05T00:00:00.000Z',
        datePrecision: 'DAY',
        articles: { nodes: [{ headline: 'Alliance ministers split over membership offer' }] },
      });
      expect(data.rulings.nodes).toEqual([{ date: '2024-09-12T00:00:00.000Z' }]);
      const dated = data.byDate.nodes.map((e: any) => e.date).filter((d: string | null) => d !== null);
      expect(dated).toEqual([...dated].sort());
      expect(data.byDate.nodes.findIndex((e: any) => e.date === null)).not.toBeLessThan(dated.length);
    });

    it('relates an article to its actors, events, statements and topics', async () => {
      const { articles } = await query(`{
        articles(filter: { source: "Test Wire" }) {
          nodes {
            actors(first: 100) { totalCount nodes { name } }
            events { nodes { type } }
            statements(filter: { kind: DIRECT }) { nodes { text sentence start end } }
            topics { slug }
          }
        }
      }`);
      const article = articles.nodes[0];
      expect(article.actors.nodes.map((a: any) => a.name)).toEqual(
        expect.arrayContaining(['Hanno Pevkur', 'Mark Rutte']),
      );
      expect(article.events.nodes).toEqual([{ type: 'MEETING' }]);
      expect(article.statements.nodes[0]).toMatchObject({
        text: 'An invitation to Ukraine would send the right signal now',
        sentence: expect.stringContaining('Estonian Defense Minister Hanno Pevkur told reporters'),
      });
      expect(article.topics.map((t: any) => t.slug)).toContain('nato-invitation');
    });
  });

  describe('topics', () => {
    it('groups statements by role and breaks stances down by role, role kind and country', async () => {
      const { topic } = await query(`{
        topic(slug: "nato-invitation") {
          label
          roleStatements { role count }
          byRole: stanceBreakdown(by: ROLE) { group supports opposes neutral mixed total }
          byKind: stanceBreakdown(by: ROLE_KIND) { group total }
          byCountry: stanceBreakdown(by: COUNTRY) { group total }
        }
      }`);
      const roles = topic.roleStatements.map((group: any) => group.role);
      expect(roles).toEqual(
        expect.arrayContaining(['Ukrainian President', 'Estonian Defense Minister', 'Secretary General']),
      );
      for (const row of topic.byRole) expect(row.supports + row.opposes + row.neutral + row.mixed).toBe(row.total);
      const total = (rows: { total: number }[]) => rows.reduce((sum, row) => sum + row.total, 0);
      expect(total(topic.byKind)).toBe(total(topic.byRole));
      expect(total(topic.byCountry)).toBe(total(topic.byRole));
      expect(topic.byKind.map((row: any) => row.group)).toContain('MINISTER');
      expect(topic.byCountry.map((row: any) => row.group)).toEqual(expect.arrayContaining(['Estonia', 'Lithuania']));
    });
  });
});
