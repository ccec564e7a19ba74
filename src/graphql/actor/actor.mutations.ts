// Curation of actors and roles: merge two actors into one, add an alias, link to Wikidata, correct a role.
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { addActorAlias, mergeActors, setActorWikidataId } from '../../curation/actor-curation.ts';
import type { CurationResult } from '../../curation/curation-result.ts';
import { correctRole } from '../../curation/role-curation.ts';
import type { Actor as ActorRow } from '../../generated/prisma/client.ts';
import type { Context } from '../context.ts';
import { decodeInputIds } from '../shared/mutation-ids.ts';
import { UserError } from '../shared/user-error.type.ts';
import { ActorAliasAddInput, ActorMergeInput, ActorWikidataIdSetInput, RoleUpdateInput } from './actor.inputs.ts';
import { Actor, Role } from './actor.type.ts';

@ObjectType({ simpleResolvers: true, description: 'The result of a curation of an actor.' })
export class ActorCurationPayload {
  @Field(() => Actor, { nullable: true, description: 'The actor as it now is.' })
  actor!: Actor | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'The result of roleUpdate.' })
export class RoleUpdatePayload {
  @Field(() => Role, { nullable: true, description: 'The corrected role.' })
  role!: Role | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

function payload(result: CurationResult<ActorRow>): ActorCurationPayload {
  return { actor: result.value, userErrors: result.userErrors };
}

@Resolver()
export class ActorMutations {
  @Mutation(() => ActorCurationPayload, {
    description: 'Merges two actors: statements, mentions, roles, aliases and events all move to the target.',
  })
  async actorMerge(
    @Arg('input', () => ActorMergeInput, { description: 'What to change.' }) input: ActorMergeInput,
    @Ctx() { db }: Context,
  ): Promise<ActorCurationPayload> {
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
  ): Promise<ActorCurationPayload> {
    const { ids, userErrors } = decodeInputIds({ actorId: { value: input.actorId, type: 'Actor' } });
    if (userErrors.length > 0) return { actor: null, userErrors };
    return payload(await addActorAlias(db, ids.actorId, input.alias));
  }

  @Mutation(() => ActorCurationPayload, { description: 'Links an actor to its Wikidata item, or removes the link.' })
  async actorWikidataIdSet(
    @Arg('input', () => ActorWikidataIdSetInput, { description: 'What to change.' }) input: ActorWikidataIdSetInput,
    @Ctx() { db }: Context,
  ): Promise<ActorCurationPayload> {
    const { ids, userErrors } = decodeInputIds({ actorId: { value: input.actorId, type: 'Actor' } });
    if (userErrors.length > 0) return { actor: null, userErrors };
    return payload(await setActorWikidataId(db, ids.actorId, input.wikidataId ?? null));
  }

  @Mutation(() => RoleUpdatePayload, { description: 'Corrects a role. Re-analysis keeps the correction.' })
  async roleUpdate(
    @Arg('input', () => RoleUpdateInput, { description: 'What to change.' }) input: RoleUpdateInput,
    @Ctx() { db }: Context,
  ): Promise<RoleUpdatePayload> {
    const { ids, userErrors } = decodeInputIds({ roleId: { value: input.roleId, type: 'Role' } });
    if (userErrors.length > 0) return { role: null, userErrors };
    const result = await correctRole(db, ids.roleId, input);
    return { role: result.value, userErrors: result.userErrors };
  }
}
