import type { Database } from '../store/prisma-client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of one request shares: the database and that request's loaders. */
export interface Context {
  db: Database;
  loaders: Loaders;
  maxArticleChars: number;
}

export function createContext(db: Database, options: { maxArticleChars: number }): Context {
  return { db, loaders: createLoaders(db), maxArticleChars: options.maxArticleChars };
}
