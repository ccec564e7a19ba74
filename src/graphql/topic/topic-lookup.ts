// Resolves what a user typed as a topic ("NATO invitation", "nato-invitation") to topic rows,
// with the same taxonomy the extractor tags statements with.
import { GraphQLError } from 'graphql';
import { topicsForPhrase } from '../../extraction/topics.ts';
import type { Database } from '../../store/prisma-client.ts';

export async function findTopicIds(db: Database, phrase: string): Promise<number[]> {
  const trimmed = phrase.trim();
  if (trimmed === '') {
    throw new GraphQLError('`topic` must not be empty', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const topics = await db.topic.findMany({
    where: {
      OR: [
        { slug: { in: [trimmed.toLowerCase(), ...topicsForPhrase(trimmed)] } },
        { label: { equals: trimmed, mode: 'insensitive' } },
      ],
    },
    select: { id: true },
  });
  return topics.map((topic) => topic.id);
}
