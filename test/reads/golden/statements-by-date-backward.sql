-- statements-by-date-backward.graphql costs 1 SQL statement.

-- statement 1
SELECT
  page.*,
  article."id" AS "article.id",
  article."url" AS "article.url",
  article."contentHash" AS "article.contentHash",
  article."headline" AS "article.headline",
  article."source" AS "article.source",
  article."publishedAt" AS "article.publishedAt",
  article."ingestedAt" AS "article.ingestedAt",
  article."extractorVersion" AS "article.extractorVersion"
FROM
  (
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
      s.id AS "rowId",
      COALESCE(a."publishedAt", a."ingestedAt") AS "sortKey"
    FROM
      "Statement" s
      JOIN "Article" a ON a.id = s."articleId"
    WHERE
      TRUE
    ORDER BY
      COALESCE(a."publishedAt", a."ingestedAt") ASC NULLS FIRST,
      s.id ASC
    LIMIT
      $1
  ) page
  LEFT JOIN LATERAL (
    SELECT
      *
    FROM
      "Article"
    WHERE
      id = page."articleId"
    LIMIT
      1
  ) article ON TRUE
ORDER BY
  "sortKey" ASC NULLS FIRST,
  "rowId" ASC;
