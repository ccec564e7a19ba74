-- topic-breakdown.graphql costs 4 SQL statements.

-- statement 1
SELECT
  t."id" AS "id",
  t."slug" AS "slug",
  t."label" AS "label",
  t."description" AS "description"
FROM
  "Topic" t
WHERE
  t.slug = $1;

-- statement 2
SELECT
  c."roleKey" AS key,
  min(NULLIF(c.title, '')) AS title,
  min(NULLIF(c.kind, '')) AS kind,
  sum(c."count")::int AS count
FROM
  "TopicRoleCount" c
WHERE
  c."topicId" = $1::int
  AND c."count" > 0
GROUP BY
  1
ORDER BY
  count DESC,
  key;

-- statement 3
SELECT
  COALESCE(st."statedKind"::text, 'unknown') AS "group",
  count(*) FILTER (
    WHERE
      st.stance = 'SUPPORTS'
  )::int AS supports,
  count(*) FILTER (
    WHERE
      st.stance = 'OPPOSES'
  )::int AS opposes,
  count(*) FILTER (
    WHERE
      st.stance = 'NEUTRAL'
  )::int AS neutral,
  count(*)::int AS total
FROM
  "StatementTopic" st
WHERE
  st."topicId" = $1::int
GROUP BY
  1
ORDER BY
  total DESC,
  1;

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
          JOIN "StatementTopic" pt ON pt."statementId" = s.id
          AND pt."topicId" = $2::int
        WHERE
          pt."roleKey" = parent.key
          AND TRUE
        ORDER BY
          s.id ASC
        LIMIT
          $3
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
              JOIN "StatementTopic" pt ON pt."statementId" = s.id
              AND pt."topicId" = $4::int
            WHERE
              pt."roleKey" = parent.key
            LIMIT
              $5
          ) counted
      ) AS n
    FROM
      unnest($6::TEXT[]) AS parent (key)
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
