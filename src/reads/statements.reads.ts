// Statements: filters, orderings and pages, top-level or per parent (each actor's, article's, event's,
// topic's or role group's statements), with the related rows a query asks for in the same statement.
import { Prisma, type Actor, type Role, type Statement } from '../generated/prisma/client.ts';
import type { RoleKind, Stance, StatementKind } from '../generated/prisma/enums.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { actorNamed } from './actors.reads.ts';
import { invalidArgument } from './invalid-argument.ts';
import { countExpression, countOf, countsByParentSql, countSql, type Count } from './paging/count.ts';
import {
  pageSql,
  parentPagesSql,
  parentPagesWithRelated,
  withRelated,
  type Parents,
  type Related,
  type RowSource,
} from './paging/keyset.ts';
import { byId, byKeyThenId, type Ordering } from './paging/ordering.ts';
import { pageOf, type Page, type Paged } from './paging/page.ts';
import { hasCursor, pageWindow, type PageArgs } from './paging/page-window.ts';
import { ACTOR, ARTICLE, columnsOf, ROLE, type Table } from './tables.ts';
import { checkedText, containsPattern, MAX_SEARCH_LENGTH } from './text-arguments.ts';
import { findTopicIds, topicIdsMatching } from './topics.reads.ts';
import type { ArticleRow } from './articles.reads.ts';

export type StatementRow = Statement;

export interface StatementFilter {
  /** A topic slug or phrase. */
  topic?: string | null;
  stance?: Stance | null;
  speakerId?: number | null;
  speakerName?: string | null;
  roleTitle?: string | null;
  roleKind?: RoleKind | null;
  organizationOrCountry?: string | null;
  kind?: StatementKind | null;
  articleId?: number | null;
  /** The publication of the statement's article, any case. */
  articleSource?: string | null;
  eventId?: number | null;
  date?: { from?: Date | null; to?: Date | null } | null;
  search?: string | null;
}

export type StatementOrderField = 'INGESTED' | 'DATE' | 'RELEVANCE';

export interface StatementOrder {
  field: StatementOrderField;
  descending: boolean;
}

/** The related rows a page brings along, each only when the query asks for it. */
export interface StatementIncludes {
  speaker: boolean;
  role: boolean;
  article: boolean;
  /** The article's body: asked for directly, or needed for the statement's sentence. */
  articleBody: boolean;
  totalCount: boolean;
}

/** A statement as pages return it, with the related rows asked for. */
export type StatementWithRelated = StatementRow &
  Paged & { speaker?: Actor; role?: Role | null; article?: ArticleRow & { body?: string } };

/** What the filter's problems are reported under: the path of the filter argument. */
export interface FilterPath {
  field: string[];
}

const STATEMENT_COLUMNS = Prisma.sql`s.id, s."articleId", s."speakerId", s."speakerRoleId", s."eventId", s.kind::text AS kind,
  s.text, s.cue, s.start, s."end", s."sentenceStart", s."sentenceEnd", s.curated, s."statedRoleId", s."roleKey"`;
/** A statement's date: its article's publication date, else the time the article was ingested. */
const DATE = Prisma.sql`COALESCE(a."publishedAt", a."ingestedAt")`;

interface CompiledFilter {
  conditions: Prisma.Sql[];
  needsArticle: boolean;
  searchQuery: Prisma.Sql | null;
  /** When a page finds nothing: checks that the filter named things that exist (a topic). */
  whenEmpty?: () => Promise<void>;
}

