import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../shared/order-direction.ts';

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

@InputType({ description: 'How to order statements.' })
export class StatementOrder {
  @Field(() => StatementOrderField, { description: 'The field to order by.' })
  field!: StatementOrderField;

  @Field(() => OrderDirection, { description: 'The direction.' })
  direction!: OrderDirection;
}
