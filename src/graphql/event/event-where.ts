import type { Prisma } from '../../generated/prisma/client.ts';
import { actorNamed } from '../actor/actor-where.ts';
import { checkDateRange } from '../shared/date-range.input.ts';
import { requireId } from '../shared/node-args.ts';
import type { EventFilter } from './event-filter.input.ts';

export function eventWhere(filter: EventFilter | null | undefined): Prisma.EventWhereInput {
  const conditions: Prisma.EventWhereInput[] = [];
  if (filter?.type) conditions.push({ type: filter.type });
  if (filter?.participantId) {
    conditions.push({ participants: { some: { actorId: requireId(filter.participantId, 'Actor') } } });
  }
  if (filter?.participantName)
    conditions.push({ participants: { some: { actor: actorNamed(filter.participantName) } } });
  if (filter?.place) conditions.push({ place: { contains: filter.place.trim(), mode: 'insensitive' } });
  if (filter?.date) {
    checkDateRange(filter.date, ['filter', 'date']);
    if (filter.date.from) conditions.push({ date: { gte: filter.date.from } });
    if (filter.date.to) conditions.push({ date: { lte: filter.date.to } });
  }
  return { AND: conditions };
}
