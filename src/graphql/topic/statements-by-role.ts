// Groups the statements on some topics by the role their speaker held when speaking: one SQL
// statement for all groups; the groups' statements are then loaded by id, page by page.
import { Prisma, type RoleKind } from '../../generated/prisma/client.ts';
import type { Database } from '../../store/prisma-client.ts';
import { normalizeKey } from '../../ingestion/identity.ts';
import type { RoleStatements } from './role-statements.type.ts';
import { STATEMENT_ROLE_JOIN } from './statement-role.ts';

/** The group of statements whose speaker had no role the article names. */
export const NO_ROLE = 'No role given';

interface StatementRoleRow {
  id: number;
  title: string | null;
  kind: RoleKind | null;
}

export async function statementsByRole(db: Database, topicIds: number[]): Promise<RoleStatements[]> {
  if (topicIds.length === 0) return [];
  const rows = await db.$queryRaw<StatementRoleRow[]>`
    SELECT s.id, role.title, role.kind::text AS kind
    FROM "Statement" s ${STATEMENT_ROLE_JOIN}
    WHERE EXISTS (
      SELECT 1 FROM "StatementTopic" st
      WHERE st."statementId" = s.id AND st."topicId" IN (${Prisma.join(topicIds)})
    )
    ORDER BY s.id`;

  const groups = new Map<string, RoleStatements>();
  for (const row of rows) {
    const key = row.title === null ? '' : normalizeKey(row.title);
    let group = groups.get(key);
    if (!group) {
      group = { role: row.title ?? NO_ROLE, roleKind: row.kind, count: 0, statementIds: [] };
      groups.set(key, group);
    }
    group.count += 1;
    group.statementIds.push(row.id);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.role.localeCompare(b.role));
}
