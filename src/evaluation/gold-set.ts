// Reads a gold directory: articles/NAME.txt (+ NAME.meta.json) and gold/NAME.json.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticleWithMeta } from '../ingestion/article-file.ts';
import type { ArticleText } from '../extraction/types.ts';
import type { GoldLike } from './score.ts';

export interface GoldArticle {
  name: string;
  article: ArticleText;
  gold: GoldLike;
}

async function exists(file: string): Promise<boolean> {
  try {
    await readFile(file);
    return true;
  } catch {
    return false;
  }
}

/** Every article of DIR that has a gold file, in name order. */
export async function readGoldSet(dir: string): Promise<GoldArticle[]> {
  const articlesDir = join(dir, 'articles');
  const goldDir = join(dir, 'gold');
  const names = (await readdir(articlesDir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
  const set: GoldArticle[] = [];
  for (const name of names) {
    const goldFile = join(goldDir, `${name}.json`);
    if (!(await exists(goldFile))) continue;
    const metaFile = join(articlesDir, `${name}.meta.json`);
    const article = await readArticleWithMeta(
      join(articlesDir, `${name}.txt`),
      (await exists(metaFile)) ? metaFile : null,
    );
    const gold = JSON.parse(await readFile(goldFile, 'utf8')) as GoldLike;
    set.push({ name, article, gold });
  }
  return set;
}
