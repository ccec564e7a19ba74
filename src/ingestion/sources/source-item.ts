import type { ArticleInput } from '../article-input.ts';

/** One article read from a source file, or why it could not be read (`label` says where it came from). */
export type SourceItem = { label: string; input: ArticleInput; error?: undefined } | { label: string; error: string };
