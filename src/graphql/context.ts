import type { Logger } from '../logging/logger.ts';
import type { Credential } from '../server/api-keys.ts';
import { sqlReaderOf, type Database } from '../store/prisma-client.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What every resolver of one request shares: the database, that request's loaders, log and credential. */
export interface Context {
  db: Database;
  /** Hand-written read statements, prepared (see sql-reader.ts). */
  sql: SqlReader;
  loaders: Loaders;
  maxArticleChars: number;
  /** The request's logger: its lines carry the request id. Never log article bodies or keys. */
  log?: Logger;
  /** What the request presented as an API key (checked before any resolver runs). */
  credential: Credential;
  /**
   * May see how ingestion runs inside: job labels (server file paths), headlines and URLs of queued
   * articles, job errors. True for a valid key, or on an open development server without keys.
   */
  seesJobDetails: boolean;
}

export function createContext(
  db: Database,
  options: { maxArticleChars: number; log?: Logger; credential?: Credential; seesJobDetails?: boolean },
): Context {
  return {
    db,
    sql: sqlReaderOf(db),
    loaders: createLoaders(db),
    maxArticleChars: options.maxArticleChars,
    log: options.log,
    credential: options.credential ?? { kind: 'none' },
    seesJobDetails: options.seesJobDetails ?? false,
  };
}
