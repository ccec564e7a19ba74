// Statement connections, top-level and nested. Nested ones go through a loader per parent kind,
// arguments and selection, so "the first 3 statements of each of 50 actors" is one SQL statement,
// not 50; and what the query asks of the statements (speaker, role, article, total count) comes in
// that same statement.
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import type { ConnectionData } from '../shared/connection.type.ts';
import { pageWindow } from '../shared/pagination.ts';
import { selectionOf } from '../shared/selection.ts';
import type { StatementConnectionArgs } from './statement-connection.args.ts';
import { statementIncludes } from './statement-joins.ts';
import {
  compileStatementQuery,
  statementCountsByParent,
  statementPage,
  statementPagesByParent,
  type ParentKey,
  type StatementParent,
  type StatementRecord,
} from './statement-query.ts';

export function statementConnection(
  { sql }: Context,
  args: StatementConnectionArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionData<StatementRecord>> {
  const window = pageWindow(args);
  const query = compileStatementQuery(sql, args.filter, args.orderBy);
  return statementPage(sql, query, window, statementIncludes(selectionOf(info)));
}

export function nestedStatementConnection(
  { sql, loaders }: Context,
  parent: StatementParent,
  parentId: ParentKey,
  args: StatementConnectionArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionData<StatementRecord>> {
  const window = pageWindow(args);
  const includes = statementIncludes(selectionOf(info));
  const key = `statements:${JSON.stringify(parent)}:${JSON.stringify([args.first, args.after, args.last, args.before, args.filter, args.orderBy, includes])}`;
  const loader = loaders.keyed(
    key,
    () =>
      new DataLoader<ParentKey, ConnectionData<StatementRecord>>(async (parentIds) => {
        const query = compileStatementQuery(sql, args.filter, args.orderBy);
        return statementPagesByParent(sql, parent, parentIds, query, window, includes, (ids) =>
          statementCountsByParent(sql, parent, ids, query),
        );
      }),
  );
  return loader.load(parentId);
}
