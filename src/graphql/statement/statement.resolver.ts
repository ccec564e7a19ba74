import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Actor } from '../actor/actor.type.ts';
import { Role } from '../actor/role.type.ts';
import { Article } from '../article/article.type.ts';
import { Event } from '../event/event.type.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { requireId } from '../shared/node-args.ts';
import { StatementTopic } from '../topic/statement-topic.type.ts';
import { StatementConnectionArgs } from './statement-connection.args.ts';
import { statementConnection } from './statement-connections.ts';
import { Statement, StatementConnection } from './statement.type.ts';

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { nullable: true, description: 'A statement by its ID.' })
  statement(
    @Arg('id', () => ID, { description: 'Its global ID.' }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<Statement | null> {
    return loaders.statement.load(requireId(id, 'Statement'));
  }

  @Query(() => StatementConnection, { description: 'Statements matching a filter, in the order asked for.' })
  async statements(
    @Args(() => StatementConnectionArgs) args: StatementConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    return statementConnection(context, args, info);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() statement: Statement): string {
    return toGlobalId('Statement', statement.id);
  }

  @FieldResolver(() => Actor, { description: 'Who made the statement.' })
  async speaker(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Actor> {
    return statement.joined?.speaker ?? (await loaders.actor.load(statement.speakerId))!;
  }

  @FieldResolver(() => Role, { nullable: true, description: 'The role the speaker held when making the statement.' })
  role(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Role | null> | Role | null {
    if (statement.joined?.role !== undefined) return statement.joined.role;
    return statement.speakerRoleId === null ? null : loaders.role.load(statement.speakerRoleId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Title of the speaker\'s role at the time ("Ukrainian President").',
  })
  async speakerRole(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<string | null> {
    if (statement.joined?.role !== undefined) return statement.joined.role?.title ?? null;
    if (statement.speakerRoleId === null) return null;
    return (await loaders.role.load(statement.speakerRoleId))?.title ?? null;
  }

  @FieldResolver(() => Article, { description: 'The article that reports the statement.' })
  async article(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Article> {
    // A joined article holds its body exactly when this query's selection needs it.
    return (statement.joined?.article as Article | undefined) ?? (await loaders.article.load(statement.articleId))!;
  }

  @FieldResolver(() => String, { description: 'The sentence or passage of the article the statement came from.' })
  async sentence(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<string> {
    const body = statement.joined?.article?.body ?? (await loaders.article.load(statement.articleId))?.body;
    return body?.slice(statement.sentenceStart, statement.sentenceEnd) ?? '';
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The event the statement was made at, when the article says so.',
  })
  event(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Event | null> | null {
    return statement.eventId === null ? null : loaders.event.load(statement.eventId);
  }

  @FieldResolver(() => [StatementTopic], { description: 'The topics of the statement, each with its stance.' })
  topics(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<StatementTopic[]> {
    return loaders.topicsByStatement.load(statement.id);
  }
}
