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
  "rowId" ASC;
