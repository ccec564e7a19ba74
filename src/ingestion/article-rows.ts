// Article rows: finding articles stored under an idempotency key, and inserting new ones.
import type { Article } from '../generated/prisma/client.ts';
import type { Transaction } from './article-graph.ts';
import type { ValidArticle } from './article-input.ts';

/** An article and its idempotency keys: its URL when it has one, and the hash of its text. */
export interface KeyedArticle {
  article: ValidArticle;
  hash: string;
}

/** The stored article of each one given (same content hash, or same URL), if any. One statement. */
export async function findStoredArticles(
  db: Pick<Transaction, '$queryRaw'>,
  articles: KeyedArticle[],
): Promise<(Article | undefined)[]> {
  if (articles.length === 0) return [];
  const urls = articles.flatMap(({ article }) => (article.url ? [article.url] : []));
  const rows = await db.$queryRaw<Article[]>`
    SELECT id, url, "contentHash", headline, body, source, "publishedAt", "ingestedAt", "extractorVersion"
    FROM "Article" WHERE "contentHash" = ANY(${articles.map((item) => item.hash)}::text[]) OR url = ANY(${urls}::text[])
    ORDER BY id`;
  const byHash = new Map(rows.map((row) => [row.contentHash, row]));
  const byUrl = new Map(rows.flatMap((row) => (row.url ? [[row.url, row] as const] : [])));
  return articles.map(({ article, hash }) => byHash.get(hash) ?? (article.url ? byUrl.get(article.url) : undefined));
}

/**
 * Inserts the articles; one a concurrent ingest has just stored under the same key is not inserted
 * (ON CONFLICT DO NOTHING waits for that ingest to commit) and comes back `undefined`.
 */
export async function insertArticles(
  tx: Transaction,
  articles: (KeyedArticle & { extractorVersion: string })[],
): Promise<(Article | undefined)[]> {
  const rows = await tx.$queryRaw<{ id: number; contentHash: string; ingestedAt: Date }[]>`
    INSERT INTO "Article" (url, "contentHash", headline, body, source, "publishedAt", "extractorVersion", "ingestedAt")
    SELECT *, now() AT TIME ZONE 'UTC' FROM unnest(${articles.map((item) => item.article.url)}::text[],
      ${articles.map((item) => item.hash)}::text[], ${articles.map((item) => item.article.headline)}::text[],
      ${articles.map((item) => item.article.body)}::text[], ${articles.map((item) => item.article.source)}::text[],
      ${articles.map((item) => item.article.publishedAt)}::timestamp[],
      ${articles.map((item) => item.extractorVersion)}::text[])
    ON CONFLICT DO NOTHING
    RETURNING id, "contentHash", "ingestedAt"`;
  const byHash = new Map(rows.map((row) => [row.contentHash, row]));
  return articles.map(({ article, hash, extractorVersion }) => {
    const row = byHash.get(hash);
    if (!row) return undefined;
    const { url, headline, body, source, publishedAt } = article;
    return {
      id: row.id,
      url,
      contentHash: hash,
      headline,
      body,
      source,
      publishedAt,
      ingestedAt: row.ingestedAt,
      extractorVersion,
    };
  });
}
