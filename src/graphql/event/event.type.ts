import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../shared/node.interface.ts';
import { Directive, Field, ObjectType } from 'type-graphql';
import { DatePrecision, EventType, ParticipantPart } from '../shared/enums.ts';
import { Connection } from '../shared/connection.type.ts';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'Something that happened: a visit, meeting, summit, briefing, attack, vote, …',
})
export class Event {
  id!: number;

  @Field(() => EventType, { description: 'What kind of event.' })
  type!: EventType;

  @Field(() => String, { description: 'A one-line description from the article.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Where it happened.' })
  place!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Start of the normalised date (UTC midnight).' })
  date!: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Last day of the normalised date, for months and ranges.',
  })
  dateEnd!: Date | null;

  @Field(() => DatePrecision, { nullable: true, description: 'How precisely the article dates the event.' })
  datePrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'The date as the article writes it ("Thursday afternoon").' })
  dateText!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of events.' })
export class EventConnection extends Connection(Event, 'Event') {}

@ObjectType({ simpleResolvers: true, description: 'An actor taking part in an event.' })
export class EventParticipant {
  eventId!: number;
  actorId!: number;

  @Field(() => ParticipantPart, { description: 'The part the actor plays.' })
  part!: ParticipantPart;
}
