// Per-request loading of statements: by id, and pages of them, top-level or nested (each actor's,
// article's, event's, topic's or role group's), every level's pages in one read. What a query asks
// of the statements' speakers, roles and articles comes in that same read and is primed into the
// request's loaders, so that field resolvers always load — and find it there.
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { rowsByIds } from '../../reads/rows-by-key.ts';
import {
  readStatementPage,
  readStatementPagesByParent,
  type StatementFilter,
  type StatementIncludes,
  type StatementOrder,
  type StatementParent,
  type StatementRow,
  type StatementWithRelated,
} from '../../reads/statements.reads.ts';
import { STATEMENT } from '../../reads/tables.ts';
import type { PageArgs } from '../../reads/paging/page-window.ts';
import type { SqlReader } from '../../store/sql-reader.ts';
import type { Context } from '../context.ts';
import type { ConnectionData } from '../shared/connection.type.ts';
import { connectionOf } from '../shared/connection.ts';
import { nestedConnection, nestedKey } from '../shared/nested-connection.ts';
import { nodeSelection, selectionOf } from '../shared/selection.ts';

export function createStatementLoaders(reader: SqlReader) {
  return {
    statement: new DataLoader<number, StatementRow | null>(async (ids) => {
      const rows = await rowsByIds<StatementRow>(reader, STATEMENT, ids);
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}

/** What a statement connection's selection asks of its statements' related rows (look-ahead). */
function includesOf(info: GraphQLResolveInfo): StatementIncludes {
  const connection = selectionOf(info);
  const nodes = nodeSelection(connection);
  return {
    totalCount: 'totalCount' in connection || 'totalCountPrecision' in connection,
    speaker: 'speaker' in nodes,
    role: 'role' in nodes || 'speakerRole' in nodes,
    article: 'article' in nodes || 'sentence' in nodes,
    articleBody: 'sentence' in nodes || 'body' in (nodes['article'] ?? {}),
  };
}

/** Hands the related rows a page brought along to the loaders the field resolvers read. */
function primeRelated({ loaders }: Context, rows: StatementWithRelated[]): void {
  for (const row of rows) {
    if (row.speaker) loaders.actor.prime(row.speakerId, row.speaker);
    if (row.role) loaders.role.prime(row.role.id, row.role);
    if (row.article) {
      const { body, ...article } = row.article;
      loaders.article.prime(row.articleId, article);
      if (body !== undefined) loaders.articleBody.prime(row.articleId, body);
    }
  }
}

export async function statementConnection(
  context: Context,
  filter: StatementFilter | null,
  order: StatementOrder | null,
  args: PageArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionData<StatementWithRelated>> {
  const { page, count } = await readStatementPage(context.reader, filter, order, args, includesOf(info));
  primeRelated(context, page.rows);
  return connectionOf(page, count);
}

export function nestedStatementConnection(
  context: Context,
  parent: StatementParent,
  parentKey: number | string,
  filter: StatementFilter | null,
  order: StatementOrder | null,
  args: PageArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionData<StatementWithRelated>> {
  const includes = includesOf(info);
  const pageArgs = { first: args.first, after: args.after, last: args.last, before: args.before };
  const key = nestedKey('statements', parent, pageArgs, filter, order, includes);
  return nestedConnection(context.keyed, key, parentKey, async (keys) => {
    const pages = await readStatementPagesByParent(context.reader, parent, keys, filter, order, pageArgs, includes);
    for (const { page } of pages.values()) primeRelated(context, page.rows);
    return pages;
  });
}
