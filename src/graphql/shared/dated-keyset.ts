// Keyset pages ordered by a nullable date column, then id; rows without a date come last in
// either direction. The conditions are Prisma `where` objects, so any model with the column works.
import type { ConnectionArgs } from './connection.args.ts';
import type { ConnectionData } from './connection.type.ts';
import { OrderDirection } from './order-direction.ts';
import { badInput } from './bad-input.ts';
import { connectionFromRows, pageWindow, type Cursor } from './pagination.ts';

type Where = Record<string, unknown>;

export interface DatedPage {
  where: Where;
  orderBy: Where[];
  take: number;
}

/** Rows strictly after (or before) the cursor in the order `(field direction NULLS LAST, id direction)`. */
function beyond(field: string, direction: OrderDirection, cursor: Cursor, side: 'after' | 'before'): Where {
  if (cursor.key === undefined) badInput(`\`${side}\` is a cursor from another ordering`);
  const later = (direction === OrderDirection.ASC) === (side === 'after') ? 'gt' : 'lt';
  if (cursor.key === null) {
    // Among the undated rows, which come last: after means further among them; before, any dated row too.
    const undated = { [field]: null, id: { [later]: cursor.id } };
    return side === 'after' ? undated : { OR: [{ [field]: { not: null } }, undated] };
  }
  const value = new Date(cursor.key);
  const sameDate = { [field]: value, id: { [later]: cursor.id } };
  const conditions: Where[] = [{ [field]: { [later]: value } }, sameDate];
  if (side === 'after') conditions.push({ [field]: null });
  return { OR: conditions };
}

export async function datedKeysetConnection<TRow extends { id: number }>(
  args: ConnectionArgs,
  field: keyof TRow & string,
  direction: OrderDirection,
  fetchPage: (page: DatedPage) => Promise<TRow[]>,
  count: () => Promise<number>,
): Promise<ConnectionData<TRow>> {
  const window = pageWindow(args);
  const bounds: Where[] = [];
  if (window.after) bounds.push(beyond(field, direction, window.after, 'after'));
  if (window.before) bounds.push(beyond(field, direction, window.before, 'before'));
  // A backward page reads the order reversed (so nulls first) and is turned round afterwards.
  const forward = window.direction === 'forward';
  const ascending = (direction === OrderDirection.ASC) === forward;
  const sort = ascending ? 'asc' : 'desc';
  const rows = await fetchPage({
    where: bounds.length > 0 ? { AND: bounds } : {},
    orderBy: [{ [field]: { sort, nulls: forward ? 'last' : 'first' } }, { id: sort }],
    take: window.size + 1,
  });
  const keyOf = (row: TRow) => {
    const value = row[field] as Date | null;
    return value === null ? null : value.toISOString();
  };
  return connectionFromRows(rows, window, (row) => row, count, keyOf);
}
