import { Field, ObjectType } from 'type-graphql';
import { Stance } from '../shared/enums.ts';

@ObjectType({ description: 'A topic a statement is about, with the stance the statement takes toward it.' })
export class StatementTopic {
  statementId!: number;
  topicId!: number;

  @Field(() => Stance, { description: 'Supports, opposes, or neutral/hedged.' })
  stance!: Stance;
}
