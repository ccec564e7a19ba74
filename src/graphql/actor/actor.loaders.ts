// Per-request loaders of actors, their aliases and roles, and when each role was seen.
import DataLoader from 'dataloader';
import { readRoleSpans, type ActorRow, type AliasRow, type RoleRow, type RoleSpan } from '../../reads/actors.reads.ts';
import { rowsByIds, rowsGroupedBy } from '../../reads/rows-by-key.ts';
import { ACTOR, ACTOR_ALIAS, ROLE } from '../../reads/tables.ts';
import type { SqlReader } from '../../store/sql-reader.ts';

function byId<T extends { id: number }>(reader: SqlReader, table: typeof ACTOR) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await rowsByIds<T>(reader, table, ids);
    return ids.map((id) => rows.get(id) ?? null);
  });
}

function byActor<T>(reader: SqlReader, table: typeof ACTOR) {
  return new DataLoader<number, T[]>(async (ids) => {
    const groups = await rowsGroupedBy<T>(reader, table, 'actorId', ids, 't.id');
    return ids.map((id) => groups.get(id)!);
  });
}

export function createActorLoaders(reader: SqlReader) {
  return {
    actor: byId<ActorRow>(reader, ACTOR),
    role: byId<RoleRow>(reader, ROLE),
    aliasesByActor: byActor<AliasRow>(reader, ACTOR_ALIAS),
    rolesByActor: byActor<RoleRow>(reader, ROLE),
    roleSpan: new DataLoader<number, RoleSpan | null>(async (ids) => {
      const spans = await readRoleSpans(reader, ids);
      return ids.map((id) => spans.get(id) ?? null);
    }),
  };
}
