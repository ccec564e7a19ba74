// One article's extracted graph on its way into the store, with the ids its rows get as they are
// written. Many articles' graphs are written together: each table by one statement for all of them.
import type { Analysis, ArticleText } from '../extraction/types.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { normalizeKey } from './identity.ts';

export type Transaction = Prisma.TransactionClient;

export interface ArticleGraph {
  articleId: number;
  analysis: Analysis;
  /** The article's headline and body: the context statements' topics are matched in. */
  text: Pick<ArticleText, 'headline' | 'body'>;
  /** Stored actor by extracted actor ref. */
  actorIds: Map<string, number>;
  /** Stored role by roleKey(actor ref, title), for the roles this article gives. */
  roleIds: Map<string, number>;
  /** Stored event by extracted event ref. */
  eventIds: Map<string, number>;
}

export function articleGraph(
  articleId: number,
  analysis: Analysis,
  text: Pick<ArticleText, 'headline' | 'body'>,
): ArticleGraph {
  return { articleId, analysis, text, actorIds: new Map(), roleIds: new Map(), eventIds: new Map() };
}

export function roleKey(actorRef: string, title: string): string {
  return `${actorRef}\u0000${normalizeKey(title)}`;
}

/** Distinct by key, first occurrence kept (what the first of several articles ingested in turn would store). */
export function distinctBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/**
 * Rows that concurrent transactions may also insert, in one order everywhere (by key), so that two
 * ingests waiting on each other's new rows of one table cannot deadlock.
 */
export function inKeyOrder<T>(items: T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
