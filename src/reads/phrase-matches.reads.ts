// The statements about any phrase. Each statement's topic context is stored as one weighted tsvector
// (its text A, its paragraph B, its article's headline C and lede D); SQL finds the statements whose
// context holds any of the phrase's terms (src/extraction/phrase-terms.ts), in the articles holding most
// of the phrase (phrase-articles.ts), and reports, per word of the phrase, where it was found;
// phrase-relevance.ts decides from that which statements are about it. Work is bounded by caps, not by
// the archive.
import { phraseTerms, type PhraseTerm, type PhraseTermOptions } from '../extraction/phrase-terms.ts';
import { stanceToward, type StanceTopic } from '../extraction/stance.ts';
import type { Stance } from '../extraction/types.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { anyTermQuery, rankedArticlesSql } from './phrase-articles.ts';
import { relevantMatches, type CandidateStatement, type RelevanceOptions } from './phrase-relevance.ts';

/** The most statements one phrase answers with, best first; beyond it, counts say "at least". */
export const MATCH_CAP = 1_000;
/** The most statements that are weighed: those holding any term, read article by article, best articles first. */
export const CANDIDATE_CAP = 400;
/**
 * The most articles each tier of phrase-articles.ts gives: a tier of many articles (a common word) is read
 * newest first, and the better tiers come first whatever their age.
 */
export const TIER_ARTICLES = 40;

