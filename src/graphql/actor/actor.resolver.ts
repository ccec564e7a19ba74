import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { selectionOf } from '../shared/selection.ts';
import { requireId } from '../shared/node-args.ts';
import { keysetConnection } from '../shared/pagination.ts';
import { StatementConnection } from '../statement/statement.type.ts';
import { StatementConnectionArgs } from '../statement/statement-connection.args.ts';
import { nestedStatementConnection } from '../statement/statement-connections.ts';
import { ArticleConnection } from '../article/article.type.ts';
import { EventConnection } from '../event/event.type.ts';
import { linkedConnection, links } from '../shared/linked-connection.ts';
import { ActorFilter } from './actor-filter.input.ts';
import { actorWhere } from './actor-where.ts';
import { Actor, ActorConnection } from './actor.type.ts';
import { loadActorWithRelations, wantsActorRelations } from './actor-with-relations.ts';
import { Role } from './role.type.ts';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: 'An actor by its ID.' })
  actor(
    @Arg('id', () => ID, { description: 'Its global ID.' }) id: string,
    @Ctx() { sql, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Actor | null> {
    const actorId = requireId(id, 'Actor');
    if (wantsActorRelations(selectionOf(info))) return loadActorWithRelations(sql, loaders, actorId);
    return loaders.actor.load(actorId);
  }

  @Query(() => ActorConnection, { description: 'Actors matching a filter, in order of first appearance.' })
  async actors(
    @Arg('filter', () => ActorFilter, { nullable: true, description: 'Conditions to meet; all of them.' })
    filter: ActorFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { db }: Context,
  ): Promise<ActorConnection> {
    const where = actorWhere(filter);
    return keysetConnection(
      args,
      (page) => db.actor.findMany({ ...page, where: { AND: [where, page.where] } }),
      () => db.actor.count({ where }),
    );
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() actor: Actor): string {
    return toGlobalId('Actor', actor.id);
  }

  @FieldResolver(() => [String], {
    description: 'Other names the news uses for the actor ("Zelensky", "the Ukrainian leader").',
  })
  async aliases(@Root() actor: Actor, @Ctx() { loaders }: Context): Promise<string[]> {
    return (await loaders.aliasesByActor.load(actor.id)).map((alias) => alias.alias);
  }

  @FieldResolver(() => [Role], {
    description: 'The roles the news gives the actor, each with when it was first and last seen.',
  })
  roles(@Root() actor: Actor, @Ctx() { loaders }: Context): Promise<Role[]> {
    return loaders.rolesByActor.load(actor.id);
  }

  @FieldResolver(() => ArticleConnection, { description: 'The articles that mention the actor.' })
  articles(
    @Root() actor: Actor,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<ArticleConnection> {
    return linkedConnection(context, links.actorArticles, actor.id, args, context.loaders.article);
  }

  @FieldResolver(() => EventConnection, { description: 'The events the actor took part in.' })
  events(
    @Root() actor: Actor,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<EventConnection> {
    return linkedConnection(context, links.actorEvents, actor.id, args, context.loaders.event);
  }

  @FieldResolver(() => ActorConnection, { description: 'The actors mentioned in the same articles as this one.' })
  coActors(
    @Root() actor: Actor,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<ActorConnection> {
    return linkedConnection(context, links.actorCoActors, actor.id, args, context.loaders.actor);
  }

  @FieldResolver(() => StatementConnection, { description: 'What the actor said.' })
  statements(
    @Root() actor: Actor,
    @Args(() => StatementConnectionArgs) args: StatementConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    return nestedStatementConnection(context, 'speaker', actor.id, args, info);
  }
}
