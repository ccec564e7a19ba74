// Statement pages in SQL: filters, orderings and keyset bounds become one statement per page, and
// the pages of many parents (each actor's, article's, event's, topic's or role group's statements)
// one statement for all of them, a LATERAL page per parent, so nested connections cost no query
// per parent. The related rows and counts a query asks for come in the same statement.
import { Prisma, type Statement as StatementRow } from '../../generated/prisma/client.ts';
import { normalizeKey } from '../../ingestion/identity.ts';
import type { SqlReader } from '../../store/sql-reader.ts';
import { badInput } from '../shared/bad-input.ts';
import { checkDateRange } from '../shared/date-range.input.ts';
import type { ConnectionData } from '../shared/connection.type.ts';
import { requireId } from '../shared/node-args.ts';
import { OrderDirection } from '../shared/order-direction.ts';
import { connectionFromRows, type Cursor, type PageWindow } from '../shared/pagination.ts';
import { ROLE_GROUP_KEY } from '../topic/statement-role.ts';
import { findTopicIds, topicIdsMatching } from '../topic/topic-lookup.ts';
import type { StatementFilter } from './statement-filter.input.ts';
import {
  includedColumns,
  includedJoins,
  splitJoinedRows,
  type JoinedRows,
  type StatementIncludes,
} from './statement-joins.ts';
import { StatementOrderField, type StatementOrder } from './statement-order.input.ts';

/** A statement as pages return it, with the related rows the query asked to bring along. */
export type StatementRecord = Omit<StatementRow, 'search'> & { joined?: JoinedRows };
type SortKey = Date | number;
/** A page's row: the statement, its sort key, and the connection's count when it was asked for. */
type Row = StatementRecord & { sortKey: SortKey; totalCount?: number };
type RawRow = Record<string, unknown>;

const COLUMNS = Prisma.sql`s.id, s."articleId", s."speakerId", s."speakerRoleId", s."eventId", s.kind::text AS kind,
  s.text, s.cue, s.start, s."end", s."sentenceStart", s."sentenceEnd", s.curated`;
/** A statement's date: its article's publication date, else the time the article was ingested. */
const DATE = Prisma.sql`COALESCE(a."publishedAt", a."ingestedAt")`;
const STATEMENTS = Prisma.sql`"Statement" s`;
const STATEMENTS_WITH_ARTICLES = Prisma.sql`"Statement" s JOIN "Article" a ON a.id = s."articleId"`;

/** A filter compiled to SQL, once per request, reusable for pages and counts. */
export interface StatementQuery {
  /** The statements (`s`), joined to their articles (`a`) only when the filter or order needs them. */
  from: Prisma.Sql;
  where: Prisma.Sql;
  /** Checks, when a page found nothing, that the filter named things that exist (a topic). */
  whenEmpty?: () => Promise<void>;
  order: { key: Prisma.Sql; direction: OrderDirection; cursorKey: (key: SortKey) => string | number };
}

const byId = { key: Prisma.sql`s.id`, cursorKey: (key: SortKey) => Number(key) };

