import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Actor, Role } from '../actor/actor.type.ts';
import { Article } from '../article/article.type.ts';
import type { Context } from '../context.ts';
import { Event } from '../event/event.type.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { requireId } from '../shared/node-args.ts';
import { StatementConnectionArgs, statementFilterArgs, statementOrderArgs } from './statement.inputs.ts';
import { nestedStatementConnection, statementConnection } from './statement.loaders.ts';
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
  statements(
    @Args(() => StatementConnectionArgs) args: StatementConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    return statementConnection(context, statementFilterArgs(args.filter), statementOrderArgs(args.orderBy), args, info);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() statement: Statement): string {
    return toGlobalId('Statement', statement.id);
  }

  @FieldResolver(() => Actor, { description: 'Who made the statement.' })
  async speaker(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Actor> {
    return (await loaders.actor.load(statement.speakerId))!;
  }

  @FieldResolver(() => Role, { nullable: true, description: 'The role the speaker held when making the statement.' })
  role(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Role | null> | null {
    return statement.speakerRoleId === null ? null : loaders.role.load(statement.speakerRoleId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Title of the speaker\'s role at the time ("Ukrainian President").',
  })
  async speakerRole(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<string | null> {
    if (statement.speakerRoleId === null) return null;
    return (await loaders.role.load(statement.speakerRoleId))?.title ?? null;
  }

  @FieldResolver(() => Article, { description: 'The article that reports the statement.' })
  async article(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Article> {
    return (await loaders.article.load(statement.articleId))!;
  }

  @FieldResolver(() => String, { description: 'The sentence or passage of the article the statement came from.' })
  async sentence(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<string> {
    const body = await loaders.articleBody.load(statement.articleId);
    return body?.slice(statement.sentenceStart, statement.sentenceEnd) ?? '';
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The event the statement was made at, when the article says so.',
  })
  event(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Event | null> | null {
    return statement.eventId === null ? null : loaders.event.load(statement.eventId);
  }
}

@Resolver(() => Actor)
export class ActorStatementsResolver {
  @FieldResolver(() => StatementConnection, { description: 'What the actor said.' })
  statements(
    @Root() actor: Actor,
    @Args(() => StatementConnectionArgs) args: StatementConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    const [filter, order] = [statementFilterArgs(args.filter), statementOrderArgs(args.orderBy)];
    return nestedStatementConnection(context, 'speaker', actor.id, filter, order, args, info);
  }
}

@Resolver(() => Article)
export class ArticleStatementsResolver {
  @FieldResolver(() => StatementConnection, { description: 'The statements the article reports, in text order.' })
  statements(
    @Root() article: Article,
    @Args(() => StatementConnectionArgs) args: StatementConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    const [filter, order] = [statementFilterArgs(args.filter), statementOrderArgs(args.orderBy)];
    return nestedStatementConnection(context, 'article', article.id, filter, order, args, info);
  }
}

@Resolver(() => Event)
export class EventStatementsResolver {
  @FieldResolver(() => StatementConnection, { description: 'Statements made at the event.' })
  statements(
    @Root() event: Event,
    @Args(() => StatementConnectionArgs) args: StatementConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    const [filter, order] = [statementFilterArgs(args.filter), statementOrderArgs(args.orderBy)];
    return nestedStatementConnection(context, 'event', event.id, filter, order, args, info);
  }
}
