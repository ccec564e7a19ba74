import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { nestedStatementConnection } from '../statement/statement-connections.ts';
import { StatementConnection } from '../statement/statement.type.ts';
import { RoleStatements } from './role-statements.type.ts';

@Resolver(() => RoleStatements)
export class RoleStatementsResolver {
  @FieldResolver(() => StatementConnection, { description: "The group's statements, in ingestion and text order." })
  statements(
    @Root() group: RoleStatements,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    // Every group's page comes from one SQL statement, whatever the number of groups.
    return nestedStatementConnection(
      context,
      group.topicId === null ? 'roleGroup' : { roleGroupOnTopic: group.topicId },
      group.key,
      { ...args, filter: { topic: group.topic } },
      info,
    );
  }
}
