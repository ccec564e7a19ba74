// Statements: the queries, the fields of a statement, and the statement connections of actors,
// articles and events. A page of statements is one read at every level — every parent's page in
// one — and what a query asks of the statements' speakers, roles and articles comes in that same
// read, primed into the request's loaders, so that field resolvers always load and find it there.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { PageArgs } from '../../reads/paging/page-window.ts';
import {
  readStatementPage,
  readStatementPagesByParent,
  type StatementFilter,
  type StatementIncludes,
  type StatementOrder,
  type StatementParent,
  type StatementWithRelated,
} from '../../reads/statements.reads.ts';
import { Actor, Mention, Role } from '../actor/actor.type.ts';
import { Article } from '../article/article.type.ts';
import type { Context } from '../context.ts';
import { Event } from '../event/event.type.ts';
import type { ConnectionData } from '../shared/connection.type.ts';
import { connectionOf } from '../shared/connection.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { nestedConnection, nestedKey } from '../shared/nested-connection.ts';
import { requireId } from '../shared/node-args.ts';
import { nodeSelection, selectionOf } from '../shared/selection.ts';
import { StatementConnectionArgs, statementFilterArgs, statementOrderArgs } from './statement.inputs.ts';
import { Statement, StatementConnection } from './statement.type.ts';

/** What a statement connection's selection asks of its statements' related rows (look-ahead). */
function includesOf(info: GraphQLResolveInfo): StatementIncludes {
  const connection = selectionOf(info);
  const nodes = nodeSelection(connection);
  return {
    totalCount: 'totalCount' in connection || 'totalCountPrecision' in connection,
    speaker: 'speaker' in nodes,
    role: 'role' in nodes || 'speakerRole' in nodes,
    article: 'article' in nodes || 'sentence' in nodes,
    articleBody: 'sentence' in nodes || 'body' in (nodes['article'] ?? {}),
  };
}

/** Hands the related rows a page brought along to the loaders the field resolvers read. */
function primeRelated({ loaders }: Context, rows: StatementWithRelated[]): void {
  for (const row of rows) {
    if (row.speaker) loaders.actor.prime(row.speakerId, row.speaker);
    if (row.role) loaders.role.prime(row.role.id, row.role);
    if (row.article) {
      const { body, ...article } = row.article;
      loaders.article.prime(row.articleId, article);
      if (body !== undefined) loaders.articleBody.prime(row.articleId, body);
    }
  }
}

/** A statements connection, with the topic its filter asked for (what topic suggestions are made from). */
export type StatementConnectionData = ConnectionData<StatementWithRelated> & { topicAsked: string | null };

export async function statementConnection(
  context: Context,
  filter: StatementFilter | null,
  order: StatementOrder | null,
  args: PageArgs,
  info: GraphQLResolveInfo,
): Promise<StatementConnectionData> {
  const { page, count } = await readStatementPage(context.reader, filter, order, args, includesOf(info));
  primeRelated(context, page.rows);
  // Assigned, not spread: spreading would run the connection's lazy counts.
  return Object.assign(connectionOf(page, count), { topicAsked: filter?.topic ?? null });
}

export function nestedStatementConnection(
  context: Context,
  parent: StatementParent,
  parentKey: number | string,
  filter: StatementFilter | null,
  order: StatementOrder | null,
  args: PageArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionData<StatementWithRelated>> {
  const includes = includesOf(info);
  const pageArgs = { first: args.first, after: args.after, last: args.last, before: args.before };
  const key = nestedKey('statements', parent, pageArgs, filter, order, includes);
  return nestedConnection(context.keyed, key, parentKey, async (keys) => {
    const pages = await readStatementPagesByParent(context.reader, parent, keys, filter, order, pageArgs, includes);
    for (const { page } of pages.values()) primeRelated(context, page.rows);
    return pages;
  });
}

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

  @FieldResolver(() => Actor, {
    description:
      'Who made the statement. A passage several said together ("MSF and the WHO called for …") is one statement for each of them, with the same offsets.',
  })
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
    const text =
      statement.section === 'HEADLINE'
        ? (await loaders.article.load(statement.articleId))?.headline
        : await loaders.articleBody.load(statement.articleId);
    return text?.slice(statement.sentenceStart, statement.sentenceEnd) ?? '';
  }

  @FieldResolver(() => Mention, {
    nullable: true,
    description:
      'Where the article names the speaker in attributing the statement (in its sentence when it does there).',
  })
  speakerMention(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<Mention | null> {
    return loaders.speakerMention.load(statement.id);
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
