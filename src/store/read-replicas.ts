// Streaming replicas that queries read from: each a pool of its own with the prepared-statement reader,
// taken in turn request by request. Mutations never come here (see graphql/context.ts).
import pg from 'pg';
import { ignoreIdleConnectionErrors } from './prisma-client.ts';
import { SESSION_OPTIONS } from './session-settings.ts';
import { createSqlReader, type SqlReader } from './sql-reader.ts';

export interface ReadReplicas {
  /** The reader of the next replica, round robin. */
  next(): SqlReader;
  close(): Promise<void>;
}

export function openReadReplicas(
  urls: string[],
  options: { poolSize?: number; onQuery?: (sql: string) => void } = {},
): ReadReplicas | null {
  if (urls.length === 0) return null;
  const pools = urls.map(
    (connectionString) => new pg.Pool({ connectionString, max: options.poolSize ?? 10, options: SESSION_OPTIONS }),
  );
  for (const pool of pools) ignoreIdleConnectionErrors(pool);
  const readers = pools.map((pool) => createSqlReader(pool, pg.types, options.onQuery));
  let turn = 0;
  return {
    next: () => readers[turn++ % readers.length]!,
    close: async () => {
      await Promise.all(pools.map((pool) => pool.end()));
    },
  };
}