export function compileStatementQuery(
  sql: SqlReader,
  filter: StatementFilter | null | undefined,
  order: StatementOrder | null | undefined,
  path: string[] = ['filter'],
): StatementQuery {
  const conditions: Prisma.Sql[] = [];
  const searchQuery = filter?.search?.trim()
    ? Prisma.sql`websearch_to_tsquery('english', ${filter.search.trim()})`
    : null;

  let whenEmpty: StatementQuery['whenEmpty'];
  // ARRAY(…): the topic ids are looked up once per statement, not once per row checked.
  const topics = filter?.topic ? topicIdsMatching(filter.topic) : null;
  if (filter?.topic) {
    const phrase = filter.topic;
    whenEmpty = async () => void (await findTopicIds(sql, phrase, [...path, 'topic']));
    if (!filter.stance) {
      conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" st
        WHERE st."statementId" = s.id AND st."topicId" = ANY(ARRAY(${topics})))`);
    }
  }
  if (filter?.stance) {
    const onTopics = topics ? Prisma.sql`AND st."topicId" = ANY(ARRAY(${topics}))` : Prisma.empty;
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" st
      WHERE st."statementId" = s.id AND st.stance = ${filter.stance}::"Stance" ${onTopics})`);
  }
  if (filter?.speakerId) conditions.push(Prisma.sql`s."speakerId" = ${requireId(filter.speakerId, 'Actor')}`);
  if (filter?.speakerName) {
    const pattern = `%${normalizeKey(filter.speakerName)}%`;
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Actor" sp WHERE sp.id = s."speakerId" AND (sp."normalizedName" LIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "ActorAlias" al WHERE al."actorId" = sp.id AND al."normalizedAlias" LIKE ${pattern})))`);
  }
  const roleConditions: Prisma.Sql[] = [];
  if (filter?.roleTitle) roleConditions.push(Prisma.sql`r.title ILIKE ${`%${filter.roleTitle.trim()}%`}`);
  if (filter?.roleKind) roleConditions.push(Prisma.sql`r.kind = ${filter.roleKind}::"RoleKind"`);
  if (filter?.organizationOrCountry) {
    const place = filter.organizationOrCountry.trim().toLowerCase();
    roleConditions.push(Prisma.sql`(lower(r.organization) = ${place} OR lower(r.country) = ${place})`);
  }
  if (roleConditions.length > 0) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Role" r WHERE r.id = s."speakerRoleId" AND ${Prisma.join(roleConditions, ' AND ')})`,
    );
  }
  if (filter?.kind) conditions.push(Prisma.sql`s.kind = ${filter.kind}::"StatementKind"`);
  if (filter?.articleId) conditions.push(Prisma.sql`s."articleId" = ${requireId(filter.articleId, 'Article')}`);
  if (filter?.eventId) conditions.push(Prisma.sql`s."eventId" = ${requireId(filter.eventId, 'Event')}`);
  if (filter?.date) {
    checkDateRange(filter.date, [...path, 'date']);
    if (filter.date.from) conditions.push(Prisma.sql`${DATE} >= ${filter.date.from}`);
    if (filter.date.to) conditions.push(Prisma.sql`${DATE} <= ${filter.date.to}`);
  }
  if (searchQuery) conditions.push(Prisma.sql`s.search @@ ${searchQuery}`);

  const where = conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;
  const field = order?.field ?? StatementOrderField.INGESTED;
  const from = filter?.date || field === StatementOrderField.DATE ? STATEMENTS_WITH_ARTICLES : STATEMENTS;
  const direction =
    order?.direction ?? (field === StatementOrderField.RELEVANCE ? OrderDirection.DESC : OrderDirection.ASC);
  switch (field) {
    case StatementOrderField.INGESTED:
      return { from, where, whenEmpty, order: { ...byId, direction } };
    case StatementOrderField.DATE:
      return {
        from,
        where,
        whenEmpty,
        order: { key: DATE, direction, cursorKey: (key) => (key as Date).toISOString() },
      };
    case StatementOrderField.RELEVANCE:
      if (!searchQuery) badInput('Ordering by RELEVANCE needs `filter.search`', ['orderBy', 'field']);
      return {
        from,
        where,
        whenEmpty,
        order: { key: Prisma.sql`ts_rank(s.search, ${searchQuery})`, direction, cursorKey: (key) => Number(key) },
      };
  }
}

/** `(key, id) > (cursor)` in the order's direction, or `<` for a bound on the other side. */
function keysetBound(query: StatementQuery, cursor: Cursor, side: 'after' | 'before'): Prisma.Sql {
  const ascending = query.order.direction === OrderDirection.ASC;
  const greater = (side === 'after') === ascending;
  const operator = Prisma.raw(greater ? '>' : '<');
  if (query.order.key === byId.key) return Prisma.sql`s.id ${operator} ${cursor.id}`;
  if (cursor.key === undefined) badInput(`\`${side}\` is a cursor from another ordering`);
  const key =
    typeof cursor.key === 'string' ? Prisma.sql`${new Date(cursor.key)}::timestamp` : Prisma.sql`${cursor.key}::real`;
  return Prisma.sql`(${query.order.key}, s.id) ${operator} (${key}, ${cursor.id})`;
}

function pageConditions(query: StatementQuery, window: PageWindow): Prisma.Sql {
  const bounds = [query.where];
  if (window.after) bounds.push(keysetBound(query, window.after, 'after'));
  if (window.before) bounds.push(keysetBound(query, window.before, 'before'));
  return Prisma.join(bounds, ' AND ');
}

/**
 * ORDER BY for the rows a page reads: the order itself, reversed when paging backwards; on a page
 * already read (`selected`), by the sort key it selected.
 */
function pageOrder(query: StatementQuery, window: PageWindow, selected = false): Prisma.Sql {
  const ascending = (query.order.direction === OrderDirection.ASC) === (window.direction === 'forward');
  const direction = Prisma.raw(ascending ? 'ASC' : 'DESC');
  if (query.order.key === byId.key) return Prisma.sql`s.id ${direction}`;
  const key = selected ? Prisma.sql`s."sortKey"` : query.order.key;
  return Prisma.sql`${key} ${direction}, s.id ${direction}`;
}