function compileFilter(reader: SqlReader, filter: StatementFilter | null | undefined, path: string[]): CompiledFilter {
  const at = (name: string) => [...path, name];
  const conditions: Prisma.Sql[] = [];
  const search = filter?.search ? checkedText(filter.search, at('search'), MAX_SEARCH_LENGTH) : '';
  const searchQuery = search ? Prisma.sql`websearch_to_tsquery('english', ${search})` : null;

  let whenEmpty: CompiledFilter['whenEmpty'];
  // ARRAY(…): the topic ids are looked up once per statement, not once per row checked.
  const topics = filter?.topic ? topicIdsMatching(filter.topic, at('topic')) : null;
  if (filter?.topic) {
    const phrase = filter.topic;
    whenEmpty = async () => void (await findTopicIds(reader, phrase, at('topic')));
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
  if (filter?.speakerId) conditions.push(Prisma.sql`s."speakerId" = ${filter.speakerId}::int`);
  if (filter?.speakerName) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Actor" sp WHERE sp.id = s."speakerId" AND ${actorNamed(Prisma.sql`sp`, filter.speakerName, at('speakerName'))})`,
    );
  }
  const roleConditions: Prisma.Sql[] = [];
  if (filter?.roleTitle) {
    roleConditions.push(Prisma.sql`r.title ILIKE ${containsPattern(checkedText(filter.roleTitle, at('roleTitle')))}`);
  }
  if (filter?.roleKind) roleConditions.push(Prisma.sql`r.kind = ${filter.roleKind}::"RoleKind"`);
  if (filter?.organizationOrCountry) {
    const place = checkedText(filter.organizationOrCountry, at('organizationOrCountry')).toLowerCase();
    roleConditions.push(Prisma.sql`(lower(r.organization) = ${place} OR lower(r.country) = ${place})`);
  }
  if (roleConditions.length > 0) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Role" r WHERE r.id = s."speakerRoleId" AND ${Prisma.join(roleConditions, ' AND ')})`,
    );
  }
  if (filter?.kind) conditions.push(Prisma.sql`s.kind = ${filter.kind}::"StatementKind"`);
  if (filter?.articleId) conditions.push(Prisma.sql`s."articleId" = ${filter.articleId}::int`);
  if (filter?.articleSource) {
    const source = checkedText(filter.articleSource, at('articleSource'));
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Article" src WHERE src.id = s."articleId" AND lower(src.source) = lower(${source}))`,
    );
  }
  if (filter?.eventId) conditions.push(Prisma.sql`s."eventId" = ${filter.eventId}::int`);
  const date = filter?.date;
  if (date?.from && date.to && date.from > date.to) {
    invalidArgument(
      `The date range ends (${date.to.toISOString()}) before it starts (${date.from.toISOString()})`,
      at('date'),
    );
  }
  if (date?.from) conditions.push(Prisma.sql`${DATE} >= ${date.from}`);
  if (date?.to) conditions.push(Prisma.sql`${DATE} <= ${date.to}`);
  if (searchQuery) conditions.push(Prisma.sql`s.search @@ ${searchQuery}`);
  return { conditions, needsArticle: Boolean(date?.from || date?.to), searchQuery, whenEmpty };
}

const ID = Prisma.sql`s.id`;
const ORDERINGS = {
  INGESTED: (descending: boolean) => byId('statements', ID, descending),
  DATE: (descending: boolean) =>
    byKeyThenId('statements-by-date', ID, { sql: DATE, type: 'timestamp', nullable: false }, descending),
  RELEVANCE: (descending: boolean, searchQuery: Prisma.Sql) =>
    byKeyThenId(
      'statements-by-relevance',
      ID,
      { sql: Prisma.sql`ts_rank(s.search, ${searchQuery})`, type: 'real', nullable: false },
      descending,
    ),
};

interface StatementSource extends RowSource {
  whenEmpty?: () => Promise<void>;
}

function statementSource(
  reader: SqlReader,
  filter: StatementFilter | null | undefined,
  order: StatementOrder | null | undefined,
  path: string[],
  parentJoin: Prisma.Sql = Prisma.empty,
): StatementSource {
  const compiled = compileFilter(reader, filter, path);
  const field = order?.field ?? 'INGESTED';
  const descending = order?.descending ?? field === 'RELEVANCE';
  let ordering: Ordering;
  if (field === 'RELEVANCE') {
    if (!compiled.searchQuery) invalidArgument('Ordering by RELEVANCE needs `filter.search`', ['orderBy', 'field']);
    ordering = ORDERINGS.RELEVANCE(descending, compiled.searchQuery);
  } else {
    ordering = ORDERINGS[field](descending);
  }
  const withArticle = compiled.needsArticle || field === 'DATE';
  return {
    select: STATEMENT_COLUMNS,
    from: Prisma.sql`"Statement" s ${withArticle ? Prisma.sql`JOIN "Article" a ON a.id = s."articleId"` : Prisma.empty} ${parentJoin}`,
    where: compiled.conditions,
    ordering,
    whenEmpty: compiled.whenEmpty,
  };
}

// Each related row is a lookup by primary key per row of the page: LIMIT 1 keeps the planner from
// turning it into a hash of the whole table, which it may estimate cheaper for a page of a few hundred
// rows, and is not.
function lookup(table: Table, alias: string, idColumn: string, columns = columnsOf(table, alias, alias)): Related {
  const join = Prisma.raw(
    `LEFT JOIN LATERAL (SELECT * FROM "${table.name}" WHERE id = page."${idColumn}" LIMIT 1) ${alias} ON true`,
  );
  return { columns: Prisma.sql`, ${columns}`, joins: join };
}

