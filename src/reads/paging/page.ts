// A page as reads return it: its rows, whether more lie either side, and each row's cursor.
import { encodeCursor } from './cursor.ts';
import type { Ordering } from './ordering.ts';
import type { PageWindow } from './page-window.ts';

/** Columns every page row carries for its cursor (see keyset.ts). */
export interface Paged {
  rowId: number;
  sortKey?: Date | number | null;
}

export interface Page<T> {
  rows: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf(row: T): string;
}

/** The page from rows read with one extra row, in reading order (reversed for a backward page). */
export function pageOf<T extends Paged>(rows: T[], window: PageWindow, ordering: Ordering): Page<T> {
  const hasMore = rows.length > window.size;
  const shown = rows.slice(0, window.size);
  if (!window.forward) shown.reverse();
  return {
    rows: shown,
    hasNextPage: window.forward ? hasMore : window.before !== null,
    hasPreviousPage: window.forward ? window.after !== null : hasMore,
    cursorOf: (row) =>
      encodeCursor(ordering, {
        id: row.rowId,
        key: row.sortKey instanceof Date ? row.sortKey.toISOString() : (row.sortKey ?? null),
      }),
  };
}
