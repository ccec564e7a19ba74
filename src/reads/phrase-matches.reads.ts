// The statements about any phrase: each statement's topic context (its text, its paragraph, its
// article's headline and lede, stored as one weighted tsvector) is searched for the phrase's terms
// and their near words (src/extraction/phrase-terms.ts), and scored by how much of the phrase it
// covers, and how near the statement each term is found. Work is bounded by caps, not by the archive.
import { phraseTerms, type PhraseTerm, type PhraseTermOptions } from '../extraction/phrase-terms.ts';
import { stanceToward } from '../extraction/stance.ts';
import type { Stance } from '../extraction/types.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { SqlReader } from '../store/sql-reader.ts';

/** The most statements one phrase answers with, best first; beyond it, counts say "at least". */
export const MATCH_CAP = 1_000;
/** The most statements whose context holds a term that are scored: the newest, when more hold one. */
export const CANDIDATE_CAP = 5_000;

/** Credit for a term found in the statement's paragraph, and in its article's headline or lede (1 in its text). */
const NEAR_CREDIT = 0.6;
const ARTICLE_CREDIT = 0.4;
/** A statement must cover this share of the phrase's weight … */
const MIN_RELEVANCE = 0.3;
/** … and come near the best statement of its article: an article's main subject answers fully, a side subject with its own statements. */
const SHARE_OF_BEST_IN_ARTICLE = 0.6;

export interface PhraseMatch {
  id: number;
  relevance: number;
}

export interface PhraseMatches {
  /** The phrase as asked, trimmed. */
  phrase: string;
  /** Its content words: what stance is read toward. */
  words: string[];
  /** Best first (ties: newest first). */
  matches: PhraseMatch[];
  /** True when more statements matched than MATCH_CAP, or more held a term than CANDIDATE_CAP. */
  capped: boolean;
}

export interface PhraseMatchOptions extends PhraseTermOptions {
  minRelevance?: number;
  shareOfBestInArticle?: number;
}

/** `word` → `word:A`, `a <-> b` → `a:A <-> b:A`: the term found only in one part of the context. */
function labelled(query: string, label: string): string {
  return query
    .split(' <-> ')
    .map((word) => `${word}:${label}`)
    .join(' <-> ');
}

function termArrays(terms: PhraseTerm[]) {
  return {
    groups: terms.map((term) => term.group),
    worth: terms.map((term) => term.weight * term.credit),
    any: terms.map((term) => term.query),
    inText: terms.map((term) => labelled(term.query, 'A')),
    near: terms.map((term) => labelled(term.query, 'B')),
    article: terms.map((term) => labelled(term.query, 'C')),
  };
}

export async function readPhraseMatches(
  reader: SqlReader,
  phrase: string,
  options: PhraseMatchOptions = {},
): Promise<PhraseMatches> {
  const { terms, words } = phraseTerms(phrase, options);
  const wordWeights = new Map<number, number>();
  for (const term of terms) if (term.group >= 0) wordWeights.set(term.group, term.weight);
  const totalWeight = [...wordWeights.values()].reduce((sum, weight) => sum + weight, 0);
  if (terms.length === 0 || totalWeight === 0) return { phrase, words, matches: [], capped: false };
  const t = termArrays(terms);
  const anyTerm = t.any.map((query) => `(${query})`).join(' | ');
  const rows = await reader.query<PhraseMatch & { candidates: number }>(Prisma.sql`
    WITH terms AS MATERIALIZED (
      SELECT grp, worth, to_tsquery('english', q_any) AS q_any, to_tsquery('english', q_text) AS q_text,
        to_tsquery('english', q_near) AS q_near, to_tsquery('english', q_article) AS q_article
      FROM unnest(${t.groups}::int[], ${t.worth}::real[], ${t.any}::text[], ${t.inText}::text[], ${t.near}::text[],
        ${t.article}::text[]) AS term(grp, worth, q_any, q_text, q_near, q_article)
    ), candidates AS MATERIALIZED (
      SELECT s.id, s."articleId", s."topicContext" AS context FROM "Statement" s
      WHERE s."topicContext" @@ to_tsquery('english', ${anyTerm})
      ORDER BY s.id DESC LIMIT ${CANDIDATE_CAP}
    ), scored AS (
      SELECT c.id, c."articleId", (
        SELECT COALESCE(sum(best), 0) FROM (
          SELECT max(term.worth * CASE
              WHEN NOT c.context @@ term.q_any THEN 0
              WHEN c.context @@ term.q_text THEN 1
              WHEN c.context @@ term.q_near THEN ${NEAR_CREDIT}::real
              WHEN c.context @@ term.q_article THEN ${ARTICLE_CREDIT}::real
              ELSE 0 END) AS best
          FROM terms term GROUP BY term.grp
        ) per_word
      ) / ${totalWeight}::real AS relevance
      FROM candidates c
    ), ranked AS (
      SELECT id, relevance, max(relevance) OVER (PARTITION BY "articleId") AS best_in_article FROM scored
    )
    SELECT id, relevance::float8 AS relevance, (SELECT count(*)::int FROM candidates) AS candidates FROM ranked
    WHERE relevance >= ${options.minRelevance ?? MIN_RELEVANCE}::real
      AND relevance >= best_in_article * ${options.shareOfBestInArticle ?? SHARE_OF_BEST_IN_ARTICLE}::real
    ORDER BY relevance DESC, id DESC LIMIT ${MATCH_CAP + 1}`);
  const capped = rows.length > MATCH_CAP || (rows[0]?.candidates ?? 0) >= CANDIDATE_CAP;
  return {
    phrase,
    words,
    matches: rows.slice(0, MATCH_CAP).map(({ id, relevance }) => ({ id, relevance })),
    capped,
  };
}

const stancesRead = new WeakMap<PhraseMatches, Promise<Map<number, Stance>>>();

/** Each matched statement's stance toward the phrase, read from its text (once per set of matches). */
export function phraseStances(reader: SqlReader, phrase: PhraseMatches): Promise<Map<number, Stance>> {
  let stances = stancesRead.get(phrase);
  if (!stances) {
    stances = reader
      .query<{ id: number; text: string }>(
        Prisma.sql`SELECT s.id, s.text FROM "Statement" s WHERE s.id = ANY(${phrase.matches.map((m) => m.id)}::int[])`,
      )
      .then((rows) => new Map(rows.map((row) => [row.id, stanceToward(row.text, phrase.words)])));
    stancesRead.set(phrase, stances);
  }
  return stances;
}
