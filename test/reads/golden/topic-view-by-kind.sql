-- topic-view-by-kind.graphql costs 4 SQL statements.

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
  tagged AS (
    SELECT
      stance,
      "roleKey",
      "statedTitle",
      "statedKind",
      NULL::int AS "statedRoleId",
      count(*)::int AS n
    FROM
      (
        SELECT
          st.stance,
          st."roleKey",
          st."statedTitle",
          st."statedKind",
          st."statedRoleId"
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
  COALESCE(st."statedKind"::text, '') AS key,
  min(st."statedKind"::text) AS label,
  min(st."statedKind"::text) AS kind,
  sum(st.n)::int AS count,
  COALESCE(
    sum(st.n) FILTER (
      WHERE
        st.stance = 'SUPPORTS'
    ),
    0
  )::int AS supports,
  COALESCE(
    sum(st.n) FILTER (
      WHERE
        st.stance = 'OPPOSES'
    ),
    0
  )::int AS opposes,
  COALESCE(
    sum(st.n) FILTER (
      WHERE
        st.stance = 'NEUTRAL'
    ),
    0
  )::int AS neutral,
  COALESCE(
    sum(st.n) FILTER (
      WHERE
        st.stance = 'MIXED'
    ),
    0
  )::int AS mixed
FROM
  tagged st
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
          (
            SELECT
              st.stance::text
            FROM
              "StatementTopic" st
            WHERE
              st."statementId" = s.id
              AND st."topicId" = ANY ($2::INT[])
            ORDER BY
              st."topicId"
            LIMIT
              1
          ) AS "topicStance",
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
              AND st."topicId" = ANY ($3::INT[])
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
                  AND st."topicId" = ANY ($5::INT[])
              )
            LIMIT
              $6
          ) counted
      ) AS n
    FROM
      unnest($7::TEXT[]) AS parent (key)
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
    s.section = 'BODY'
    AND m.start >= s."sentenceStart"
    AND m."end" <= s."sentenceEnd"
    AND (
      m."end" <= s.start
      OR m.start >= s."end"
    )
  ) DESC,
  CASE
    WHEN s.section = 'BODY' THEN abs(m.start - s.start)
    ELSE m.start
  END,
  m.start;
