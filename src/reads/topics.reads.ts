// Topics: what a user typed as a topic — a stored topic's slug, label or alias ("nato-invitation",
// "NATO invitation"), or any other phrase, matched by meaning (phrase-matches.reads.ts); a topic's
// statements grouped by the role their speaker held (their stances: stance-groups.reads.ts).
import { phraseTerms, topicKey, topicSlug } from '../extraction/phrase-terms.ts';
import { Prisma, type Topic } from '../generated/prisma/client.ts';
import type { TopicKind } from '../generated/prisma/enums.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { invalidArgument } from './invalid-argument.ts';
import { readPhraseMatches, type PhraseMatches } from './phrase-matches.reads.ts';
import { byId, byKeyThenId, type Ordering } from './paging/ordering.ts';
import type { PageArgs } from './paging/page-window.ts';
import { readPage, type PageWithCount } from './paging/read-page.ts';
import { columnsOf, TOPIC } from './tables.ts';
import { checkedText } from './text-arguments.ts';

export type TopicRow = Topic;

/** The phrase a topic argument holds, trimmed; an error naming `field` when it is empty or too long. */
export function topicPhrase(phrase: string, field: string[]): string {
  const trimmed = checkedText(phrase, field);
  if (trimmed === '') invalidArgument('`topic` must not be empty', field);
  return trimmed;
}

/**
 * The ids of the stored topics a phrase names: their slug, label or one of their aliases (a seed topic's
 * phrases of several words, the names the news gave a discovered topic, a curator's phrases).
 */
export async function namedTopicIds(reader: SqlReader, phrase: string, field: string[]): Promise<number[]> {
  const trimmed = topicPhrase(phrase, field);
  const slugs = [trimmed.toLowerCase(), topicSlug(trimmed)];
  const rows = await reader.query<{ id: number }>(Prisma.sql`
    SELECT t.id FROM "Topic" t WHERE t.slug = ANY(${slugs}::text[]) OR lower(t.label) = lower(${trimmed})
    UNION SELECT al."topicId" FROM "TopicAlias" al WHERE al."normalizedAlias" = ${topicKey(trimmed)}
    ORDER BY 1`);
  return rows.map((row) => row.id);
}

/** What a topic argument selects: the stored topics it names, or else the statements its phrase matches. */
export type TopicSelection = { topicIds: number[]; phrase: null } | { topicIds: null; phrase: PhraseMatches };

export async function selectTopic(reader: SqlReader, phrase: string, field: string[]): Promise<TopicSelection> {
  const topicIds = await namedTopicIds(reader, phrase, field);
  if (topicIds.length > 0) return { topicIds, phrase: null };
  return { topicIds: null, phrase: await readPhraseMatches(reader, topicPhrase(phrase, field)) };
}

export async function topicBySlug(reader: SqlReader, slug: string): Promise<TopicRow | null> {
  const [row] = await reader.query<TopicRow>(
    Prisma.sql`SELECT ${columnsOf(TOPIC, 't')} FROM "Topic" t WHERE t.slug = ${checkedText(slug, ['slug'])}`,
  );
  return row ?? null;
}

export async function topicsBySlugs(reader: SqlReader, slugs: readonly string[]): Promise<Map<string, TopicRow>> {
  const rows = await reader.query<TopicRow>(
    Prisma.sql`SELECT ${columnsOf(TOPIC, 't')} FROM "Topic" t WHERE t.slug = ANY(${[...slugs]}::text[])`,
  );
  return new Map(rows.map((row) => [row.slug, row]));
}

export type TopicOrderField = 'CREATED' | 'STATEMENTS' | 'GROWTH';

export interface TopicOrder {
  field: TopicOrderField;
  descending: boolean;
}

export interface TopicFilter {
  /** SEED, DISCOVERED or CURATED (any other origin holds no stored topic). */
  origin?: string | null;
  kind?: TopicKind | null;
}

/** How many days make "recent" for a topic's growth: the archive's newest days against the days before. */
export const RECENT_DAYS = 7;

/** Statements on the topic in all, in the newest RECENT_DAYS of the archive, and in the RECENT_DAYS before. */
const ACTIVITY = Prisma.sql`LEFT JOIN LATERAL (
    SELECT COALESCE(sum(ta.statements), 0)::int AS statements,
      COALESCE(sum(ta.statements) FILTER (WHERE ta.day > newest.day - ${RECENT_DAYS}::int), 0)::int AS recent,
      COALESCE(sum(ta.statements) FILTER (WHERE ta.day <= newest.day - ${RECENT_DAYS}::int
        AND ta.day > newest.day - ${2 * RECENT_DAYS}::int), 0)::int AS previous
    FROM "TopicActivity" ta WHERE ta."topicId" = t.id
  ) activity ON true`;
const NEWEST_DAY = Prisma.sql`CROSS JOIN (SELECT COALESCE(max(day), current_date) AS day FROM "TopicActivity") newest`;

const TOPIC_ORDERINGS: Record<TopicOrderField, (descending: boolean) => Ordering> = {
  CREATED: (descending) => byId('topics', Prisma.sql`t.id`, descending),
  STATEMENTS: (descending) =>
    byKeyThenId(
      'topics-by-statements',
      Prisma.sql`t.id`,
      { sql: Prisma.sql`activity.statements::real`, type: 'real', nullable: false },
      descending,
    ),
  GROWTH: (descending) =>
    byKeyThenId(
      'topics-by-growth',
      Prisma.sql`t.id`,
      { sql: Prisma.sql`(activity.recent - activity.previous)::real`, type: 'real', nullable: false },
      descending,
    ),
};

export interface TopicActivityRow {
  topicId: number;
  statements: number;
  recent: number;
  previous: number;
}

