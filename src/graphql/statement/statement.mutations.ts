import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { reattributeStatement } from '../../curation/statement-curation.ts';
import type { Context } from '../context.ts';
import { decodeInputIds } from '../shared/mutation-ids.ts';
import { UserError } from '../shared/user-error.type.ts';
import { Statement } from './statement.type.ts';

@InputType({ description: 'Who really made a statement, and in which role.' })
export class StatementReattributeInput {
  @Field(() => ID, { description: 'The statement to re-attribute.' })
  statementId!: string;

  @Field(() => ID, { description: 'The actor who made it.' })
  speakerId!: string;

  @Field(() => ID, { nullable: true, description: "The role they spoke in: one of the new speaker's roles." })
  roleId?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The result of statementReattribute.' })
export class StatementReattributePayload {
  @Field(() => Statement, { nullable: true, description: 'The re-attributed statement.' })
  statement!: Statement | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@Resolver()
export class StatementMutations {
  @Mutation(() => StatementReattributePayload, {
    description: 'Attributes a statement to another speaker. Re-analysis keeps this choice.',
  })
  async statementReattribute(
    @Arg('input', () => StatementReattributeInput, { description: 'What to change.' }) input: StatementReattributeInput,
    @Ctx() { db }: Context,
  ): Promise<StatementReattributePayload> {
    const { ids, userErrors } = decodeInputIds({
      statementId: { value: input.statementId, type: 'Statement' },
      speakerId: { value: input.speakerId, type: 'Actor' },
    });
    const role = input.roleId ? decodeInputIds({ roleId: { value: input.roleId, type: 'Role' } }) : null;
    userErrors.push(...(role?.userErrors ?? []));
    if (userErrors.length > 0) return { statement: null, userErrors };
    const result = await reattributeStatement(db, ids.statementId, ids.speakerId, role?.ids.roleId ?? null);
    return { statement: result.value, userErrors: result.userErrors };
  }
}
