import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import type { EventFilter as EventFilterArgs, EventOrder as EventOrderArgs } from '../../reads/events.reads.ts';
import { MAX_FILTER_LENGTH } from '../../reads/text-arguments.ts';
import { DateRange } from '../shared/date-range.input.ts';
import { EventType } from '../shared/enums.ts';
import { requireId } from '../shared/node-args.ts';
import { OrderDirection } from '../shared/order-direction.ts';
import { OrderInput } from '../shared/order-input.ts';

@InputType({
  description: `Conditions on events; all given conditions must hold. Text conditions take at most ${MAX_FILTER_LENGTH} characters.`,
})
export class EventFilter {
  @Field(() => EventType, { nullable: true, description: 'Only events of this type.' })
  type?: EventType | null;

  @Field(() => ID, { nullable: true, description: 'Only events this actor took part in.' })
  participantId?: string | null;

  @Field(() => String, { nullable: true, description: "Part of a participant's name or alias." })
  participantName?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the place name, any case ("Brussels").' })
  place?: string | null;

  @Field(() => DateRange, { nullable: true, description: 'Only events whose normalised date falls in this range.' })
  date?: DateRange | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only events reported by articles on this topic (a slug or a phrase, "NATO invitation").',
  })
  topic?: string | null;
}

export enum EventOrderField {
  REPORTED = 'REPORTED',
  DATE = 'DATE',
}

registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'What to order events by.',
  valuesConfig: {
    REPORTED: { description: 'The order they were first reported in.' },
    DATE: { description: 'Normalised date; events without one come last.' },
  },
});

export const EventOrder = OrderInput(EventOrderField, 'EventOrder', 'events');
export type EventOrder = InstanceType<typeof EventOrder>;

export function eventFilterArgs(filter: EventFilter | null): EventFilterArgs | null {
  return filter && { ...filter, participantId: filter.participantId ? requireId(filter.participantId, 'Actor') : null };
}

export function eventOrderArgs(order: EventOrder | null): EventOrderArgs | null {
  return order && { field: order.field, descending: order.direction === OrderDirection.DESC };
}
