// The sample articles shipped under prisma/sample-data, loaded into an empty database on start so
// that a new user's first query has something to answer.
import { fileURLToPath } from 'node:url';
import type { Database } from '../store/prisma-client.ts';
import { readArticleFile } from './article-file.ts';
import { ingestArticle } from './ingest-article.ts';

export const SAMPLE_ARTICLES_FILE = fileURLToPath(new URL('../../prisma/sample-data/articles.json', import.meta.url));

/** Ingests the sample articles when the database holds no article; returns how many were stored. */
export async function loadSampleArticlesIfEmpty(db: Database, options: { maxBodyChars: number }): Promise<number> {
  if ((await db.article.count()) > 0) return 0;
  let stored = 0;
  for (const input of await readArticleFile(SAMPLE_ARTICLES_FILE)) {
    const result = await ingestArticle(db, input, options);
    if (result.userErrors.length > 0) {
      throw new Error(
        `Sample article "${input.headline}" is invalid: ${result.userErrors.map((e) => e.message).join('; ')}`,
      );
    }
    if (result.created) stored += 1;
  }
  return stored;
}
