// Articles for tests: the user's seed article, read from the sample data the service ships.
import { readArticleFile } from '../../src/ingestion/article-file.ts';
import type { ArticleInput } from '../../src/ingestion/article-input.ts';
import { SAMPLE_ARTICLES_FILE } from '../../src/ingestion/sample-data.ts';

export async function seedArticle(): Promise<ArticleInput> {
  const [article] = await readArticleFile(SAMPLE_ARTICLES_FILE);
  return article!;
}
