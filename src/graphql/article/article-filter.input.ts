import { Field, InputType, registerEnumType } from 'type-graphql';
import { DateRange } from '../shared/date-range.input.ts';
import { OrderInput } from '../shared/order-input.ts';

@InputType({ description: 'Conditions on articles; all given conditions must hold.' })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'The publication, any case ("The Washington Post").' })
  source?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Only articles published in this range.' })
  publishedAt?: DateRange | null;

  @Field(() => String, {
    nullable: true,
    description: 'Full-text search over headline and body (web-search syntax: "quoted phrase", or, -not).',
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
