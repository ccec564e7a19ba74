import { Field, ID, InputType } from 'type-graphql';
import { MAX_FILTER_LENGTH } from '../../reads/text-arguments.ts';
import { ActorKind, RoleKind } from '../shared/enums.ts';

@InputType({
  description: `Conditions on actors; all given conditions must hold. Text conditions take at most ${MAX_FILTER_LENGTH} characters.`,
})
export class ActorFilter {
  @Field(() => String, { nullable: true, description: "Part of the actor's name or of one of its aliases, any case." })
  name?: string | null;

  @Field(() => ActorKind, { nullable: true, description: 'Only actors of this kind.' })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: 'Part of the title of a role the actor holds ("minister").' })
  roleTitle?: string | null;

  @Field(() => RoleKind, { nullable: true, description: 'Only actors holding a role of this kind.' })
  roleKind?: RoleKind | null;

  @Field(() => String, { nullable: true, description: "The organisation of one of the actor's roles, any case." })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: "The country of one of the actor's roles, any case." })
  country?: string | null;
}

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

@InputType({ description: 'A correction to a role; fields left out stay as they are.' })
export class RoleUpdateInput {
  @Field(() => ID, { description: 'The role to correct.' })
  roleId!: string;

  @Field(() => String, { nullable: true, description: 'The right title.' })
  title?: string | null;

  @Field(() => RoleKind, { nullable: true, description: 'The right kind.' })
  kind?: RoleKind | null;

  @Field(() => String, { nullable: true, description: 'The organisation; an empty string clears it.' })
  organization?: string | null;

  @Field(() => String, { nullable: true, description: 'The country; an empty string clears it.' })
  country?: string | null;
}
