// Actors: filtered pages, an actor with its aliases and roles in one statement, when each role was
// seen, and the actors an article mentions or that appear beside an actor.
import { Prisma, type Actor, type ActorAlias, type Role } from '../generated/prisma/client.ts';
import type { ActorKind, RoleKind } from '../generated/prisma/enums.ts';
import { normalizeKey } from '../ingestion/identity.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { linkedPages } from './links.ts';
import { readLinkedPages } from './linked-pages.ts';
import type { RowSource } from './paging/keyset.ts';
import { byId } from './paging/ordering.ts';
import type { PageArgs } from './paging/page-window.ts';
import { readPage, type PageWithCount } from './paging/read-page.ts';
import { ACTOR, ACTOR_ALIAS, columnsOf, ROLE } from './tables.ts';
import { checkedText, containsPattern } from './text-arguments.ts';

/** An actor as reads hand it out: what the API shows (see tables.ts). */
export type ActorRow = Pick<Actor, 'id' | 'name' | 'kind' | 'wikidataId'>;
export type RoleRow = Pick<Role, 'id' | 'actorId' | 'title' | 'kind' | 'organization' | 'country'>;
export type AliasRow = Pick<ActorAlias, 'id' | 'actorId' | 'alias'>;

export interface ActorFilter {
  name?: string | null;
  kind?: ActorKind | null;
  roleTitle?: string | null;
  roleKind?: RoleKind | null;
  organization?: string | null;
  country?: string | null;
}

/**
 * Actors whose name or one of whose aliases contains `name`, ignoring case, accents and punctuation;
 * none when `name` holds no letter or digit (names are compared without punctuation).
 */
export function actorNamed(actor: Prisma.Sql, name: string, field: string[]): Prisma.Sql {
  const key = normalizeKey(checkedText(name, field));
  if (key === '') return Prisma.sql`FALSE`;
  const pattern = containsPattern(key);
  return Prisma.sql`(${actor}."normalizedName" LIKE ${pattern} OR EXISTS (
    SELECT 1 FROM "ActorAlias" al WHERE al."actorId" = ${actor}.id AND al."normalizedAlias" LIKE ${pattern}))`;
}

const ACTORS = byId('actors', Prisma.sql`x.id`);

function actorSource(filter: ActorFilter | null | undefined): RowSource {
  const at = (name: string) => ['filter', name];
  const conditions: Prisma.Sql[] = [];
  if (filter?.kind) conditions.push(Prisma.sql`x.kind = ${filter.kind}::"ActorKind"`);
  if (filter?.name) conditions.push(actorNamed(Prisma.sql`x`, filter.name, at('name')));
  const role: Prisma.Sql[] = [];
  if (filter?.roleTitle)
    role.push(Prisma.sql`r.title ILIKE ${containsPattern(checkedText(filter.roleTitle, at('roleTitle')))}`);
  if (filter?.roleKind) role.push(Prisma.sql`r.kind = ${filter.roleKind}::"RoleKind"`);
  if (filter?.organization) {
    role.push(Prisma.sql`lower(r.organization) = lower(${checkedText(filter.organization, at('organization'))})`);
  }
  if (filter?.country) role.push(Prisma.sql`lower(r.country) = lower(${checkedText(filter.country, at('country'))})`);
  if (role.length > 0) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Role" r WHERE r."actorId" = x.id AND ${Prisma.join(role, ' AND ')})`,
    );
  }
  return { select: columnsOf(ACTOR, 'x'), from: Prisma.sql`"Actor" x`, where: conditions, ordering: ACTORS };
}

export function readActorPage(
  reader: SqlReader,
  filter: ActorFilter | null | undefined,
  args: PageArgs,
): Promise<PageWithCount<ActorRow>> {
  return readPage<ActorRow>(reader, actorSource(filter), args);
}

export interface ActorWithRelations {
  actor: ActorRow;
  aliases: AliasRow[];
  roles: RoleRow[];
}

