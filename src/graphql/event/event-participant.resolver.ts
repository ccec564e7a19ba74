import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Actor } from '../actor/actor.type.ts';
import { EventParticipant } from './event-participant.type.ts';

@Resolver(() => EventParticipant)
export class EventParticipantResolver {
  @FieldResolver(() => Actor, { description: 'The participating actor.' })
  async actor(@Root() participant: EventParticipant, @Ctx() { loaders }: Context): Promise<Actor> {
    return (await loaders.actor.load(participant.actorId))!;
  }
}
