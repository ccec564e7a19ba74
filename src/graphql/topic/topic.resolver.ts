import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { keysetConnection } from '../shared/pagination.ts';
import { StatementConnection } from '../statement/statement.type.ts';
import { StatementConnectionArgs } from '../statement/statement-connection.args.ts';
import { nestedStatementConnection } from '../statement/statement-connections.ts';
import { RoleStatements } from './role-statements.type.ts';
import { stanceBreakdown, StanceCount, StanceGrouping } from './stance-breakdown.ts';
import { statementsByRole } from './statements-by-role.ts';
import { findTopicIds } from './topic-lookup.ts';
import { Topic, TopicConnection } from './topic.type.ts';

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: 'A topic by its slug ("nato-invitation").' })
  topic(
    @Arg('slug', () => String, { description: 'The topic\'s slug, e.g. "nato-invitation".' }) slug: string,
    @Ctx() { db }: Context,
  ): Promise<Topic | null> {
    return db.topic.findUnique({ where: { slug } });
  }

  @Query(() => TopicConnection, { description: 'The topics statements have been tagged with.' })
  async topics(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { db }: Context): Promise<TopicConnection> {
    return keysetConnection(
      args,
      (page) => db.topic.findMany(page),
      () => db.topic.count(),
    );
  }

  @Query(() => [RoleStatements], {
    description:
      'Statements on a topic grouped by the role their speaker held at the time, largest group first. ' +
      '`topic` is a slug or a phrase ("NATO invitation").',
  })
  async statementsByRole(
    @Arg('topic', () => String, { description: 'A topic slug or phrase ("NATO invitation").' }) topic: string,
    @Ctx() { sql }: Context,
  ): Promise<RoleStatements[]> {
    return statementsByRole(sql, topic, await findTopicIds(sql, topic));
  }

  @FieldResolver(() => [RoleStatements], {
    description: 'Statements on this topic grouped by the role their speaker held at the time, largest group first.',
  })
  roleStatements(@Root() topic: Topic, @Ctx() { sql }: Context): Promise<RoleStatements[]> {
    return statementsByRole(sql, topic.slug, [topic.id]);
  }

  @FieldResolver(() => [StanceCount], {
    description: 'How statements on this topic divide by stance, per group of speakers.',
  })
  stanceBreakdown(
    @Root() topic: Topic,
    @Arg('by', () => StanceGrouping, { defaultValue: StanceGrouping.ROLE, description: 'What to group speakers by.' })
    by: StanceGrouping,
    @Ctx() { db }: Context,
  ): Promise<StanceCount[]> {
    return stanceBreakdown(db, topic.id, by);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() topic: Topic): string {
    return toGlobalId('Topic', topic.id);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements about this topic.' })
  statements(
    @Root() topic: Topic,
    @Args(() => StatementConnectionArgs) args: StatementConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    return nestedStatementConnection(context, 'topic', topic.id, args, info);
  }
}
