// Keys that decide when two things are the same: "Mark Rutte" in two articles is one actor,
// "U.S. Ambassador to NATO" and "U.S. ambassador to NATO" are one role title.
import { createHash } from 'node:crypto';

/** Case-, accent- and punctuation-folded form of a name or title, used in unique keys and filters. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Identifies an article without a URL: the same text ingested twice is one article. */
export function contentHash(headline: string, body: string): string {
  const canonical = `${headline.trim()}\n\n${body.replace(/\s+/g, ' ').trim()}`;
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