export interface PhraseMatch {
  id: number;
  relevance: number;
  /** The statement's role key: what statementsByRole groups it by. */
  roleKey: string;
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

export interface PhraseMatchOptions extends PhraseTermOptions, RelevanceOptions {}

/** `word` → `word:A`, `a <-> b` → `a:A <-> b:A`: the term found only in one part of the context. */
function labelled(query: string, label: string): string {
  return query
    .split(' <-> ')
    .map((word) => `${word}:${label}`)
    .join(' <-> ');
}

/**
 * The statements a phrase's terms are sought in, with their topic contexts: those holding any term, in the
 * articles holding most of the phrase (phrase-articles.ts), best article first, then newest.
 */
export function candidatesSql(terms: PhraseTerm[]): Prisma.Sql {
  // Article by article (by its key; the inner ORDER BY keeps it a loop, not a join), never by the terms'
  // index: a common word's index entry lists most of the archive's statements, and PostgreSQL, unable to
  // estimate the words, would AND it with each article's few. `IS TRUE` keeps the match out of any index.
  return Prisma.sql`SELECT s.id, s."articleId", s."roleKey", s.context
      FROM (${rankedArticlesSql(terms, TIER_ARTICLES)}) ranked CROSS JOIN LATERAL (
        SELECT s.id, s."articleId", s."roleKey", s."topicContext" AS context FROM "Statement" s
        WHERE s."articleId" = ranked.id
          AND (s."topicContext" @@ (SELECT to_tsquery('english', ${anyTermQuery(terms)}))) IS TRUE
        ORDER BY s.id DESC
      ) s
      ORDER BY ranked.rank, s.id DESC LIMIT ${CANDIDATE_CAP}`;
}

/** Each candidate statement, with where each of the phrase's words (groups) was found in its context. */
export function phraseCandidatesSql(terms: PhraseTerm[]): Prisma.Sql {
  return Prisma.sql`
    WITH terms AS MATERIALIZED (
      SELECT grp, credit, to_tsquery('english', q) AS q_any, to_tsquery('english', q_text) AS q_text,
        to_tsquery('english', q_near) AS q_near, to_tsquery('english', q_headline) AS q_headline,
        to_tsquery('english', q_lede) AS q_lede
      FROM unnest(${terms.map((term) => term.group)}::int[], ${terms.map((term) => term.credit)}::real[],
        ${terms.map((term) => term.query)}::text[], ${terms.map((term) => labelled(term.query, 'A'))}::text[],
        ${terms.map((term) => labelled(term.query, 'B'))}::text[], ${terms.map((term) => labelled(term.query, 'C'))}::text[],
        ${terms.map((term) => labelled(term.query, 'D'))}::text[]) AS term(grp, credit, q, q_text, q_near, q_headline, q_lede)
    ), candidates AS MATERIALIZED (${candidatesSql(terms)}
    ), in_articles AS MATERIALIZED (
      SELECT ca."articleId" AS id, COALESCE(held.groups, '{}') AS groups, COALESCE(held.credits, '{}') AS credits
      FROM (SELECT DISTINCT "articleId" FROM candidates) ca
      -- Each article by its key, its search vector read (and decompressed) once, not once per term.
      CROSS JOIN LATERAL (
        SELECT a.search || ''::tsvector AS search FROM "Article" a WHERE a.id = ca."articleId" LIMIT 1
      ) a
      CROSS JOIN LATERAL (
        SELECT array_agg(grp ORDER BY grp) AS groups, array_agg(credit ORDER BY grp) AS credits FROM (
          SELECT term.grp, max(term.credit)::float8 AS credit FROM terms term WHERE a.search @@ term.q_any
          GROUP BY term.grp
        ) per_word
      ) held
    )
    SELECT c.id, c."articleId", c."roleKey", found.groups, found.text, found.near, found.headline, found.lede,
      in_articles.groups AS "articleGroups", in_articles.credits AS "articleCredits",
      count(*) OVER ()::int AS candidates
    FROM candidates c JOIN in_articles ON in_articles.id = c."articleId" CROSS JOIN LATERAL (
      SELECT array_agg(grp ORDER BY grp) AS groups, array_agg(text ORDER BY grp) AS text,
        array_agg(near ORDER BY grp) AS near, array_agg(headline ORDER BY grp) AS headline,
        array_agg(lede ORDER BY grp) AS lede
      FROM (
        SELECT term.grp,
          max(CASE WHEN c.context @@ term.q_text THEN term.credit ELSE 0 END)::float8 AS text,
          max(CASE WHEN c.context @@ term.q_near THEN term.credit ELSE 0 END)::float8 AS near,
          max(CASE WHEN c.context @@ term.q_headline THEN term.credit ELSE 0 END)::float8 AS headline,
          max(CASE WHEN c.context @@ term.q_lede THEN term.credit ELSE 0 END)::float8 AS lede
        FROM terms term WHERE c.context @@ term.q_any GROUP BY term.grp
      ) per_word
    ) found`;
}

/** Each statement holding any term, with where each of the phrase's words (groups) was found in its context. */
export async function readPhraseCandidates(
  reader: SqlReader,
  terms: PhraseTerm[],
): Promise<{ candidates: CandidateStatement[]; capped: boolean }> {
  if (terms.length === 0) return { candidates: [], capped: false };
  const rows = await reader.query<CandidateStatement & { candidates: number }>(phraseCandidatesSql(terms));
  return {
    candidates: rows.map(({ candidates: _, ...candidate }) => candidate),
    capped: (rows[0]?.candidates ?? 0) >= CANDIDATE_CAP,
  };
}

export async function readPhraseMatches(
  reader: SqlReader,
  phrase: string,
  options: PhraseMatchOptions = {},
): Promise<PhraseMatches> {
  const { terms, words } = phraseTerms(phrase, options);
  const { candidates, capped } = await readPhraseCandidates(reader, terms);
  const matches = relevantMatches(candidates, terms, options);
  return { phrase, words, matches: matches.slice(0, MATCH_CAP), capped: capped || matches.length > MATCH_CAP };
}

/** What a statement's stance toward the phrase is read toward: its words, and the phrase as typed (a question
 *  or a claim, a harm or not). */
export function stanceTopicOf(phrase: PhraseMatches | null | undefined): StanceTopic | null {
  return phrase ? { words: phrase.words, name: phrase.phrase } : null;
}

const stancesRead = new WeakMap<PhraseMatches, Promise<Map<number, Stance>>>();

/** Each matched statement's stance toward the phrase, read from its text, speaker, cue and the role it is made in
 *  (once per set of matches). */
export function phraseStances(reader: SqlReader, phrase: PhraseMatches): Promise<Map<number, Stance>> {
  let stances = stancesRead.get(phrase);
  if (!stances) {
    const topic = stanceTopicOf(phrase)!;
    stances = reader
      .query<{ id: number; text: string; speaker: string; cue: string | null; role: string | null }>(
        // The speaker's role, as the statement's `stance` field reads it (topic.resolver.ts), so that a filter or a
        // breakdown by stance counts what each statement shows.
        Prisma.sql`SELECT s.id, s.text, s.cue, sp.name AS speaker, r.title AS role
          FROM "Statement" s JOIN "Actor" sp ON sp.id = s."speakerId" LEFT JOIN "Role" r ON r.id = s."speakerRoleId"
          WHERE s.id = ANY(${phrase.matches.map((m) => m.id)}::int[])`,
      )
      .then(
        (rows) =>
          new Map(
            rows.map((row) => [row.id, stanceToward(row.text, topic, row.speaker, row.cue ?? '', row.role ?? '')]),
          ),
      );
    stancesRead.set(phrase, stances);
  }
  return stances;
}
