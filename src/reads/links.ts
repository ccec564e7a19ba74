// The links between rows that nested connections page through: which actors an article mentions,
// which events an actor took part in, …, each as distinct ("parentId", "childId") pairs.
import { Prisma } from '../generated/prisma/client.ts';
import type { Link } from './linked-pages.ts';
import { ACTOR, ARTICLE, EVENT } from './tables.ts';

export const linkedPages = {
  articleActors: {
    name: 'article-actors',
    sql: Prisma.sql`SELECT DISTINCT "articleId" AS "parentId", "actorId" AS "childId" FROM "ActorMention"`,
    rows: ACTOR,
  },
  articleEvents: {
    name: 'article-events',
    sql: Prisma.sql`SELECT DISTINCT "articleId" AS "parentId", "eventId" AS "childId" FROM "EventMention"`,
    rows: EVENT,
  },
  actorArticles: {
    name: 'actor-articles',
    sql: Prisma.sql`SELECT DISTINCT "actorId" AS "parentId", "articleId" AS "childId" FROM "ActorMention"`,
    rows: ARTICLE,
  },
  actorEvents: {
    name: 'actor-events',
    sql: Prisma.sql`SELECT "actorId" AS "parentId", "eventId" AS "childId" FROM "EventParticipant"`,
    rows: EVENT,
  },
  actorCoActors: {
    name: 'co-actors',
    sql: Prisma.sql`SELECT DISTINCT m1."actorId" AS "parentId", m2."actorId" AS "childId"
      FROM "ActorMention" m1 JOIN "ActorMention" m2 ON m2."articleId" = m1."articleId" AND m2."actorId" <> m1."actorId"`,
    rows: ACTOR,
  },
  eventArticles: {
    name: 'event-articles',
    sql: Prisma.sql`SELECT DISTINCT "eventId" AS "parentId", "articleId" AS "childId" FROM "EventMention"`,
    rows: ARTICLE,
  },
} satisfies Record<string, Link>;
