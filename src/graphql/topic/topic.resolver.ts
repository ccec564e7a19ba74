import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import {
  findTopicIds,
  NO_ROLE,
  readRoleGroups,
  readStanceBreakdown,
  readTopicPage,
  topicBySlug,
} from '../../reads/topics.reads.ts';
import { Article } from '../article/article.type.ts';
import type { Context } from '../context.ts';
import { loadAll } from '../shared/load-all.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { connectionOf } from '../shared/connection.ts';
import type { RoleKind } from '../shared/enums.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { StatementConnectionArgs, statementFilterArgs, statementOrderArgs } from '../statement/statement.inputs.ts';
import { nestedStatementConnection } from '../statement/statement.resolver.ts';
import { Statement, StatementConnection } from '../statement/statement.type.ts';
import { StanceGrouping } from './topic.inputs.ts';
import { RoleStatements, StanceCount, StatementTopic, Topic, TopicConnection } from './topic.type.ts';

async function roleGroups(context: Context, topic: string, topicIds: number[]): Promise<RoleStatements[]> {
  const rows = await readRoleGroups(context.reader, topicIds);
  const topicId = topicIds.length === 1 ? topicIds[0]! : null;
  return rows.map((row) => ({
    role: row.title ?? NO_ROLE,
    roleKind: row.kind as RoleKind | null,
    count: row.count,
    key: row.key,
    topic,
    topicId,
  }));
}

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: 'A topic by its slug ("nato-invitation").' })
  topic(
    @Arg('slug', () => String, { description: 'The topic\'s slug, e.g. "nato-invitation".' }) slug: string,
    @Ctx() { reader }: Context,
  ): Promise<Topic | null> {
    return topicBySlug(reader, slug);
  }

  @Query(() => TopicConnection, { description: 'The topics statements have been tagged with.' })
  async topics(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { reader }: Context): Promise<TopicConnection> {
    const { page, count } = await readTopicPage(reader, args);
    return connectionOf(page, count);
  }

  @Query(() => [RoleStatements], {
    description:
      'Statements on a topic grouped by the role their speaker held at the time, largest group first. ' +
      '`topic` is a slug or a phrase ("NATO invitation").',
  })
  async statementsByRole(
    @Arg('topic', () => String, { description: 'A topic slug or phrase ("NATO invitation").' }) topic: string,
    @Ctx() context: Context,
  ): Promise<RoleStatements[]> {
    return roleGroups(context, topic, await findTopicIds(context.reader, topic, ['topic']));
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() topic: Topic): string {
    return toGlobalId('Topic', topic.id);
  }

  @FieldResolver(() => [RoleStatements], {
    description: 'Statements on this topic grouped by the role their speaker held at the time, largest group first.',
  })
  roleStatements(@Root() topic: Topic, @Ctx() context: Context): Promise<RoleStatements[]> {
    return roleGroups(context, topic.slug, [topic.id]);
  }

  @FieldResolver(() => [StanceCount], {
    description: 'How statements on this topic divide by stance, per group of speakers.',
  })
  stanceBreakdown(
    @Root() topic: Topic,
    @Arg('by', () => StanceGrouping, { defaultValue: StanceGrouping.ROLE, description: 'What to group speakers by.' })
    by: StanceGrouping,
    @Ctx() { reader }: Context,
  ): Promise<StanceCount[]> {
    return readStanceBreakdown(reader, topic.id, by);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements about this topic.' })
  statements(
    @Root() topic: Topic,
    @Args(() => StatementConnectionArgs) args: StatementConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    const [filter, order] = [statementFilterArgs(args.filter), statementOrderArgs(args.orderBy)];
    return nestedStatementConnection(context, 'topic', topic.id, filter, order, args, info);
  }
}

@Resolver(() => RoleStatements)
export class RoleStatementsResolver {
  @FieldResolver(() => StatementConnection, { description: "The group's statements, in ingestion and text order." })
  statements(
    @Root() group: RoleStatements,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    // Every group's page comes from one SQL statement, whatever the number of groups: one topic's groups
    // read its taggings index (which holds only that topic's statements), several topics' the statements.
    return group.topicId === null
      ? nestedStatementConnection(context, 'roleGroup', group.key, { topic: group.topic }, null, args, info)
      : nestedStatementConnection(context, { roleGroupOnTopic: group.topicId }, group.key, null, null, args, info);
  }
}

@Resolver(() => StatementTopic)
export class StatementTopicResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  async topic(@Root() link: StatementTopic, @Ctx() { loaders }: Context): Promise<Topic> {
    return (await loaders.topic.load(link.topicId))!;
  }
}

@Resolver(() => Statement)
export class StatementTopicsResolver {
  @FieldResolver(() => [StatementTopic], { description: 'The topics of the statement, each with its stance.' })
  topics(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<StatementTopic[]> {
    return loaders.topicsByStatement.load(statement.id);
  }
}

@Resolver(() => Article)
export class ArticleTopicsResolver {
  @FieldResolver(() => [Topic], { description: 'The topics the article covers, most prominent first.' })
  async topics(@Root() article: Article, @Ctx() { loaders }: Context): Promise<Topic[]> {
    return loadAll(loaders.topic, await loaders.topicIdsByArticle.load(article.id));
  }
}
