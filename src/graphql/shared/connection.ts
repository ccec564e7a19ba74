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
  const nodes = page.rows.map(toNode);
  let counted: Promise<Count> | undefined;
  const counting = () => (counted ??= count());
  // Edges, cursors and counts are made only when a query asks for them: most read nodes alone.
  return {
    nodes,
    get edges() {
      return page.rows.map((row, index) => ({ node: nodes[index]!, cursor: page.cursorOf(row) }));
    },
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      get startCursor() {
        const first = page.rows[0];
        return first === undefined ? null : page.cursorOf(first);
      },
      get endCursor() {
        const last = page.rows.at(-1);
        return last === undefined ? null : page.cursorOf(last);
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
