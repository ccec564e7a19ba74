// The four query shapes of the benchmark, each written three ways: as our GraphQL query, as the
// closest equivalent PostGraphile 5 query, and as the one hand-written SQL statement that produces
// our JSON answer (the floor any GraphQL layer sits on). The floor sends the fastest SQL known for
// each: the page read by index in id order, the count capped as ours is.
import { COUNT_CAP } from '../reads/paging/count.ts';

/** Values the shapes need from the loaded corpus. */
export interface ShapeParams {
  /** Database id of a frequent speaker, for the actor page. */
  actorId: number;
  /** How many role groups our signature query returns: PostGraphile's closest query pages as many roles. */
  roleGroups: number;
}

export interface QueryShape {
  name: ShapeName;
  description: string;
  ours: (p: ShapeParams) => { query: string; variables?: Record<string, unknown> };
  postgraphile: (p: ShapeParams) => { query: string; variables?: Record<string, unknown> };
  /** One SQL statement returning the whole response body as text, and its parameters. */
  rawSql: (p: ShapeParams) => { text: string; values: unknown[] };
}

export type ShapeName = 'statementsByRole' | 'filteredStatements' | 'actorPage' | 'fullTextSearch';

export const SIGNATURE_TOPIC = 'NATO invitation';
const SIGNATURE_TOPIC_SLUG = 'nato-invitation';
export const SEARCH_TERMS = 'air defense';

/** Timestamps as our DateTime scalar writes them (Prisma stores UTC in `timestamp(3)`). */
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const signature: QueryShape = {
  name: 'statementsByRole',
  description: 'statementsByRole(topic) with each group’s first 5 statements and their speakers',
  ours: () => ({
    query: `{ statementsByRole(topic: "${SIGNATURE_TOPIC}") { role count statements(first: 5) { nodes { text cue speaker { name } } } } }`,
  }),
  // PostGraphile has no grouping by role title: the closest is the roles with statements on the
  // topic, as many as our groups, each with its count and first 5 statements on the topic.
  postgraphile: (p) => {
    const onTopic = `statementTopics: { some: { topic: { slug: { equalTo: "${SIGNATURE_TOPIC_SLUG}" } } } }`;
    return {
      query: `{ roles(first: ${p.roleGroups}, orderBy: PRIMARY_KEY_ASC, filter: { statementsBySpeakerRoleId: { some: { ${onTopic} } } }) {
        nodes { title statementsBySpeakerRoleId(first: 5, orderBy: PRIMARY_KEY_ASC, filter: { ${onTopic} }) {
          totalCount nodes { text cue speaker { name } } } } } }`,
    };
  },
  // The groups come from the topic's counts per stated title (TopicRoleCount, kept by triggers), each
  // group's page from the topic's taggings index: the SQL our server sends, in one statement.
  rawSql: () => ({
    text: `WITH topic AS (SELECT t.id FROM "Topic" t WHERE t.slug = $1), groups AS (
        SELECT c."roleKey" AS key, min(NULLIF(c.title, '')) AS title, sum(c."count")::int AS count
        FROM "TopicRoleCount" c WHERE c."topicId" = (SELECT id FROM topic) AND c."count" > 0 GROUP BY 1
      )
      SELECT json_build_object('data', json_build_object('statementsByRole', COALESCE(json_agg(
        json_build_object('role', COALESCE(g.title, 'No role given'), 'count', g.count, 'statements', json_build_object(
          'nodes', (SELECT json_agg(json_build_object('text', p.text, 'cue', p.cue, 'speaker', json_build_object('name', a.name))
              ORDER BY p.id)
            FROM (SELECT s.id, s.text, s.cue, s."speakerId" FROM "StatementTopic" st JOIN "Statement" s ON s.id = st."statementId"
              WHERE st."topicId" = (SELECT id FROM topic) AND st."roleKey" = g.key
              ORDER BY st."statementId" LIMIT 5) p
            JOIN "Actor" a ON a.id = p."speakerId")))
        ORDER BY g.count DESC, g.key), '[]'::json)))::text AS body
      FROM groups g`,
    values: [SIGNATURE_TOPIC_SLUG],
  }),
};

const filtered: QueryShape = {
  name: 'filteredStatements',
  description: 'statements(first: 20, filter: {roleKind: MINISTER, kind: DIRECT}) with speaker, role and article',
  ours: () => ({
    query: `{ statements(first: 20, filter: { roleKind: MINISTER, kind: DIRECT }) { totalCount
      nodes { text kind speaker { name } role { title kind } article { headline source publishedAt } } } }`,
  }),
  postgraphile: () => ({
    query: `{ statements(first: 20, orderBy: PRIMARY_KEY_ASC, filter: { kind: { equalTo: DIRECT }, speakerRole: { kind: { equalTo: MINISTER } } }) {
      totalCount nodes { text kind speaker { name } speakerRole { title kind } article { headline source publishedAt } } } }`,
  }),
  rawSql: () => ({
    text: `WITH page AS (
        SELECT s.id, s.text, s.kind, s."speakerId", s."speakerRoleId", s."articleId" FROM "Statement" s
        WHERE s.kind = 'DIRECT' AND EXISTS (SELECT 1 FROM "Role" r WHERE r.id = s."speakerRoleId" AND r.kind = 'MINISTER')
        ORDER BY s.id LIMIT 20
      )
      SELECT json_build_object('data', json_build_object('statements', json_build_object(
        'totalCount', (SELECT least(count(*), ${COUNT_CAP})::int FROM (SELECT 1 FROM "Statement" s
          WHERE s.kind = 'DIRECT' AND EXISTS (SELECT 1 FROM "Role" r WHERE r.id = s."speakerRoleId" AND r.kind = 'MINISTER')
          LIMIT ${COUNT_CAP + 1}) counted),
        'nodes', COALESCE((SELECT json_agg(json_build_object(
          'text', p.text, 'kind', p.kind, 'speaker', json_build_object('name', sp.name),
          'role', json_build_object('title', r.title, 'kind', r.kind),
          'article', json_build_object('headline', a.headline, 'source', a.source, 'publishedAt', ${iso('a."publishedAt"')})
        ) ORDER BY p.id)
        FROM page p JOIN "Actor" sp ON sp.id = p."speakerId" JOIN "Role" r ON r.id = p."speakerRoleId"
        JOIN "Article" a ON a.id = p."articleId"), '[]'::json))))::text AS body`,
    values: [],
  }),
};

