-- statements-search-relevance.graphql costs 1 SQL statement.

-- statement 1
SELECT
  page.*,
  speaker."id" AS "speaker.id",
  speaker."name" AS "speaker.name",
  speaker."kind"::text AS "speaker.kind",
  speaker."wikidataId" AS "speaker.wikidataId",
  article."id" AS "article.id",
  article."url" AS "article.url",
  article."contentHash" AS "article.contentHash",
  article."headline" AS "article.headline",
  article."source" AS "article.source",
  article."publishedAt" AS "article.publishedAt",
  article."ingestedAt" AS "article.ingestedAt",
  article."extractorVersion" AS "article.extractorVersion",
  article."body" AS "article.body",
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
          s.search @@ websearch_to_tsquery('english', $1)
        LIMIT
          $2
      ) counted
  ) AS "totalCount"
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
      ts_rank(s.search, websearch_to_tsquery('english', $3)) AS "sortKey"
    FROM
      "Statement" s
    WHERE
      s.search @@ websearch_to_tsquery('english', $4)
    ORDER BY
      ts_rank(s.search, websearch_to_tsquery('english', $5)) DESC NULLS LAST,
      s.id DESC
    LIMIT
      $6
  ) page
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
  "sortKey" DESC NULLS LAST,
  "rowId" DESC;
