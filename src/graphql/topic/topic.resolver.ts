import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { invalidArgument } from '../../reads/invalid-argument.ts';
import {
  findTopicIds,
  findTopicIdsIfAny,
  NO_ROLE,
  readRoleGroups,
  readStanceBreakdown,
  readTopicPage,
  topicBySlug,
} from '../../reads/topics.reads.ts';
import { readStanceGroups } from '../../reads/stance-groups.reads.ts';
import type { StatementParent } from '../../reads/statements.reads.ts';
import { Actor } from '../actor/actor.type.ts';
import { Article } from '../article/article.type.ts';
import type { Context } from '../context.ts';
import { loadAll } from '../shared/load-all.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { connectionOf } from '../shared/connection.ts';
import type { RoleKind } from '../shared/enums.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { selectionOf } from '../shared/selection.ts';
import { StatementConnectionArgs, statementFilterArgs, statementOrderArgs } from '../statement/statement.inputs.ts';
import { nestedStatementConnection } from '../statement/statement.resolver.ts';
import { Statement, StatementConnection } from '../statement/statement.type.ts';
import { StanceGrouping } from './topic.inputs.ts';
import { ActorTopic, RoleStatements, StanceCount, StatementTopic, Topic, TopicConnection } from './topic.type.ts';

const NO_COUNTRY = 'No country given';

/**
 * The role groups of a topic. By role title, and with no stance count asked for, they are counted
 * from the topic's counts per role (TopicRoleCount); otherwise from its taggings, with their stances.
 */
async function roleGroups(
  context: Context,
  topic: string,
  topicIds: number[],
  by: StanceGrouping,
  info: GraphQLResolveInfo,
): Promise<RoleStatements[]> {
  const topicId = topicIds.length === 1 ? topicIds[0]! : null;
  const selection = selectionOf(info);
  const asksStances = 'supports' in selection || 'opposes' in selection || 'neutral' in selection;
  if (by === StanceGrouping.ROLE && !asksStances) {
    const rows = await readRoleGroups(context.reader, topicIds);
    return rows.map((row) => ({
      role: row.title ?? NO_ROLE,
      roleKind: row.kind as RoleKind | null,
      count: row.count,
      grouping: by,
      key: row.key,
      topic,
      topicId,
    }));
  }
  const rows = await readStanceGroups(context.reader, topicIds, by);
  return rows.map((row) => ({
    role: row.label ?? (by === StanceGrouping.COUNTRY ? NO_COUNTRY : NO_ROLE),
    roleKind: by === StanceGrouping.COUNTRY ? null : (row.kind as RoleKind | null),
    count: row.count,
    supports: row.supports,
    opposes: row.opposes,
    neutral: row.neutral,
    grouping: by,
    key: row.key,
    topic,
    topicId,
  }));
}

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, {
    nullable: true,
    description:
      'A topic by its slug ("nato-invitation"), or the stored topic a phrase names ("NATO invitation"; the first, ' +
      'when it names several); null when none. Give one of the two.',
  })
  async topic(
    @Arg('slug', () => String, { nullable: true, description: 'The topic\'s slug, e.g. "nato-invitation".' })
    slug: string | null,
    @Arg('phrase', () => String, { nullable: true, description: 'A phrase, as `statementsByRole` takes it.' })
    phrase: string | null,
    @Ctx() { reader, loaders }: Context,
  ): Promise<Topic | null> {
    // Left out, an argument is undefined; given as null, null.
    if ((slug == null) === (phrase == null)) invalidArgument('Give either `slug` or `phrase`');
    if (slug != null) return topicBySlug(reader, slug);
    const [first] = await findTopicIdsIfAny(reader, phrase!, ['phrase']);
    return first === undefined ? null : loaders.topic.load(first);
  }

  @Query(() => TopicConnection, { description: 'The topics statements have been tagged with.' })
  async topics(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() { reader }: Context): Promise<TopicConnection> {
    const { page, count } = await readTopicPage(reader, args);
    return connectionOf(page, count);
  }

  @Query(() => [RoleStatements], {
    description:
      'Statements on a topic grouped by the role their speaker held at the time, largest group first. ' +
      '`topic` is a slug or a phrase ("NATO invitation"); `by` groups by the role\'s title (the default), kind or country.',
  })
  async statementsByRole(
    @Arg('topic', () => String, { description: 'A topic slug or phrase ("NATO invitation").' }) topic: string,
    @Arg('by', () => StanceGrouping, {
      defaultValue: StanceGrouping.ROLE,
      description: "What to group by: the role's title, its kind, or its country.",
    })
    by: StanceGrouping,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RoleStatements[]> {
    return roleGroups(context, topic, await findTopicIds(context.reader, topic, ['topic']), by, info);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() topic: Topic): string {
    return toGlobalId('Topic', topic.id);
  }

  @FieldResolver(() => [RoleStatements], {
    description: 'Statements on this topic grouped by the role their speaker held at the time, largest group first.',
  })
  roleStatements(
    @Root() topic: Topic,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RoleStatements[]> {
    return roleGroups(context, topic.slug, [topic.id], StanceGrouping.ROLE, info);
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
    // Every group's page comes from one SQL statement, whatever the number of groups: one topic's role
    // title groups read its taggings index (which holds only that topic's statements); groups by kind or
    // country, and several topics' groups, read the statements.
    if (group.grouping === StanceGrouping.ROLE && group.topicId !== null) {
      return nestedStatementConnection(context, { roleGroupOnTopic: group.topicId }, group.key, null, null, args, info);
    }
    const parent: StatementParent =
      group.grouping === StanceGrouping.ROLE ? 'roleGroup' : { roleGroupBy: group.grouping };
    return nestedStatementConnection(context, parent, group.key, { topic: group.topic }, null, args, info);
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

@Resolver(() => ActorTopic)
export class ActorTopicResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  async topic(@Root() link: ActorTopic, @Ctx() { loaders }: Context): Promise<Topic> {
    return (await loaders.topic.load(link.topicId))!;
  }
}

@Resolver(() => Actor)
export class ActorTopicsResolver {
  @FieldResolver(() => [ActorTopic], {
    description: 'What the actor spoke about: its statements per topic, with their stances, most statements first.',
  })
  topics(@Root() actor: Actor, @Ctx() { loaders }: Context): Promise<ActorTopic[]> {
    return loaders.topicsBySpeaker.load(actor.id);
  }
}
