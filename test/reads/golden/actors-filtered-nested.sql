-- actors-filtered-nested.graphql costs 5 SQL statements.

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
  EXISTS (
    SELECT
      1
    FROM
      "Role" r
    WHERE
      r."actorId" = x.id
      AND r.kind = $1::"RoleKind"
  )
ORDER BY
  x.id ASC
LIMIT
  $2;

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
          "Actor" x
        WHERE
          EXISTS (
            SELECT
              1
            FROM
              "Role" r
            WHERE
              r."actorId" = x.id
              AND r.kind = $1::"RoleKind"
          )
        LIMIT
          $2
      ) counted
  ) AS n;

-- statement 3
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
      linked."name" AS "name",
      linked."kind"::text AS "kind",
      linked."wikidataId" AS "wikidataId",
      linked.id AS "rowId"
    FROM
      (
        SELECT DISTINCT
          m1."actorId" AS "parentId",
          m2."actorId" AS "childId"
        FROM
          "ActorMention" m1
          JOIN "ActorMention" m2 ON m2."articleId" = m1."articleId"
          AND m2."actorId" <> m1."actorId"
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

-- statement 5
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
          (
            SELECT
              st.stance::text
            FROM
              "StatementTopic" st
            WHERE
              st."statementId" = s.id
              AND st."topicId" = ANY ($2::INT[])
            ORDER BY
              st."topicId"
            LIMIT
              1
          ) AS "topicStance",
          s.id AS "rowId"
        FROM
          "Statement" s
        WHERE
          s."speakerId" = parent.key
          AND EXISTS (
            SELECT
              1
            FROM
              "StatementTopic" st
            WHERE
              st."statementId" = s.id
              AND st."topicId" = ANY ($3::INT[])
          )
        ORDER BY
          s.id ASC
        LIMIT
          $4
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
              AND EXISTS (
                SELECT
                  1
                FROM
                  "StatementTopic" st
                WHERE
                  st."statementId" = s.id
                  AND st."topicId" = ANY ($5::INT[])
              )
            LIMIT
              $6
          ) counted
      ) AS n
    FROM
      unnest($7::INT[]) AS parent (key)
  )
SELECT
  page.*,
  counts.n AS "totalCount",
  role."id" AS "role.id",
  role."actorId" AS "role.actorId",
  role."title" AS "role.title",
  role."kind"::text AS "role.kind",
  role."organization" AS "role.organization",
  role."country" AS "role.country"
FROM
  pages page
  JOIN counts ON counts."parentKey" = page."parentKey"
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
ORDER BY
  page."parentOrdinal",
  "rowId" ASC;
