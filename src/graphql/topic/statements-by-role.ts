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

/** The role groups of the statements on some topics (`topicIds`, a query of their ids), with their sizes, in one SQL statement. */
export async function statementsByRole(sql: SqlReader, topic: string, topicIds: Prisma.Sql): Promise<RoleStatements[]> {
  // From the topic's index alone (each tagging carries its statement's stated role): each statement
  // once, even when several of the topics tag it; role titles joined per role, not per statement.
  const rows = await sql.query<RoleGroupRow>(Prisma.sql`
    WITH on_topics AS (
      SELECT DISTINCT st."statementId", st."roleKey", st."statedRoleId"
      FROM "StatementTopic" st WHERE st."topicId" = ANY(ARRAY(${topicIds}))
    ), by_role AS (
      SELECT "roleKey", "statedRoleId", count(*) AS n FROM on_topics GROUP BY 1, 2
    )
    SELECT by_role."roleKey" AS key, min(role.title) AS title, min(role.kind::text) AS kind, sum(by_role.n)::int AS count
    FROM by_role LEFT JOIN "Role" role ON role.id = by_role."statedRoleId"
    GROUP BY 1
    ORDER BY count DESC, 1`);
  return rows.map((row) => ({ role: row.title ?? NO_ROLE, roleKind: row.kind, count: row.count, key: row.key, topic }));
}
