// Actor filters as Prisma conditions; the name condition also serves filters on participants.
import type { Prisma } from '../../generated/prisma/client.ts';
import { normalizeKey } from '../../ingestion/identity.ts';
import type { ActorFilter } from './actor-filter.input.ts';

/** Actors whose name or one of whose aliases contains `name`, ignoring case, accents and punctuation. */
export function actorNamed(name: string): Prisma.ActorWhereInput {
  const key = normalizeKey(name);
  return { OR: [{ normalizedName: { contains: key } }, { aliases: { some: { normalizedAlias: { contains: key } } } }] };
}

export function actorWhere(filter: ActorFilter | null | undefined): Prisma.ActorWhereInput {
  const conditions: Prisma.ActorWhereInput[] = [];
  if (filter?.kind) conditions.push({ kind: filter.kind });
  if (filter?.name) conditions.push(actorNamed(filter.name));
  const role: Prisma.RoleWhereInput = {};
  if (filter?.roleTitle) role.title = { contains: filter.roleTitle.trim(), mode: 'insensitive' };
  if (filter?.roleKind) role.kind = filter.roleKind;
  if (filter?.organization) role.organization = { equals: filter.organization.trim(), mode: 'insensitive' };
  if (filter?.country) role.country = { equals: filter.country.trim(), mode: 'insensitive' };
  if (Object.keys(role).length > 0) conditions.push({ roles: { some: role } });
  return { AND: conditions };
}
