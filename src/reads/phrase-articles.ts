// Which articles a phrase's statements are read from, best first: an archive holds many articles sharing a
// common word of the phrase by chance, and reading the newest statements holding any word would weigh
// those instead of the few articles holding the whole phrase. Articles are ranked by how much of the phrase
// their search index (headline and body) holds, in tiers:
//   1. every word, or a near word of it;  2. all words but one;  3. any word.
// Each tier gives at most a fixed number of articles, newest first. The weaker tiers are read only when
// the stronger ones found too few articles: an article lacking a word is rarely as much about the phrase
// as one holding it all (phrase-relevance.ts asks nearly as much of the phrase as the best article holds).
// A tier's look-up in the articles' search index has no order or limit of its own, so that PostgreSQL
// reads the index, whatever the words, rather than walking the newest articles one by one until enough
// hold them: that walk reads the whole archive for a rare word. The words are given to it as a sub-query,
// which it cannot estimate: it then reads the index even for a common word, rather than the whole table
// (each row's search vector read and decompressed).
import type { PhraseTerm } from '../extraction/phrase-terms.ts';
import { Prisma } from '../generated/prisma/client.ts';

/** Per word of the phrase (group), the tsquery alternatives standing for it. */
function alternativesByWord(terms: PhraseTerm[]): string[][] {
  const byWord = new Map<number, string[]>();
  for (const term of terms)
    if (term.group >= 0) byWord.set(term.group, [...(byWord.get(term.group) ?? []), term.query]);
  return [...byWord.values()];
}

const either = (queries: string[]) => `(${queries.join(' | ')})`;
const all = (queries: string[]) => `(${queries.join(' & ')})`;

/** Any of the terms: what a statement must hold to be weighed. */
export function anyTermQuery(terms: PhraseTerm[]): string {
  return terms.map((term) => `(${term.query})`).join(' | ');
}

/** The tsquery of each tier, strongest first (see above). */
export function tierQueries(terms: PhraseTerm[]): { every: string; allButOne: string; any: string } {
  const words = alternativesByWord(terms);
  const every = all(words.map(either));
  // One word has no "all but one": its second tier is its first.
  const allButOne =
    words.length > 1
      ? words.map((_, skipped) => all(words.filter((__, i) => i !== skipped).map(either))).join(' | ')
      : every;
  return { every, allButOne, any: either(words.map(either)) };
}

/** The newest articles a tier is first sought among (see tierSql). */
export const RECENT_ARTICLES = 200;

/**
 * The articles holding `query` (when `read`): sought first among the newest RECENT_ARTICLES (the CTE
 * `recent`), and in the whole archive's search index only when fewer than `enough` of those hold it. A
 * common phrase is thus found among the newest articles without reading the index's long lists (thousands
 * of articles whose rows would all be visited); a rare one is found by the index.
 */
function tierSql(name: string, query: string, read: Prisma.Sql, enough: Prisma.Sql): Prisma.Sql {
  const recent = Prisma.raw(`${name}_recent`);
  return Prisma.sql`${recent} AS MATERIALIZED (
        SELECT r.id FROM recent r WHERE ${read} AND r.search @@ (SELECT to_tsquery('english', ${query}))
      ), ${Prisma.raw(name)} AS MATERIALIZED (
        SELECT id FROM ${recent} WHERE (SELECT count(*) FROM ${recent}) >= ${enough}
        UNION ALL
        SELECT a.id FROM "Article" a WHERE ${read} AND (SELECT count(*) FROM ${recent}) < ${enough}
          AND a.search @@ (SELECT to_tsquery('english', ${query}))
      )`;
}

/** The ids of the articles to read a phrase's statements from, with their rank (1 best). */
export function rankedArticlesSql(terms: PhraseTerm[], perTier: number): Prisma.Sql {
  const q = tierQueries(terms);
  // A weaker tier is read only when the stronger ones hold fewer than perTier articles, and its newest
  // articles must hold perTier besides those.
  const count = (tier: string) => Prisma.sql`(SELECT count(*) FROM ${Prisma.raw(tier)})`;
  const fewEvery = Prisma.sql`${count('every')} < ${perTier}`;
  const fewAllButOne = Prisma.sql`${count('all_but_one')} < ${perTier}`;
  // The newest articles' search vectors, each read (and decompressed) once for all tiers.
  return Prisma.sql`WITH recent AS MATERIALIZED (
        SELECT a.id, a.search || ''::tsvector AS search FROM "Article" a ORDER BY a.id DESC LIMIT ${RECENT_ARTICLES}
      ), ${tierSql('every', q.every, Prisma.sql`true`, Prisma.sql`${perTier}`)},
      ${tierSql('all_but_one', q.allButOne, fewEvery, Prisma.sql`${perTier} + ${count('every')}`)},
      ${tierSql('any_word', q.any, Prisma.sql`${fewEvery} AND ${fewAllButOne}`, Prisma.sql`${perTier} + ${count('all_but_one')}`)},
      tiers AS (
        (SELECT id, 1 AS tier FROM every ORDER BY id DESC LIMIT ${perTier})
        UNION ALL (SELECT id, 2 FROM (SELECT id FROM all_but_one EXCEPT SELECT id FROM every) t ORDER BY id DESC LIMIT ${perTier})
        UNION ALL (SELECT id, 3 FROM (SELECT id FROM any_word EXCEPT SELECT id FROM all_but_one) t ORDER BY id DESC LIMIT ${perTier})
      )
      SELECT id, row_number() OVER (ORDER BY tier, id DESC) AS rank FROM tiers`;
}
