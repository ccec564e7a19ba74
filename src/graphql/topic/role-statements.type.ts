import { Field, Int, ObjectType } from 'type-graphql';
import { RoleKind } from '../shared/enums.ts';

@ObjectType({ description: 'The statements on a topic made by speakers in one role.' })
export class RoleStatements {
  @Field(() => String, {
    description:
      'The speaker\'s role at the time of the statements ("Ukrainian President"); for an anonymous source, its description ("senior NATO official").',
  })
  role!: string;

  @Field(() => RoleKind, {
    nullable: true,
    description: 'The class of the role; null for speakers without a known role.',
  })
  roleKind!: RoleKind | null;

  @Field(() => Int, { description: 'How many statements the group holds.' })
  count!: number;

  /** The group's key (its role title, lower-cased; '' for no role) and the topic it was asked for. */
  key!: string;
  topic!: string;
  /** The topic's id when the phrase names exactly one topic (the group's pages then read its taggings). */
  topicId!: number | null;
}