function toConnection(
  rows: Row[],
  query: StatementQuery,
  window: PageWindow,
  totalCount: () => Promise<number> | number,
): ConnectionData<StatementRecord> {
  const sortKeyOf = query.order.key === byId.key ? undefined : (row: Row) => query.order.cursorKey(row.sortKey);
  return connectionFromRows(
    rows,
    window,
    ({ sortKey: _sortKey, totalCount: _count, ...statement }) => statement,
    totalCount,
    sortKeyOf,
  );
}

function hasBounds(window: PageWindow): boolean {
  return window.after !== null || window.before !== null;
}

/**
 * The total count a page brought along in its rows. A page without rows brings none: then the count
 * is 0 if the page had no cursor bounds (nothing matches at all), else `count` asks the database.
 */
function countFromRows(rows: Row[], window: PageWindow, count: () => Promise<number>): () => Promise<number> | number {
  const counted = rows[0]?.totalCount;
  if (counted !== undefined) return () => counted;
  return hasBounds(window) ? count : () => 0;
}

/**
 * One page of statements in one SQL statement, with the related rows and the count the query asks
 * for (`includes`); a count not brought along costs a second statement, run only if asked for.
 */
export async function statementPage(
  sql: SqlReader,
  query: StatementQuery,
  window: PageWindow,
  includes: StatementIncludes,
): Promise<ConnectionData<StatementRecord>> {
  const countColumn = includes.totalCount
    ? Prisma.sql`, (SELECT count(*)::int FROM ${query.from} WHERE ${query.where}) AS "totalCount"`
    : Prisma.empty;
  // The page first, then its related rows: joins cost per row of the page, not per matching row.
  const raw = await sql.query<RawRow>(Prisma.sql`
    SELECT s.* ${includedColumns(includes)} ${countColumn}
    FROM (
      SELECT ${COLUMNS}, ${query.order.key} AS "sortKey" FROM ${query.from}
      WHERE ${pageConditions(query, window)}
      ORDER BY ${pageOrder(query, window)} LIMIT ${window.size + 1}
    ) s ${includedJoins(includes)}
    ORDER BY ${pageOrder(query, window, true)}`);
  if (raw.length === 0) await query.whenEmpty?.();
  const rows = splitJoinedRows<Row>(raw, includes);
  const count = async () => {
    const [result] = await sql.query<{ count: number }>(
      Prisma.sql`SELECT count(*)::int AS count FROM ${query.from} WHERE ${query.where}`,
    );
    return result?.count ?? 0;
  };
  return toConnection(rows, query, window, includes.totalCount ? countFromRows(rows, window, count) : count);
}

/** The statements of which parent: who said them, where, at which event, or about which topic. */
export type StatementParent =
  | 'speaker'
  | 'article'
  | 'event'
  | 'topic'
  | 'roleGroup'
  /** A role group within the statements one topic tags: read from that topic's taggings index. */
  | { roleGroupOnTopic: number };
/** A parent's key: a row id, or for role groups the lower-cased role title ('' for none). */
export type ParentKey = number | string;

/** Each parent's key column, the join that reaches it, and its keys' SQL array type. */
interface ParentSpec {
  column: Prisma.Sql;
  join: Prisma.Sql;
  keyArray: Prisma.Sql;
}

const PARENT: Record<Exclude<StatementParent, object>, ParentSpec> = {
  speaker: { column: Prisma.sql`s."speakerId"`, join: Prisma.empty, keyArray: Prisma.raw('int[]') },
  article: { column: Prisma.sql`s."articleId"`, join: Prisma.empty, keyArray: Prisma.raw('int[]') },
  event: { column: Prisma.sql`s."eventId"`, join: Prisma.empty, keyArray: Prisma.raw('int[]') },
  topic: {
    column: Prisma.sql`pt."topicId"`,
    join: Prisma.sql`JOIN "StatementTopic" pt ON pt."statementId" = s.id`,
    keyArray: Prisma.raw('int[]'),
  },
  roleGroup: { column: ROLE_GROUP_KEY, join: Prisma.empty, keyArray: Prisma.raw('text[]') },
};

