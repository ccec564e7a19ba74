// Reads articles from files: plain text (headline line, blank line, paragraphs) or JSON holding
// one article object or an array of them, with the fields of ArticleInput.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ArticleInput } from './article-input.ts';

export class ArticleFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ArticleFileError';
  }
}

/** Splits a plain-text article: the first non-empty line is the headline, the rest the body. */
export function parsePlainTextArticle(text: string): ArticleInput {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  const headlineIndex = lines.findIndex((line) => line.trim() !== '');
  if (headlineIndex === -1) return { headline: '', body: '' };
  const headline = lines[headlineIndex]!.trim();
  const body = lines
    .slice(headlineIndex + 1)
    .join('\n')
    .trim();
  return { headline, body };
}

export async function readArticleFile(file: string): Promise<ArticleInput[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ArticleFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (extname(file).toLowerCase() !== '.json') return [parsePlainTextArticle(text)];

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ArticleFileError(file, `is not valid JSON (${(error as Error).message})`);
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.map((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new ArticleFileError(file, `item ${index} is not an article object`);
    }
    return item as ArticleInput;
  });
}
