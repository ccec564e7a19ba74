// How a connection's rows are ordered: by an optional sort key, then by the row id (which makes the
// order total). Keys that may be null sort last whichever the direction.
import type { Prisma } from '../../generated/prisma/client.ts';

/** What a sort key's values are, as cursors carry them and SQL casts them back. */
export type SortKeyType = 'timestamp' | 'real';

export interface SortKey {
  sql: Prisma.Sql;
  type: SortKeyType;
  nullable: boolean;
}

export interface Ordering {
  /** Written into cursors, so that a cursor of another ordering is refused instead of misread. */
  name: string;
  descending: boolean;
  /** The row id column. */
  id: Prisma.Sql;
  key?: SortKey;
}

export function byId(name: string, id: Prisma.Sql, descending = false): Ordering {
  return { name, id, descending };
}

export function byKeyThenId(name: string, id: Prisma.Sql, key: SortKey, descending: boolean): Ordering {
  return { name, id, key, descending };
}
