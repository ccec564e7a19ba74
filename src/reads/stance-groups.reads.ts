// Statements in groups, each with its size and how it divides by stance: the statements on some
// topics grouped by their stated role — its title, its kind or its country — (the picture the
// explorer's topic view draws), and an actor's statements grouped by topic.
import { Prisma } from '../generated/prisma/client.ts';
import type { SqlReader } from '../store/sql-reader.ts';

export type RoleGrouping = 'ROLE' | 'ROLE_KIND' | 'COUNTRY';

export interface StanceGroupRow {
  /** What the group gathers: the role key, the role kind or the lower-cased country ('' for none). */
  key: string;
  /** The group as written (a title, a kind, a country; of the group's roles, the first in sort order); null for none. */
  label: string | null;
  /** The kind of the group's roles (the first in sort order); null for none. */
  kind: string | null;
  count: number;
  supports: number;
  opposes: number;
  neutral: number;
}

const KEY: Record<RoleGrouping, Prisma.Sql> = {
  ROLE: Prisma.sql`tagged."roleKey"`,
  ROLE_KIND: Prisma.sql`COALESCE(tagged."statedKind", '')`,
  COUNTRY: Prisma.sql`COALESCE(lower(role.country), '')`,
};

const LABEL: Record<RoleGrouping, Prisma.Sql> = {
  ROLE: Prisma.sql`tagged."statedTitle"`,
  ROLE_KIND: Prisma.sql`tagged."statedKind"`,
  COUNTRY: Prisma.sql`role.country`,
};

/**
 * The groups, largest first. Each tagging carries its statement's stated title and kind, so groups by
 * title or kind read the topic's taggings alone; by country, taggings are counted per stated role
 * first, so roles are joined once per role, not once per statement. A statement several of the topics
 * tag counts once, with its stance toward the first of them.
 */
export function readStanceGroups(
  reader: SqlReader,
  topicIds: readonly number[],
  by: RoleGrouping,
): Promise<StanceGroupRow[]> {
  if (topicIds.length === 0) return Promise.resolve([]);
  const columns = Prisma.sql`st."roleKey", st."statedTitle", st."statedKind"::text AS "statedKind", st."statedRoleId", st.stance`;
  const tagged =
    topicIds.length === 1
      ? Prisma.sql`SELECT ${columns} FROM "StatementTopic" st WHERE st."topicId" = ${topicIds[0]}::int`
      : Prisma.sql`SELECT DISTINCT ON (st."statementId") ${columns}
          FROM "StatementTopic" st WHERE st."topicId" = ANY(${[...topicIds]}::int[])
          ORDER BY st."statementId", st."topicId"`;
  const byRole = by === 'COUNTRY';
  return reader.query<StanceGroupRow>(Prisma.sql`
    WITH tagged AS (
      SELECT "roleKey", "statedTitle", "statedKind", ${byRole ? Prisma.sql`"statedRoleId"` : Prisma.sql`NULL::int AS "statedRoleId"`},
        stance, count(*)::int AS n
      FROM (${tagged}) taggings GROUP BY 1, 2, 3, 4, 5
    )
    SELECT ${KEY[by]} AS key, min(${LABEL[by]}) AS label, min(tagged."statedKind") AS kind,
      sum(tagged.n)::int AS count,
      COALESCE(sum(tagged.n) FILTER (WHERE tagged.stance = 'SUPPORTS'), 0)::int AS supports,
      COALESCE(sum(tagged.n) FILTER (WHERE tagged.stance = 'OPPOSES'), 0)::int AS opposes,
      COALESCE(sum(tagged.n) FILTER (WHERE tagged.stance = 'NEUTRAL'), 0)::int AS neutral
    FROM tagged ${byRole ? Prisma.sql`LEFT JOIN "Role" role ON role.id = tagged."statedRoleId"` : Prisma.empty}
    GROUP BY 1
    ORDER BY count DESC, key`);
}

export interface ActorTopicRow {
  actorId: number;
  topicId: number;
  count: number;
  supports: number;
  opposes: number;
  neutral: number;
}

/** What each actor spoke about: its statements per topic, with their stances, most statements first. */
export async function readActorTopics(
  reader: SqlReader,
  actorIds: readonly number[],
): Promise<Map<number, ActorTopicRow[]>> {
  const rows = await reader.query<ActorTopicRow>(Prisma.sql`
    SELECT s."speakerId" AS "actorId", st."topicId", count(*)::int AS count,
      count(*) FILTER (WHERE st.stance = 'SUPPORTS')::int AS supports,
      count(*) FILTER (WHERE st.stance = 'OPPOSES')::int AS opposes,
      count(*) FILTER (WHERE st.stance = 'NEUTRAL')::int AS neutral
    FROM "Statement" s JOIN "StatementTopic" st ON st."statementId" = s.id
    WHERE s."speakerId" = ANY(${[...actorIds]}::int[])
    GROUP BY 1, 2
    ORDER BY 1, count DESC, 2`);
  const byActor = new Map<number, ActorTopicRow[]>(actorIds.map((id) => [id, []]));
  for (const row of rows) byActor.get(row.actorId)?.push(row);
  return byActor;
}
