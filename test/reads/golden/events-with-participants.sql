-- events-with-participants.graphql costs 4 SQL statements.

-- statement 1
SELECT
  e."id" AS "id",
  e."key" AS "key",
  e."type"::text AS "type",
  e."description" AS "description",
  e."place" AS "place",
  e."date" AS "date",
  e."dateEnd" AS "dateEnd",
  e."datePrecision"::text AS "datePrecision",
  e."dateText" AS "dateText",
  e.id AS "rowId",
  e.date AS "sortKey"
FROM
  "Event" e
WHERE
  TRUE
ORDER BY
  e.date ASC NULLS LAST,
  e.id ASC
LIMIT
  $1;

-- statement 2
SELECT
  t."eventId" AS "eventId",
  t."actorId" AS "actorId",
  t."part"::text AS "part",
  t."eventId" AS "groupKey"
FROM
  "EventParticipant" t
WHERE
  t."eventId" = ANY ($1::INT[])
ORDER BY
  t."actorId";

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
      linked."url" AS "url",
      linked."contentHash" AS "contentHash",
      linked."headline" AS "headline",
      linked."source" AS "source",
      linked."publishedAt" AS "publishedAt",
      linked."ingestedAt" AS "ingestedAt",
      linked."extractorVersion" AS "extractorVersion",
      linked.id AS "rowId"
    FROM
      (
        SELECT DISTINCT
          "eventId" AS "parentId",
          "articleId" AS "childId"
        FROM
          "EventMention"
      ) link
      JOIN "Article" linked ON linked.id = link."childId"
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
  t."id" AS "id",
  t."name" AS "name",
  t."kind"::text AS "kind",
  t."wikidataId" AS "wikidataId"
FROM
  "Actor" t
WHERE
  t.id = ANY ($1::INT[]);
