import { Field, ObjectType } from 'type-graphql';
import type { UserError as UserErrorData } from '../../ingestion/user-error.ts';

@ObjectType({
  simpleResolvers: true,
  description: 'A problem with the input of a mutation; the mutation changed nothing.',
})
export class UserError implements UserErrorData {
  @Field(() => [String], { description: 'Path to the input field at fault, e.g. ["input", "body"].' })
  field!: string[];

  @Field(() => String, { description: 'What is wrong, for a person to read.' })
  message!: string;

  @Field(() => String, { description: 'A stable code: REQUIRED, TOO_LONG, INVALID or NOT_FOUND.' })
  code!: UserErrorData['code'];
}
