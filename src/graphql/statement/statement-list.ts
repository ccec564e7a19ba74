// One page of statements matching a condition, in id (ingestion and text) order.
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Database } from '../../store/prisma-client.ts';
import type { ConnectionArgs } from '../shared/connection.args.ts';
import { keysetConnection } from '../shared/pagination.ts';
import type { StatementConnection } from './statement.type.ts';

export async function listStatements(
  db: Database,
  where: Prisma.StatementWhereInput,
  args: ConnectionArgs,
): Promise<StatementConnection> {
  return keysetConnection(
    args,
    (page) => db.statement.findMany({ ...page, where: { AND: [where, page.where] } }),
    () => db.statement.count({ where }),
  );
}
