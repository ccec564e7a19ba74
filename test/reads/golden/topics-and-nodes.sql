-- topics-and-nodes.graphql costs 5 SQL statements.

-- statement 1
SELECT
  t."id" AS "id",
  t."slug" AS "slug",
  t."label" AS "label",
  t."description" AS "description",
  t."kind"::text AS "kind",
  t."origin"::text AS "origin",
  t."curated" AS "curated",
  t."createdAt" AS "createdAt",
  activity.statements,
  activity.recent,
  activity.previous,
  t.id AS "rowId"
FROM
  "Topic" t
  CROSS JOIN (
    SELECT
      COALESCE(max(DAY), current_date) AS DAY
    FROM
      "TopicActivity"
  ) newest
  LEFT JOIN LATERAL (
    SELECT
      COALESCE(sum(ta.statements), 0)::int AS statements,
      COALESCE(
        sum(ta.statements) FILTER (
          WHERE
            ta.day > newest.day - $1::int
        ),
        0
      )::int AS recent,
      COALESCE(
        sum(ta.statements) FILTER (
          WHERE
            ta.day <= newest.day - $2::int
            AND ta.day > newest.day - $3::int
        ),
        0
      )::int AS previous
    FROM
      "TopicActivity" ta
    WHERE
      ta."topicId" = t.id
  ) activity ON TRUE
WHERE
  TRUE
ORDER BY
  t.id ASC
LIMIT
  $4;

-- statement 2
SELECT
  t."id" AS "id",
  t."url" AS "url",
  t."contentHash" AS "contentHash",
  t."headline" AS "headline",
  t."source" AS "source",
  t."publishedAt" AS "publishedAt",
  t."ingestedAt" AS "ingestedAt",
  t."extractorVersion" AS "extractorVersion"
FROM
  "Article" t
WHERE
  t.id = ANY ($1::INT[]);

-- statement 3
SELECT
  t."id" AS "id",
  t."name" AS "name",
  t."kind"::text AS "kind",
  t."wikidataId" AS "wikidataId"
FROM
  "Actor" t
WHERE
  t.id = ANY ($1::INT[]);

-- statement 4
SELECT
  t."id" AS "id",
  t."articleId" AS "articleId",
  t."speakerId" AS "speakerId",
  t."speakerRoleId" AS "speakerRoleId",
  t."eventId" AS "eventId",
  t."kind"::text AS "kind",
  t."text" AS "text",
  t."cue" AS "cue",
  t."section"::text AS "section",
  t."start" AS "start",
  t."end" AS "end",
  t."sentenceStart" AS "sentenceStart",
  t."sentenceEnd" AS "sentenceEnd"
FROM
  "Statement" t
WHERE
  t.id = ANY ($1::INT[]);

-- statement 5
SELECT
  (
    SELECT
      count(*)::int
    FROM
      (
        SELECT
          1
        FROM
          "Topic" t
          CROSS JOIN (
            SELECT
              COALESCE(max(DAY), current_date) AS DAY
            FROM
              "TopicActivity"
          ) newest
          LEFT JOIN LATERAL (
            SELECT
              COALESCE(sum(ta.statements), 0)::int AS statements,
              COALESCE(
                sum(ta.statements) FILTER (
                  WHERE
                    ta.day > newest.day - $1::int
                ),
                0
              )::int AS recent,
              COALESCE(
                sum(ta.statements) FILTER (
                  WHERE
                    ta.day <= newest.day - $2::int
                    AND ta.day > newest.day - $3::int
                ),
                0
              )::int AS previous
            FROM
              "TopicActivity" ta
            WHERE
              ta."topicId" = t.id
          ) activity ON TRUE
        WHERE
          TRUE
        LIMIT
          $4
      ) counted
  ) AS n;
