// Curation of actors: merge two into one, add an alias, link to Wikidata.
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { addActorAlias, mergeActors, setActorWikidataId } from '../../curation/actor-curation.ts';
import type { CurationResult } from '../../curation/curation-result.ts';
import type { Actor as ActorRow } from '../../generated/prisma/client.ts';
import type { Context } from '../context.ts';
import { decodeInputIds } from '../shared/mutation-ids.ts';
import { UserError } from '../shared/user-error.type.ts';
import { Actor } from './actor.type.ts';

@InputType({ description: 'Two actors that are one: the source is merged into the target.' })
export class ActorMergeInput {
  @Field(() => ID, { description: 'The actor that disappears; its names become aliases of the target.' })
  sourceId!: string;

  @Field(() => ID, { description: 'The actor that stays and receives everything of the source.' })
  targetId!: string;
}

@InputType({ description: 'Another name for an actor.' })
export class ActorAliasAddInput {
  @Field(() => ID, { description: 'The actor.' })
  actorId!: string;

  @Field(() => String, { description: 'The alias; later articles using it as a name are linked to the actor.' })
  alias!: string;
}

@InputType({ description: 'The Wikidata item that identifies an actor.' })
export class ActorWikidataIdSetInput {
  @Field(() => ID, { description: 'The actor.' })
  actorId!: string;

  @Field(() => String, { nullable: true, description: 'A Wikidata QID such as "Q7747"; null removes the link.' })
  wikidataId?: string | null;
}

@ObjectType({ description: 'The result of a curation of an actor.' })
export class ActorCurationPayload {
  @Field(() => Actor, { nullable: true, description: 'The actor as it now is.' })
  actor!: Actor | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

function payload(result: CurationResult<ActorRow>): ActorCurationPayload {
  return { actor: result.value, userErrors: result.userErrors };
}

@Resolver()
export class ActorCurationResolver {
  @Mutation(() => ActorCurationPayload, {
    description: 'Merges two actors: statements, mentions, roles, aliases and events all move to the target.',
  })
  async actorMerge(
    @Arg('input', () => ActorMergeInput, { description: 'What to change.' }) input: ActorMergeInput,
    @Ctx() { db }: Context,
  ) {
    const { ids, userErrors } = decodeInputIds({
      sourceId: { value: input.sourceId, type: 'Actor' },
      targetId: { value: input.targetId, type: 'Actor' },
    });
    if (userErrors.length > 0) return { actor: null, userErrors };
    return payload(await mergeActors(db, ids.sourceId, ids.targetId));
  }

  @Mutation(() => ActorCurationPayload, { description: 'Adds another name for an actor.' })
  async actorAliasAdd(
    @Arg('input', () => ActorAliasAddInput, { description: 'What to change.' }) input: ActorAliasAddInput,
    @Ctx() { db }: Context,
  ) {
    const { ids, userErrors } = decodeInputIds({ actorId: { value: input.actorId, type: 'Actor' } });
    if (userErrors.length > 0) return { actor: null, userErrors };
    return payload(await addActorAlias(db, ids.actorId, input.alias));
  }

  @Mutation(() => ActorCurationPayload, { description: 'Links an actor to its Wikidata item, or removes the link.' })
  async actorWikidataIdSet(
    @Arg('input', () => ActorWikidataIdSetInput, { description: 'What to change.' }) input: ActorWikidataIdSetInput,
    @Ctx() { db }: Context,
  ) {
    const { ids, userErrors } = decodeInputIds({ actorId: { value: input.actorId, type: 'Actor' } });
    if (userErrors.length > 0) return { actor: null, userErrors };
    return payload(await setActorWikidataId(db, ids.actorId, input.wikidataId ?? null));
  }
}
