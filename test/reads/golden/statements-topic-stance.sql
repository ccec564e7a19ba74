-- statements-topic-stance.graphql costs 3 SQL statements.

-- statement 1
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
              AND st.stance = $1::"Stance"
              AND st."topicId" = ANY (
                ARRAY(
                  SELECT
                    t.id
                  FROM
                    "Topic" t
                  WHERE
                    t.slug = ANY ($2::TEXT[])
                    OR lower(t.label) = lower($3)
                )
              )
          )
          AND EXISTS (
            SELECT
              1
            FROM
              "Actor" sp
            WHERE
              sp.id = s."speakerId"
              AND (
                sp."normalizedName" LIKE $4
                OR EXISTS (
                  SELECT
                    1
                  FROM
                    "ActorAlias" al
                  WHERE
                    al."actorId" = sp.id
                    AND al."normalizedAlias" LIKE $5
                )
              )
          )
          AND COALESCE(a."publishedAt", a."ingestedAt") >= $6
          AND COALESCE(a."publishedAt", a."ingestedAt") <= $7
        LIMIT
          $8
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
      s."start" AS "start",
      s."end" AS "end",
      s."sentenceStart" AS "sentenceStart",
      s."sentenceEnd" AS "sentenceEnd",
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
          AND st.stance = $9::"Stance"
          AND st."topicId" = ANY (
            ARRAY(
              SELECT
                t.id
              FROM
                "Topic" t
              WHERE
                t.slug = ANY ($10::TEXT[])
                OR lower(t.label) = lower($11)
            )
          )
      )
      AND EXISTS (
        SELECT
          1
        FROM
          "Actor" sp
        WHERE
          sp.id = s."speakerId"
          AND (
            sp."normalizedName" LIKE $12
            OR EXISTS (
              SELECT
                1
              FROM
                "ActorAlias" al
              WHERE
                al."actorId" = sp.id
                AND al."normalizedAlias" LIKE $13
            )
          )
      )
      AND COALESCE(a."publishedAt", a."ingestedAt") >= $14
      AND COALESCE(a."publishedAt", a."ingestedAt") <= $15
    ORDER BY
      s.id ASC
    LIMIT
      $16
  ) page
ORDER BY
  "rowId" ASC;

-- statement 2
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

-- statement 3
SELECT
  t."id" AS "id",
  t."slug" AS "slug",
  t."label" AS "label",
  t."description" AS "description"
FROM
  "Topic" t
WHERE
  t.id = ANY ($1::INT[]);
