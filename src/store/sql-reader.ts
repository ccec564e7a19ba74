// Hand-written read statements, sent on the pg pool Prisma itself runs on, as named prepared
// statements: PostgreSQL plans a query shape once per connection instead of at every request (for
// the API's page queries planning cost as much as running them), and the driver skips Prisma's
// query engine. Statements must keep their text stable across requests (values as parameters,
// lists as one array parameter), so that the set of prepared statements stays small.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Prisma } from '../generated/prisma/client.ts';

export interface SqlReader {
  query<T>(statement: Prisma.Sql): Promise<T[]>;
  /** The same for SQL text with $n placeholders, for SQL written so by others (the queue's). */
  queryText<T>(text: string, values: readonly unknown[]): Promise<T[]>;
}

// Results as Prisma's raw queries give them: `timestamp` columns (Prisma stores UTC) as Dates in UTC.
const TIMESTAMP_OID = 1114;
const TIMESTAMP_ARRAY_OID = 1115;
const TEXT_ARRAY_OID = 1009;
const asUtcDate = (value: string) => new Date(`${value.replace(' ', 'T')}Z`);

function typeParser(types: typeof pg.types) {
  return {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === TIMESTAMP_OID) return asUtcDate;
      if (oid === TIMESTAMP_ARRAY_OID) {
        const parseArray = (types.getTypeParser as (oid: number) => (value: string) => string[])(TEXT_ARRAY_OID);
        return (value: string) => parseArray(value).map(asUtcDate);
      }
      return types.getTypeParser(oid, format);
    },
  };
}

/** Dates as UTC text: pg would send them in the process's time zone. */
function parameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(parameter);
  return value;
}

export function createSqlReader(pool: pg.Pool, types: typeof pg.types, onQuery?: (sql: string) => void): SqlReader {
  const parsers = typeParser(types);
  const names = new Map<string, string>();
  async function queryText<T>(text: string, values: readonly unknown[]): Promise<T[]> {
    let name = names.get(text);
    if (name === undefined) {
      name = `read_${createHash('sha1').update(text).digest('base64url')}`;
      names.set(text, name);
    }
    onQuery?.(text);
    const result = await pool.query({ name, text, values: values.map(parameter), types: parsers });
    return result.rows as T[];
  }
  return {
    query: <T>(statement: Prisma.Sql) => queryText<T>(statement.text, statement.values),
    queryText,
  };
}
