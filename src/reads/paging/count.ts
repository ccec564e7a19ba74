// Counting a connection costs as many rows as it holds, so counts stop at a cap: exact up to it,
// "at least" beyond (as Shopify's counts do, and GitHub's search stops at 1,000 results), so that a
// count costs at most the cap's rows, however large the archive. A list shows "1,000+" beyond it.
import { Prisma } from '../../generated/prisma/client.ts';
import type { Parents, RowSource } from './keyset.ts';

export const COUNT_CAP = 1_000;

export interface Count {
  value: number;
  /** True when there are more than `value` (the cap) and counting stopped there. */
  capped: boolean;
}

export function countOf(counted: number): Count {
  return counted > COUNT_CAP ? { value: COUNT_CAP, capped: true } : { value: counted, capped: false };
}

function where(source: RowSource, extra?: Prisma.Sql): Prisma.Sql {
  const conditions = extra ? [extra, ...source.where] : source.where;
  return conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;
}

/** An expression counting the source's rows up to one past the cap (read it with `countOf`). */
export function countExpression(source: RowSource, extra?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM ${source.from} WHERE ${where(source, extra)}
    LIMIT ${COUNT_CAP + 1}) counted)`;
}

export function countSql(source: RowSource): Prisma.Sql {
  return Prisma.sql`SELECT ${countExpression(source)} AS n`;
}

/** Each parent's count, as rows of "parentKey" and "n". */
export function countsByParentSql(source: RowSource, parents: Parents): Prisma.Sql {
  const keyType = Prisma.raw(`${parents.keyType}[]`);
  return Prisma.sql`SELECT parent.key AS "parentKey", ${countExpression(source, Prisma.sql`${parents.column} = parent.key`)} AS n
    FROM unnest(${[...parents.keys]}::${keyType}) AS parent(key)`;
}
