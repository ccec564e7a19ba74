// Cursor pagination (Relay): keyset pages over rows ordered by id or by a sort key then id, from
// the database or from an id list already in memory. Cursors are opaque: base64url JSON holding
// the row id and, for orderings other than by id, the row's sort key.
import { badInput } from './bad-input.ts';
import type { ConnectionData } from './connection.type.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ConnectionArgs } from './connection.args.ts';

export interface Cursor {
  id: number;
  /** The row's sort key, for orderings other than by id (null where the row has none). */
  key?: string | number | null;
}

export function encodeCursor(id: number, key?: string | number | null): string {
  const cursor: Cursor = key === undefined ? { id } : { id, key };
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, argument: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<Cursor>;
    const keyOk = value.key === undefined || value.key === null || ['string', 'number'].includes(typeof value.key);
    if (Number.isSafeInteger(value.id) && keyOk) return value as Cursor;
  } catch {
    // Not JSON: reported below like any other foreign cursor.
  }
  return badInput(`\`${argument}\` is not a cursor from this API`);
}

function checkPageSize(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (value < 0) badInput(`\`${argument}\` must not be negative`);
  if (value > MAX_PAGE_SIZE) badInput(`\`${argument}\` must be at most ${MAX_PAGE_SIZE}, got ${value}`);
  return value;
}

export interface PageWindow {
  direction: 'forward' | 'backward';
  size: number;
  after: Cursor | null;
  before: Cursor | null;
  afterId: number | null;
  beforeId: number | null;
}

export function pageWindow(args: ConnectionArgs): PageWindow {
  const first = checkPageSize(args.first, 'first');
  const last = checkPageSize(args.last, 'last');
  if (first !== null && last !== null) badInput('Pass either `first` or `last`, not both');
  const after = args.after ? decodeCursor(args.after, 'after') : null;
  const before = args.before ? decodeCursor(args.before, 'before') : null;
  const bounds = { after, before, afterId: after?.id ?? null, beforeId: before?.id ?? null };
  if (last !== null) return { direction: 'backward', size: last, ...bounds };
  return { direction: 'forward', size: first ?? DEFAULT_PAGE_SIZE, ...bounds };
}

interface IdRange {
  gt?: number;
  lt?: number;
}

/** The id bounds a page window puts on a keyset query, for rows ordered by id ascending or descending. */
function idRange(window: PageWindow, descending: boolean): IdRange | undefined {
  const range: IdRange = {};
  if (window.afterId !== null) range[descending ? 'lt' : 'gt'] = window.afterId;
  if (window.beforeId !== null) range[descending ? 'gt' : 'lt'] = window.beforeId;
  return Object.keys(range).length > 0 ? range : undefined;
}

/**
 * Builds a connection from rows fetched with one extra row past the page (to learn whether more
 * follow), in ascending id order for forward pages and descending for backward ones.
 */
export function connectionFromRows<TRow extends { id: number }, TNode>(
  rows: TRow[],
  window: PageWindow,
  toNode: (row: TRow) => TNode,
  totalCount: () => Promise<number> | number,
  sortKeyOf?: (row: TRow) => string | number | null,
): ConnectionData<TNode> {
  const hasMore = rows.length > window.size;
  const page = rows.slice(0, window.size);
  if (window.direction === 'backward') page.reverse();
  // Cursors are encoded only when a query asks for them: most read nodes alone.
  const edges = page.map((row) => ({
    node: toNode(row),
    get cursor() {
      return encodeCursor(row.id, sortKeyOf?.(row));
    },
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: window.direction === 'forward' ? hasMore : window.beforeId !== null,
      hasPreviousPage: window.direction === 'backward' ? hasMore : window.afterId !== null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    get totalCount() {
      return totalCount();
    },
  };
}

export interface KeysetPage {
  where: { id?: IdRange };
  orderBy: { id: 'asc' | 'desc' };
  take: number;
}

/**
 * One page of rows ordered by id: `fetchPage` runs the query with the page's bounds, order and
 * size (merged into the caller's own conditions), `count` counts the whole connection on demand.
 */
export async function keysetConnection<TRow extends { id: number }>(
  args: ConnectionArgs,
  fetchPage: (page: KeysetPage) => Promise<TRow[]>,
  count: () => Promise<number>,
  descending = false,
): Promise<ConnectionData<TRow>> {
  const window = pageWindow(args);
  const range = idRange(window, descending);
  const ascending = descending === (window.direction === 'backward');
  const rows = await fetchPage({
    where: range ? { id: range } : {},
    orderBy: { id: ascending ? 'asc' : 'desc' },
    take: window.size + 1,
  });
  return connectionFromRows(rows, window, (row) => row, count);
}
