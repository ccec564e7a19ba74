// Reads a gold directory: articles/NAME.txt (+ NAME.meta.json) and gold/NAME.json.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticleFile } from '../ingestion/article-file.ts';
import type { ArticleText } from '../extraction/types.ts';
import type { GoldLike } from './score.ts';

export interface GoldArticle {
  name: string;
  article: ArticleText;
  gold: GoldLike;
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