export type TopicWithActivity = TopicRow & Omit<TopicActivityRow, 'topicId'>;

/** A page of stored topics, with their statement counts and growth, in the order asked for. */
export function readTopicPage(
  reader: SqlReader,
  args: PageArgs,
  order: TopicOrder | null,
  filter: TopicFilter | null,
): Promise<PageWithCount<TopicWithActivity>> {
  const where: Prisma.Sql[] = [];
  if (filter?.origin) where.push(Prisma.sql`t.origin::text = ${filter.origin}`);
  if (filter?.kind) where.push(Prisma.sql`t.kind = ${filter.kind}::"TopicKind"`);
  return readPage<TopicWithActivity>(
    reader,
    {
      select: Prisma.sql`${columnsOf(TOPIC, 't')}, activity.statements, activity.recent, activity.previous`,
      from: Prisma.sql`"Topic" t ${NEWEST_DAY} ${ACTIVITY}`,
      where,
      ordering: TOPIC_ORDERINGS[order?.field ?? 'CREATED'](order?.descending ?? false),
    },
    args,
  );
}

/** The statement counts and growth of stored topics. */
export async function readTopicActivity(
  reader: SqlReader,
  topicIds: readonly number[],
): Promise<Map<number, TopicActivityRow>> {
  const rows = await reader.query<TopicActivityRow>(Prisma.sql`
    SELECT t.id AS "topicId", activity.statements, activity.recent, activity.previous
    FROM unnest(${[...topicIds]}::int[]) AS t(id) ${NEWEST_DAY} ${ACTIVITY}`);
  return new Map(rows.map((row) => [row.topicId, row]));
}

/**
 * The stored topics nearest a phrase: those whose label or aliases hold its words or their near words,
 * most of them first; then the busiest topics of the newest days.
 */
export async function readTopicSuggestions(reader: SqlReader, phrase: string, first: number): Promise<TopicRow[]> {
  const { terms } = phraseTerms(phrase);
  const words = [...new Set(terms.filter((term) => !term.query.includes(' ')).map((term) => term.query))];
  return reader.query<TopicRow>(Prisma.sql`
    WITH wanted AS MATERIALIZED (
      SELECT COALESCE(string_agg(word, ' | '), '') AS text FROM unnest(${words}::text[]) AS w(word)
    ), near AS (
      SELECT t.id, max(ts_rank(to_tsvector('english', t.label || ' ' || COALESCE(al.alias, '')),
        to_tsquery('english', wanted.text))) AS rank
      FROM wanted, "Topic" t LEFT JOIN "TopicAlias" al ON al."topicId" = t.id
      WHERE wanted.text <> '' AND to_tsvector('english', t.label || ' ' || COALESCE(al.alias, ''))
        @@ to_tsquery('english', wanted.text)
      GROUP BY t.id
    )
    SELECT ${columnsOf(TOPIC, 't')} FROM "Topic" t ${NEWEST_DAY} ${ACTIVITY} LEFT JOIN near ON near.id = t.id
    ORDER BY near.rank DESC NULLS LAST, activity.recent DESC, activity.statements DESC, t.id
    LIMIT ${first}`);
}

/** The group of statements whose speaker had no role the article names. */
export const NO_ROLE = 'No role given';

export interface RoleGroupRow {
  /** The role title, lower-cased ('' for none): what the group gathers. */
  key: string;
  /** The title as written (of the group's roles, the first in sort order); null for no role. */
  title: string | null;
  kind: string | null;
  count: number;
}

/**
 * The role groups of the statements on some topics, with their sizes, largest first, read from the
 * topics' taggings index alone (each tagging carries its statement's stated role); role titles are
 * looked up per group's roles, not per statement. The topic ids are values, not a subquery, so the
 * planner sees how few taggings one topic has and reads them by index.
 */
export async function readRoleGroups(reader: SqlReader, selection: TopicSelection): Promise<RoleGroupRow[]> {
  if (!selection.phrase && selection.topicIds.length === 1) {
    // One stored topic: its counts per stated title, as many rows as the topic has titles.
    return reader.query<RoleGroupRow>(Prisma.sql`
      SELECT c."roleKey" AS key, min(NULLIF(c.title, '')) AS title, min(NULLIF(c.kind, '')) AS kind, sum(c."count")::int AS count
      FROM "TopicRoleCount" c WHERE c."topicId" = ${selection.topicIds[0]}::int AND c."count" > 0
      GROUP BY 1 ORDER BY count DESC, key`);
  }
  const onTopics = selection.phrase ? onStatements(selection.phrase) : onStoredTopics(selection.topicIds);
  if (!onTopics) return [];
  return reader.query<RoleGroupRow>(Prisma.sql`
    SELECT "roleKey" AS key, min("statedTitle") AS title, min("statedKind"::text) AS kind, count(*)::int AS count
    FROM (${onTopics}) on_topics GROUP BY 1 ORDER BY count DESC, key`);
}

/** Several stored topics' statements, each once with its stated role (one topic tags a statement once). */
function onStoredTopics(topicIds: readonly number[]): Prisma.Sql | null {
  if (topicIds.length === 0) return null;
  return Prisma.sql`SELECT DISTINCT st."statementId", st."roleKey", st."statedTitle", st."statedKind"
    FROM "StatementTopic" st WHERE st."topicId" = ANY(${[...topicIds]}::int[])`;
}

function onStatements(phrase: PhraseMatches): Prisma.Sql | null {
  if (phrase.matches.length === 0) return null;
  return Prisma.sql`SELECT s."roleKey", s."statedTitle", s."statedKind" FROM "Statement" s
    WHERE s.id = ANY(${phrase.matches.map((match) => match.id)}::int[])`;
}
