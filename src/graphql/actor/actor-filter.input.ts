import { Field, InputType } from 'type-graphql';
import { ActorKind, RoleKind } from '../shared/enums.ts';

@InputType({ description: 'Conditions on actors; all given conditions must hold.' })
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
