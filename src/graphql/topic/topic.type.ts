import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../shared/connection.type.ts';
import { RoleKind, Stance } from '../shared/enums.ts';
import { Node } from '../shared/node.interface.ts';
import { StanceGrouping } from './topic.inputs.ts';

@Directive('@key(fields: "id")')
@Directive('@key(fields: "slug")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A subject statements are about, from the service taxonomy ("NATO invitation / membership").',
})
export class Topic {
  id!: number;

  @Field(() => String, { description: 'Stable identifier, e.g. "nato-invitation".' })
  slug!: string;

  @Field(() => String, { description: 'Name for people to read.' })
  label!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A page of topics.' })
export class TopicConnection extends Connection(Topic, 'Topic') {}

@ObjectType({
  simpleResolvers: true,
  description: 'A topic a statement is about, with the stance the statement takes toward it.',
})
export class StatementTopic {
  statementId!: number;
  topicId!: number;

  @Field(() => Stance, { description: 'Supports, opposes, or neutral/hedged.' })
  stance!: Stance;
}

@ObjectType({ simpleResolvers: true, description: 'The statements on a topic made by speakers in one role.' })
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

  @Field(() => Int, { description: 'Statements of the group supporting the topic.' })
  supports?: number;

  @Field(() => Int, { description: 'Statements of the group opposing the topic.' })
  opposes?: number;

  @Field(() => Int, { description: 'Neutral or hedged statements of the group.' })
  neutral?: number;

  /** What the groups gather: role titles, role kinds or countries. */
  grouping!: StanceGrouping;
  /** The group's key (role title lower-cased, role kind, or country lower-cased; '' for none) and the topic it was asked for. */
  key!: string;
  topic!: string;
  /** The topic's id when the phrase names exactly one topic (the group's pages then read its taggings). */
  topicId!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'The stances of one group of speakers toward a topic.' })
export class StanceCount {
  @Field(() => String, {
    description: 'The group: a role title, a role kind, or a country ("unknown" when not given).',
  })
  group!: string;

  @Field(() => Int, { description: 'Statements supporting the topic.' })
  supports!: number;

  @Field(() => Int, { description: 'Statements opposing the topic.' })
  opposes!: number;

  @Field(() => Int, { description: 'Neutral or hedged statements.' })
  neutral!: number;

  @Field(() => Int, { description: 'All statements of the group on the topic.' })
  total!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "An actor's statements on one topic, and how they divide by stance.",
})
export class ActorTopic {
  topicId!: number;

  @Field(() => Int, { description: 'Statements of the actor on the topic.' })
  count!: number;

  @Field(() => Int, { description: 'Of them, supporting it.' })
  supports!: number;

  @Field(() => Int, { description: 'Of them, opposing it.' })
  opposes!: number;

  @Field(() => Int, { description: 'Of them, neutral or hedged.' })
  neutral!: number;
}
