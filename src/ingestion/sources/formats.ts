// Which reader a file needs, by its extension; anything else is refused with the file's name.
import { extname } from 'node:path';

export type SourceFormat = 'text' | 'json' | 'jsonl' | 'html' | 'feed';

const FORMATS: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
};

export const KNOWN_EXTENSIONS = Object.keys(FORMATS);

export function sourceFormat(file: string): SourceFormat | null {
  return FORMATS[extname(file).toLowerCase()] ?? null;
}

export class ArticleFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ArticleFileError';
  }
}
