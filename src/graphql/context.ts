import type { Logger } from '../logging/logger.ts';
import { sqlReaderOf, type Database } from '../store/prisma-client.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import type { Credential } from './credential.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { KeyedLoaders } from './shared/nested-connection.ts';

/** What every resolver of one request shares: the database, that request's loaders, log and credential. */
export interface Context {
  /** The Prisma client: writes (mutations) go through it. */
  db: Database;
  /** Every read: prepared SQL statements (see sql-reader.ts). */
  reader: SqlReader;
  loaders: Loaders;
  /** Loaders of nested connections, one per connection and arguments. */
  keyed: KeyedLoaders;
  maxArticleChars: number;
  /** The request's logger: its lines carry the request id. Never log article bodies or keys. */
  log?: Logger;
  /** What the request presented as an API key (checked before any resolver runs). */
  credential: Credential;
}

export function createContext(
  db: Database,
  options: { maxArticleChars: number; log?: Logger; credential?: Credential; reader?: SqlReader },
): Context {
  const reader = options.reader ?? sqlReaderOf(db);
  return {
    db,
    reader,
    loaders: createLoaders(reader),
    keyed: new KeyedLoaders(),
    maxArticleChars: options.maxArticleChars,
    log: options.log,
    credential: options.credential ?? { kind: 'none' },
  };
}