function specOf(parent: StatementParent): ParentSpec {
  if (typeof parent === 'string') return PARENT[parent];
  // The taggings index (topic, role key, statement) hands each group's statements over in order.
  return {
    column: Prisma.sql`pt."roleKey"`,
    join: Prisma.sql`JOIN "StatementTopic" pt ON pt."statementId" = s.id AND pt."topicId" = ${parent.roleGroupOnTopic}::int`,
    keyArray: Prisma.raw('text[]'),
  };
}

/** `column = ANY($keys)`: one array parameter keeps the statement's text the same for any number of parents. */
function ofParents(parent: StatementParent, parentIds: readonly ParentKey[]): Prisma.Sql {
  const { column, keyArray } = specOf(parent);
  return Prisma.sql`${column} = ANY(${[...parentIds]}::${keyArray})`;
}

/**
 * One page of statements for each of many parents, in one SQL statement with the related rows the
 * query asks for, and with the counts when the pages have no cursor bounds; else counts cost one
 * more statement, run only if asked for.
 */
export async function statementPagesByParent(
  sql: SqlReader,
  parent: StatementParent,
  parentIds: readonly ParentKey[],
  query: StatementQuery,
  window: PageWindow,
  includes: StatementIncludes,
  countsByParent: (parentIds: readonly ParentKey[]) => Promise<Map<ParentKey, number>>,
): Promise<ConnectionData<StatementRecord>[]> {
  const { column, join, keyArray } = specOf(parent);
  const countAlong = includes.totalCount && !hasBounds(window);
  const keys = Prisma.sql`unnest(${[...parentIds]}::${keyArray})`;
  // Each parent's page on its own (LATERAL), so that an index on the parent's column, in statement
  // order, stops reading once the page is full; parent keys are one array parameter. The pages are
  // MATERIALIZED so that the planner joins the related rows once, not inside each parent's page;
  // counts, when asked for, are one aggregate per parent, which an index can answer alone.
  const countsCte = countAlong
    ? Prisma.sql`, counts AS MATERIALIZED (
        SELECT parent.key, (SELECT count(*)::int FROM ${query.from} ${join} WHERE ${column} = parent.key AND ${query.where}) AS n
        FROM ${keys} AS parent(key))`
    : Prisma.empty;
  const raw = await sql.query<RawRow>(Prisma.sql`
    WITH pages AS MATERIALIZED (
      SELECT page.*, parent.ordinal
      FROM ${keys} WITH ORDINALITY AS parent(key, ordinal)
      CROSS JOIN LATERAL (
        SELECT ${COLUMNS}, ${query.order.key} AS "sortKey", parent.key AS "parentId"
        FROM ${query.from} ${join}
        WHERE ${column} = parent.key AND ${pageConditions(query, window)}
        ORDER BY ${pageOrder(query, window)} LIMIT ${window.size + 1}
      ) page
    ) ${countsCte}
    SELECT s.* ${countAlong ? Prisma.sql`, counts.n AS "totalCount"` : Prisma.empty} ${includedColumns(includes)}
    FROM pages s ${countAlong ? Prisma.sql`JOIN counts ON counts.key = s."parentId"` : Prisma.empty}
    ${includedJoins(includes)}
    ORDER BY s.ordinal, ${pageOrder(query, window, true)}`);
  if (raw.length === 0) await query.whenEmpty?.();
  const byParent = new Map<ParentKey, Row[]>(parentIds.map((id) => [id, []]));
  splitJoinedRows<Row>(raw, includes, ['parentId', 'ordinal']).forEach((row, index) =>
    byParent.get(raw[index]!['parentId'] as ParentKey)?.push(row),
  );
  let counts: Promise<Map<ParentKey, number>> | undefined;
  return parentIds.map((id) => {
    const rows = byParent.get(id)!;
    const count = async () => {
      counts ??= countsByParent(parentIds);
      return (await counts).get(id) ?? 0;
    };
    return toConnection(rows, query, window, countAlong ? countFromRows(rows, window, count) : count);
  });
}

/** How many statements matching the query each parent has, in one SQL statement. */
export async function statementCountsByParent(
  sql: SqlReader,
  parent: StatementParent,
  parentIds: readonly ParentKey[],
  query: StatementQuery,
): Promise<Map<ParentKey, number>> {
  const { column, join } = specOf(parent);
  const rows = await sql.query<{ parentId: ParentKey; count: number }>(Prisma.sql`
    SELECT ${column} AS "parentId", count(*)::int AS count FROM ${query.from} ${join}
    WHERE ${ofParents(parent, parentIds)} AND ${query.where}
    GROUP BY ${column}`);
  return new Map(rows.map((row) => [row.parentId, row.count]));
}