const ARTICLE_WITH_BODY = { ...ARTICLE, columns: [...ARTICLE.columns, 'body'] };
const RELATED = {
  speaker: lookup(ACTOR, 'speaker', 'speakerId'),
  role: lookup(ROLE, 'role', 'speakerRoleId'),
  article: lookup(ARTICLE, 'article', 'articleId'),
  articleWithBody: lookup(ARTICLE_WITH_BODY, 'article', 'articleId'),
};

function relatedOf(includes: StatementIncludes, count: Prisma.Sql | null): Related {
  const parts: Related[] = [];
  if (includes.speaker) parts.push(RELATED.speaker);
  if (includes.role) parts.push(RELATED.role);
  if (includes.article) parts.push(includes.articleBody ? RELATED.articleWithBody : RELATED.article);
  const countColumn = count ? Prisma.sql`, ${count} AS "totalCount"` : Prisma.empty;
  return {
    columns: Prisma.join([...parts.map((part) => part.columns), countColumn], ' '),
    joins:
      parts.length > 0
        ? Prisma.join(
            parts.map((part) => part.joins),
            ' ',
          )
        : Prisma.empty,
  };
}

/**
 * Splits "speaker.name"-style columns into related rows; a statement without a role has `role: null`.
 * Which column goes where is worked out once per result, from its first row.
 */
function splitRelated(rows: Record<string, unknown>[], includes: StatementIncludes): StatementWithRelated[] {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  const own = columns.filter((column) => !column.includes('.'));
  const related = (['speaker', 'role', 'article'] as const)
    .filter((name) => includes[name])
    .map((name) => ({
      name,
      fields: columns
        .filter((column) => column.startsWith(`${name}.`))
        .map((column) => [column, column.slice(name.length + 1)] as const),
    }));
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const column of own) record[column] = row[column];
    for (const { name, fields } of related) {
      if (name === 'role' && row['role.id'] === null) {
        record[name] = null;
        continue;
      }
      const value: Record<string, unknown> = {};
      for (const [column, field] of fields) value[field] = row[column];
      record[name] = value;
    }
    return record as unknown as StatementWithRelated;
  });
}

export interface StatementPage {
  page: Page<StatementWithRelated>;
  count: () => Promise<Count>;
}

/**
 * One page of statements, in one SQL statement with the related rows and the count the query asks for
 * (`includes`); a count not asked for costs a second statement, run only if asked for after all.
 */
export async function readStatementPage(
  reader: SqlReader,
  filter: StatementFilter | null | undefined,
  order: StatementOrder | null | undefined,
  args: PageArgs,
  includes: StatementIncludes,
): Promise<StatementPage> {
  const source = statementSource(reader, filter, order, ['filter']);
  const window = pageWindow(args, source.ordering);
  const countAlong = includes.totalCount ? countExpression(source) : null;
  const raw = await reader.query<Record<string, unknown>>(
    withRelated(pageSql(source, window), window, source.ordering, relatedOf(includes, countAlong)),
  );
  if (raw.length === 0) await source.whenEmpty?.();
  const rows = splitRelated(raw, includes);
  const counted = rows[0]?.['totalCount' as keyof StatementWithRelated] as number | undefined;
  const count = async () =>
    countOf(counted ?? (hasCursor(window) || !includes.totalCount ? await countRows(reader, source) : 0));
  return { page: pageOf(rows, window, source.ordering), count };
}

async function countRows(reader: SqlReader, source: RowSource): Promise<number> {
  const [row] = await reader.query<{ n: number }>(countSql(source));
  return row?.n ?? 0;
}

/** Whose statements: who said them, where, at which event, about which topic, or in which role group. */
export type StatementParent =
  | 'speaker'
  | 'article'
  | 'event'
  | 'topic'
  /** A role group (its role key) within the statements on one topic: read from that topic's taggings index. */
  | { roleGroupOnTopic: number }
  /** A role group (its role key) among statements on the topics of the filter. */
  | 'roleGroup'
  /** The statements whose stated role is of one kind, or of one country (lower-cased; '' for none). */
  | { roleGroupBy: 'ROLE_KIND' | 'COUNTRY' };

