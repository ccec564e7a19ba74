// Per-request DataLoaders: every load by key within one request becomes one SQL statement per
// kind of load, whatever the page size or nesting.
import DataLoader from 'dataloader';
import {
  Prisma,
  type Actor,
  type Article,
  type Event,
  type Role,
  type Statement,
  type Topic,
} from '../generated/prisma/client.ts';
import type { Database } from '../store/prisma-client.ts';

export interface RoleSpan {
  firstSeenAt: Date;
  lastSeenAt: Date;
}

function byId<T extends { id: number }>(load: (ids: number[]) => Promise<T[]>): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = new Map((await load([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

function groupedBy<T>(
  load: (keys: number[]) => Promise<T[]>,
  keyOf: (row: NoInfer<T>) => number,
): DataLoader<number, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<number, T[]>(keys.map((key) => [key, []]));
    for (const row of await load([...keys])) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key)!);
  });
}

export function createLoaders(db: Database) {
  const keyedLoaders = new Map<string, unknown>();
  return {
    /** A loader made on first use for `key` (e.g. one per nested connection and its arguments). */
    keyed<T>(key: string, create: () => T): T {
      if (!keyedLoaders.has(key)) keyedLoaders.set(key, create());
      return keyedLoaders.get(key) as T;
    },
    article: byId<Article>((ids) => db.article.findMany({ where: { id: { in: ids } } })),
    actor: byId<Actor>((ids) => db.actor.findMany({ where: { id: { in: ids } } })),
    role: byId<Role>((ids) => db.role.findMany({ where: { id: { in: ids } } })),
    event: byId<Event>((ids) => db.event.findMany({ where: { id: { in: ids } } })),
    topic: byId<Topic>((ids) => db.topic.findMany({ where: { id: { in: ids } } })),
    statement: byId<Statement>((ids) => db.statement.findMany({ where: { id: { in: ids } } })),
    rolesByActor: groupedBy(
      (ids) => db.role.findMany({ where: { actorId: { in: ids } }, orderBy: { id: 'asc' } }),
      (row) => row.actorId,
    ),
    aliasesByActor: groupedBy(
      (ids) => db.actorAlias.findMany({ where: { actorId: { in: ids } }, orderBy: { id: 'asc' } }),
      (row) => row.actorId,
    ),
    topicsByStatement: groupedBy(
      (ids) => db.statementTopic.findMany({ where: { statementId: { in: ids } }, orderBy: { topicId: 'asc' } }),
      (row) => row.statementId,
    ),
    participantsByEvent: groupedBy(
      (ids) => db.eventParticipant.findMany({ where: { eventId: { in: ids } }, orderBy: { actorId: 'asc' } }),
      (row) => row.eventId,
    ),
    /** When each role was first and last seen: the dates of the articles that give it. */
    roleSpan: new DataLoader<number, RoleSpan | null>(async (roleIds) => {
      const ids = Prisma.join([...roleIds]);
      const rows = await db.$queryRaw<(RoleSpan & { roleId: number })[]>`
        SELECT seen."roleId", min(seen.date) AS "firstSeenAt", max(seen.date) AS "lastSeenAt"
        FROM (
          SELECT m."roleId", COALESCE(a."publishedAt", a."ingestedAt") AS date
          FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" WHERE m."roleId" IN (${ids})
          UNION ALL
          SELECT s."speakerRoleId", COALESCE(a."publishedAt", a."ingestedAt")
          FROM "Statement" s JOIN "Article" a ON a.id = s."articleId" WHERE s."speakerRoleId" IN (${ids})
        ) seen
        GROUP BY seen."roleId"`;
      const spans = new Map(rows.map(({ roleId, ...span }) => [roleId, span]));
      return roleIds.map((id) => spans.get(id) ?? null);
    }),
    topicsByArticle: groupedBy(
      (ids) =>
        db.articleTopic.findMany({
          where: { articleId: { in: ids } },
          orderBy: [{ weight: 'desc' }, { topicId: 'asc' }],
        }),
      (row) => row.articleId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads rows by id in the given order, leaving out ids whose row no longer exists. */
export async function loadAll<T>(loader: DataLoader<number, T | null>, ids: readonly number[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.filter((row): row is T => {
    if (row instanceof Error) throw row;
    return row !== null;
  });
}
