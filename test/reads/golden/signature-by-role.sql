-- signature-by-role.graphql costs 3 SQL statements.

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
  )
SELECT
  page.*,
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
