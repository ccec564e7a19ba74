import { Node } from '../shared/node.interface.ts';
import { Field, ObjectType } from 'type-graphql';
import { RoleKind } from '../shared/enums.ts';

@ObjectType({
  implements: Node,
  description: 'A role an actor holds, as news describes it ("U.S. Ambassador to NATO").',
})
export class Role {
  id!: number;
  actorId!: number;

  @Field(() => String, { description: 'The title as written, e.g. "Lithuanian Defense Minister".' })
  title!: string;

  @Field(() => RoleKind, { description: 'The class of the role.' })
  kind!: RoleKind;

  @Field(() => String, { nullable: true, description: 'The organisation the role belongs to, if named.' })
  organization!: string | null;

  @Field(() => String, { nullable: true, description: 'The country the role belongs to, if named.' })
  country!: string | null;
}
