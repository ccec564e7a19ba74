// The page a client asks for — `first`/`after` forward or `last`/`before` backward — checked and
// with its cursors decoded against the connection's ordering.
import { invalidArgument } from '../invalid-argument.ts';
import { decodeCursor, type CursorPosition } from './cursor.ts';
import type { Ordering } from './ordering.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageWindow {
  forward: boolean;
  size: number;
  after: CursorPosition | null;
  before: CursorPosition | null;
}

function pageSize(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (value < 0) invalidArgument(`\`${argument}\` must not be negative`, [argument]);
  if (value > MAX_PAGE_SIZE)
    invalidArgument(`\`${argument}\` must be at most ${MAX_PAGE_SIZE}, got ${value}`, [argument]);
  return value;
}

export function pageWindow(args: PageArgs, ordering: Ordering): PageWindow {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if (first !== null && last !== null) invalidArgument('Pass either `first` or `last`, not both');
  return {
    forward: last === null,
    size: last ?? first ?? DEFAULT_PAGE_SIZE,
    after: args.after ? decodeCursor(args.after, ordering, 'after') : null,
    before: args.before ? decodeCursor(args.before, ordering, 'before') : null,
  };
}

export function hasCursor(window: PageWindow): boolean {
  return window.after !== null || window.before !== null;
}
