// Statements in groups, each with its size and how it divides by stance: the statements on a topic
// grouped by their stated role — its title, its kind or its country — (the picture the explorer's
// topic view draws, and a topic's stance breakdown), and an actor's statements grouped by topic.
import { Prisma } from '../generated/prisma/client.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { phraseStances, type PhraseMatches } from './phrase-matches.reads.ts';
import type { TopicSelection } from './topics.reads.ts';

export type RoleGrouping = 'ROLE' | 'ROLE_KIND' | 'COUNTRY';

export interface StanceCounts {
  count: number;
  supports: number;
  opposes: number;
  neutral: number;
  mixed: number;
}

export interface StanceGroupRow extends StanceCounts {
  /** What the group gathers: the role key, the role kind or the lower-cased country ('' for none). */
  key: string;
  /** The group as written (a title, a kind, a country; of the group's roles, the first in sort order); null for none. */
  label: string | null;
  /** The kind of the group's roles (the first in sort order); null for none. */
  kind: string | null;
}

// Over rows that carry their stated role's key, title and kind (`st`), and the role itself (`role`) for its country.
const KEY: Record<RoleGrouping, Prisma.Sql> = {
  ROLE: Prisma.sql`st."roleKey"`,
  ROLE_KIND: Prisma.sql`COALESCE(st."statedKind"::text, '')`,
  COUNTRY: Prisma.sql`COALESCE(lower(role.country), '')`,
};

const LABEL: Record<RoleGrouping, Prisma.Sql> = {
  ROLE: Prisma.sql`st."statedTitle"`,
  ROLE_KIND: Prisma.sql`st."statedKind"::text`,
  COUNTRY: Prisma.sql`role.country`,
};

/** Counts of rows per stance. */
const STANCE_COUNTS = Prisma.sql`count(*)::int AS count,
  count(*) FILTER (WHERE st.stance = 'SUPPORTS')::int AS supports,
  count(*) FILTER (WHERE st.stance = 'OPPOSES')::int AS opposes,
  count(*) FILTER (WHERE st.stance = 'NEUTRAL')::int AS neutral,
  count(*) FILTER (WHERE st.stance = 'MIXED')::int AS mixed`;

/** Sums of counted rows (`st.n`) per stance. */
const STANCE_SUMS = Prisma.sql`sum(st.n)::int AS count,
  COALESCE(sum(st.n) FILTER (WHERE st.stance = 'SUPPORTS'), 0)::int AS supports,
  COALESCE(sum(st.n) FILTER (WHERE st.stance = 'OPPOSES'), 0)::int AS opposes,
  COALESCE(sum(st.n) FILTER (WHERE st.stance = 'NEUTRAL'), 0)::int AS neutral,
  COALESCE(sum(st.n) FILTER (WHERE st.stance = 'MIXED'), 0)::int AS mixed`;

/**
 * The groups of the statements a topic selects, largest first. Taggings of stored topics carry their
 * statement's stated title and kind and its stance, so they are read alone and counted per stated role
 * and stance first: roles are joined (for the country) once per role, not once per statement. A
 * statement several of the topics tag counts once, with its stance toward the first. A phrase's
 * matches have their stance toward the phrase read from their text.
 */
export async function readStanceGroups(
  reader: SqlReader,
  selection: TopicSelection,
  by: RoleGrouping,
): Promise<StanceGroupRow[]> {
  if (selection.phrase) return phraseStanceGroups(reader, selection.phrase, by);
  const { topicIds } = selection;
  if (topicIds.length === 0) return [];
  const columns = Prisma.sql`st.stance, st."roleKey", st."statedTitle", st."statedKind", st."statedRoleId"`;
  const taggings =
    topicIds.length === 1
      ? Prisma.sql`SELECT ${columns} FROM "StatementTopic" st WHERE st."topicId" = ${topicIds[0]}::int`
      : Prisma.sql`SELECT DISTINCT ON (st."statementId") ${columns} FROM "StatementTopic" st
          WHERE st."topicId" = ANY(${topicIds}::int[]) ORDER BY st."statementId", st."topicId"`;
  const byCountry = by === 'COUNTRY';
  return reader.query<StanceGroupRow>(Prisma.sql`
    WITH tagged AS (
      SELECT stance, "roleKey", "statedTitle", "statedKind", ${byCountry ? Prisma.sql`"statedRoleId"` : Prisma.sql`NULL::int AS "statedRoleId"`},
        count(*)::int AS n
      FROM (${taggings}) taggings GROUP BY 1, 2, 3, 4, 5
    )
    SELECT ${KEY[by]} AS key, min(${LABEL[by]}) AS label, min(st."statedKind"::text) AS kind, ${STANCE_SUMS}
    FROM tagged st ${byCountry ? Prisma.sql`LEFT JOIN "Role" role ON role.id = st."statedRoleId"` : Prisma.empty}
    GROUP BY 1
    ORDER BY count DESC, key`);
}

async function phraseStanceGroups(
  reader: SqlReader,
  phrase: PhraseMatches,
  by: RoleGrouping,
): Promise<StanceGroupRow[]> {
  if (phrase.matches.length === 0) return [];
  const [stances, statements] = await Promise.all([
    phraseStances(reader, phrase),
    reader.query<{ id: number; key: string; label: string | null; kind: string | null }>(Prisma.sql`
      SELECT st.id, ${KEY[by]} AS key, ${LABEL[by]} AS label, st."statedKind"::text AS kind
      FROM "Statement" st LEFT JOIN "Role" role ON role.id = st."statedRoleId"
      WHERE st.id = ANY(${phrase.matches.map((match) => match.id)}::int[])`),
  ]);
  const groups = new Map<string, StanceGroupRow>();
  const first = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
  for (const { id, key, label, kind } of statements) {
    const group = groups.get(key) ?? { key, label, kind, count: 0, supports: 0, opposes: 0, neutral: 0, mixed: 0 };
    group.label = first(group.label, label);
    group.kind = first(group.kind, kind);
    group[STANCE_FIELD[stances.get(id) ?? 'NEUTRAL']]++;
    group.count++;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const STANCE_FIELD = {
  SUPPORTS: 'supports',
  OPPOSES: 'opposes',
  NEUTRAL: 'neutral',
  MIXED: 'mixed',
} as const satisfies Record<string, keyof StanceCounts>;

export interface ActorTopicRow extends StanceCounts {
  actorId: number;
  topicId: number;
}

/** What each actor spoke about: its statements per topic, with their stances, most statements first. */
export async function readActorTopics(
  reader: SqlReader,
  actorIds: readonly number[],
): Promise<Map<number, ActorTopicRow[]>> {
  const rows = await reader.query<ActorTopicRow>(Prisma.sql`
    SELECT s."speakerId" AS "actorId", st."topicId", ${STANCE_COUNTS}
    FROM "Statement" s JOIN "StatementTopic" st ON st."statementId" = s.id
    WHERE s."speakerId" = ANY(${[...actorIds]}::int[])
    GROUP BY 1, 2
    ORDER BY 1, count DESC, 2`);
  const byActor = new Map<number, ActorTopicRow[]>(actorIds.map((id) => [id, []]));
  for (const row of rows) byActor.get(row.actorId)?.push(row);
  return byActor;
}
