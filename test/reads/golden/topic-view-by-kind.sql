-- topic-view-by-kind.graphql costs 4 SQL statements.

-- statement 1
SELECT
  t.id
FROM
  "Topic" t
WHERE
  t.slug = ANY ($1::TEXT[])
  OR lower(t.label) = lower($2)
ORDER BY
  t.id;

-- statement 2
WITH
  tagged AS (
    SELECT
      "roleKey",
      "statedTitle",
      "statedKind",
      NULL::int AS "statedRoleId",
      stance,
      count(*)::int AS n
    FROM
      (
        SELECT
          st."roleKey",
          st."statedTitle",
          st."statedKind"::text AS "statedKind",
          st."statedRoleId",
          st.stance
        FROM
          "StatementTopic" st
        WHERE
          st."topicId" = $1::int
      ) taggings
    GROUP BY
      1,
      2,
      3,
      4,
      5
  )
SELECT
  COALESCE(tagged."statedKind", '') AS key,
  min(tagged."statedKind") AS label,
  min(tagged."statedKind") AS kind,
  sum(tagged.n)::int AS count,
  COALESCE(
    sum(tagged.n) FILTER (
      WHERE
        tagged.stance = 'SUPPORTS'
    ),
    0
  )::int AS supports,
  COALESCE(
    sum(tagged.n) FILTER (
      WHERE
        tagged.stance = 'OPPOSES'
    ),
    0
  )::int AS opposes,
  COALESCE(
    sum(tagged.n) FILTER (
      WHERE
        tagged.stance = 'NEUTRAL'
    ),
    0
  )::int AS neutral
FROM
  tagged
GROUP BY
  1
ORDER BY
  count DESC,
  key;

-- statement 3
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
          s.id,
          s."articleId",
          s."speakerId",
          s."speakerRoleId",
          s."eventId",
          s.kind::text AS kind,
          s.text,
          s.cue,
          s.start,
          s."end",
          s."sentenceStart",
          s."sentenceEnd",
          s.curated,
          s."statedRoleId",
          s."roleKey",
          s.id AS "rowId"
        FROM
          "Statement" s
        WHERE
          COALESCE(s."statedKind"::text, '') = parent.key
          AND EXISTS (
            SELECT
              1
            FROM
              "StatementTopic" st
            WHERE
              st."statementId" = s.id
              AND st."topicId" = ANY (
                ARRAY(
                  SELECT
                    t.id
                  FROM
                    "Topic" t
                  WHERE
                    t.slug = ANY ($2::TEXT[])
                    OR lower(t.label) = lower($3)
                )
              )
          )
        ORDER BY
          s.id ASC
        LIMIT
          $4
      ) page
    ORDER BY
      parent.ordinal,
      "rowId" ASC
  ),
  counts AS MATERIALIZED (
    SELECT
      parent.key AS "parentKey",
      (
        SELECT
          count(*)::int
        FROM
          (
            SELECT
              1
            FROM
              "Statement" s
            WHERE
              COALESCE(s."statedKind"::text, '') = parent.key
              AND EXISTS (
                SELECT
                  1
                FROM
                  "StatementTopic" st
                WHERE
                  st."statementId" = s.id
                  AND st."topicId" = ANY (
                    ARRAY(
                      SELECT
                        t.id
                      FROM
                        "Topic" t
                      WHERE
                        t.slug = ANY ($5::TEXT[])
                        OR lower(t.label) = lower($6)
                    )
                  )
              )
            LIMIT
              $7
          ) counted
      ) AS n
    FROM
      unnest($8::TEXT[]) AS parent (key)
  )
SELECT
  page.*,
  counts.n AS "totalCount"
FROM
  pages page
  JOIN counts ON counts."parentKey" = page."parentKey"
ORDER BY
  page."parentOrdinal",
  "rowId" ASC;

-- statement 4
SELECT DISTINCT
  ON (s.id) s.id AS "statementId",
  m."actorId",
  m.text,
  m.start,
  m."end"
FROM
  "Statement" s
  JOIN "ActorMention" m ON m."articleId" = s."articleId"
  AND m."actorId" = s."speakerId"
WHERE
  s.id = ANY ($1::INT[])
ORDER BY
  s.id,
  (
    m.start >= s."sentenceStart"
    AND m."end" <= s."sentenceEnd"
    AND (
      m."end" <= s.start
      OR m.start >= s."end"
    )
  ) DESC,
  abs(m.start - s.start),
  m.start;
