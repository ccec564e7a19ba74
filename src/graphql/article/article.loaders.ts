// Per-request loaders of articles: rows by id (without bodies) and bodies by id.
import DataLoader from 'dataloader';
import { readArticleBodies, type ArticleRow } from '../../reads/articles.reads.ts';
import { rowsByIds } from '../../reads/rows-by-key.ts';
import { ARTICLE } from '../../reads/tables.ts';
import type { SqlReader } from '../../store/sql-reader.ts';

export function createArticleLoaders(reader: SqlReader) {
  return {
    article: new DataLoader<number, ArticleRow | null>(async (ids) => {
      const rows = await rowsByIds<ArticleRow>(reader, ARTICLE, ids);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    articleBody: new DataLoader<number, string | null>(async (ids) => {
      const bodies = await readArticleBodies(reader, ids);
      return ids.map((id) => bodies.get(id) ?? null);
    }),
  };
}
