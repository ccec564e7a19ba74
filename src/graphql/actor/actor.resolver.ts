import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { readArticlePagesOfActors } from '../../reads/articles.reads.ts';
import {
  readActorPage,
  readActorPagesOfArticles,
  readActorWithRelations,
  readCoActorPages,
} from '../../reads/actors.reads.ts';
import { Article, ArticleConnection } from '../article/article.type.ts';
import type { Context } from '../context.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { connectionOf } from '../shared/connection.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { nestedConnection, nestedKey } from '../shared/nested-connection.ts';
import { requireId } from '../shared/node-args.ts';
import { selectionOf } from '../shared/selection.ts';
import { DateTimeResolver } from 'graphql-scalars';
import { ActorFilter } from './actor.inputs.ts';
import { Actor, ActorConnection, Role } from './actor.type.ts';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: 'An actor by its ID.' })
  async actor(
    @Arg('id', () => ID, { description: 'Its global ID.' }) id: string,
    @Ctx() { reader, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Actor | null> {
    const actorId = requireId(id, 'Actor');
    const selection = selectionOf(info);
    if (!('aliases' in selection || 'roles' in selection)) return loaders.actor.load(actorId);
    // Looking ahead: the aliases and roles asked for come in the actor's own statement.
    const found = await readActorWithRelations(reader, actorId);
    if (!found) return null;
    loaders.actor.prime(actorId, found.actor);
    loaders.aliasesByActor.prime(actorId, found.aliases);
    loaders.rolesByActor.prime(actorId, found.roles);
    return found.actor;
  }

  @Query(() => ActorConnection, { description: 'Actors matching a filter, in order of first appearance.' })
  async actors(
    @Arg('filter', () => ActorFilter, { nullable: true, description: 'Conditions to meet; all of them.' })
    filter: ActorFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { reader }: Context,
  ): Promise<ActorConnection> {
    const { page, count } = await readActorPage(reader, filter, args);
    return connectionOf(page, count);
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
    @Ctx() { reader, keyed }: Context,
  ): Promise<ArticleConnection> {
    return nestedConnection(keyed, nestedKey('actorArticles', args), actor.id, (ids) =>
      readArticlePagesOfActors(reader, ids, args),
    );
  }

  @FieldResolver(() => ActorConnection, { description: 'The actors mentioned in the same articles as this one.' })
  coActors(
    @Root() actor: Actor,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { reader, keyed }: Context,
  ): Promise<ActorConnection> {
    return nestedConnection(keyed, nestedKey('coActors', args), actor.id, (ids) => readCoActorPages(reader, ids, args));
  }
}

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() role: Role): string {
    return toGlobalId('Role', role.id);
  }

  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description: 'Publication date of the earliest article giving the actor this role.',
  })
  async firstSeenAt(@Root() role: Role, @Ctx() { loaders }: Context): Promise<Date | null> {
    return (await loaders.roleSpan.load(role.id))?.firstSeenAt ?? null;
  }

  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description: 'Publication date of the latest article giving the actor this role.',
  })
  async lastSeenAt(@Root() role: Role, @Ctx() { loaders }: Context): Promise<Date | null> {
    return (await loaders.roleSpan.load(role.id))?.lastSeenAt ?? null;
  }

  @FieldResolver(() => Actor, { description: 'Who holds the role.' })
  async actor(@Root() role: Role, @Ctx() { loaders }: Context): Promise<Actor> {
    return (await loaders.actor.load(role.actorId))!;
  }
}

@Resolver(() => Article)
export class ArticleActorsResolver {
  @FieldResolver(() => ActorConnection, { description: 'The actors the article mentions.' })
  actors(
    @Root() article: Article,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { reader, keyed }: Context,
  ): Promise<ActorConnection> {
    return nestedConnection(keyed, nestedKey('articleActors', args), article.id, (ids) =>
      readActorPagesOfArticles(reader, ids, args),
    );
  }
}
