-- signature-by-role.graphql costs 3 SQL statements.

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
