import type { ArticleInput } from '../article-input.ts';

/**
 * One item read from a source, labelled: an article; or why that one item could not be read; or
 * why it is not taken as an article (a feed item carrying only a teaser).
 */
export type SourceItem =
  | { label: string; input: ArticleInput; error?: undefined; skipped?: undefined }
  | { label: string; error: string; skipped?: undefined }
  | { label: string; skipped: string; error?: undefined };
