// Stores one article and the graph extracted from it: the batch of one. Ingesting the same article
// again (same URL, or same text without a URL) changes nothing and returns the stored one.
import type { Database } from '../store/prisma-client.ts';
import type { ArticleInput } from './article-input.ts';
import { ingestArticles, type IngestOptions, type IngestResult } from './ingest-articles.ts';

export async function ingestArticle(db: Database, input: ArticleInput, options: IngestOptions): Promise<IngestResult> {
  const [result] = await ingestArticles(db, [input], options);
  return result!;
}
