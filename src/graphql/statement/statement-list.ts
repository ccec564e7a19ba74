// One page of statements matching a condition, in id (ingestion and text) order.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Database } from '../../store/prisma-client.ts';
import type { ConnectionArgs } from '../shared/connection.args.ts';
import { connectionFromRows, idRange, pageWindow } from '../shared/pagination.ts';
import type { StatementConnection } from './statement.type.ts';

export async function listStatements(
  db: Database,
  where: Prisma.StatementWhereInput,
  args: ConnectionArgs,
): Promise<StatementConnection> {
  const window = pageWindow(args);
  const rows = await db.statement.findMany({
    where: { AND: [where, { id: idRange(window) }] },
    orderBy: { id: window.direction === 'forward' ? 'asc' : 'desc' },
    take: window.size + 1,
  });
  return connectionFromRows(
    rows,
    window,
    (row) => row,
    () => db.statement.count({ where }),
  );
}
