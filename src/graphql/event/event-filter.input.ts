import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DateRange } from '../shared/date-range.input.ts';
import { EventType } from '../shared/enums.ts';
import { OrderInput } from '../shared/order-input.ts';

@InputType({ description: 'Conditions on events; all given conditions must hold.' })
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
