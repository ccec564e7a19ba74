// Pages of rows linked to many parents at once (an article's actors, an actor's events, …): one
// keyset page per parent over the distinct links, in the linked rows' id order, with the rows.
import { Prisma } from '../generated/prisma/client.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { countOf, countsByParentSql, type Count } from './paging/count.ts';
import { parentPagesSql, type RowSource } from './paging/keyset.ts';
import { byId } from './paging/ordering.ts';
import { pageOf, type Page, type Paged } from './paging/page.ts';
import { pageWindow, type PageArgs } from './paging/page-window.ts';
import { columnsOf, tableOf, type Table } from './tables.ts';

/** A link: SQL selecting distinct "parentId" and "childId" columns. */
export interface Link {
  name: string;
  sql: Prisma.Sql;
  /** The table of the linked rows. */
  rows: Table;
}

export async function readLinkedPages<T extends { id: number }>(
  reader: SqlReader,
  link: Link,
  parentIds: readonly number[],
  args: PageArgs,
): Promise<Map<number, { page: Page<T & Paged>; count: () => Promise<Count> }>> {
  const ordering = byId(link.name, Prisma.sql`linked.id`);
  const window = pageWindow(args, ordering);
  const source: RowSource = {
    select: columnsOf(link.rows, 'linked'),
    // The parent condition reaches into the DISTINCT links, so each parent reads its own links by index.
    from: Prisma.sql`(${link.sql}) link JOIN ${tableOf(link.rows)} linked ON linked.id = link."childId"`,
    where: [],
    ordering,
  };
  const parents = { column: Prisma.sql`link."parentId"`, keys: parentIds, keyType: 'int' as const };
  const rows = await reader.query<T & Paged & { parentKey: number }>(parentPagesSql(source, window, parents));
  const byParent = new Map<number, (T & Paged)[]>(parentIds.map((id) => [id, []]));
  for (const { parentKey, parentOrdinal: _ordinal, ...row } of rows as (T &
    Paged & { parentKey: number; parentOrdinal: number })[]) {
    byParent.get(parentKey)?.push(row as unknown as T & Paged);
  }
  let counts: Promise<Map<number, number>> | undefined;
  const countAll = async () => {
    const counted = await reader.query<{ parentKey: number; n: number }>(countsByParentSql(source, parents));
    return new Map(counted.map((row) => [row.parentKey, row.n]));
  };
  return new Map(
    parentIds.map((id) => [
      id,
      {
        page: pageOf(byParent.get(id)!, window, ordering),
        count: async () => {
          counts ??= countAll();
          return countOf((await counts).get(id) ?? 0);
        },
      },
    ]),
  );
}
