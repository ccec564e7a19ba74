// Topics people made or gave phrases to tag every statement that says one of their phrases: those of
// each new batch (and of each re-analysed article) as they are stored, and the whole archive when a
// curator adds the phrases. Curated work so survives re-analysis: it is applied again, not remembered.
import { phraseWords } from '../extraction/phrase-terms.ts';
import { stanceToward } from '../extraction/stance.ts';
import type { Transaction } from './article-graph.ts';

/**
 * Tags statements with the curated topics whose curated phrases they say: the given statements (or,
 * without them, every statement) against the given topics' phrases (or every curated phrase).
 */
export async function tagWithCuratedPhrases(
  tx: Transaction,
  scope: { statementIds?: number[]; topicIds?: number[] },
): Promise<number> {
  if (scope.statementIds?.length === 0 || scope.topicIds?.length === 0) return 0;
  const statementIds = scope.statementIds ?? null;
  const topicIds = scope.topicIds ?? null;
  const found = await tx.$queryRaw<{ statementId: number; topicId: number; text: string; phrases: string[] }[]>`
    SELECT s.id AS "statementId", al."topicId", s.text, array_agg(al.alias) AS phrases
    FROM "TopicAlias" al JOIN "Statement" s ON s.search @@ phraseto_tsquery('english', al.alias)
    WHERE al.curated AND (${statementIds}::int[] IS NULL OR s.id = ANY(${statementIds}::int[]))
      AND (${topicIds}::int[] IS NULL OR al."topicId" = ANY(${topicIds}::int[]))
    GROUP BY s.id, al."topicId"`;
  if (found.length === 0) return 0;
  const stances = found.map((row) => stanceToward(row.text, row.phrases.flatMap(phraseWords)));
  return tx.$executeRaw`
    INSERT INTO "StatementTopic" ("statementId", "topicId", stance)
    SELECT * FROM unnest(${found.map((row) => row.statementId)}::int[], ${found.map((row) => row.topicId)}::int[],
      ${stances}::"Stance"[])
    ON CONFLICT DO NOTHING`;
}
