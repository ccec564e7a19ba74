import type { Logger } from '../logging/logger.ts';
import { sqlReaderOf, type Database } from '../store/prisma-client.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import type { Credential } from './credential.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { KeyedLoaders } from './shared/nested-connection.ts';

export interface ContextOptions {
  maxArticleChars: number;
  log?: Logger;
  credential?: Credential;
  seesJobDetails?: boolean;
  /** A read replica for this request's reads; a mutation reads from the primary all the same. */
  replica?: SqlReader;
}

/**
 * What every resolver of one request shares: the database, that request's loaders, log and credential.
 * A class, so that its getters survive the shallow copy Apollo Server makes of a context per operation.
 */
export class Context {
  /** The Prisma client on the primary: writes (mutations) go through it. */
  readonly db: Database;
  /** Loaders of nested connections, one per connection and arguments. */
  readonly keyed = new KeyedLoaders();
  readonly maxArticleChars: number;
  /** The request's logger: its lines carry the request id. Never log article bodies or keys. */
  readonly log?: Logger;
  /** What the request presented as an API key (checked before any resolver runs). */
  readonly credential: Credential;
  /**
   * May see how ingestion runs inside: job labels (server file paths), headlines and URLs of queued
   * articles, job errors. True for a valid key, or on an open development server without keys.
   */
  readonly seesJobDetails: boolean;
  protected currentReader: SqlReader;
  protected madeLoaders: Loaders | undefined;

  constructor(db: Database, options: ContextOptions) {
    this.db = db;
    this.maxArticleChars = options.maxArticleChars;
    this.log = options.log;
    this.credential = options.credential ?? { kind: 'none' };
    this.seesJobDetails = options.seesJobDetails ?? false;
    this.currentReader = options.replica ?? sqlReaderOf(db);
  }

  /** Every read: prepared SQL statements (see sql-reader.ts), on a read replica when there is one. */
  get reader(): SqlReader {
    return this.currentReader;
  }

  /** Made on first use, once the operation is known, so that they read where the operation reads. */
  get loaders(): Loaders {
    return (this.madeLoaders ??= createLoaders(this.currentReader));
  }

  /** A mutation's reads, its payload's included, go to the primary: they must see its own writes. */
  readFromPrimary(): void {
    this.currentReader = sqlReaderOf(this.db);
    this.madeLoaders = undefined;
  }
}

export function createContext(db: Database, options: ContextOptions): Context {
  return new Context(db, options);
}
