import type { Logger } from '../logging/logger.ts';
import type { Credential } from '../server/api-keys.ts';
import type { Database } from '../store/prisma-client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of one request shares: the database, that request's loaders, log and credential. */
export interface Context {
  db: Database;
  loaders: Loaders;
  maxArticleChars: number;
  /** The request's logger: its lines carry the request id. Never log article bodies or keys. */
  log?: Logger;
  /** What the request presented as an API key (checked before any resolver runs). */
  credential: Credential;
}

export function createContext(
  db: Database,
  options: { maxArticleChars: number; log?: Logger; credential?: Credential },
): Context {
  return {
    db,
    loaders: createLoaders(db),
    maxArticleChars: options.maxArticleChars,
    log: options.log,
    credential: options.credential ?? { kind: 'none' },
  };
}
