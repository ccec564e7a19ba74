// Re-extracts a stored article with the current extractor and replaces the graph it contributed, in
// one transaction: readers see the old graph or the new one, never half of each. Shared rows (actors,
// roles, topics, events other articles also report) stay; only this article's links to them change.
import { extractArticle } from '../extraction/extract-article.ts';
import type { Database } from '../store/prisma-client.ts';
import type { Transaction } from './article-graph.ts';
import { storeExtractedGraph } from './store-graph.ts';

export interface ReanalyseResult {
  articleId: number;
  /** Extractor version before and after. */
  previousVersion: string;
  extractorVersion: string;
  statements: number;
  /** Curated corrections re-applied on top of the new extraction. */
  correctionsApplied: number;
}

export class ArticleNotFoundError extends Error {
  constructor(readonly articleId: number) {
    super(`Article ${articleId} does not exist`);
    this.name = 'ArticleNotFoundError';
  }
}

/**
 * Curated corrections are made by people and survive re-analysis: curation wins over extraction.
 * Merged actors and added aliases live on the actors (curated aliases steer identity), corrected
 * roles keep the key extraction finds them under, and re-attributed statements are kept as they
 * are: here, inside the re-analysis transaction, the new extraction's readings of the same passages
 * are dropped. Returns how many curated statements were kept.
 */
export type CurationReplayer = (tx: Transaction, articleId: number) => Promise<number>;

export const reapplyCuratedCorrections: CurationReplayer = async (tx, articleId) => {
  const curated = await tx.statement.findMany({
    where: { articleId, curated: true },
    select: { section: true, start: true, end: true },
  });
  for (const passage of curated) {
    await tx.statement.deleteMany({
      where: {
        articleId,
        curated: false,
        section: passage.section,
        start: { lt: passage.end },
        end: { gt: passage.start },
      },
    });
  }
  return curated.length;
};

export async function reanalyseArticle(
  db: Database,
  articleId: number,
  options: { reapplyCorrections?: CurationReplayer } = {},
): Promise<ReanalyseResult> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, headline: true, body: true, publishedAt: true, extractorVersion: true },
  });
  if (!article) throw new ArticleNotFoundError(articleId);
  // Extraction is pure and can be slow: it runs before the transaction opens.
  const analysis = extractArticle({
    headline: article.headline,
    body: article.body,
    publishedAt: article.publishedAt?.toISOString() ?? null,
  });
  const replay = options.reapplyCorrections ?? reapplyCuratedCorrections;
  return db.$transaction(
    async (tx) => {
      // Serialises concurrent re-analyses of one article (a worker and a retry, say).
      await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${articleId} FOR UPDATE`;
      await removeExtractedGraph(tx, articleId);
      await storeExtractedGraph(tx, articleId, analysis, article);
      await tx.article.update({ where: { id: articleId }, data: { extractorVersion: analysis.extractorVersion } });
      const correctionsApplied = await replay(tx, articleId);
      return {
        articleId,
        previousVersion: article.extractorVersion,
        extractorVersion: analysis.extractorVersion,
        statements: analysis.statements.length,
        correctionsApplied,
      };
    },
    { timeout: 60_000 },
  );
}

/** Deletes what extraction derived from one article; events only it reported go with it. */
async function removeExtractedGraph(tx: Transaction, articleId: number): Promise<void> {
  const eventIds = (
    await tx.eventMention.findMany({ where: { articleId }, select: { eventId: true }, distinct: ['eventId'] })
  ).map((mention) => mention.eventId);
  await tx.statement.deleteMany({ where: { articleId, curated: false } });
  await tx.actorMention.deleteMany({ where: { articleId } });
  await tx.eventMention.deleteMany({ where: { articleId } });
  await tx.articleTopic.deleteMany({ where: { articleId } });
  // Anonymous sources belong to their article alone and are extracted again, unless a person
  // attributed a statement to one.
  await tx.actor.deleteMany({ where: { scopeArticleId: articleId, statements: { none: { curated: true } } } });
  if (eventIds.length > 0) {
    await tx.event.deleteMany({ where: { id: { in: eventIds }, mentions: { none: {} } } });
  }
}
