-- phrase-by-role.graphql costs 5 SQL statements.

-- statement 1
SELECT
  t.id
FROM
  "Topic" t
WHERE
  t.slug = ANY ($1::TEXT[])
  OR lower(t.label) = lower($2)
UNION
SELECT
  al."topicId"
FROM
  "TopicAlias" al
WHERE
  al."normalizedAlias" = $3
ORDER BY
  1;

-- statement 2
WITH
  terms AS MATERIALIZED (
    SELECT
      grp,
      credit,
      to_tsquery('english', q) AS q_any,
      to_tsquery('english', q_text) AS q_text,
      to_tsquery('english', q_near) AS q_near,
      to_tsquery('english', q_headline) AS q_headline,
      to_tsquery('english', q_lede) AS q_lede
    FROM
      unnest(
        $1::INT[],
        $2::REAL[],
        $3::TEXT[],
        $4::TEXT[],
        $5::TEXT[],
        $6::TEXT[],
        $7::TEXT[]
      ) AS term (
        grp,
        credit,
        q,
        q_text,
        q_near,
        q_headline,
        q_lede
      )
  ),
  candidates AS MATERIALIZED (
    SELECT
      s.id,
      s."articleId",
      s."roleKey",
      s.context
    FROM
      (
        WITH
          recent AS MATERIALIZED (
            SELECT
              a.id,
              a.search || ''::tsvector AS search
            FROM
              "Article" a
            ORDER BY
              a.id DESC
            LIMIT
              $8
          ),
          every_recent AS MATERIALIZED (
            SELECT
              r.id
            FROM
              recent r
            WHERE
              TRUE
              AND r.search @@ (
                SELECT
                  to_tsquery('english', $9)
              )
          ),
          every AS MATERIALIZED (
            SELECT
              id
            FROM
              every_recent
            WHERE
              (
                SELECT
                  count(*)
                FROM
                  every_recent
              ) >= $10
            UNION ALL
            SELECT
              a.id
            FROM
              "Article" a
            WHERE
              TRUE
              AND (
                SELECT
                  count(*)
                FROM
                  every_recent
              ) < $11
              AND a.search @@ (
                SELECT
                  to_tsquery('english', $12)
              )
          ),
          all_but_one_recent AS MATERIALIZED (
            SELECT
              r.id
            FROM
              recent r
            WHERE
              (
                SELECT
                  count(*)
                FROM
                  every
              ) < $13
              AND r.search @@ (
                SELECT
                  to_tsquery('english', $14)
              )
          ),
          all_but_one AS MATERIALIZED (
            SELECT
              id
            FROM
              all_but_one_recent
            WHERE
              (
                SELECT
                  count(*)
                FROM
                  all_but_one_recent
              ) >= $15 + (
                SELECT
                  count(*)
                FROM
                  every
              )
            UNION ALL
            SELECT
              a.id
            FROM
              "Article" a
            WHERE
              (
                SELECT
                  count(*)
                FROM
                  every
              ) < $16
              AND (
                SELECT
                  count(*)
                FROM
                  all_but_one_recent
              ) < $17 + (
                SELECT
                  count(*)
                FROM
                  every
              )
              AND a.search @@ (
                SELECT
                  to_tsquery('english', $18)
              )
          ),
          any_word_recent AS MATERIALIZED (
            SELECT
              r.id
            FROM
              recent r
            WHERE
              (
                SELECT
                  count(*)
                FROM
                  every
              ) < $19
              AND (
                SELECT
                  count(*)
                FROM
                  all_but_one
              ) < $20
              AND r.search @@ (
                SELECT
                  to_tsquery('english', $21)
              )
          ),
          any_word AS MATERIALIZED (
            SELECT
              id
            FROM
              any_word_recent
            WHERE
              (
                SELECT
                  count(*)
                FROM
                  any_word_recent
              ) >= $22 + (
                SELECT
                  count(*)
                FROM
                  all_but_one
              )
            UNION ALL
            SELECT
              a.id
            FROM
              "Article" a
            WHERE
              (
                SELECT
                  count(*)
                FROM
                  every
              ) < $23
              AND (
                SELECT
                  count(*)
                FROM
                  all_but_one
              ) < $24
              AND (
                SELECT
                  count(*)
                FROM
                  any_word_recent
              ) < $25 + (
                SELECT
                  count(*)
                FROM
                  all_but_one
              )
              AND a.search @@ (
                SELECT
                  to_tsquery('english', $26)
              )
          ),
          tiers AS (
            (
              SELECT
                id,
                1 AS tier
              FROM
                every
              ORDER BY
                id DESC
              LIMIT
                $27
            )
            UNION ALL
            (
              SELECT
                id,
                2
              FROM
                (
                  SELECT
                    id
                  FROM
                    all_but_one
                  EXCEPT
                  SELECT
                    id
                  FROM
                    every
                ) t
              ORDER BY
                id DESC
              LIMIT
                $28
            )
            UNION ALL
            (
              SELECT
                id,
                3
              FROM
                (
                  SELECT
                    id
                  FROM
                    any_word
                  EXCEPT
                  SELECT
                    id
                  FROM
                    all_but_one
                ) t
              ORDER BY
                id DESC
              LIMIT
                $29
            )
          )
        SELECT
          id,
          row_number() OVER (
            ORDER BY
              tier,
              id DESC
          ) AS rank
        FROM
          tiers
      ) ranked
      CROSS JOIN LATERAL (
        SELECT
          s.id,
          s."articleId",
          s."roleKey",
          s."topicContext" AS context
        FROM
          "Statement" s
        WHERE
          s."articleId" = ranked.id
          AND (
            s."topicContext" @@ (
              SELECT
                to_tsquery('english', $30)
            )
          ) IS TRUE
        ORDER BY
          s.id DESC
      ) s
    ORDER BY
      ranked.rank,
      s.id DESC
    LIMIT
      $31
  ),
  in_articles AS MATERIALIZED (
    SELECT
      ca."articleId" AS id,
      COALESCE(held.groups, '{}') AS groups,
      COALESCE(held.credits, '{}') AS credits
    FROM
      (
        SELECT DISTINCT
          "articleId"
        FROM
          candidates
      ) ca
      -- Each article by its key, its search vector read (and decompressed) once, not once per term.
      CROSS JOIN LATERAL (
        SELECT
          a.search || ''::tsvector AS search
        FROM
          "Article" a
        WHERE
          a.id = ca."articleId"
        LIMIT
          1
      ) a
      CROSS JOIN LATERAL (
        SELECT
          array_agg(
            grp
            ORDER BY
              grp
          ) AS groups,
          array_agg(
            credit
            ORDER BY
              grp
          ) AS credits
        FROM
          (
            SELECT
              term.grp,
              max(term.credit)::float8 AS credit
            FROM
              terms term
            WHERE
              a.search @@ term.q_any
            GROUP BY
              term.grp
          ) per_word
      ) held
  )
