// The one keyset paging engine: every connection, top-level or nested, reads its page with the SQL
// built here. A page reads one row more than it shows, to learn whether more follow; a backward page
// reads in reverse order and is turned round. Nested pages are one LATERAL page per parent, so an
// index in the connection's order stops reading at the page's end for each parent.
import { Prisma } from '../../generated/prisma/client.ts';
import type { CursorPosition } from './cursor.ts';
import type { Ordering } from './ordering.ts';
import type { PageWindow } from './page-window.ts';

/** The rows a connection holds: what to select, from where, on which conditions, in which order. */
export interface RowSource {
  select: Prisma.Sql;
  from: Prisma.Sql;
  where: Prisma.Sql[];
  ordering: Ordering;
}

/** What a nested page is per: the parent column and the parents' keys (one array parameter). */
export interface Parents {
  column: Prisma.Sql;
  keys: readonly (number | string)[];
  keyType: 'int' | 'text';
}

const castOf = { timestamp: Prisma.raw('timestamp'), real: Prisma.raw('real') };

function keyValue(ordering: Ordering, value: string | number): Prisma.Sql {
  const cast = castOf[ordering.key!.type];
  return Prisma.sql`${ordering.key!.type === 'timestamp' ? new Date(value) : value}::${cast}`;
}

/** Rows strictly beyond `position` on `side`, in the ordering's direction; rows without a key come last. */
function beyond(ordering: Ordering, position: CursorPosition, side: 'after' | 'before'): Prisma.Sql {
  const later = ordering.descending !== (side === 'after');
  const operator = Prisma.raw(later ? '>' : '<');
  if (!ordering.key) return Prisma.sql`${ordering.id} ${operator} ${position.id}`;
  const key = ordering.key.sql;
  if (position.key === null || position.key === undefined) {
    // Among the rows without a key, which come last: after means further among them; before, any keyed row too.
    const among = Prisma.sql`(${key} IS NULL AND ${ordering.id} ${operator} ${position.id})`;
    return side === 'after' ? among : Prisma.sql`(${key} IS NOT NULL OR ${among})`;
  }
  const compared = Prisma.sql`(${key}, ${ordering.id}) ${operator} (${keyValue(ordering, position.key)}, ${position.id})`;
  return side === 'after' && ordering.key.nullable ? Prisma.sql`(${compared} OR ${key} IS NULL)` : compared;
}

/** The conditions of a page: the source's own, then the cursor bounds. */
function pageConditions(source: RowSource, window: PageWindow): Prisma.Sql {
  const conditions = [...source.where];
  if (window.after) conditions.push(beyond(source.ordering, window.after, 'after'));
  if (window.before) conditions.push(beyond(source.ordering, window.before, 'before'));
  return conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;
}

/**
 * ORDER BY of the rows a page reads (reversed for a backward page). `selected`: order rows a page has
 * already read, by the "sortKey" and "rowId" columns it selected.
 */
function pageOrder(ordering: Ordering, window: PageWindow, selected = false): Prisma.Sql {
  const direction = Prisma.raw(ordering.descending !== window.forward ? 'ASC' : 'DESC');
  const id = selected ? Prisma.sql`"rowId"` : ordering.id;
  if (!ordering.key) return Prisma.sql`${id} ${direction}`;
  // Rows without a key come last in the connection: first when a backward page reads it reversed.
  const nulls = Prisma.raw(window.forward ? 'NULLS LAST' : 'NULLS FIRST');
  const key = selected ? Prisma.sql`"sortKey"` : ordering.key.sql;
  return Prisma.sql`${key} ${direction} ${nulls}, ${id} ${direction}`;
}

/** The select list of a page's rows: the source's columns, its key as "sortKey" and id as "rowId". */
function pageColumns(source: RowSource): Prisma.Sql {
  const key = source.ordering.key ? Prisma.sql`, ${source.ordering.key.sql} AS "sortKey"` : Prisma.empty;
  return Prisma.sql`${source.select}, ${source.ordering.id} AS "rowId" ${key}`;
}

/** One page of the source's rows (one more than the page shows). */
export function pageSql(source: RowSource, window: PageWindow): Prisma.Sql {
  return Prisma.sql`SELECT ${pageColumns(source)} FROM ${source.from}
    WHERE ${pageConditions(source, window)}
    ORDER BY ${pageOrder(source.ordering, window)} LIMIT ${window.size + 1}`;
}

/**
 * One page per parent, in one statement: rows carry "parentKey" and "parentOrdinal" (the parent's
 * place among the keys), and come parent by parent, each parent's in page order.
 */
export function parentPagesSql(source: RowSource, window: PageWindow, parents: Parents): Prisma.Sql {
  const keyType = Prisma.raw(`${parents.keyType}[]`);
  return Prisma.sql`SELECT page.*, parent.key AS "parentKey", parent.ordinal AS "parentOrdinal"
    FROM unnest(${[...parents.keys]}::${keyType}) WITH ORDINALITY AS parent(key, ordinal)
    CROSS JOIN LATERAL (
      SELECT ${pageColumns(source)} FROM ${source.from}
      WHERE ${parents.column} = parent.key AND ${pageConditions(source, window)}
      ORDER BY ${pageOrder(source.ordering, window)} LIMIT ${window.size + 1}
    ) page
    ORDER BY parent.ordinal, ${pageOrder(source.ordering, window, true)}`;
}

/** Rows related to each row of a page, joined after the page is read: they cost per row shown, not per row matched. */
export interface Related {
  /** Select-list entries, each with a leading comma. */
  columns: Prisma.Sql;
  /** Joins on the page's rows, which are named `page`. */
  joins: Prisma.Sql;
}

/** A page (`pageSql`) with its related rows and any extra columns. */
export function withRelated(page: Prisma.Sql, window: PageWindow, ordering: Ordering, related: Related): Prisma.Sql {
  return Prisma.sql`SELECT page.* ${related.columns} FROM (${page}) page ${related.joins}
    ORDER BY ${pageOrder(ordering, window, true)}`;
}

/**
 * Parents' pages (`parentPagesSql`) with their related rows, and with each parent's count as
 * "totalCount" when `counts` (rows of "parentKey" and "n") is given. The pages are MATERIALIZED so
 * that the planner joins the related rows once, not inside each parent's page; so are the counts,
 * one aggregate per parent.
 */
export function parentPagesWithRelated(
  pages: Prisma.Sql,
  window: PageWindow,
  ordering: Ordering,
  related: Related,
  counts?: Prisma.Sql,
): Prisma.Sql {
  const countsCte = counts ? Prisma.sql`, counts AS MATERIALIZED (${counts})` : Prisma.empty;
  const countColumn = counts ? Prisma.sql`, counts.n AS "totalCount"` : Prisma.empty;
  const countJoin = counts ? Prisma.sql`JOIN counts ON counts."parentKey" = page."parentKey"` : Prisma.empty;
  return Prisma.sql`WITH pages AS MATERIALIZED (${pages}) ${countsCte}
    SELECT page.* ${countColumn} ${related.columns} FROM pages page ${countJoin} ${related.joins}
    ORDER BY page."parentOrdinal", ${pageOrder(ordering, window, true)}`;
}
