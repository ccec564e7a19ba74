// Resolves what a user typed as a topic ("NATO invitation", "nato-invitation") to topic rows, with
// the same taxonomy the extractor tags statements with. The lookup is a subquery of the statement
// that uses it; whether any topic matches at all is asked only when that statement finds nothing.
import { GraphQLError } from 'graphql';
import { topicsForPhrase } from '../../extraction/topics.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { SqlReader } from '../../store/sql-reader.ts';
import { badInput } from '../shared/bad-input.ts';

/** The ids of the topics a phrase names (its slug, a taxonomy phrase or its label), as a SQL subquery. */
export function topicIdsMatching(phrase: string): Prisma.Sql {
  const trimmed = phrase.trim();
  if (trimmed === '') {
    throw new GraphQLError('`topic` must not be empty', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const slugs = [trimmed.toLowerCase(), ...topicsForPhrase(trimmed)];
  return Prisma.sql`SELECT t.id FROM "Topic" t WHERE t.slug = ANY(${slugs}::text[]) OR lower(t.label) = lower(${trimmed})`;
}

/** The ids of the topics a phrase names, in one SQL statement; BAD_USER_INPUT at `path` when none does. */
export async function findTopicIds(sql: SqlReader, phrase: string, path?: string[]): Promise<number[]> {
  const rows = await sql.query<{ id: number }>(Prisma.sql`${topicIdsMatching(phrase)} ORDER BY t.id`);
  if (rows.length === 0) badInput(`No topic matches "${phrase}"`, path);
  return rows.map((row) => row.id);
}
