import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { loadAll } from '../loaders.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { connectionFromRows, pageOfIds, pageWindow } from '../shared/pagination.ts';
import { StatementConnection } from '../statement/statement.type.ts';
import { RoleStatements } from './role-statements.type.ts';

@Resolver(() => RoleStatements)
export class RoleStatementsResolver {
  @FieldResolver(() => StatementConnection, { description: "The group's statements, in ingestion and text order." })
  async statements(
    @Root() group: RoleStatements,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { loaders }: Context,
  ): Promise<StatementConnection> {
    const window = pageWindow(args);
    const rows = await loadAll(loaders.statement, pageOfIds(group.statementIds, window));
    return connectionFromRows(
      rows,
      window,
      (row) => row,
      () => group.count,
    );
  }
}
