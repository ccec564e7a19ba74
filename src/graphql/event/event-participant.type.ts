import { Field, ObjectType } from 'type-graphql';
import { ParticipantPart } from '../shared/enums.ts';

@ObjectType({ description: 'An actor taking part in an event.' })
export class EventParticipant {
  eventId!: number;
  actorId!: number;

  @Field(() => ParticipantPart, { description: 'The part the actor plays.' })
  part!: ParticipantPart;
}
