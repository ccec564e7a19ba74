import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { TopicSelection } from '../../reads/topics.reads.ts';
import { Connection, CountPrecision } from '../shared/connection.type.ts';
import { RoleKind, Stance } from '../shared/enums.ts';
import { Node } from '../shared/node.interface.ts';
import { StanceGrouping, TopicKind, TopicOrigin } from './topic.inputs.ts';

@Directive('@key(fields: "id")')
@Directive('@key(fields: "slug")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A subject statements are about: one of the taxonomy ("NATO invitation / membership"), one found in the news ' +
    '("Davis Cup"), one a person made — or any phrase asked as a topic (origin PHRASE), answered by meaning.',
})
export class Topic {
  /** The stored topic's id; null for a phrase asked as a topic. */
  id!: number | null;

  @Field(() => String, {
    description: 'Stable identifier, e.g. "nato-invitation"; for a phrase, the phrase as a slug.',
  })
  slug!: string;

  @Field(() => String, { description: 'Name for people to read; for a phrase, the phrase as asked.' })
  label!: string;

  @Field(() => TopicKind, { description: 'A subject, a named entity, an event or a key phrase.' })
  kind!: TopicKind;

  @Field(() => TopicOrigin, { description: 'Where the topic comes from.' })
  origin!: TopicOrigin;

  /** What the topic's statements are: its stored taggings, or a phrase's matches (set for phrase topics). */
  selection?: TopicSelection;
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

  @Field(() => Stance, { description: 'Supports, opposes, neutral, or both in one statement (MIXED).' })
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

  @Field(() => Int, {
    description:
      'How many statements the group holds. For a phrase that is not a stored topic, among its best 1,000 matches ' +
      '(see countPrecision).',
  })
  count!: number;

  @Field(() => CountPrecision, {
    description: 'EXACT, or AT_LEAST when the phrase matched more statements than are counted.',
  })
  countPrecision!: CountPrecision;

  // The stances are counted only when asked for: without them, one stored topic's groups by title
  // come from its counts per role alone.
  @Field(() => Int, { description: 'Statements of the group supporting the topic.' })
  supports?: number;

  @Field(() => Int, { description: 'Statements of the group opposing the topic.' })
  opposes?: number;

  @Field(() => Int, { description: 'Neutral or hedged statements of the group.' })
  neutral?: number;

  @Field(() => Int, { description: 'Statements of the group that both support and oppose the topic.' })
  mixed?: number;

  /** What the groups gather: role titles, role kinds or countries. */
  grouping!: StanceGrouping;
  /** The group's key (role title lower-cased, role kind, or country lower-cased; '' for none) and what its statements are. */
  key!: string;
  selection!: TopicSelection;
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

  @Field(() => Int, { description: 'Statements that both support and oppose it.' })
  mixed!: number;

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

  @Field(() => Int, { description: 'Of them, both supporting and opposing it.' })
  mixed!: number;
}
