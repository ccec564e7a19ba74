-- actor-page.graphql costs 5 SQL statements.

-- statement 1
SELECT
  x."id" AS "id",
  x."name" AS "name",
  x."kind"::text AS "kind",
  x."wikidataId" AS "wikidataId",
  x.id AS "rowId"
FROM
  "Actor" x
WHERE
  (
    x."normalizedName" LIKE $1
    OR EXISTS (
      SELECT
        1
      FROM
        "ActorAlias" al
      WHERE
        al."actorId" = x.id
        AND al."normalizedAlias" LIKE $2
    )
  )
ORDER BY
  x.id ASC
LIMIT
  $3;

-- statement 2
SELECT
  t."id" AS "id",
  t."actorId" AS "actorId",
  t."alias" AS "alias",
  t."actorId" AS "groupKey"
FROM
  "ActorAlias" t
WHERE
  t."actorId" = ANY ($1::INT[])
ORDER BY
  t.id;

-- statement 3
SELECT
  t."id" AS "id",
  t."actorId" AS "actorId",
  t."title" AS "title",
  t."kind"::text AS "kind",
  t."organization" AS "organization",
  t."country" AS "country",
  t."actorId" AS "groupKey"
FROM
  "Role" t
WHERE
  t."actorId" = ANY ($1::INT[])
ORDER BY
  t.id;

-- statement 4
WITH
  pages AS MATERIALIZED (
    SELECT
      page.*,
      parent.key AS "parentKey",
      parent.ordinal AS "parentOrdinal"
    FROM
      unnest($1::INT[]) WITH ORDINALITY AS parent (key, ordinal)
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
        WHERE
          s."speakerId" = parent.key
          AND TRUE
        ORDER BY
          s.id ASC
        LIMIT
          $2
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
            WHERE
              s."speakerId" = parent.key
            LIMIT
              $3
          ) counted
      ) AS n
    FROM
      unnest($4::INT[]) AS parent (key)
  )
SELECT
  page.*,
  counts.n AS "totalCount",
  article."id" AS "article.id",
  article."url" AS "article.url",
  article."contentHash" AS "article.contentHash",
  article."headline" AS "article.headline",
  article."source" AS "article.source",
  article."publishedAt" AS "article.publishedAt",
  article."ingestedAt" AS "article.ingestedAt",
  article."extractorVersion" AS "article.extractorVersion"
FROM
  pages page
  JOIN counts ON counts."parentKey" = page."parentKey"
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
  page."parentOrdinal",
  "rowId" ASC;

-- statement 5
SELECT
  seen."roleId",
  min(seen.date) AS "firstSeenAt",
  max(seen.date) AS "lastSeenAt"
FROM
  (
    SELECT
      m."roleId",
      COALESCE(a."publishedAt", a."ingestedAt") AS date
    FROM
      "ActorMention" m
      JOIN "Article" a ON a.id = m."articleId"
    WHERE
      m."roleId" = ANY ($1::INT[])
    UNION ALL
    SELECT
      s."speakerRoleId",
      COALESCE(a."publishedAt", a."ingestedAt")
    FROM
      "Statement" s
      JOIN "Article" a ON a.id = s."articleId"
    WHERE
      s."speakerRoleId" = ANY ($2::INT[])
  ) seen
GROUP BY
  seen."roleId";
