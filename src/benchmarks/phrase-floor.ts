// The raw-SQL floor of `statementsByRole(topic: PHRASE)` for a phrase that names no stored topic: one
// statement that reads the same candidates our reads do (phraseCandidatesSql), scores them as
// phrase-relevance.ts does — the same floating-point operations in the same order, so that the same
// statements come out in the same order — and groups them by stated role into our JSON answer.
import type { PhraseTerm } from '../extraction/phrase-terms.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { MATCH_CAP, phraseCandidatesSql } from '../reads/phrase-matches.reads.ts';
import { RELEVANCE_DEFAULTS } from '../reads/phrase-relevance.ts';
import { NO_ROLE } from '../reads/topics.reads.ts';

const GROUP_PAGE = 5;

export function phraseByRoleSql(terms: PhraseTerm[]): Prisma.Sql {
  const o = RELEVANCE_DEFAULTS;
  const weights = new Map(terms.map((term) => [term.group, term.weight]));
  let total = 0;
  for (const [group, weight] of weights) if (group >= 0) total += weight;
  const words = [...weights.keys()].filter((group) => group >= 0).length;
  const f8 = (value: number) => Prisma.sql`${value}::float8`;
  return Prisma.sql`
    WITH found AS MATERIALIZED (${phraseCandidatesSql(terms)}),
    weights AS (SELECT * FROM unnest(${[...weights.keys()]}::int[], ${[...weights.values()]}::float8[]) AS w(grp, weight)),
    per_word AS (
      SELECT f.id, f."articleId", u.grp, u.text, u.near, u.headline, u.lede, w.weight
      FROM found f CROSS JOIN LATERAL unnest(f.groups, f.text, f.near, f.headline, f.lede) AS u(grp, text, near, headline, lede)
      JOIN weights w ON w.grp = u.grp
    ),
    scored AS (
      SELECT id, "articleId",
        sum(weight * GREATEST(text, near * ${f8(o.nearCredit)}) ORDER BY grp) / ${f8(total)} AS own
      FROM per_word GROUP BY id, "articleId"
    ),
    -- Per article and word, the credit its headline or lede gives the word.
    subject_words AS (
      SELECT "articleId", grp, max(weight) AS weight, max(GREATEST(headline, lede * ${f8(o.ledeCredit)})) AS credit
      FROM per_word GROUP BY "articleId", grp
    ),
    articles AS (
      SELECT s."articleId", count(*) AS statements,
        (SELECT COALESCE(sum(sw.weight * sw.credit ORDER BY sw.grp), 0) FROM subject_words sw
          WHERE sw."articleId" = s."articleId") / ${f8(total)} AS subject,
        count(*) FILTER (WHERE s.own >= ${f8(o.mainEvidence)})::float8 / count(*)::float8 AS speaking,
        max(s.own) AS best_own,
        -- How many of the phrase's words its headline or lede holds as typed.
        (SELECT count(DISTINCT pw.grp) FROM per_word pw WHERE pw."articleId" = s."articleId" AND pw.grp >= 0
          AND GREATEST(pw.headline, pw.lede) >= 1) AS introduced,
        (SELECT COALESCE(sum(w.weight * held.credit ORDER BY held.grp), 0)
          FROM (SELECT f."articleGroups", f."articleCredits" FROM found f WHERE f."articleId" = s."articleId" LIMIT 1) a
          CROSS JOIN LATERAL unnest(a."articleGroups", a."articleCredits") AS held(grp, credit)
          JOIN weights w ON w.grp = held.grp WHERE held.grp >= 0) / ${f8(total)} AS coverage
      FROM scored s GROUP BY s."articleId"
    ),
    -- The articles holding enough of the phrase.
    held AS (
      SELECT * FROM articles WHERE coverage >= GREATEST(${f8(o.minArticleCoverage)},
        (SELECT max(coverage) FROM articles) * ${f8(o.articleShareOfBest)})
    ),
    -- Word by word, what the statement says itself or, for less, its article's subject says for it.
    combined AS (
      SELECT s.id, sum(w.weight * GREATEST(COALESCE(pw.own, 0), COALESCE(sw.credit, 0) * ${f8(o.subjectCredit)})
          ORDER BY w.grp) / ${f8(total)} AS combined
      FROM scored s
      CROSS JOIN weights w
      LEFT JOIN (SELECT id, grp, GREATEST(text, near * ${f8(o.nearCredit)}) AS own FROM per_word) pw
        ON pw.id = s.id AND pw.grp = w.grp
      LEFT JOIN subject_words sw ON sw."articleId" = s."articleId" AND sw.grp = w.grp
      GROUP BY s.id
    ),
    relevant AS (
      SELECT s.id, s.own, a.introduced = ${words} AS whole_subject,
        GREATEST(CASE WHEN lifted.lifted THEN c.combined ELSE s.own END, main.main * ${f8(o.subjectCredit)}) AS relevance,
        GREATEST(s.own, CASE WHEN lifted.lifted THEN a.subject ELSE 0 END * ${f8(o.subjectCredit)},
          main.main * ${f8(o.subjectCredit)}) AS alone
      FROM scored s JOIN held a ON a."articleId" = s."articleId" JOIN combined c ON c.id = s.id
      CROSS JOIN LATERAL (SELECT a.statements <= ${o.longArticle} OR s.own >= ${f8(o.subjectNeedsOwn)} AS lifted) lifted
      CROSS JOIN LATERAL (SELECT CASE WHEN a.speaking >= ${f8(o.mainShare)} THEN a.coverage ELSE 0 END AS main) main
      -- An article's best statement must say nearly as much as the best one elsewhere.
      WHERE a.best_own >= (SELECT max(best_own) FROM held) * ${f8(o.statementShareOfBest)}
    ),
    bar AS (
      SELECT LEAST(${f8(o.minRelevance)},
        GREATEST(${f8(o.relaxedFloor)}, (SELECT max(alone) FROM relevant) * ${f8(o.relaxedShareOfBest)})) AS bar
    ),
    -- Under a lowered bar, a statement must hold some of the phrase itself, unless its article's headline or
    -- lede holds every word of it.
    matches AS (
      SELECT r.* FROM relevant r, bar
      WHERE r.relevance >= bar.bar AND (bar.bar >= ${f8(o.minRelevance)} OR r.own > 0 OR r.whole_subject)
      ORDER BY relevance DESC, id DESC LIMIT ${MATCH_CAP}
    ),
    matched AS (
      SELECT st.id, st.text, st.cue, st."speakerId", st."roleKey", st."statedRoleId", m.relevance::real AS relevance
      FROM matches m JOIN "Statement" st ON st.id = m.id
    ),
    groups AS (
      SELECT m."roleKey" AS key, count(*)::int AS count, min(r.title) AS title
      FROM matched m LEFT JOIN "Role" r ON r.id = m."statedRoleId" GROUP BY m."roleKey"
    )
    SELECT json_build_object('data', json_build_object('statementsByRole', COALESCE(json_agg(
      json_build_object('role', COALESCE(g.title, ${NO_ROLE}), 'count', g.count, 'statements', json_build_object(
        'nodes', (SELECT json_agg(json_build_object('text', p.text, 'cue', p.cue, 'speaker', json_build_object('name', a.name))
            ORDER BY p.relevance DESC, p.id DESC)
          FROM (SELECT * FROM matched m WHERE m."roleKey" = g.key ORDER BY m.relevance DESC, m.id DESC LIMIT ${GROUP_PAGE}) p
          JOIN "Actor" a ON a.id = p."speakerId")))
      ORDER BY g.count DESC, g.key), '[]'::json)))::text AS body
    FROM groups g`;
}
