import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import type {
  StatementFilter as StatementFilterArgs,
  StatementOrder as StatementOrderArgs,
} from '../../reads/statements.reads.ts';
import { MAX_FILTER_LENGTH, MAX_SEARCH_LENGTH } from '../../reads/text-arguments.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { DateRange } from '../shared/date-range.input.ts';
import { RoleKind, Stance, StatementKind } from '../shared/enums.ts';
import { requireId } from '../shared/node-args.ts';
import { OrderDirection } from '../shared/order-direction.ts';
import { OrderInput } from '../shared/order-input.ts';

@InputType({
  description: `Conditions on statements; all given conditions must hold. Text conditions take at most ${MAX_FILTER_LENGTH} characters, \`search\` ${MAX_SEARCH_LENGTH}.`,
})
export class StatementFilter {
  @Field(() => String, { nullable: true, description: 'A topic slug or phrase ("NATO invitation").' })
  topic?: string | null;

  @Field(() => Stance, {
    nullable: true,
    description: 'Only statements taking this stance (toward `topic` when given, else toward any topic).',
  })
  stance?: Stance | null;

  @Field(() => ID, { nullable: true, description: 'Only statements by this actor.' })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the speaker's name or of one of their aliases." })
  speakerName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the title of the role the speaker held ("ambassador", "Defense Minister").',
  })
  roleTitle?: string | null;

  @Field(() => RoleKind, { nullable: true, description: 'Only statements made in a role of this kind.' })
  roleKind?: RoleKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'The organisation or country of the speaker\'s role ("NATO", "Lithuania"), any case.',
  })
  organizationOrCountry?: string | null;

  @Field(() => StatementKind, { nullable: true, description: 'Only direct, indirect or mixed statements.' })
  kind?: StatementKind | null;

  @Field(() => ID, { nullable: true, description: 'Only statements reported by this article.' })
  articleId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only statements reported by this publication, any case.' })
  articleSource?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only statements made at this event.' })
  eventId?: string | null;

  @Field(() => DateRange, {
    nullable: true,
    description: 'Only statements whose article was published (else ingested) in this range.',
  })
  date?: DateRange | null;

  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over the statement text (web-search syntax: "quoted phrase", or, -not).',
  })
  search?: string | null;
}

export enum StatementOrderField {
  /** Ingestion order, and text order within an article. */
  INGESTED = 'INGESTED',
  DATE = 'DATE',
  RELEVANCE = 'RELEVANCE',
}

registerEnumType(StatementOrderField, {
  name: 'StatementOrderField',
  description: 'What to order statements by.',
  valuesConfig: {
    INGESTED: { description: 'Ingestion order, and text order within an article.' },
    DATE: { description: "The article's publication date (else its ingestion time)." },
    RELEVANCE: { description: 'Full-text rank against `filter.search` (requires it).' },
  },
});

export const StatementOrder = OrderInput(StatementOrderField, 'StatementOrder', 'statements');
export type StatementOrder = InstanceType<typeof StatementOrder>;

@ArgsType()
export class StatementConnectionArgs extends ConnectionArgs {
  @Field(() => StatementFilter, { nullable: true, description: 'Conditions the statements must meet.' })
  filter?: StatementFilter | null;

  @Field(() => StatementOrder, {
    nullable: true,
    description: 'Order of the statements; by default ingestion order (text order within an article).',
  })
  orderBy?: StatementOrder | null;
}

/** The filter with its IDs decoded. */
export function statementFilterArgs(filter: StatementFilter | null | undefined): StatementFilterArgs | null {
  if (!filter) return null;
  return {
    ...filter,
    speakerId: filter.speakerId ? requireId(filter.speakerId, 'Actor') : null,
    articleId: filter.articleId ? requireId(filter.articleId, 'Article') : null,
    eventId: filter.eventId ? requireId(filter.eventId, 'Event') : null,
  };
}

export function statementOrderArgs(order: StatementOrder | null | undefined): StatementOrderArgs | null {
  return order ? { field: order.field, descending: order.direction === OrderDirection.DESC } : null;
}
