import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context.ts';
import { ArticleConnection } from '../article/article.type.ts';
import { linkedConnection, links } from '../shared/linked-connection.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { requireId } from '../shared/node-args.ts';
import { keysetConnection } from '../shared/pagination.ts';
import { StatementConnection } from '../statement/statement.type.ts';
import { StatementConnectionArgs } from '../statement/statement-connection.args.ts';
import { nestedStatementConnection } from '../statement/statement-connections.ts';
import { EventParticipant } from './event-participant.type.ts';
import { EventFilter, EventOrder, EventOrderField } from './event-filter.input.ts';
import { eventWhere } from './event-where.ts';
import { Event, EventConnection } from './event.type.ts';
import { datedKeysetConnection } from '../shared/dated-keyset.ts';
import { OrderDirection } from '../shared/order-direction.ts';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'An event by its ID.' })
  event(
    @Arg('id', () => ID, { description: 'Its global ID.' }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<Event | null> {
    return loaders.event.load(requireId(id, 'Event'));
  }

  @Query(() => EventConnection, { description: 'Events matching a filter; by default in order of first report.' })
  async events(
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Conditions to meet; all of them.' })
    filter: EventFilter | null,
    @Arg('orderBy', () => EventOrder, { nullable: true, description: 'The order; by default the order of ingestion.' })
    orderBy: EventOrder | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { db }: Context,
  ): Promise<EventConnection> {
    const where = eventWhere(filter);
    const fetchPage = (page: { where: object }) => db.event.findMany({ ...page, where: { AND: [where, page.where] } });
    const count = () => db.event.count({ where });
    if (orderBy?.field === EventOrderField.DATE) {
      return datedKeysetConnection(args, 'date', orderBy.direction, fetchPage, count);
    }
    return keysetConnection(args, fetchPage, count, orderBy?.direction === OrderDirection.DESC);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() event: Event): string {
    return toGlobalId('Event', event.id);
  }

  @FieldResolver(() => [EventParticipant], { description: 'The actors taking part, each with their part.' })
  participants(@Root() event: Event, @Ctx() { loaders }: Context): Promise<EventParticipant[]> {
    return loaders.participantsByEvent.load(event.id);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements made at the event.' })
  statements(
    @Root() event: Event,
    @Args(() => StatementConnectionArgs) args: StatementConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    return nestedStatementConnection(context, 'event', event.id, args, info);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that report the event.' })
  articles(
    @Root() event: Event,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<ArticleConnection> {
    return linkedConnection(context, links.eventArticles, event.id, args, context.loaders.article);
  }
}
