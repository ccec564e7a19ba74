// One Prisma client per process, on the pg driver adapter (Prisma 7 needs no Rust engine this way).
// The adapter runs on a pg pool of ours, which hand-written read statements share (sql-reader.ts).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { SESSION_OPTIONS } from './session-settings.ts';
import { createSqlReader, type SqlReader } from './sql-reader.ts';

export type Database = PrismaClient;

export interface PrismaClientOptions {
  /** Called with every SQL statement Prisma or the reader sends; used to count statements per request. */
  onQuery?: (sql: string) => void;
  poolSize?: number;
}

const readers = new WeakMap<PrismaClient, SqlReader>();

export function createPrismaClient(databaseUrl: string, options: PrismaClientOptions = {}): PrismaClient {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10, options: SESSION_OPTIONS });
  ignoreIdleConnectionErrors(pool);
  // The client's $disconnect ends the pool.
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const onQuery = options.onQuery;
  const client = onQuery
    ? new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
    : new PrismaClient({ adapter });
  if (onQuery) (client as PrismaClient<'query'>).$on('query', (event) => onQuery(event.query));
  readers.set(client, createSqlReader(pool, pg.types, onQuery));
  return client;
}

/** The reader on the client's own pool. */
export function sqlReaderOf(db: Database): SqlReader {
  const reader = readers.get(db);
  if (!reader) throw new Error('This Prisma client was not made by createPrismaClient');
  return reader;
}

/**
 * A connection the server closes while it sits idle in the pool (a restart, a failover, a dropped
 * database) is an 'error' event on the pool; unheard, it would end the process. The pool drops that
 * connection and opens another when next needed, and a lasting outage shows on the next query.
 */
export function ignoreIdleConnectionErrors(pool: pg.Pool): void {
  pool.on('error', () => {});
}
