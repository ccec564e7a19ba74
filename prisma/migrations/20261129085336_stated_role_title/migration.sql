-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "statedKind" "RoleKind",
ADD COLUMN     "statedTitle" TEXT;

-- AlterTable
ALTER TABLE "StatementTopic" ADD COLUMN     "statedKind" "RoleKind",
ADD COLUMN     "statedTitle" TEXT;

-- AlterTable (edited by hand: emptied first, refilled below)
TRUNCATE "TopicRoleCount";
ALTER TABLE "TopicRoleCount" DROP CONSTRAINT "TopicRoleCount_pkey",
DROP COLUMN "statedRoleId",
ADD COLUMN     "kind" TEXT NOT NULL,
ADD COLUMN     "title" TEXT NOT NULL,
ADD CONSTRAINT "TopicRoleCount_pkey" PRIMARY KEY ("topicId", "roleKey", "title", "kind");

-- A statement's stated role carries its title as written and its kind, beside its key, so that a topic's
-- counts can be kept per title: one row per title a topic's speakers held, however many anonymous sources
-- (each a role of its own) share it. Every trigger of the stated-role migrations keeps them too.
CREATE OR REPLACE FUNCTION statement_stated_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."statedRoleId" := COALESCE(NEW."speakerRoleId", (
    SELECT r.id FROM "Actor" a JOIN "Role" r ON r."actorId" = a.id
    WHERE a.id = NEW."speakerId" AND a.kind = 'ANONYMOUS' ORDER BY r.id LIMIT 1));
  SELECT lower(r.title), r.title, r.kind INTO NEW."roleKey", NEW."statedTitle", NEW."statedKind"
  FROM "Role" r WHERE r.id = NEW."statedRoleId";
  NEW."roleKey" := COALESCE(NEW."roleKey", '');
  RETURN NEW;
END $$;

-- A role's kind now matters to its statements too.
CREATE OR REPLACE FUNCTION role_restates_statements() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed "Role"%ROWTYPE := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW.kind IS NOT DISTINCT FROM OLD.kind
    AND NEW."actorId" = OLD."actorId" THEN
    RETURN NULL;
  END IF;
  UPDATE "Statement" s SET "speakerRoleId" = s."speakerRoleId"
  WHERE s."statedRoleId" = changed.id
    OR (s."speakerRoleId" IS NULL AND s."speakerId" IN (changed."actorId", CASE WHEN TG_OP = 'UPDATE' THEN OLD."actorId" END)
      AND EXISTS (SELECT 1 FROM "Actor" a WHERE a.id = s."speakerId" AND a.kind = 'ANONYMOUS'));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION statement_topic_copies_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT s."statedRoleId", s."roleKey", s."statedTitle", s."statedKind"
  INTO NEW."statedRoleId", NEW."roleKey", NEW."statedTitle", NEW."statedKind"
  FROM "Statement" s WHERE s.id = NEW."statementId";
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION statement_role_to_topics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "StatementTopic"
  SET "statedRoleId" = NEW."statedRoleId", "roleKey" = NEW."roleKey", "statedTitle" = NEW."statedTitle", "statedKind" = NEW."statedKind"
  WHERE "statementId" = NEW.id;
  RETURN NULL;
END $$;

DROP TRIGGER statement_role_to_topics ON "Statement";
CREATE TRIGGER statement_role_to_topics AFTER UPDATE ON "Statement"
  FOR EACH ROW WHEN (OLD."statedRoleId" IS DISTINCT FROM NEW."statedRoleId" OR OLD."roleKey" IS DISTINCT FROM NEW."roleKey"
    OR OLD."statedTitle" IS DISTINCT FROM NEW."statedTitle" OR OLD."statedKind" IS DISTINCT FROM NEW."statedKind")
  EXECUTE FUNCTION statement_role_to_topics();

-- The topic's counts, per title and kind instead of per stated role.
DROP FUNCTION topic_role_counts_add(int[], text[], int[], int[]);
CREATE FUNCTION topic_role_counts_add(topics int[], role_keys text[], titles text[], kinds text[], changes int[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "TopicRoleCount" ("topicId", "roleKey", "title", "kind", "count")
  SELECT c.topic, c.role_key, c.title, c.kind, sum(c.change)::int
  FROM unnest(topics, role_keys, titles, kinds, changes) AS c(topic, role_key, title, kind, change)
  GROUP BY 1, 2, 3, 4
  HAVING sum(c.change) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("topicId", "roleKey", "title", "kind") DO UPDATE SET "count" = "TopicRoleCount"."count" + excluded."count";
$$;

CREATE OR REPLACE FUNCTION topic_role_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM topic_role_counts_add(array_agg("topicId"), array_agg("roleKey"), array_agg(COALESCE("statedTitle", '')),
      array_agg(COALESCE("statedKind"::text, '')), array_agg(-1))
    FROM removed;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM topic_role_counts_add(array_agg("topicId"), array_agg("roleKey"), array_agg(COALESCE("statedTitle", '')),
      array_agg(COALESCE("statedKind"::text, '')), array_agg(1))
    FROM added;
  END IF;
  RETURN NULL;
END $$;

-- Statements and taggings stored before this migration (in one statement each, the triggers that would
-- copy row by row held off), then the counts.
ALTER TABLE "Statement" DISABLE TRIGGER statement_role_to_topics;
UPDATE "Statement" s SET "statedTitle" = r.title, "statedKind" = r.kind FROM "Role" r WHERE r.id = s."statedRoleId";
ALTER TABLE "Statement" ENABLE TRIGGER statement_role_to_topics;
ALTER TABLE "StatementTopic" DISABLE TRIGGER topic_role_counts_on_update;
UPDATE "StatementTopic" st SET "statedTitle" = s."statedTitle", "statedKind" = s."statedKind"
FROM "Statement" s WHERE s.id = st."statementId" AND s."statedRoleId" IS NOT NULL;
ALTER TABLE "StatementTopic" ENABLE TRIGGER topic_role_counts_on_update;
INSERT INTO "TopicRoleCount" ("topicId", "roleKey", "title", "kind", "count")
SELECT "topicId", "roleKey", COALESCE("statedTitle", ''), COALESCE("statedKind"::text, ''), count(*)::int
FROM "StatementTopic" GROUP BY 1, 2, 3, 4;