SELECT
  c.id,
  c."articleId",
  c."roleKey",
  found.groups,
  found.text,
  found.near,
  found.headline,
  found.lede,
  in_articles.groups AS "articleGroups",
  in_articles.credits AS "articleCredits",
  count(*) OVER ()::int AS candidates
FROM
  candidates c
  JOIN in_articles ON in_articles.id = c."articleId"
  CROSS JOIN LATERAL (
    SELECT
      array_agg(
        grp
        ORDER BY
          grp
      ) AS groups,
      array_agg(
        text
        ORDER BY
          grp
      ) AS text,
      array_agg(
        near
        ORDER BY
          grp
      ) AS near,
      array_agg(
        headline
        ORDER BY
          grp
      ) AS headline,
      array_agg(
        lede
        ORDER BY
          grp
      ) AS lede
    FROM
      (
        SELECT
          term.grp,
          max(
            CASE
              WHEN c.context @@ term.q_text THEN term.credit
              ELSE 0
            END
          )::float8 AS text,
          max(
            CASE
              WHEN c.context @@ term.q_near THEN term.credit
              ELSE 0
            END
          )::float8 AS near,
          max(
            CASE
              WHEN c.context @@ term.q_headline THEN term.credit
              ELSE 0
            END
          )::float8 AS headline,
          max(
            CASE
              WHEN c.context @@ term.q_lede THEN term.credit
              ELSE 0
            END
          )::float8 AS lede
        FROM
          terms term
        WHERE
          c.context @@ term.q_any
        GROUP BY
          term.grp
      ) per_word
  ) found;

-- statement 3
SELECT
  "roleKey" AS key,
  min("statedTitle") AS title,
  min("statedKind"::text) AS kind,
  count(*)::int AS count
FROM
  (
    SELECT
      s."roleKey",
      s."statedTitle",
      s."statedKind"
    FROM
      "Statement" s
    WHERE
      s.id = ANY ($1::INT[])
  ) on_topics
GROUP BY
  1
ORDER BY
  count DESC,
  key;

-- statement 4
WITH
  pages AS MATERIALIZED (
    SELECT
      page.*,
      parent.key AS "parentKey",
      parent.ordinal AS "parentOrdinal"
    FROM
      unnest($1::TEXT[]) WITH ORDINALITY AS parent (key, ordinal)
      CROSS JOIN LATERAL (
        SELECT
          s."id" AS "id",
          s."articleId" AS "articleId",
          s."speakerId" AS "speakerId",
          s."speakerRoleId" AS "speakerRoleId",
          s."eventId" AS "eventId",
          s."kind"::text AS "kind",
          s."text" AS "text",
          s."cue" AS "cue",
          s."section"::text AS "section",
          s."start" AS "start",
          s."end" AS "end",
          s."sentenceStart" AS "sentenceStart",
          s."sentenceEnd" AS "sentenceEnd",
          s.id AS "rowId",
          topic_match.relevance AS "sortKey"
        FROM
          unnest($2::INT[], $3::REAL[], $4::TEXT[]) AS topic_match (id, relevance, "roleKey")
          CROSS JOIN LATERAL (
            SELECT
              *
            FROM
              "Statement"
            WHERE
              id = topic_match.id
            LIMIT
              1
          ) s
        WHERE
          topic_match."roleKey" = parent.key
          AND TRUE
        ORDER BY
          topic_match.relevance DESC NULLS LAST,
          s.id DESC
        LIMIT
          $5
      ) page
    ORDER BY
      parent.ordinal,
      "sortKey" DESC NULLS LAST,
      "rowId" DESC
  )
SELECT
  page.*,
  speaker."id" AS "speaker.id",
  speaker."name" AS "speaker.name",
  speaker."kind"::text AS "speaker.kind",
  speaker."wikidataId" AS "speaker.wikidataId"
FROM
  pages page
  LEFT JOIN LATERAL (
    SELECT
      *
    FROM
      "Actor"
    WHERE
      id = page."speakerId"
    LIMIT
      1
  ) speaker ON TRUE
ORDER BY
  page."parentOrdinal",
  "sortKey" DESC NULLS LAST,
  "rowId" DESC;

-- statement 5
SELECT
  t."id" AS "id",
  t."actorId" AS "actorId",
  t."title" AS "title",
  t."kind"::text AS "kind",
  t."organization" AS "organization",
  t."country" AS "country"
FROM
  "Role" t
WHERE
  t.id = ANY ($1::INT[]);
