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

export const NO_INCLUDES: StatementIncludes = {
  totalCount: false,
  speaker: false,
  role: false,
  article: false,
  articleBody: false,
};

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

/** Extra select-list entries (with a leading comma) for the included rows. */
export function includedColumns(includes: StatementIncludes): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (includes.speaker) parts.push(selectColumns('joined_speaker', ACTOR_COLUMNS, 'speaker'));
  if (includes.role) parts.push(selectColumns('joined_role', ROLE_COLUMNS, 'role'));
  if (includes.article)
    parts.push(selectColumns('a', includes.articleBody ? [...ARTICLE_COLUMNS, 'body'] : ARTICLE_COLUMNS, 'article'));
  return parts.length === 0 ? Prisma.empty : Prisma.sql`, ${Prisma.join(parts, ', ')}`;
}

/** Joins for the included rows, after the page of statements `s`. */
export function includedJoins(includes: StatementIncludes): Prisma.Sql {
  const joins: Prisma.Sql[] = [];
  if (includes.article) joins.push(Prisma.sql`JOIN "Article" a ON a.id = s."articleId"`);
  if (includes.speaker) joins.push(Prisma.sql`JOIN "Actor" joined_speaker ON joined_speaker.id = s."speakerId"`);
  if (includes.role) joins.push(Prisma.sql`LEFT JOIN "Role" joined_role ON joined_role.id = s."speakerRoleId"`);
  return joins.length === 0 ? Prisma.empty : Prisma.join(joins, ' ');
}

function pick(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key in row) if (key.startsWith(prefix)) picked[key.slice(prefix.length)] = row[key];
  return picked;
}

/** Splits a row into the statement's own columns and the rows joined to it. */
export function splitJoinedRow<T>(
  row: Record<string, unknown>,
  includes: StatementIncludes,
): T & { joined: JoinedRows } {
  const own: Record<string, unknown> = {};
  for (const key in row) if (!key.includes('.')) own[key] = row[key];
  const joined: JoinedRows = {};
  if (includes.speaker) joined.speaker = pick(row, 'speaker.') as unknown as Actor;
  if (includes.role) joined.role = row['role.id'] === null ? null : (pick(row, 'role.') as unknown as Role);
  if (includes.article) joined.article = pick(row, 'article.') as unknown as JoinedRows['article'];
  return { ...(own as T), joined };
}
