// Connections over links between rows (an article's actors, an actor's events, …), for many
// parents at once: one SQL statement pages every parent's links with a window function, one more
// loads the linked rows by id, and counts come in one grouped statement when asked for.
import DataLoader from 'dataloader';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Context } from '../context.ts';
import type { ConnectionArgs } from './connection.args.ts';
import type { ConnectionData } from './connection.type.ts';
import { connectionFromRows, pageWindow, type PageWindow } from './pagination.ts';

/** A link: SQL selecting distinct `"parentId"` and `"childId"` columns. */
export interface Link {
  name: string;
  sql: Prisma.Sql;
}

interface LinkRow {
  parentId: number;
  childId: number;
}

function bounds(window: PageWindow): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
  if (window.afterId !== null) conditions.push(Prisma.sql`"childId" > ${window.afterId}`);
  if (window.beforeId !== null) conditions.push(Prisma.sql`"childId" < ${window.beforeId}`);
  return Prisma.join(conditions, ' AND ');
}

export function linkedConnection<TNode extends { id: number }>(
  { db, loaders }: Context,
  link: Link,
  parentId: number,
  args: ConnectionArgs,
  nodeLoader: DataLoader<number, TNode | null>,
): Promise<ConnectionData<TNode>> {
  const window = pageWindow(args);
  const order = Prisma.raw(window.direction === 'forward' ? 'ASC' : 'DESC');
  const key = `link:${link.name}:${JSON.stringify([args.first, args.after, args.last, args.before])}`;
  const loader = loaders.keyed(
    key,
    () =>
      new DataLoader<number, ConnectionData<TNode>>(async (parentIds) => {
        const ids = Prisma.join([...parentIds]);
        const rows = await db.$queryRaw<LinkRow[]>`
          SELECT "parentId", "childId" FROM (
            SELECT l."parentId", l."childId",
              row_number() OVER (PARTITION BY l."parentId" ORDER BY l."childId" ${order}) AS position
            FROM (${link.sql}) l
            WHERE l."parentId" IN (${ids}) AND ${bounds(window)}
          ) page
          WHERE position <= ${window.size + 1}
          ORDER BY "parentId", position`;
        const nodes = new Map<number, TNode>();
        for (const node of await nodeLoader.loadMany(rows.map((row) => row.childId))) {
          if (node instanceof Error) throw node;
          if (node) nodes.set(node.id, node);
        }
        let counts: Promise<Map<number, number>> | undefined;
        const countAll = async () => {
          const grouped = await db.$queryRaw<{ parentId: number; count: number }[]>`
            SELECT l."parentId", count(*)::int AS count FROM (${link.sql}) l
            WHERE l."parentId" IN (${ids}) GROUP BY l."parentId"`;
          return new Map(grouped.map((row) => [row.parentId, row.count]));
        };
        return parentIds.map((id) => {
          const page = rows.filter((row) => row.parentId === id).flatMap((row) => nodes.get(row.childId) ?? []);
          return connectionFromRows(
            page,
            window,
            (node) => node,
            async () => {
              counts ??= countAll();
              return (await counts).get(id) ?? 0;
            },
          );
        });
      }),
  );
  return loader.load(parentId);
}

/** The links the graph's relations page through. */
export const links = {
  articleActors: {
    name: 'articleActors',
    sql: Prisma.sql`SELECT DISTINCT "articleId" AS "parentId", "actorId" AS "childId" FROM "ActorMention"`,
  },
  articleEvents: {
    name: 'articleEvents',
    sql: Prisma.sql`SELECT DISTINCT "articleId" AS "parentId", "eventId" AS "childId" FROM "EventMention"`,
  },
  actorArticles: {
    name: 'actorArticles',
    sql: Prisma.sql`SELECT DISTINCT "actorId" AS "parentId", "articleId" AS "childId" FROM "ActorMention"`,
  },
  actorEvents: {
    name: 'actorEvents',
    sql: Prisma.sql`SELECT "actorId" AS "parentId", "eventId" AS "childId" FROM "EventParticipant"`,
  },
  actorCoActors: {
    name: 'actorCoActors',
    sql: Prisma.sql`SELECT DISTINCT m1."actorId" AS "parentId", m2."actorId" AS "childId"
      FROM "ActorMention" m1 JOIN "ActorMention" m2 ON m2."articleId" = m1."articleId" AND m2."actorId" <> m1."actorId"`,
  },
  eventArticles: {
    name: 'eventArticles',
    sql: Prisma.sql`SELECT DISTINCT "eventId" AS "parentId", "articleId" AS "childId" FROM "EventMention"`,
  },
} satisfies Record<string, Link>;
