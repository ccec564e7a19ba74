import type { ArticleInput } from '../article-input.ts';

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
