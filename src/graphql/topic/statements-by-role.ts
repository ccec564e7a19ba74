// Groups the statements on some topics by the role their speaker held when speaking: one SQL
// statement for all groups; the groups' statements then come page by page, every group's in one statement.
import { Prisma, type RoleKind } from '../../generated/prisma/client.ts';
import type { SqlReader } from '../../store/sql-reader.ts';
import type { RoleStatements } from './role-statements.type.ts';
import { ROLE_GROUP_KEY, STATEMENT_ROLE_JOIN } from './statement-role.ts';

/** The group of statements whose speaker had no role the article names. */
export const NO_ROLE = 'No role given';

interface RoleGroupRow {
  key: string;
  title: string | null;
  kind: RoleKind | null;
  count: number;
}

/** The role groups of the statements on some topics (`topicIds`, a subquery), with their sizes, in one SQL statement. */
export async function statementsByRole(sql: SqlReader, topic: string, topicIds: Prisma.Sql): Promise<RoleStatements[]> {
  const rows = await sql.query<RoleGroupRow>(Prisma.sql`
    SELECT ${ROLE_GROUP_KEY} AS key, min(role.title) AS title, min(role.kind::text) AS kind, count(*)::int AS count
    FROM "Statement" s ${STATEMENT_ROLE_JOIN}
    WHERE EXISTS (
      SELECT 1 FROM "StatementTopic" st
      WHERE st."statementId" = s.id AND st."topicId" IN (${topicIds})
    )
    GROUP BY 1
    ORDER BY count DESC, 1`);
  return rows.map((row) => ({ role: row.title ?? NO_ROLE, roleKind: row.kind, count: row.count, key: row.key, topic }));
}
