// A page from the reads, shaped as a Relay connection: cursors are encoded and the count is run only
// when a query asks for them.
import type { Count } from '../../reads/paging/count.ts';
import type { Page } from '../../reads/paging/page.ts';
import { CountPrecision, type ConnectionData } from './connection.type.ts';

export function connectionOf<TRow, TNode = TRow>(
  page: Page<TRow>,
  count: () => Promise<Count>,
  toNode: (row: TRow) => TNode = (row) => row as unknown as TNode,
): ConnectionData<TNode> {
  const edges = page.rows.map((row) => ({
    node: toNode(row),
    get cursor() {
      return page.cursorOf(row);
    },
  }));
  let counted: Promise<Count> | undefined;
  const counting = () => (counted ??= count());
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    get totalCount() {
      return counting().then((result) => result.value);
    },
    get totalCountPrecision() {
      return counting().then((result) => (result.capped ? CountPrecision.AT_LEAST : CountPrecision.EXACT));
    },
  };
}
