// Reads the articles of one file, of any format the sources readers know (see sources/), failing on
// the first item that is not an article. Batch ingestion uses sources/read-source.ts directly.
import type { ArticleInput } from './article-input.ts';
import { ArticleFileError } from './sources/formats.ts';
import { readSourceFile, type ReadSourceOptions } from './sources/read-source.ts';

export { ArticleFileError } from './sources/formats.ts';
export { parsePlainTextArticle } from './sources/text.ts';

export async function readArticleFile(file: string, options: ReadSourceOptions = {}): Promise<ArticleInput[]> {
  const items = await readSourceFile(file, options);
  return items.map((item, index) => {
    if (item.error !== undefined) throw new ArticleFileError(file, `item ${index} ${item.error}`);
    return item.input;
  });
}
