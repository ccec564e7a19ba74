// Reads the articles of one file, of any format the sources readers know (see sources/), failing on
// the first item that is not an article. Batch ingestion uses sources/read-source.ts directly.
import { readFile } from 'node:fs/promises';
import type { ArticleText } from '../extraction/types.ts';
import type { ArticleInput } from './article-input.ts';
import { ArticleFileError } from './sources/formats.ts';
import { readSourceFile, type ReadSourceOptions } from './sources/read-source.ts';

export { ArticleFileError } from './sources/formats.ts';
export { parsePlainTextArticle } from './sources/text.ts';

/** The articles in one file; items that are not articles (feed teasers) are left out. */
export async function readArticleFile(file: string, options: ReadSourceOptions = {}): Promise<ArticleInput[]> {
  const items = await readSourceFile(file, options);
  return items.flatMap((item, index) => {
    if (item.error !== undefined) throw new ArticleFileError(file, `item ${index} ${item.error}`);
    return item.skipped === undefined ? [item.input] : [];
  });
}

/** The article in FILE with META.json's headline and date, as `extract --meta META.json FILE` reads it. */
export async function readArticleWithMeta(file: string, metaFile: string | null): Promise<ArticleText> {
  const [input] = await readArticleFile(file);
  if (!input || typeof input.body !== 'string') throw new Error(`${file}: no article with a "body" string`);
  let headline = typeof input.headline === 'string' ? input.headline : '';
  let publishedAt =
    input.publishedAt instanceof Date ? input.publishedAt.toISOString() : ((input.publishedAt as string) ?? null);
  if (metaFile) {
    const meta = JSON.parse(await readFile(metaFile, 'utf8')) as { publishedAt?: string | null; headline?: string };
    headline = meta.headline ?? headline;
    publishedAt = meta.publishedAt ?? publishedAt;
  }
  return { headline, body: input.body, publishedAt };
}
