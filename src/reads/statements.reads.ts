// Statements: filters, orderings and pages, top-level or per parent (each actor's, article's, event's,
// topic's or role group's statements), with the related rows a query asks for in the same statement.
import { Prisma, type Statement } from '../generated/prisma/client.ts';
import type { RoleKind, Stance, StatementKind } from '../generated/prisma/enums.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { actorNamed, type ActorRow, type RoleRow } from './actors.reads.ts';
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
import { ACTOR, ARTICLE, columnsOf, ROLE, STATEMENT, type Table } from './tables.ts';
import { checkedText, containsPattern, MAX_SEARCH_LENGTH } from './text-arguments.ts';
import { phraseStances, stanceTopicOf } from './phrase-matches.reads.ts';
import type { StanceTopic } from '../extraction/stance.ts';
import { selectTopic, type TopicSelection } from './topics.reads.ts';
import type { ArticleRow } from './articles.reads.ts';

/** A statement as reads hand it out: what the API shows or resolves through (see tables.ts). */
export type StatementRow = Omit<Statement, 'curated' | 'statedRoleId' | 'roleKey' | 'statedTitle' | 'statedKind'>;

export interface StatementFilter {
  /** A stored topic's slug, label or alias, or any phrase (matched by meaning). */
  topic?: string | null;
  /** `topic` already looked up (what statementsByRole hands its groups' pages). */
  topicSelection?: TopicSelection | null;
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
  Paged & {
    speaker?: ActorRow;
    role?: RoleRow | null;
    article?: ArticleRow & { body?: string };
    /** Its stance toward the stored topic the page was filtered by (none without a topic). */
    topicStance?: Stance | null;
    /** The topic phrase the page was filtered by: its stance toward it is read when asked. */
    stanceTopic?: StanceTopic;
  };

const STATEMENT_COLUMNS = columnsOf(STATEMENT, 's');
/** A statement's date: its article's publication date, else the time the article was ingested. */
const DATE = Prisma.sql`COALESCE(a."publishedAt", a."ingestedAt")`;

interface CompiledFilter {
  conditions: Prisma.Sql[];
  needsArticle: boolean;
  searchQuery: Prisma.Sql | null;
  /** A topic phrase's matches as `topic_match` (id, relevance), each statement read by its key. */
  topicMatches: Prisma.Sql | null;
  /** The stored topics' stance, as a column of each statement. */
  storedStance: Prisma.Sql | null;
}

/** The filter with its topic looked up: the stored topics it names, or the statements its phrase matches. */
async function withTopicSelected(
  reader: SqlReader,
  filter: StatementFilter | null | undefined,
  path: string[],
): Promise<StatementFilter | null | undefined> {
  if (!filter?.topic || filter.topicSelection) return filter;
  return { ...filter, topicSelection: await selectTopic(reader, filter.topic, [...path, 'topic']) };
}

/** Statement ids (and their relevance) of a phrase's matches that take `stance` toward it, or all. */
async function phraseMatchArrays(reader: SqlReader, selection: TopicSelection, stance: Stance | null | undefined) {
  let matches = selection.phrase!.matches;
  if (stance) {
    const stances = await phraseStances(reader, selection.phrase!);
    matches = matches.filter((match) => stances.get(match.id) === stance);
  }
  return {
    ids: matches.map((match) => match.id),
    relevance: matches.map((match) => match.relevance),
    roleKeys: matches.map((match) => match.roleKey),
  };
}

async function compileFilter(
  reader: SqlReader,
  filter: StatementFilter | null | undefined,
  path: string[],
): Promise<CompiledFilter> {
  const at = (name: string) => [...path, name];
  const conditions: Prisma.Sql[] = [];
  const search = filter?.search ? checkedText(filter.search, at('search'), MAX_SEARCH_LENGTH) : '';
  const searchQuery = search ? Prisma.sql`websearch_to_tsquery('english', ${search})` : null;

  const selection = filter?.topicSelection ?? null;
  let topicMatches: Prisma.Sql | null = null;
  let storedStance: Prisma.Sql | null = null;
  if (selection?.phrase) {
    const { ids, relevance, roleKeys } = await phraseMatchArrays(reader, selection, filter?.stance);
    // The matches drive: each is read by its key (LIMIT 1 keeps the planner from reading every statement
    // of a role group or speaker and joining them to the matches instead).
    topicMatches = Prisma.sql`unnest(${ids}::int[], ${relevance}::real[], ${roleKeys}::text[])
        AS topic_match(id, relevance, "roleKey")
      CROSS JOIN LATERAL (SELECT * FROM "Statement" WHERE id = topic_match.id LIMIT 1) s`;
  } else if (selection) {
    const onTopics = Prisma.sql`st."statementId" = s.id AND st."topicId" = ANY(${selection.topicIds}::int[])`;
    const stance = filter?.stance ? Prisma.sql`AND st.stance = ${filter.stance}::"Stance"` : Prisma.empty;
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" st WHERE ${onTopics} ${stance})`);
    storedStance = Prisma.sql`(SELECT st.stance::text FROM "StatementTopic" st WHERE ${onTopics}
      ORDER BY st."topicId" LIMIT 1) AS "topicStance"`;
  } else if (filter?.stance) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" st
      WHERE st."statementId" = s.id AND st.stance = ${filter.stance}::"Stance")`);
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
  return { conditions, needsArticle: Boolean(date?.from || date?.to), searchQuery, topicMatches, storedStance };
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
  TOPIC_RELEVANCE: (descending: boolean) =>
    byKeyThenId(
      'statements-by-topic-relevance',
      ID,
      { sql: Prisma.sql`topic_match.relevance`, type: 'real', nullable: false },
      descending,
    ),
};

interface StatementSource extends RowSource {
  /** The statements' words toward which stance is read, when a topic phrase filters them. */
  phraseTopic: StanceTopic | null;
  /** The statements' role key: a phrase's matches carry it, so a role group's page reads only its own. */
  roleKey: Prisma.Sql;
}

async function statementSource(
  reader: SqlReader,
  filter: StatementFilter | null | undefined,
  order: StatementOrder | null | undefined,
  path: string[],
  parentJoin: Prisma.Sql = Prisma.empty,
): Promise<StatementSource> {
  const compiled = await compileFilter(reader, filter, path);
  // A topic phrase ranks its statements by relevance unless another order is asked for; search ranks them when asked.
  const field = order?.field ?? (compiled.topicMatches ? 'RELEVANCE' : 'INGESTED');
  const descending = order?.descending ?? field === 'RELEVANCE';
  let ordering: Ordering;
  if (field === 'RELEVANCE') {
    if (compiled.searchQuery) ordering = ORDERINGS.RELEVANCE(descending, compiled.searchQuery);
    else if (compiled.topicMatches) ordering = ORDERINGS.TOPIC_RELEVANCE(descending);
    else invalidArgument('Ordering by RELEVANCE needs `filter.search` or `filter.topic`', ['orderBy', 'field']);
  } else {
    ordering = ORDERINGS[field](descending);
  }
  const withArticle = compiled.needsArticle || field === 'DATE';
  const stanceColumn = compiled.storedStance ? Prisma.sql`, ${compiled.storedStance}` : Prisma.empty;
  return {
    select: Prisma.sql`${STATEMENT_COLUMNS} ${stanceColumn}`,
    from: Prisma.sql`${compiled.topicMatches ?? Prisma.sql`"Statement" s`}
      ${withArticle ? Prisma.sql`JOIN "Article" a ON a.id = s."articleId"` : Prisma.empty} ${parentJoin}`,
    where: compiled.conditions,
    ordering,
    phraseTopic: stanceTopicOf(filter?.topicSelection?.phrase),
    roleKey: compiled.topicMatches ? Prisma.sql`topic_match."roleKey"` : Prisma.sql`s."roleKey"`,
  };
}

/** Each row with the topic phrase the page was filtered by: its stance toward it is read only if asked for. */
function withPhraseStances(rows: StatementWithRelated[], source: StatementSource): StatementWithRelated[] {
  const topic = source.phraseTopic;
  if (topic) for (const row of rows) row.stanceTopic = topic;
  return rows;
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
  const source = await statementSource(reader, await withTopicSelected(reader, filter, ['filter']), order, ['filter']);
  const window = pageWindow(args, source.ordering);
  const countAlong = includes.totalCount ? countExpression(source) : null;
  const raw = await reader.query<Record<string, unknown>>(
    withRelated(pageSql(source, window), window, source.ordering, relatedOf(includes, countAlong)),
  );
  const rows = withPhraseStances(splitRelated(raw, includes), source);
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
  const named = parentsOf(parent, keys);
  const selected = await withTopicSelected(reader, filter, ['filter']);
  const source = await statementSource(reader, selected, order, ['filter'], named.join);
  const parents = parent === 'roleGroup' ? { ...named.parents, column: source.roleKey } : named.parents;
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
  const byParent = new Map<number | string, StatementWithRelated[]>(keys.map((key) => [key, []]));
  for (const row of withPhraseStances(splitRelated(raw, includes), source)) {
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
 * Mentions are body offsets: a headline statement's speaker is shown where the body first names them.
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
      (s.section = 'BODY' AND m.start >= s."sentenceStart" AND m."end" <= s."sentenceEnd"
        AND (m."end" <= s.start OR m.start >= s."end")) DESC,
      CASE WHEN s.section = 'BODY' THEN abs(m.start - s.start) ELSE m.start END, m.start`);
  return new Map(rows.map((row) => [row.statementId, row]));
}
