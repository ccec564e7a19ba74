// JSON (one article object or an array of them) and JSON Lines (one article object a line).
import type { ArticleInput } from '../article-input.ts';
import type { SourceItem } from './source-item.ts';
import { ArticleFileError } from './formats.ts';

export function jsonArticles(file: string, text: string): SourceItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stripBom(text));
  } catch (error) {
    throw new ArticleFileError(file, `is not valid JSON (${(error as Error).message})`);
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  if (items.length === 0) throw new ArticleFileError(file, 'holds an empty array: no articles');
  return items.map((item, index) => {
    const label = Array.isArray(parsed) ? `${file}[${index}]` : file;
    return articleItem(label, item);
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
    items.push(articleItem(label, parsed));
  }
  return items;
}

/** An article object, or the reason the value is not one (it must have a headline or a body). */
function articleItem(label: string, value: unknown): SourceItem {
  if (!isObject(value)) {
    const found = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    return { label, error: `is not an article: expected an object with "headline" and "body", found ${found}` };
  }
  if (!('headline' in value) && !('body' in value)) {
    const keys = Object.keys(value).slice(0, 5);
    const found = keys.length > 0 ? `keys ${keys.map((key) => JSON.stringify(key)).join(', ')}` : 'no keys';
    return { label, error: `is not an article: expected "headline" and "body", found ${found}` };
  }
  return { label, input: value as unknown as ArticleInput };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stripBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}
