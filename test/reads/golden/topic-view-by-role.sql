-- topic-view-by-role.graphql costs 3 SQL statements.

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
  tagged."roleKey" AS key,
  min(tagged."statedTitle") AS label,
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
  speaker."normalizedName" AS "speaker.normalizedName",
  speaker."kind"::text AS "speaker.kind",
  speaker."scopeArticleId" AS "speaker.scopeArticleId",
  speaker."scopeKey" AS "speaker.scopeKey",
  speaker."gender" AS "speaker.gender",
  speaker."wikidataId" AS "speaker.wikidataId",
  speaker."createdAt" AS "speaker.createdAt"
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
