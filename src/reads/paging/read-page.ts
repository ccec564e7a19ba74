// One page of a row source, with its count to run when asked for: what every top-level connection reads.
import type { SqlReader } from '../../store/sql-reader.ts';
import { countOf, countSql, type Count } from './count.ts';
import { pageSql, type RowSource } from './keyset.ts';
import { pageOf, type Page, type Paged } from './page.ts';
import { pageWindow, type PageArgs } from './page-window.ts';

export interface PageWithCount<T> {
  page: Page<T & Paged>;
  count: () => Promise<Count>;
}

export async function readPage<T>(reader: SqlReader, source: RowSource, args: PageArgs): Promise<PageWithCount<T>> {
  const window = pageWindow(args, source.ordering);
  const rows = await reader.query<T & Paged>(pageSql(source, window));
  return {
    page: pageOf(rows, window, source.ordering),
    count: async () => countOf((await reader.query<{ n: number }>(countSql(source)))[0]!.n),
  };
}
