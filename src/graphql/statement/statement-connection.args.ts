import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { StatementFilter } from './statement-filter.input.ts';
import { StatementOrder } from './statement-order.input.ts';

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
