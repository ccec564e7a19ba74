import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { readArticlePagesOfActors } from '../../reads/articles.reads.ts';
import {
  readActorPage,
  readActorPagesOfArticles,
  readActorWithRelations,
  readCoActorNetwork,
  readCoActorPages,
} from '../../reads/actors.reads.ts';
import { invalidArgument } from '../../reads/invalid-argument.ts';
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
import { Actor, ActorConnection, CoActor, CoActorLink, CoActorNetwork, Role } from './actor.type.ts';

/** The most co-actors a network may ask for: a drawing of more is no longer readable. */
const MAX_NETWORK_SIZE = 40;

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

  @FieldResolver(() => CoActorNetwork, {
    description: 'The actors appearing most often beside this one, and who of them appears with whom.',
  })
  network(
    @Root() actor: Actor,
    @Arg('size', () => Int, { defaultValue: 12, description: `How many co-actors, at most ${MAX_NETWORK_SIZE}.` })
    size: number,
    @Ctx() { reader }: Context,
  ): Promise<CoActorNetwork> {
    if (size < 1 || size > MAX_NETWORK_SIZE) invalidArgument(`\`size\` must be 1 to ${MAX_NETWORK_SIZE}`, ['size']);
    return readCoActorNetwork(reader, actor.id, size);
  }
}

@Resolver(() => CoActor)
export class CoActorResolver {
  @FieldResolver(() => Actor, { description: 'The co-actor.' })
  async actor(@Root() node: CoActor, @Ctx() { loaders }: Context): Promise<Actor> {
    return (await loaders.actor.load(node.actorId))!;
  }
}

@Resolver(() => CoActorLink)
export class CoActorLinkResolver {
  @FieldResolver(() => Actor, { description: 'One of the two actors (the one stored first).' })
  async source(@Root() link: CoActorLink, @Ctx() { loaders }: Context): Promise<Actor> {
    return (await loaders.actor.load(link.source))!;
  }

  @FieldResolver(() => Actor, { description: 'The other actor.' })
  async target(@Root() link: CoActorLink, @Ctx() { loaders }: Context): Promise<Actor> {
    return (await loaders.actor.load(link.target))!;
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
