import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { TopicOrder as TopicOrderArgs } from '../../reads/topics.reads.ts';
import { RECENT_DAYS } from '../../reads/topics.reads.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { OrderDirection } from '../shared/order-direction.ts';
import { OrderInput } from '../shared/order-input.ts';

export enum StanceGrouping {
  ROLE = 'ROLE',
  ROLE_KIND = 'ROLE_KIND',
  COUNTRY = 'COUNTRY',
}

registerEnumType(StanceGrouping, {
  name: 'StanceGrouping',
  description: 'What to group a stance breakdown by.',
  valuesConfig: {
    ROLE: { description: "The speaker's role title at the time." },
    ROLE_KIND: { description: "The kind of the speaker's role (minister, diplomat, …)." },
    COUNTRY: { description: "The country of the speaker's role." },
  },
});

export enum TopicKind {
  SUBJECT = 'SUBJECT',
  ENTITY = 'ENTITY',
  EVENT = 'EVENT',
  PHRASE = 'PHRASE',
}

registerEnumType(TopicKind, {
  name: 'TopicKind',
  description: 'What sort of topic.',
  valuesConfig: {
    SUBJECT: { description: 'A subject of the taxonomy or one a person made ("NATO invitation / membership").' },
    ENTITY: { description: 'A named person, organisation, place or thing ("Davis Cup").' },
    EVENT: { description: 'Something that happened ("impeachment vote").' },
    PHRASE: { description: 'A key noun phrase ("martial law"), or a phrase asked as a topic.' },
  },
});

export enum TopicOrigin {
  SEED = 'SEED',
  DISCOVERED = 'DISCOVERED',
  CURATED = 'CURATED',
  PHRASE = 'PHRASE',
}

registerEnumType(TopicOrigin, {
  name: 'TopicOrigin',
  description: 'Where a topic comes from.',
  valuesConfig: {
    SEED: { description: 'The taxonomy the service ships with.' },
    DISCOVERED: { description: 'Found in the news by ingestion.' },
    CURATED: { description: 'Made by a person.' },
    PHRASE: { description: 'Not stored: a phrase asked as a topic, whose statements are matched by meaning.' },
  },
});

export enum TopicOrderField {
  CREATED = 'CREATED',
  STATEMENTS = 'STATEMENTS',
  GROWTH = 'GROWTH',
}

registerEnumType(TopicOrderField, {
  name: 'TopicOrderField',
  description: 'What to order topics by.',
  valuesConfig: {
    CREATED: { description: 'When the topic was first stored.' },
    STATEMENTS: { description: 'How many statements are on the topic.' },
    GROWTH: {
      description: `Recent growth: statements in the archive's newest ${RECENT_DAYS} days less those in the ${RECENT_DAYS} days before.`,
    },
  },
});

export const TopicOrder = OrderInput(TopicOrderField, 'TopicOrder', 'topics');
export type TopicOrder = InstanceType<typeof TopicOrder>;

@InputType({ description: 'Conditions on topics; all given conditions must hold.' })
export class TopicFilter {
  @Field(() => TopicOrigin, { nullable: true, description: 'Only topics of this origin.' })
  origin?: TopicOrigin | null;

  @Field(() => TopicKind, { nullable: true, description: 'Only topics of this kind.' })
  kind?: TopicKind | null;
}

@ArgsType()
export class TopicConnectionArgs extends ConnectionArgs {
  @Field(() => TopicFilter, { nullable: true, description: 'Conditions the topics must meet.' })
  filter?: TopicFilter | null;

  @Field(() => TopicOrder, {
    nullable: true,
    description: 'Order of the topics; by default the order they were stored.',
  })
  orderBy?: TopicOrder | null;
}

export function topicOrderArgs(order: TopicOrder | null | undefined): TopicOrderArgs | null {
  return order ? { field: order.field, descending: order.direction === OrderDirection.DESC } : null;
}

@InputType({ description: 'A topic a person makes, with the phrases that name it.' })
export class TopicCreateInput {
  @Field(() => String, { description: 'Its name ("Davis Cup final"); its slug is made from it.' })
  label!: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Other phrases that name it: statements saying them are tagged with it, now and after.',
  })
  phrases!: string[];
}

@InputType({ description: 'A new name for a topic; the old one stays one of its names, its slug stays.' })
export class TopicRenameInput {
  @Field(() => ID, { description: 'The topic.' })
  id!: string;

  @Field(() => String, { description: 'Its new name.' })
  label!: string;
}

@InputType({ description: 'Phrases that name a topic.' })
export class TopicPhrasesAddInput {
  @Field(() => ID, { description: 'The topic.' })
  id!: string;

  @Field(() => [String], {
    description:
      'The phrases: statements saying them are tagged with the topic, and topics found under them filed in it.',
  })
  phrases!: string[];
}

@InputType({ description: 'Two topics that are one: the source is merged into the target.' })
export class TopicMergeInput {
  @Field(() => ID, { description: 'The topic that disappears; its names become names of the target.' })
  sourceId!: string;

  @Field(() => ID, { description: 'The topic that stays and receives its statements, articles and names.' })
  targetId!: string;
}

@InputType({
  description: 'A topic that is two: a new topic takes some of its phrases and the statements saying them.',
})
export class TopicSplitInput {
  @Field(() => ID, { description: 'The topic to split.' })
  id!: string;

  @Field(() => String, { description: 'The name of the new topic.' })
  label!: string;

  @Field(() => [String], { description: 'The phrases the new topic takes (with the statements saying them).' })
  phrases!: string[];
}