const actorPage: QueryShape = {
  name: 'actorPage',
  description: 'actor(id) with aliases, roles and statements(first: 10) with their articles',
  ours: (p) => ({
    query: `query ($id: ID!) { actor(id: $id) { name kind aliases roles { title kind }
      statements(first: 10) { totalCount nodes { text cue article { headline publishedAt } } } } }`,
    variables: { id: Buffer.from(`Actor:${p.actorId}`, 'utf8').toString('base64url') },
  }),
  postgraphile: (p) => ({
    query: `query ($id: Int!) { actor(rowId: $id) { name kind actorAliases(orderBy: PRIMARY_KEY_ASC) { nodes { alias } }
      roles(orderBy: PRIMARY_KEY_ASC) { nodes { title kind } }
      statementsBySpeakerId(first: 10, orderBy: PRIMARY_KEY_ASC) { totalCount nodes { text cue article { headline publishedAt } } } } }`,
    variables: { id: p.actorId },
  }),
  rawSql: (p) => ({
    text: `SELECT json_build_object('data', json_build_object('actor', (
        SELECT json_build_object(
          'name', ac.name, 'kind', ac.kind,
          'aliases', COALESCE((SELECT json_agg(al.alias ORDER BY al.id) FROM "ActorAlias" al WHERE al."actorId" = ac.id), '[]'::json),
          'roles', COALESCE((SELECT json_agg(json_build_object('title', r.title, 'kind', r.kind) ORDER BY r.id)
            FROM "Role" r WHERE r."actorId" = ac.id), '[]'::json),
          'statements', json_build_object(
            'totalCount', (SELECT least(count(*), ${COUNT_CAP})::int FROM (
              SELECT 1 FROM "Statement" s WHERE s."speakerId" = ac.id LIMIT ${COUNT_CAP + 1}) counted),
            'nodes', COALESCE((SELECT json_agg(json_build_object('text', s.text, 'cue', s.cue,
                'article', json_build_object('headline', a.headline, 'publishedAt', ${iso('a."publishedAt"')})) ORDER BY s.id)
              FROM (SELECT * FROM "Statement" WHERE "speakerId" = ac.id ORDER BY id LIMIT 10) s
              JOIN "Article" a ON a.id = s."articleId"), '[]'::json)))
        FROM "Actor" ac WHERE ac.id = $1)))::text AS body`,
    values: [p.actorId],
  }),
};

const search: QueryShape = {
  name: 'fullTextSearch',
  description: `statements(first: 20, filter: {search: "${SEARCH_TERMS}"}) with speaker and article`,
  ours: () => ({
    query: `{ statements(first: 20, filter: { search: "${SEARCH_TERMS}" }) { totalCount
      nodes { text speaker { name } article { headline } } } }`,
  }),
  // PostGraphile's way to full-text search is a SQL function it exposes as a connection; the
  // benchmark creates `bench_search_statements` in its own database (see POSTGRAPHILE_SEARCH_FUNCTION).
  postgraphile: () => ({
    query: `{ benchSearchStatements(query: "${SEARCH_TERMS}", first: 20) { totalCount
      nodes { text speaker { name } article { headline } } } }`,
  }),
  rawSql: () => ({
    text: `WITH page AS (
        SELECT s.id, s.text, s."speakerId", s."articleId" FROM "Statement" s
        WHERE s.search @@ websearch_to_tsquery('english', $1) ORDER BY s.id LIMIT 20
      )
      SELECT json_build_object('data', json_build_object('statements', json_build_object(
        'totalCount', (SELECT least(count(*), ${COUNT_CAP})::int FROM (SELECT 1 FROM "Statement" s
          WHERE s.search @@ websearch_to_tsquery('english', $1) LIMIT ${COUNT_CAP + 1}) counted),
        'nodes', COALESCE((SELECT json_agg(json_build_object('text', p.text, 'speaker', json_build_object('name', sp.name),
          'article', json_build_object('headline', a.headline)) ORDER BY p.id)
          FROM page p JOIN "Actor" sp ON sp.id = p."speakerId" JOIN "Article" a ON a.id = p."articleId"), '[]'::json))))::text AS body`,
    values: [SEARCH_TERMS],
  }),
};

export const SHAPES: QueryShape[] = [signature, filtered, actorPage, search];

/** The function PostGraphile exposes as `benchSearchStatements`: full-text search in statement order. */
export const POSTGRAPHILE_SEARCH_FUNCTION = `
  CREATE OR REPLACE FUNCTION bench_search_statements(query text) RETURNS SETOF "Statement"
  LANGUAGE sql STABLE AS $$
    SELECT * FROM "Statement" WHERE search @@ websearch_to_tsquery('english', query) ORDER BY id
  $$`;
