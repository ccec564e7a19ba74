-- topic-breakdown.graphql costs 4 SQL statements.

-- statement 1
SELECT
  t."id" AS "id",
  t."slug" AS "slug",
  t."label" AS "label",
  t."description" AS "description",
  t."kind"::text AS "kind",
  t."origin"::text AS "origin",
  t."curated" AS "curated",
  t."createdAt" AS "createdAt"
FROM
  "Topic" t
WHERE
  t.slug = $1;

-- statement 2
WITH
  groups AS (
    SELECT
      "roleKey" AS key,
      count(*)::int AS count,
      array_agg(DISTINCT "statedRoleId") AS roles
    FROM
      (
        SELECT
          st."roleKey",
          st."statedRoleId"
        FROM
          "StatementTopic" st
        WHERE
          st."topicId" = $1::int
      ) on_topics
    GROUP BY
      1
  )
SELECT
  groups.key,
  titled.title,
  titled.kind,
  groups.count
FROM
  groups
  LEFT JOIN LATERAL (
    SELECT
      min(role.title) AS title,
      min(role.kind::text) AS kind
    FROM
      "Role" role
    WHERE
      role.id = ANY (groups.roles)
  ) titled ON TRUE
ORDER BY
  groups.count DESC,
  groups.key;

-- statement 3
WITH
  on_topics AS (
    SELECT DISTINCT
      ON (st."statementId") st.stance,
      st."statedRoleId"
    FROM
      "StatementTopic" st
    WHERE
      st."topicId" = ANY ($1::INT[])
    ORDER BY
      st."statementId",
      st."topicId"
  )
SELECT
  COALESCE(role.kind::text, 'unknown') AS "group",
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
  count(*) FILTER (
    WHERE
      st.stance = 'MIXED'
  )::int AS mixed,
  count(*)::int AS total
FROM
  on_topics st
  LEFT JOIN "Role" role ON role.id = st."statedRoleId"
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
          JOIN "StatementTopic" pt ON pt."statementId" = s.id
          AND pt."topicId" = $3::int
        WHERE
          pt."roleKey" = parent.key
          AND EXISTS (
            SELECT
              1
            FROM
              "StatementTopic" st
            WHERE
              st."statementId" = s.id
              AND st."topicId" = ANY ($4::INT[])
          )
        ORDER BY
          s.id ASC
        LIMIT
          $5
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
              AND pt."topicId" = $6::int
            WHERE
              pt."roleKey" = parent.key
              AND EXISTS (
                SELECT
                  1
                FROM
                  "StatementTopic" st
                WHERE
                  st."statementId" = s.id
                  AND st."topicId" = ANY ($7::INT[])
              )
            LIMIT
              $8
          ) counted
      ) AS n
    FROM
      unnest($9::TEXT[]) AS parent (key)
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
