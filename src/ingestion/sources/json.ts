// JSON (one article object or an array of them) and JSON Lines (one article object a line).
import type { ArticleInput } from '../article-input.ts';
import type { SourceItem } from './read-source.ts';
import { ArticleFileError } from './formats.ts';

export function jsonArticles(file: string, text: string): SourceItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stripBom(text));
  } catch (error) {
    throw new ArticleFileError(file, `is not valid JSON (${(error as Error).message})`);
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.map((item, index) => {
    const label = Array.isArray(parsed) ? `${file}[${index}]` : file;
    return isObject(item)
      ? { label, input: item as unknown as ArticleInput }
      : { label, error: 'is not an article object' };
  });
}

export function jsonLinesArticles(file: string, text: string): SourceItem[] {
  const items: SourceItem[] = [];
  for (const [index, line] of stripBom(text).split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const label = `${file}:${index + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      items.push({ label, error: `is not valid JSON (${(error as Error).message})` });
      continue;
    }
    items.push(
      isObject(parsed)
        ? { label, input: parsed as unknown as ArticleInput }
        : { label, error: 'is not an article object' },
    );
  }
  return items;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stripBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}
