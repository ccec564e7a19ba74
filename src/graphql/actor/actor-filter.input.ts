import { Field, InputType } from 'type-graphql';
import { ActorKind } from '../shared/enums.ts';

@InputType({ description: 'Conditions on actors; all given conditions must hold.' })
export class ActorFilter {
  @Field(() => String, { nullable: true, description: "Part of the actor's name or of one of its aliases, any case." })
  name?: string | null;

  @Field(() => ActorKind, { nullable: true, description: 'Only actors of this kind.' })
  kind?: ActorKind | null;
}