function parentsOf(
  parent: StatementParent,
  keys: readonly (number | string)[],
): { parents: Parents; join: Prisma.Sql } {
  const int = (column: Prisma.Sql) => ({ parents: { column, keys, keyType: 'int' as const }, join: Prisma.empty });
  switch (parent) {
    case 'speaker':
      return int(Prisma.sql`s."speakerId"`);
    case 'article':
      return int(Prisma.sql`s."articleId"`);
    case 'event':
      return int(Prisma.sql`s."eventId"`);
    case 'topic':
      return {
        parents: { column: Prisma.sql`pt."topicId"`, keys, keyType: 'int' },
        join: Prisma.sql`JOIN "StatementTopic" pt ON pt."statementId" = s.id`,
      };
    case 'roleGroup':
      return { parents: { column: Prisma.sql`s."roleKey"`, keys, keyType: 'text' }, join: Prisma.empty };
  }
  if ('roleGroupBy' in parent) {
    if (parent.roleGroupBy === 'ROLE_KIND') {
      return {
        parents: { column: Prisma.sql`COALESCE(s."statedKind"::text, '')`, keys, keyType: 'text' },
        join: Prisma.empty,
      };
    }
    return {
      parents: { column: Prisma.sql`COALESCE(lower(pr.country), '')`, keys, keyType: 'text' },
      join: Prisma.sql`LEFT JOIN "Role" pr ON pr.id = s."statedRoleId"`,
    };
  }
  // The taggings index (topic, role key, statement) hands each group's statements over in order.
  return {
    parents: { column: Prisma.sql`pt."roleKey"`, keys, keyType: 'text' },
    join: Prisma.sql`JOIN "StatementTopic" pt ON pt."statementId" = s.id AND pt."topicId" = ${parent.roleGroupOnTopic}::int`,
  };
}

/**
 * One page of statements for each of many parents, in one SQL statement with the related rows the
 * query asks for, and with the counts when the pages have no cursor bounds; else counts cost one more
 * statement for all parents, run only if asked for.
 */
export async function readStatementPagesByParent(
  reader: SqlReader,
  parent: StatementParent,
  keys: readonly (number | string)[],
  filter: StatementFilter | null | undefined,
  order: StatementOrder | null | undefined,
  args: PageArgs,
  includes: StatementIncludes,
): Promise<Map<number | string, StatementPage>> {
  const { parents, join } = parentsOf(parent, keys);
  const source = statementSource(reader, filter, order, ['filter'], join);
  const window = pageWindow(args, source.ordering);
  const countAlong = includes.totalCount && !hasCursor(window);
  const raw = await reader.query<Record<string, unknown>>(
    parentPagesWithRelated(
      parentPagesSql(source, window, parents),
      window,
      source.ordering,
      relatedOf(includes, null),
      countAlong ? countsByParentSql(source, parents) : undefined,
    ),
  );
  if (raw.length === 0) await source.whenEmpty?.();
  const byParent = new Map<number | string, StatementWithRelated[]>(keys.map((key) => [key, []]));
  for (const row of splitRelated(raw, includes)) {
    const {
      parentKey,
      parentOrdinal: _ordinal,
      ...statement
    } = row as StatementWithRelated & {
      parentKey: number | string;
      parentOrdinal: number;
    };
    byParent.get(parentKey)?.push(statement as StatementWithRelated);
  }
  let counts: Promise<Map<number | string, number>> | undefined;
  const countsByParent = async () => {
    const rows = await reader.query<{ parentKey: number | string; n: number }>(countsByParentSql(source, parents));
    return new Map(rows.map((row) => [row.parentKey, row.n]));
  };
  return new Map(
    keys.map((key) => {
      const rows = byParent.get(key)!;
      const counted = rows[0]?.['totalCount' as keyof StatementWithRelated] as number | undefined;
      const count = async () => {
        if (counted !== undefined) return countOf(counted);
        if (countAlong) return countOf(0);
        counts ??= countsByParent();
        return countOf((await counts).get(key) ?? 0);
      };
      return [key, { page: pageOf(rows, window, source.ordering), count }];
    }),
  );
}

export interface SpeakerMentionRow {
  statementId: number;
  actorId: number;
  text: string;
  start: number;
  end: number;
}

/**
 * Where each statement's article names its speaker, for showing the attribution: a mention of the
 * speaker inside the statement's sentence but outside its text when there is one, else the nearest.
 */
export async function readSpeakerMentions(
  reader: SqlReader,
  statementIds: readonly number[],
): Promise<Map<number, SpeakerMentionRow>> {
  const rows = await reader.query<SpeakerMentionRow>(Prisma.sql`
    SELECT DISTINCT ON (s.id) s.id AS "statementId", m."actorId", m.text, m.start, m."end"
    FROM "Statement" s
    JOIN "ActorMention" m ON m."articleId" = s."articleId" AND m."actorId" = s."speakerId"
    WHERE s.id = ANY(${[...statementIds]}::int[])
    ORDER BY s.id,
      (m.start >= s."sentenceStart" AND m."end" <= s."sentenceEnd" AND (m."end" <= s.start OR m.start >= s."end")) DESC,
      abs(m.start - s.start), m.start`);
  return new Map(rows.map((row) => [row.statementId, row]));
}
