-- actor-network-topics.graphql costs 6 SQL statements.

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
  m."actorId",
  count(DISTINCT m."articleId")::int AS "sharedArticles"
FROM
  "ActorMention" m
WHERE
  m."articleId" IN (
    SELECT
      own."articleId"
    FROM
      "ActorMention" own
    WHERE
      own."actorId" = $1::int
  )
  AND m."actorId" <> $2::int
GROUP BY
  1
ORDER BY
  2 DESC,
  1
LIMIT
  $3;

-- statement 3
SELECT
  s."speakerId" AS "actorId",
  st."topicId",
  count(*)::int AS count,
  count(*) FILTER (
    WHERE
      st.stance = 'SUPPORTS'
  )::int AS supports,
  count(*) FILTER (
    WHERE
      st.stance = 'OPPOSES'
  )::int AS opposes,
  count(*) FILTER (
    WHERE
      st.stance = 'NEUTRAL'
  )::int AS neutral,
  count(*) FILTER (
    WHERE
      st.stance = 'MIXED'
  )::int AS mixed
FROM
  "Statement" s
  JOIN "StatementTopic" st ON st."statementId" = s.id
WHERE
  s."speakerId" = ANY ($1::INT[])
GROUP BY
  1,
  2
ORDER BY
  1,
  count DESC,
  2;

-- statement 4
WITH
  seen AS MATERIALIZED (
    SELECT DISTINCT
      m."actorId",
      m."articleId"
    FROM
      "ActorMention" m
    WHERE
      m."actorId" = ANY ($1::INT[])
  )
SELECT
  a."actorId" AS source,
  b."actorId" AS target,
  count(*)::int AS "sharedArticles"
FROM
  seen a
  JOIN seen b ON b."articleId" = a."articleId"
  AND a."actorId" < b."actorId"
GROUP BY
  1,
  2
ORDER BY
  1,
  2;

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

-- statement 6
SELECT
  t."id" AS "id",
  t."slug" AS "slug",
  t."label" AS "label",
  t."description" AS "description",
  t."kind"::text AS "kind",
  t."origin"::text AS "origin",
  t."curated" AS "curated",
  t."createdAt" AS "createdAt"
FROM
  "Topic" t
WHERE
  t.id = ANY ($1::INT[]);
