-- articles-nested.graphql costs 5 SQL statements.

-- statement 1
SELECT
  a."id" AS "id",
  a."url" AS "url",
  a."contentHash" AS "contentHash",
  a."headline" AS "headline",
  a."source" AS "source",
  a."publishedAt" AS "publishedAt",
  a."ingestedAt" AS "ingestedAt",
  a."extractorVersion" AS "extractorVersion",
  a.id AS "rowId",
  a."publishedAt" AS "sortKey"
FROM
  "Article" a
WHERE
  TRUE
ORDER BY
  a."publishedAt" DESC NULLS LAST,
  a.id DESC
LIMIT
  $1;

-- statement 2
SELECT
  (
    SELECT
      count(*)::int
    FROM
      (
        SELECT
          1
        FROM
          "Article" a
        WHERE
          TRUE
        LIMIT
          $1
      ) counted
  ) AS n;

-- statement 3
SELECT
  page.*,
  parent.key AS "parentKey",
  parent.ordinal AS "parentOrdinal"
FROM
  unnest($1::INT[]) WITH ORDINALITY AS parent (key, ordinal)
  CROSS JOIN LATERAL (
    SELECT
      linked."id" AS "id",
      linked."name" AS "name",
      linked."kind"::text AS "kind",
      linked."wikidataId" AS "wikidataId",
      linked.id AS "rowId"
    FROM
      (
        SELECT DISTINCT
          "articleId" AS "parentId",
          "actorId" AS "childId"
        FROM
          "ActorMention"
      ) link
      JOIN "Actor" linked ON linked.id = link."childId"
    WHERE
      link."parentId" = parent.key
      AND TRUE
    ORDER BY
      linked.id ASC
    LIMIT
      $2
  ) page
ORDER BY
  parent.ordinal,
  "rowId" ASC;

-- statement 4
SELECT
  page.*,
  parent.key AS "parentKey",
  parent.ordinal AS "parentOrdinal"
FROM
  unnest($1::INT[]) WITH ORDINALITY AS parent (key, ordinal)
  CROSS JOIN LATERAL (
    SELECT
      linked."id" AS "id",
      linked."key" AS "key",
      linked."type"::text AS "type",
      linked."description" AS "description",
      linked."place" AS "place",
      linked."date" AS "date",
      linked."dateEnd" AS "dateEnd",
      linked."datePrecision"::text AS "datePrecision",
      linked."dateText" AS "dateText",
      linked.id AS "rowId"
    FROM
      (
        SELECT DISTINCT
          "articleId" AS "parentId",
          "eventId" AS "childId"
        FROM
          "EventMention"
      ) link
      JOIN "Event" linked ON linked.id = link."childId"
    WHERE
      link."parentId" = parent.key
      AND TRUE
    ORDER BY
      linked.id ASC
    LIMIT
      $2
  ) page
ORDER BY
  parent.ordinal,
  "rowId" ASC;

-- statement 5
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
          (
            SELECT DISTINCT
              "articleId" AS "parentId",
              "actorId" AS "childId"
            FROM
              "ActorMention"
          ) link
          JOIN "Actor" linked ON linked.id = link."childId"
        WHERE
          link."parentId" = parent.key
        LIMIT
          $1
      ) counted
  ) AS n
FROM
  unnest($2::INT[]) AS parent (key);
