// An actor with its aliases and roles in one SQL statement, for queries that ask for them: the rows
// are primed into the request's loaders, so the `aliases` and `roles` fields find them there.
import { Prisma, type Actor, type ActorAlias, type Role } from '../../generated/prisma/client.ts';
import type { Loaders } from '../loaders.ts';
import { ACTOR_COLUMNS, ROLE_COLUMNS, selectColumns } from '../shared/model-columns.ts';
import type { Selection } from '../shared/selection.ts';
import type { SqlReader } from '../../store/sql-reader.ts';

/** Whether looking ahead pays: the query asks for the actor's aliases or roles. */
export function wantsActorRelations(selection: Selection): boolean {
  return 'aliases' in selection || 'roles' in selection;
}

type Row = Actor & { aliases: ActorAlias[]; roles: Role[] };

// Built once: the same for every request.
const ACTOR = selectColumns('actor', ACTOR_COLUMNS);
const ROLE = selectColumns('r', ROLE_COLUMNS);

export async function loadActorWithRelations(sql: SqlReader, loaders: Loaders, id: number): Promise<Actor | null> {
  const [row] = await sql.query<Row>(Prisma.sql`
    SELECT ${ACTOR},
      COALESCE((SELECT json_agg(al ORDER BY al.id) FROM "ActorAlias" al WHERE al."actorId" = actor.id),
        '[]'::json) AS aliases,
      COALESCE((SELECT json_agg(role ORDER BY role.id) FROM (
          SELECT ${ROLE} FROM "Role" r WHERE r."actorId" = actor.id) role),
        '[]'::json) AS roles
    FROM "Actor" actor WHERE actor.id = ${id}`);
  if (!row) return null;
  const { aliases, roles, ...actor } = row;
  loaders.actor.prime(id, actor);
  loaders.aliasesByActor.prime(id, aliases);
  loaders.rolesByActor.prime(id, roles);
  return actor;
}
