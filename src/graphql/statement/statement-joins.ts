// The rows a statement page can bring along in its own SQL statement: the speaker, the role, the
// article and the connection's total count, each only when the query asks for it (see selection.ts).
// A statement without them still resolves its relations through the request's loaders.
import { Prisma, type Actor, type Article, type Role } from '../../generated/prisma/client.ts';
import { ACTOR_COLUMNS, ARTICLE_COLUMNS, ROLE_COLUMNS, selectColumns } from '../shared/model-columns.ts';
import { nodeSelection, type Selection } from '../shared/selection.ts';

export interface StatementIncludes {
  totalCount: boolean;
  speaker: boolean;
  role: boolean;
  article: boolean;
  /** The article's body: asked for directly, or needed for the statement's `sentence`. */
  articleBody: boolean;
}

/** Related rows fetched with a statement; an article joined without its body has `body` undefined. */
export interface JoinedRows {
  speaker?: Actor;
  role?: Role | null;
  article?: Omit<Article, 'body'> & { body?: string };
}

export function statementIncludes(connection: Selection): StatementIncludes {
  const nodes = nodeSelection(connection);
  return {
    totalCount: 'totalCount' in connection,
    speaker: 'speaker' in nodes,
    role: 'role' in nodes || 'speakerRole' in nodes,
    article: 'article' in nodes || 'sentence' in nodes,
    articleBody: 'sentence' in nodes || 'body' in (nodes['article'] ?? {}),
  };
}

// The select-list entries and joins of each included row, built once: they are the same for every page.
const ARTICLE_WITH_BODY = [...ARTICLE_COLUMNS, 'body'];
const SELECTED = {
  speaker: selectColumns('joined_speaker', ACTOR_COLUMNS, 'speaker'),
  role: selectColumns('joined_role', ROLE_COLUMNS, 'role'),
  article: selectColumns('a', ARTICLE_COLUMNS, 'article'),
  articleWithBody: selectColumns('a', ARTICLE_WITH_BODY, 'article'),
};
// Each a lookup by primary key per row of the page: LIMIT 1 keeps the planner from turning it into a
// hash of the whole table, which it may estimate cheaper for a page of a few hundred rows, and is not.
const articleJoin = (columns: string[]) =>
  Prisma.sql`CROSS JOIN LATERAL (SELECT ${Prisma.raw(columns.map((column) => `"${column}"`).join(', '))}
    FROM "Article" WHERE id = s."articleId" LIMIT 1) a`;
const JOINED = {
  speaker: Prisma.sql`CROSS JOIN LATERAL (SELECT * FROM "Actor" WHERE id = s."speakerId" LIMIT 1) joined_speaker`,
  role: Prisma.sql`LEFT JOIN LATERAL (SELECT * FROM "Role" WHERE id = s."speakerRoleId" LIMIT 1) joined_role ON true`,
  article: articleJoin(ARTICLE_COLUMNS),
  articleWithBody: articleJoin(ARTICLE_WITH_BODY),
};

/** Extra select-list entries (with a leading comma) for the included rows. */
export function includedColumns(includes: StatementIncludes): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (includes.speaker) parts.push(SELECTED.speaker);
  if (includes.role) parts.push(SELECTED.role);
  if (includes.article) parts.push(includes.articleBody ? SELECTED.articleWithBody : SELECTED.article);
  return parts.length === 0 ? Prisma.empty : Prisma.sql`, ${Prisma.join(parts, ', ')}`;
}

/** Joins for the included rows, after the page of statements `s`. */
export function includedJoins(includes: StatementIncludes): Prisma.Sql {
  const joins: Prisma.Sql[] = [];
  if (includes.article) joins.push(includes.articleBody ? JOINED.articleWithBody : JOINED.article);
  if (includes.speaker) joins.push(JOINED.speaker);
  if (includes.role) joins.push(JOINED.role);
  return joins.length === 0 ? Prisma.empty : Prisma.join(joins, ' ');
}

type Layout = { own: string[]; related: [name: keyof JoinedRows, fields: [column: string, field: string][]][] };

/** Which columns of a result belong to the statement and which to each related row, read once per result. */
function layoutOf(row: Record<string, unknown>, includes: StatementIncludes, omit: string[]): Layout {
  const columns = Object.keys(row);
  const fieldsOf = (prefix: string): [string, string][] =>
    columns.filter((column) => column.startsWith(prefix)).map((column) => [column, column.slice(prefix.length)]);
  const related: Layout['related'] = [];
  if (includes.speaker) related.push(['speaker', fieldsOf('speaker.')]);
  if (includes.role) related.push(['role', fieldsOf('role.')]);
  if (includes.article) related.push(['article', fieldsOf('article.')]);
  return { own: columns.filter((column) => !column.includes('.') && !omit.includes(column)), related };
}

/** Splits each row into the statement's own columns (but `omit`) and the rows joined to it. */
export function splitJoinedRows<T>(
  rows: Record<string, unknown>[],
  includes: StatementIncludes,
  omit: string[] = [],
): (T & { joined: JoinedRows })[] {
  if (rows.length === 0) return [];
  const layout = layoutOf(rows[0]!, includes, omit);
  return rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (const column of layout.own) record[column] = row[column];
    const joined: Record<string, unknown> = {};
    for (const [name, fields] of layout.related) {
      // A statement without a role has a row of nulls for it.
      if (name === 'role' && row['role.id'] === null) {
        joined[name] = null;
        continue;
      }
      const related: Record<string, unknown> = {};
      for (const [column, field] of fields) related[field] = row[column];
      joined[name] = related;
    }
    record['joined'] = joined;
    return record as T & { joined: JoinedRows };
  });
}
