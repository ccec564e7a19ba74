-- DropIndex
DROP INDEX "StatementTopic_topicId_idx";

-- AlterTable
ALTER TABLE "StatementTopic" ADD COLUMN     "roleKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statedRoleId" INTEGER;

-- CreateIndex
CREATE INDEX "StatementTopic_topicId_roleKey_statementId_statedRoleId_idx" ON "StatementTopic"("topicId", "roleKey", "statementId", "statedRoleId");

-- A topic's statements carry their stated role (see the stated-role migration), copied by triggers
-- when a statement is tagged with a topic and whenever the statement's stated role changes.
CREATE FUNCTION statement_topic_copies_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT s."statedRoleId", s."roleKey" INTO NEW."statedRoleId", NEW."roleKey"
  FROM "Statement" s WHERE s.id = NEW."statementId";
  RETURN NEW;
END $$;

CREATE TRIGGER statement_topic_copies_role BEFORE INSERT OR UPDATE OF "statementId" ON "StatementTopic"
  FOR EACH ROW EXECUTE FUNCTION statement_topic_copies_role();

CREATE FUNCTION statement_role_to_topics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "StatementTopic" SET "statedRoleId" = NEW."statedRoleId", "roleKey" = NEW."roleKey"
  WHERE "statementId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER statement_role_to_topics AFTER UPDATE ON "Statement"
  FOR EACH ROW WHEN (OLD."statedRoleId" IS DISTINCT FROM NEW."statedRoleId" OR OLD."roleKey" IS DISTINCT FROM NEW."roleKey")
  EXECUTE FUNCTION statement_role_to_topics();

-- Topics tagged before this migration.
UPDATE "StatementTopic" st SET "statedRoleId" = s."statedRoleId", "roleKey" = s."roleKey"
FROM "Statement" s WHERE s.id = st."statementId";
