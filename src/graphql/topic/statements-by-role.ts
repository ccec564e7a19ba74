// Groups the statements on some topics by the role their speaker held when speaking: one SQL
// statement for all groups; the groups' statements then come page by page, every group's in one statement.
import { Prisma, type RoleKind } from '../../generated/prisma/client.ts';
import type { SqlReader } from '../../store/sql-reader.ts';
import type { RoleStatements } from './role-statements.type.ts';

/** The group of statements whose speaker had no role the article names. */
export const NO_ROLE = 'No role given';

interface RoleGroupRow {
  key: string;
  title: string | null;
  kind: RoleKind | null;
  count: number;
}

/**
 * The role groups of the statements on some topics, with their sizes, in one SQL statement read
 * from the topics' index alone (each tagging carries its statement's stated role); role titles are
 * looked up per group's roles, not per statement. The topic ids are known values, not a subquery, so that the
 * planner sees how few taggings one topic has and reads them by index.
 */
export async function statementsByRole(sql: SqlReader, topic: string, topicIds: number[]): Promise<RoleStatements[]> {
  if (topicIds.length === 0) return [];
  // One topic tags a statement once; several may tag it more than once, and it must count once.
  const onTopics =
    topicIds.length === 1
      ? Prisma.sql`SELECT st."roleKey", st."statedRoleId" FROM "StatementTopic" st WHERE st."topicId" = ${topicIds[0]}::int`
      : Prisma.sql`SELECT DISTINCT st."statementId", st."roleKey", st."statedRoleId"
          FROM "StatementTopic" st WHERE st."topicId" = ANY(${topicIds}::int[])`;
  const rows = await sql.query<RoleGroupRow>(Prisma.sql`
    WITH groups AS (
      SELECT "roleKey" AS key, count(*)::int AS count, array_agg(DISTINCT "statedRoleId") AS roles
      FROM (${onTopics}) on_topics GROUP BY 1
    )
    SELECT groups.key, titled.title, titled.kind, groups.count
    FROM groups LEFT JOIN LATERAL (
      SELECT min(role.title) AS title, min(role.kind::text) AS kind FROM "Role" role WHERE role.id = ANY(groups.roles)
    ) titled ON true
    ORDER BY groups.count DESC, groups.key`);
  const topicId = topicIds.length === 1 ? topicIds[0]! : null;
  return rows.map((row) => ({
    role: row.title ?? NO_ROLE,
    roleKind: row.kind,
    count: row.count,
    key: row.key,
    topic,
    topicId,
  }));
}
