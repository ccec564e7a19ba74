-- statements-filtered.graphql costs 1 SQL statement.

-- statement 1
SELECT
  page.*,
  speaker."id" AS "speaker.id",
  speaker."name" AS "speaker.name",
  speaker."kind"::text AS "speaker.kind",
  speaker."wikidataId" AS "speaker.wikidataId",
  role."id" AS "role.id",
  role."actorId" AS "role.actorId",
  role."title" AS "role.title",
  role."kind"::text AS "role.kind",
  role."organization" AS "role.organization",
  role."country" AS "role.country",
  article."id" AS "article.id",
  article."url" AS "article.url",
  article."contentHash" AS "article.contentHash",
  article."headline" AS "article.headline",
  article."source" AS "article.source",
  article."publishedAt" AS "article.publishedAt",
  article."ingestedAt" AS "article.ingestedAt",
  article."extractorVersion" AS "article.extractorVersion",
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
          EXISTS (
            SELECT
              1
            FROM
              "Role" r
            WHERE
              r.id = s."speakerRoleId"
              AND r.kind = $1::"RoleKind"
          )
          AND s.kind = $2::"StatementKind"
        LIMIT
          $3
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
      s.id AS "rowId"
    FROM
      "Statement" s
    WHERE
      EXISTS (
        SELECT
          1
        FROM
          "Role" r
        WHERE
          r.id = s."speakerRoleId"
          AND r.kind = $4::"RoleKind"
      )
      AND s.kind = $5::"StatementKind"
    ORDER BY
      s.id ASC
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
      "Role"
    WHERE
      id = page."speakerRoleId"
    LIMIT
      1
  ) role ON TRUE
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
  "rowId" ASC;
