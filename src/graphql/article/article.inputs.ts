import { Field, InputType, registerEnumType } from 'type-graphql';
import type { ArticleOrder as ArticleOrderArgs } from '../../reads/articles.reads.ts';
import { MAX_FILTER_LENGTH, MAX_SEARCH_LENGTH } from '../../reads/text-arguments.ts';
import { DateRange } from '../shared/date-range.input.ts';
import { OrderDirection } from '../shared/order-direction.ts';
import { OrderInput } from '../shared/order-input.ts';

@InputType({ description: 'Conditions on articles; all given conditions must hold.' })
export class ArticleFilter {
  @Field(() => String, {
    nullable: true,
    description: `The publication, any case ("The Washington Post"); at most ${MAX_FILTER_LENGTH} characters.`,
  })
  source?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Only articles published in this range.' })
  publishedAt?: DateRange | null;

  @Field(() => String, {
    nullable: true,
    description: `Full-text search over headline and body (web-search syntax: "quoted phrase", or, -not); at most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}

export enum ArticleOrderField {
  INGESTED = 'INGESTED',
  PUBLISHED_AT = 'PUBLISHED_AT',
}

registerEnumType(ArticleOrderField, {
  name: 'ArticleOrderField',
  description: 'What to order articles by.',
  valuesConfig: {
    INGESTED: { description: 'The order they were ingested in.' },
    PUBLISHED_AT: { description: 'Publication date; articles without one come last.' },
  },
});

export const ArticleOrder = OrderInput(ArticleOrderField, 'ArticleOrder', 'articles');
export type ArticleOrder = InstanceType<typeof ArticleOrder>;

export function articleOrderArgs(order: ArticleOrder | null): ArticleOrderArgs | null {
  return order && { field: order.field, descending: order.direction === OrderDirection.DESC };
}
