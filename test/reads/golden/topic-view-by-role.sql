-- topic-view-by-role.graphql costs 3 SQL statements.

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
  st."roleKey" AS key,
  min(st."statedTitle") AS label,
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
  counts.n AS "totalCount",
  speaker."id" AS "speaker.id",
  speaker."name" AS "speaker.name",
  speaker."kind"::text AS "speaker.kind",
  speaker."wikidataId" AS "speaker.wikidataId"
FROM
  pages page
  JOIN counts ON counts."parentKey" = page."parentKey"
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
  "rowId" ASC;