/** An actor with its aliases and roles, in one statement. */
export async function readActorWithRelations(reader: SqlReader, id: number): Promise<ActorWithRelations | null> {
  const [row] = await reader.query<ActorRow & { aliases: AliasRow[]; roles: RoleRow[] }>(Prisma.sql`
    SELECT ${columnsOf(ACTOR, 'x')},
      COALESCE((SELECT json_agg(alias_row ORDER BY alias_row.id) FROM (
          SELECT ${columnsOf(ACTOR_ALIAS, 'al')} FROM "ActorAlias" al WHERE al."actorId" = x.id) alias_row),
        '[]'::json) AS aliases,
      COALESCE((SELECT json_agg(role_row ORDER BY role_row.id) FROM (
          SELECT ${columnsOf(ROLE, 'r')} FROM "Role" r WHERE r."actorId" = x.id) role_row),
        '[]'::json) AS roles
    FROM "Actor" x WHERE x.id = ${id}::int`);
  if (!row) return null;
  const { aliases, roles, ...actor } = row;
  return { actor, aliases, roles };
}

export interface RoleSpan {
  firstSeenAt: Date;
  lastSeenAt: Date;
}

/** When each role was first and last seen: the dates of the articles that give it. */
export async function readRoleSpans(reader: SqlReader, roleIds: readonly number[]): Promise<Map<number, RoleSpan>> {
  const rows = await reader.query<RoleSpan & { roleId: number }>(Prisma.sql`
    SELECT seen."roleId", min(seen.date) AS "firstSeenAt", max(seen.date) AS "lastSeenAt"
    FROM (
      SELECT m."roleId", COALESCE(a."publishedAt", a."ingestedAt") AS date
      FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" WHERE m."roleId" = ANY(${[...roleIds]}::int[])
      UNION ALL
      SELECT s."speakerRoleId", COALESCE(a."publishedAt", a."ingestedAt")
      FROM "Statement" s JOIN "Article" a ON a.id = s."articleId" WHERE s."speakerRoleId" = ANY(${[...roleIds]}::int[])
    ) seen
    GROUP BY seen."roleId"`);
  return new Map(rows.map(({ roleId, ...span }) => [roleId, span]));
}

export function readActorPagesOfArticles(reader: SqlReader, articleIds: readonly number[], args: PageArgs) {
  return readLinkedPages<ActorRow>(reader, linkedPages.articleActors, articleIds, args);
}

export function readCoActorPages(reader: SqlReader, actorIds: readonly number[], args: PageArgs) {
  return readLinkedPages<ActorRow>(reader, linkedPages.actorCoActors, actorIds, args);
}

export interface CoActorNetwork {
  /** The actors appearing most often beside the actor, with the number of articles they share with it. */
  nodes: { actorId: number; sharedArticles: number }[];
  /** Every pair of the actor and those co-actors that share articles, with how many (source < target). */
  links: { source: number; target: number; sharedArticles: number }[];
}

/** An actor's co-actor network: its `size` most frequent co-actors and who of them appears with whom. */
export async function readCoActorNetwork(reader: SqlReader, actorId: number, size: number): Promise<CoActorNetwork> {
  const nodes = await reader.query<{ actorId: number; sharedArticles: number }>(Prisma.sql`
    SELECT m."actorId", count(DISTINCT m."articleId")::int AS "sharedArticles"
    FROM "ActorMention" m
    WHERE m."articleId" IN (SELECT own."articleId" FROM "ActorMention" own WHERE own."actorId" = ${actorId}::int)
      AND m."actorId" <> ${actorId}::int
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${size}`);
  if (nodes.length === 0) return { nodes, links: [] };
  const ids = [actorId, ...nodes.map((node) => node.actorId)];
  const links = await reader.query<{ source: number; target: number; sharedArticles: number }>(Prisma.sql`
    WITH seen AS MATERIALIZED (
      SELECT DISTINCT m."actorId", m."articleId" FROM "ActorMention" m WHERE m."actorId" = ANY(${ids}::int[])
    )
    SELECT a."actorId" AS source, b."actorId" AS target, count(*)::int AS "sharedArticles"
    FROM seen a JOIN seen b ON b."articleId" = a."articleId" AND a."actorId" < b."actorId"
    GROUP BY 1, 2 ORDER BY 1, 2`);
  return { nodes, links };
}
