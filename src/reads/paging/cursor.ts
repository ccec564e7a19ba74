// Opaque cursors: base64url JSON of [ordering name, sort key?, row id]. A cursor names its ordering,
// so one from another ordering (or forged) is refused with a clear error instead of read wrongly.
import { invalidArgument, MAX_ID } from '../invalid-argument.ts';
import type { Ordering } from './ordering.ts';

/** Where a row sits in its ordering: its sort key (absent when ordered by id alone) and id. */
export interface CursorPosition {
  key?: string | number | null;
  id: number;
}

export function encodeCursor(ordering: Ordering, position: CursorPosition): string {
  const parts = ordering.key ? [ordering.name, position.key ?? null, position.id] : [ordering.name, position.id];
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, ordering: Ordering, argument: string): CursorPosition {
  const fail = (why: string): never => invalidArgument(`\`${argument}\` ${why}`, [argument]);
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return fail('is not a cursor from this API');
  }
  if (!Array.isArray(parts) || typeof parts[0] !== 'string') return fail('is not a cursor from this API');
  if (parts[0] !== ordering.name) return fail(`is a cursor of another ordering (${String(parts[0])})`);
  if (parts.length !== (ordering.key ? 3 : 2)) return fail('is not a cursor from this API');
  const id = parts.at(-1);
  if (!Number.isSafeInteger(id) || (id as number) < 0 || (id as number) > MAX_ID)
    return fail('is not a cursor from this API');
  if (!ordering.key) return { id: id as number };
  return { key: sortKeyOf(parts[1], ordering, fail), id: id as number };
}

function sortKeyOf(value: unknown, ordering: Ordering, fail: (why: string) => never): string | number | null {
  if (value === null) return ordering.key!.nullable ? null : fail('is not a cursor from this API');
  if (ordering.key!.type === 'timestamp') {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  return fail('is not a cursor from this API');
}
