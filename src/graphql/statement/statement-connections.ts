// Statement connections, top-level and nested. Nested ones go through a loader per parent kind and
// arguments, so "the first 3 statements of each of 50 actors" is one SQL statement, not 50.
import DataLoader from 'dataloader';
import type { Context } from '../context.ts';
import type { ConnectionData } from '../shared/connection.type.ts';
import { pageWindow } from '../shared/pagination.ts';
import type { StatementConnectionArgs } from './statement-connection.args.ts';
import {
  compileStatementQuery,
  statementCountsByParent,
  statementPage,
  statementPagesByParent,
  type ParentKey,
  type StatementParent,
  type StatementRecord,
} from './statement-query.ts';

export async function statementConnection(
  { db }: Context,
  args: StatementConnectionArgs,
): Promise<ConnectionData<StatementRecord>> {
  const window = pageWindow(args);
  return statementPage(db, await compileStatementQuery(db, args.filter, args.orderBy), window);
}

export function nestedStatementConnection(
  { db, loaders }: Context,
  parent: StatementParent,
  parentId: ParentKey,
  args: StatementConnectionArgs,
): Promise<ConnectionData<StatementRecord>> {
  const window = pageWindow(args);
  const key = `statements:${parent}:${JSON.stringify([args.first, args.after, args.last, args.before, args.filter, args.orderBy])}`;
  const loader = loaders.keyed(
    key,
    () =>
      new DataLoader<ParentKey, ConnectionData<StatementRecord>>(async (parentIds) => {
        const query = await compileStatementQuery(db, args.filter, args.orderBy);
        return statementPagesByParent(db, parent, parentIds, query, window, (ids) =>
          statementCountsByParent(db, parent, ids, query),
        );
      }),
  );
  return loader.load(parentId);
}
