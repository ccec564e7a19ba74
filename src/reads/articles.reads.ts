// Articles: filtered pages in ingestion or publication order, bodies apart (they are large and few
// queries ask for them), and the articles an actor or an event appears in.
import { Prisma, type Article } from '../generated/prisma/client.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { invalidArgument } from './invalid-argument.ts';
import { linkedPages } from './links.ts';
import { readLinkedPages } from './linked-pages.ts';
import type { RowSource } from './paging/keyset.ts';
import { byId, byKeyThenId, type Ordering } from './paging/ordering.ts';
import type { PageArgs } from './paging/page-window.ts';
import { readPage, type PageWithCount } from './paging/read-page.ts';
import { ARTICLE, columnsOf } from './tables.ts';
import { checkedText, MAX_SEARCH_LENGTH } from './text-arguments.ts';

/** An article without its body. */
export type ArticleRow = Omit<Article, 'body'>;

export interface ArticleFilter {
  source?: string | null;
  publishedAt?: { from?: Date | null; to?: Date | null } | null;
  search?: string | null;
}

export type ArticleOrderField = 'INGESTED' | 'PUBLISHED_AT';

export interface ArticleOrder {
  field: ArticleOrderField;
  descending: boolean;
}

const ID = Prisma.sql`a.id`;
const ORDERINGS: Record<ArticleOrderField, (descending: boolean) => Ordering> = {
  INGESTED: (descending) => byId('articles', ID, descending),
  PUBLISHED_AT: (descending) =>
    byKeyThenId(
      'articles-by-publication',
      ID,
      { sql: Prisma.sql`a."publishedAt"`, type: 'timestamp', nullable: true },
      descending,
    ),
};

function articleSource(filter: ArticleFilter | null | undefined, order: ArticleOrder | null | undefined): RowSource {
  const conditions: Prisma.Sql[] = [];
  if (filter?.source) {
    conditions.push(Prisma.sql`lower(a.source) = lower(${checkedText(filter.source, ['filter', 'source'])})`);
  }
  const range = filter?.publishedAt;
  if (range?.from && range.to && range.from > range.to) {
    invalidArgument(`The date range ends (${range.to.toISOString()}) before it starts (${range.from.toISOString()})`, [
      'filter',
      'publishedAt',
    ]);
  }
  if (range?.from) conditions.push(Prisma.sql`a."publishedAt" >= ${range.from}`);
  if (range?.to) conditions.push(Prisma.sql`a."publishedAt" <= ${range.to}`);
  const search = filter?.search ? checkedText(filter.search, ['filter', 'search'], MAX_SEARCH_LENGTH) : '';
  if (search) conditions.push(Prisma.sql`a.search @@ websearch_to_tsquery('english', ${search})`);
  return {
    select: columnsOf(ARTICLE, 'a'),
    from: Prisma.sql`"Article" a`,
    where: conditions,
    ordering: ORDERINGS[order?.field ?? 'INGESTED'](order?.descending ?? false),
  };
}

export function readArticlePage(
  reader: SqlReader,
  filter: ArticleFilter | null | undefined,
  order: ArticleOrder | null | undefined,
  args: PageArgs,
): Promise<PageWithCount<ArticleRow>> {
  return readPage<ArticleRow>(reader, articleSource(filter, order), args);
}

export async function readArticleBodies(reader: SqlReader, ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await reader.query<{ id: number; body: string }>(
    Prisma.sql`SELECT a.id, a.body FROM "Article" a WHERE a.id = ANY(${[...ids]}::int[])`,
  );
  return new Map(rows.map((row) => [row.id, row.body]));
}

export function readArticlePagesOfActors(reader: SqlReader, actorIds: readonly number[], args: PageArgs) {
  return readLinkedPages<ArticleRow>(reader, linkedPages.actorArticles, actorIds, args);
}

export function readArticlePagesOfEvents(reader: SqlReader, eventIds: readonly number[], args: PageArgs) {
  return readLinkedPages<ArticleRow>(reader, linkedPages.eventArticles, eventIds, args);
}
