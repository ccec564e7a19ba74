// Rows by id, and rows grouped by a parent column, for many keys in one statement with one array
// parameter: what per-request loaders batch their loads into.
import { Prisma } from '../generated/prisma/client.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { columnsOf, tableOf, type Table } from './tables.ts';

export async function rowsByIds<T extends { id: number }>(
  reader: SqlReader,
  table: Table,
  ids: readonly number[],
): Promise<Map<number, T>> {
  const rows = await reader.query<T>(
    Prisma.sql`SELECT ${columnsOf(table, 't')} FROM ${tableOf(table)} t WHERE t.id = ANY(${[...ids]}::int[])`,
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** Rows whose `column` is one of `keys`, grouped by it, each group in `orderBy` order. */
export async function rowsGroupedBy<T>(
  reader: SqlReader,
  table: Table,
  column: string,
  keys: readonly number[],
  orderBy: string,
): Promise<Map<number, T[]>> {
  const columnSql = Prisma.raw(`t."${column}"`);
  const rows = await reader.query<T & { groupKey: number }>(
    Prisma.sql`SELECT ${columnsOf(table, 't')}, ${columnSql} AS "groupKey" FROM ${tableOf(table)} t
      WHERE ${columnSql} = ANY(${[...keys]}::int[]) ORDER BY ${Prisma.raw(orderBy)}`,
  );
  const groups = new Map<number, T[]>(keys.map((key) => [key, []]));
  for (const { groupKey, ...row } of rows) groups.get(groupKey)?.push(row as unknown as T);
  return groups;
}
