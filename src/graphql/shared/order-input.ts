import { Field, InputType } from 'type-graphql';
import { OrderDirection } from './order-direction.ts';

/** An `orderBy` input: a field of the given enum and a direction, as GitHub's API shapes them. */
export function OrderInput<TField extends string>(fieldEnum: Record<string, TField>, typeName: string, what: string) {
  @InputType(typeName, { description: `How to order ${what}.` })
  class Order {
    @Field(() => fieldEnum, { description: 'The field to order by.' })
    field!: TField;

    @Field(() => OrderDirection, { description: 'The direction.' })
    direction!: OrderDirection;
  }
  return Order;
}
