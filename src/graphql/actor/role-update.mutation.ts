import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { correctRole } from '../../curation/role-curation.ts';
import type { Context } from '../context.ts';
import { RoleKind } from '../shared/enums.ts';
import { decodeInputIds } from '../shared/mutation-ids.ts';
import { UserError } from '../shared/user-error.type.ts';
import { Role } from './role.type.ts';

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

@ObjectType({ description: 'The result of roleUpdate.' })
export class RoleUpdatePayload {
  @Field(() => Role, { nullable: true, description: 'The corrected role.' })
  role!: Role | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@Resolver()
export class RoleUpdateResolver {
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
