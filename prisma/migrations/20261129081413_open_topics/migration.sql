-- CreateEnum
CREATE TYPE "TopicOrigin" AS ENUM ('SEED', 'DISCOVERED', 'CURATED');

-- CreateEnum
CREATE TYPE "TopicKind" AS ENUM ('SUBJECT', 'ENTITY', 'EVENT', 'PHRASE');

-- AlterEnum
ALTER TYPE "Stance" ADD VALUE 'MIXED';

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "topicContext" tsvector;

-- AlterTable
ALTER TABLE "StatementTopic" ADD COLUMN     "day" DATE;

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "curated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "kind" "TopicKind" NOT NULL DEFAULT 'SUBJECT',
ADD COLUMN     "origin" "TopicOrigin" NOT NULL DEFAULT 'SEED';

-- CreateTable
CREATE TABLE "TopicAlias" (
    "id" SERIAL NOT NULL,
    "topicId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalizedAlias" TEXT NOT NULL,
    "curated" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "TopicAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicActivity" (
    "id" BIGSERIAL NOT NULL,
    "topicId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "statements" INTEGER NOT NULL,

    CONSTRAINT "TopicActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TopicAlias_normalizedAlias_idx" ON "TopicAlias"("normalizedAlias");

-- CreateIndex
CREATE UNIQUE INDEX "TopicAlias_topicId_normalizedAlias_key" ON "TopicAlias"("topicId", "normalizedAlias");

-- CreateIndex
CREATE INDEX "TopicActivity_topicId_day_idx" ON "TopicActivity"("topicId", "day");

-- CreateIndex
CREATE INDEX "TopicActivity_day_idx" ON "TopicActivity"("day");

-- CreateIndex
CREATE INDEX "Statement_topicContext_idx" ON "Statement" USING GIN ("topicContext");

-- CreateIndex
CREATE INDEX "Topic_origin_idx" ON "Topic"("origin");

-- AddForeignKey
ALTER TABLE "TopicAlias" ADD CONSTRAINT "TopicAlias_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicActivity" ADD CONSTRAINT "TopicActivity_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Edited by hand from here: triggers Prisma's schema cannot express.

-- A tagging also copies the day of its statement's article (published, else ingested), which
-- TopicActivity counts by; the stated role is copied as before (see the topic_role_groups migration).
CREATE OR REPLACE FUNCTION statement_topic_copies_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT s."statedRoleId", s."roleKey", COALESCE(a."publishedAt", a."ingestedAt")::date
  INTO NEW."statedRoleId", NEW."roleKey", NEW."day"
  FROM "Statement" s JOIN "Article" a ON a.id = s."articleId" WHERE s.id = NEW."statementId";
  RETURN NEW;
END $$;

-- TopicActivity: one row appended per statement that tags or untags (per topic and day), never an
-- update, so that ingests running side by side never queue on a counter row.
CREATE FUNCTION topic_activity_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TopicActivity" ("topicId", day, statements)
  SELECT "topicId", day, count(*) FROM added WHERE day IS NOT NULL GROUP BY 1, 2;
  RETURN NULL;
END $$;

-- Taggings removed with their topic (a merge deletes its source) leave no activity: it went with the topic.
CREATE FUNCTION topic_activity_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TopicActivity" ("topicId", day, statements)
  SELECT "topicId", day, -count(*) FROM removed
  WHERE day IS NOT NULL AND EXISTS (SELECT 1 FROM "Topic" t WHERE t.id = removed."topicId") GROUP BY 1, 2;
  RETURN NULL;
END $$;

-- A tagging moved to another topic (merging, splitting): the difference per topic and day.
CREATE FUNCTION topic_activity_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TopicActivity" ("topicId", day, statements)
  SELECT "topicId", day, sum(n) FROM (
    SELECT "topicId", day, 1 AS n FROM added UNION ALL SELECT "topicId", day, -1 FROM removed
  ) moves WHERE day IS NOT NULL GROUP BY 1, 2 HAVING sum(n) <> 0;
  RETURN NULL;
END $$;

CREATE TRIGGER topic_activity_added AFTER INSERT ON "StatementTopic"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION topic_activity_added();
CREATE TRIGGER topic_activity_removed AFTER DELETE ON "StatementTopic"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION topic_activity_removed();
CREATE TRIGGER topic_activity_moved AFTER UPDATE ON "StatementTopic"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION topic_activity_moved();

-- Taggings and statements stored before this migration.
UPDATE "StatementTopic" st SET day = COALESCE(a."publishedAt", a."ingestedAt")::date
FROM "Statement" s JOIN "Article" a ON a.id = s."articleId" WHERE s.id = st."statementId";
-- (topic_activity_moved counts each of them once: its day went from none to one.)
-- Without paragraph offsets here, the statement's sentence stands for its paragraph, and the article's
-- first 600 characters for its lede; re-analysis writes them exactly.
UPDATE "Statement" s SET "topicContext" = setweight(to_tsvector('english', s.text), 'A')
  || setweight(to_tsvector('english', substr(a.body, s."sentenceStart" + 1, s."sentenceEnd" - s."sentenceStart")), 'B')
  || setweight(to_tsvector('english', a.headline), 'C') || setweight(to_tsvector('english', left(a.body, 600)), 'D')
FROM "Article" a WHERE a.id = s."articleId";
