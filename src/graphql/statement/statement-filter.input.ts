import { Field, ID, InputType } from 'type-graphql';
import { StatementKind } from '../shared/enums.ts';

@InputType({ description: 'Conditions on statements; all given conditions must hold.' })
export class StatementFilter {
  @Field(() => String, { nullable: true, description: 'A topic slug or phrase ("NATO invitation").' })
  topic?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only statements by this actor.' })
  speakerId?: string | null;

  @Field(() => StatementKind, { nullable: true, description: 'Only direct, indirect or mixed statements.' })
  kind?: StatementKind | null;
}
