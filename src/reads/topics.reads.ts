// Topics: what a user typed as a topic ("NATO invitation", "nato-invitation") resolved to topic rows
// with the taxonomy the extractor tags statements with; a topic's statements grouped by the role their
// speaker held; and how they divide by stance.
import { topicsForPhrase } from '../extraction/topics.ts';
import { Prisma, type Topic } from '../generated/prisma/client.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { invalidArgument } from './invalid-argument.ts';
import { countOf, type Count } from './paging/count.ts';
import { byId } from './paging/ordering.ts';
import { pageOf, type Page, type Paged } from './paging/page.ts';
import { pageSql } from './paging/keyset.ts';
import { pageWindow, type PageArgs } from './paging/page-window.ts';
import { columnsOf, TOPIC } from './tables.ts';
import { checkedText } from './text-arguments.ts';

export type TopicRow = Topic;

/** The ids of the topics a phrase names (its slug, a taxonomy phrase or its label), as a SQL subquery. */
export function topicIdsMatching(phrase: string, field: string[]): Prisma.Sql {
  const trimmed = checkedText(phrase, field);
  if (trimmed === '') invalidArgument('`topic` must not be empty', field);
  const slugs = [trimmed.toLowerCase(), ...topicsForPhrase(trimmed)];
  return Prisma.sql`SELECT t.id FROM "Topic" t WHERE t.slug = ANY(${slugs}::text[]) OR lower(t.label) = lower(${trimmed})`;
}

/** The ids of the topics a phrase names, in id order; none when it names none. */
export async function findTopicIdsIfAny(reader: SqlReader, phrase: string, field: string[]): Promise<number[]> {
  const rows = await reader.query<{ id: number }>(Prisma.sql`${topicIdsMatching(phrase, field)} ORDER BY t.id`);
  return rows.map((row) => row.id);
}

/** The ids of the topics a phrase names; an error naming `field` when none does. */
export async function findTopicIds(reader: SqlReader, phrase: string, field: string[]): Promise<number[]> {
  const ids = await findTopicIdsIfAny(reader, phrase, field);
  if (ids.length === 0) invalidArgument(`No topic matches "${phrase}"`, field);
  return ids;
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

const TOPICS_BY_ID = byId('topics', Prisma.sql`t.id`);

export async function readTopicPage(
  reader: SqlReader,
  args: PageArgs,
): Promise<{ page: Page<TopicRow & Paged>; count: () => Promise<Count> }> {
  const window = pageWindow(args, TOPICS_BY_ID);
  const source = { select: columnsOf(TOPIC, 't'), from: Prisma.sql`"Topic" t`, where: [], ordering: TOPICS_BY_ID };
  const rows = await reader.query<TopicRow & Paged>(pageSql(source, window));
  return {
    page: pageOf(rows, window, TOPICS_BY_ID),
    count: async () =>
      countOf((await reader.query<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM "Topic"`))[0]!.n),
  };
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
 * The role groups of the statements on some topics, with their sizes, largest first. One topic's groups
 * come from its counts per stated title (TopicRoleCount, kept by triggers), as many rows as the topic has
 * titles however many statements it holds. Several topics may tag one statement more than once, and it must
 * count once: their groups are counted from the taggings index (each tagging carries its statement's
 * stated role), with the topic ids as values so the planner sees how few taggings they have.
 */
export async function readRoleGroups(reader: SqlReader, topicIds: readonly number[]): Promise<RoleGroupRow[]> {
  if (topicIds.length === 0) return [];
  if (topicIds.length === 1) {
    return reader.query<RoleGroupRow>(Prisma.sql`
      SELECT c."roleKey" AS key, min(NULLIF(c.title, '')) AS title, min(NULLIF(c.kind, '')) AS kind, sum(c."count")::int AS count
      FROM "TopicRoleCount" c WHERE c."topicId" = ${topicIds[0]}::int AND c."count" > 0
      GROUP BY 1 ORDER BY count DESC, key`);
  }
  return reader.query<RoleGroupRow>(Prisma.sql`
    SELECT "roleKey" AS key, min("statedTitle") AS title, min("statedKind"::text) AS kind, count(*)::int AS count
    FROM (SELECT DISTINCT st."statementId", st."roleKey", st."statedTitle", st."statedKind"
      FROM "StatementTopic" st WHERE st."topicId" = ANY(${[...topicIds]}::int[])) on_topics
    GROUP BY 1 ORDER BY count DESC, key`);
}

export type StanceGrouping = 'ROLE' | 'ROLE_KIND' | 'COUNTRY';

export interface StanceCountRow {
  group: string;
  supports: number;
  opposes: number;
  neutral: number;
  total: number;
}

const GROUP_BY: Record<StanceGrouping, Prisma.Sql> = {
  ROLE: Prisma.sql`COALESCE(st."statedTitle", ${NO_ROLE})`,
  ROLE_KIND: Prisma.sql`COALESCE(st."statedKind"::text, 'unknown')`,
  COUNTRY: Prisma.sql`COALESCE(role.country, 'unknown')`,
};

/** How the statements on a topic divide by stance, per role, role kind or country of the stated role. */
export function readStanceBreakdown(reader: SqlReader, topicId: number, by: StanceGrouping): Promise<StanceCountRow[]> {
  return reader.query<StanceCountRow>(Prisma.sql`
    SELECT ${GROUP_BY[by]} AS "group",
      count(*) FILTER (WHERE st.stance = 'SUPPORTS')::int AS supports,
      count(*) FILTER (WHERE st.stance = 'OPPOSES')::int AS opposes,
      count(*) FILTER (WHERE st.stance = 'NEUTRAL')::int AS neutral,
      count(*)::int AS total
    FROM "StatementTopic" st
    ${by === 'COUNTRY' ? Prisma.sql`LEFT JOIN "Role" role ON role.id = st."statedRoleId"` : Prisma.empty}
    WHERE st."topicId" = ${topicId}::int
    GROUP BY 1
    ORDER BY total DESC, 1`);
}
