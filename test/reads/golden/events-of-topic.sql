-- events-of-topic.graphql costs 5 SQL statements.

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
  EXISTS (
    SELECT
      1
    FROM
      "EventMention" em
      JOIN "ArticleTopic" at ON at."articleId" = em."articleId"
    WHERE
      em."eventId" = e.id
      AND at."topicId" = ANY ($1::INT[])
  )
ORDER BY
  e.date ASC NULLS LAST,
  e.id ASC
LIMIT
  $2;

-- statement 3
SELECT
  (
    SELECT
      count(*)::int
    FROM
      (
        SELECT
          1
        FROM
          "Event" e
        WHERE
          EXISTS (
            SELECT
              1
            FROM
              "EventMention" em
              JOIN "ArticleTopic" at ON at."articleId" = em."articleId"
            WHERE
              em."eventId" = e.id
              AND at."topicId" = ANY ($1::INT[])
          )
        LIMIT
          $2
      ) counted
  ) AS n;

-- statement 4
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

-- statement 5
SELECT
  t."id" AS "id",
  t."name" AS "name",
  t."kind"::text AS "kind",
  t."wikidataId" AS "wikidataId"
FROM
  "Actor" t
WHERE
  t.id = ANY ($1::INT[]);
