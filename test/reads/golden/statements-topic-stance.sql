-- statements-topic-stance.graphql costs 4 SQL statements.

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
  page.*,
  (
    SELECT
      count(*)::int
    FROM
      (
        SELECT
          1
        FROM
          "Statement" s
          JOIN "Article" a ON a.id = s."articleId"
        WHERE
          EXISTS (
            SELECT
              1
            FROM
              "StatementTopic" st
            WHERE
              st."statementId" = s.id
              AND st."topicId" = ANY ($1::INT[])
              AND st.stance = $2::"Stance"
          )
          AND EXISTS (
            SELECT
              1
            FROM
              "Actor" sp
            WHERE
              sp.id = s."speakerId"
              AND (
                sp."normalizedName" LIKE $3
                OR EXISTS (
                  SELECT
                    1
                  FROM
                    "ActorAlias" al
                  WHERE
                    al."actorId" = sp.id
                    AND al."normalizedAlias" LIKE $4
                )
              )
          )
          AND COALESCE(a."publishedAt", a."ingestedAt") >= $5
          AND COALESCE(a."publishedAt", a."ingestedAt") <= $6
        LIMIT
          $7
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
      (
        SELECT
          st.stance::text
        FROM
          "StatementTopic" st
        WHERE
          st."statementId" = s.id
          AND st."topicId" = ANY ($8::INT[])
        ORDER BY
          st."topicId"
        LIMIT
          1
      ) AS "topicStance",
      s.id AS "rowId"
    FROM
      "Statement" s
      JOIN "Article" a ON a.id = s."articleId"
    WHERE
      EXISTS (
        SELECT
          1
        FROM
          "StatementTopic" st
        WHERE
          st."statementId" = s.id
          AND st."topicId" = ANY ($9::INT[])
          AND st.stance = $10::"Stance"
      )
      AND EXISTS (
        SELECT
          1
        FROM
          "Actor" sp
        WHERE
          sp.id = s."speakerId"
          AND (
            sp."normalizedName" LIKE $11
            OR EXISTS (
              SELECT
                1
              FROM
                "ActorAlias" al
              WHERE
                al."actorId" = sp.id
                AND al."normalizedAlias" LIKE $12
            )
          )
      )
      AND COALESCE(a."publishedAt", a."ingestedAt") >= $13
      AND COALESCE(a."publishedAt", a."ingestedAt") <= $14
    ORDER BY
      s.id ASC
    LIMIT
      $15
  ) page
ORDER BY
  "rowId" ASC;

-- statement 3
SELECT
  t."statementId" AS "statementId",
  t."topicId" AS "topicId",
  t."stance"::text AS "stance",
  t."statementId" AS "groupKey"
FROM
  "StatementTopic" t
WHERE
  t."statementId" = ANY ($1::INT[])
ORDER BY
  t."topicId";

-- statement 4
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
