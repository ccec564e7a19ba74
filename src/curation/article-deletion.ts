// Deleting an article with everything only it supports: its mentions, statements, topics and
// anonymous sources go with it (by cascade); actors, roles and events no other article mentions
// are removed too. Curated roles and aliases stay with actors that remain.
import type { Database } from '../store/prisma-client.ts';
import { done, rejected, type CurationResult } from './curation-result.ts';

export interface DeletedArticle {
  articleId: number;
  deletedActors: number;
  deletedEvents: number;
}

export async function deleteArticle(db: Database, articleId: number): Promise<CurationResult<DeletedArticle>> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
    if (!article) return rejected<DeletedArticle>(['input', 'articleId'], 'No such article', 'NOT_FOUND');

    const actorIds = (
      await tx.actorMention.findMany({ where: { articleId }, select: { actorId: true }, distinct: ['actorId'] })
    ).map((mention) => mention.actorId);
    const eventIds = (
      await tx.eventMention.findMany({ where: { articleId }, select: { eventId: true }, distinct: ['eventId'] })
    ).map((mention) => mention.eventId);
    await tx.article.delete({ where: { id: articleId } });

    const orphanActors = await tx.actor.deleteMany({
      where: { id: { in: actorIds }, mentions: { none: {} }, statements: { none: {} } },
    });
    const orphanEvents = await tx.event.deleteMany({ where: { id: { in: eventIds }, mentions: { none: {} } } });
    await tx.role.deleteMany({
      where: { actorId: { in: actorIds }, curated: false, statements: { none: {} }, mentions: { none: {} } },
    });
    return done({ articleId, deletedActors: orphanActors.count, deletedEvents: orphanEvents.count });
  });
}
