import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { readArticlePagesOfEvents } from '../../reads/articles.reads.ts';
import { readEventPage, readEventPagesOfActors, readEventPagesOfArticles } from '../../reads/events.reads.ts';
import { Actor } from '../actor/actor.type.ts';
import { Article, ArticleConnection } from '../article/article.type.ts';
import type { Context } from '../context.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { connectionOf } from '../shared/connection.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { nestedConnection, nestedKey } from '../shared/nested-connection.ts';
import { requireId } from '../shared/node-args.ts';
import { EventFilter, EventOrder, eventFilterArgs, eventOrderArgs } from './event.inputs.ts';
import { Event, EventConnection, EventParticipant } from './event.type.ts';

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
    @Ctx() { reader }: Context,
  ): Promise<EventConnection> {
    const { page, count } = await readEventPage(reader, eventFilterArgs(filter), eventOrderArgs(orderBy), args);
    return connectionOf(page, count);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() event: Event): string {
    return toGlobalId('Event', event.id);
  }

  @FieldResolver(() => [EventParticipant], { description: 'The actors taking part, each with their part.' })
  participants(@Root() event: Event, @Ctx() { loaders }: Context): Promise<EventParticipant[]> {
    return loaders.participantsByEvent.load(event.id);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that report the event.' })
  articles(
    @Root() event: Event,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { reader, keyed }: Context,
  ): Promise<ArticleConnection> {
    return nestedConnection(keyed, nestedKey('eventArticles', args), event.id, (ids) =>
      readArticlePagesOfEvents(reader, ids, args),
    );
  }
}

@Resolver(() => EventParticipant)
export class EventParticipantResolver {
  @FieldResolver(() => Actor, { description: 'The participating actor.' })
  async actor(@Root() participant: EventParticipant, @Ctx() { loaders }: Context): Promise<Actor> {
    return (await loaders.actor.load(participant.actorId))!;
  }
}

@Resolver(() => Article)
export class ArticleEventsResolver {
  @FieldResolver(() => EventConnection, { description: 'The events the article reports.' })
  events(
    @Root() article: Article,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { reader, keyed }: Context,
  ): Promise<EventConnection> {
    return nestedConnection(keyed, nestedKey('articleEvents', args), article.id, (ids) =>
      readEventPagesOfArticles(reader, ids, args),
    );
  }
}

@Resolver(() => Actor)
export class ActorEventsResolver {
  @FieldResolver(() => EventConnection, { description: 'The events the actor took part in.' })
  events(
    @Root() actor: Actor,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { reader, keyed }: Context,
  ): Promise<EventConnection> {
    return nestedConnection(keyed, nestedKey('actorEvents', args), actor.id, (ids) =>
      readEventPagesOfActors(reader, ids, args),
    );
  }
}
