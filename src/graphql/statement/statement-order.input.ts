import { registerEnumType } from 'type-graphql';
import { OrderInput } from '../shared/order-input.ts';

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
