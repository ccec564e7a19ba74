-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "roleKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statedRoleId" INTEGER;

-- CreateIndex
CREATE INDEX "Statement_statedRoleId_idx" ON "Statement"("statedRoleId");

-- CreateIndex
CREATE INDEX "Statement_roleKey_id_idx" ON "Statement"("roleKey", "id");

-- The role a statement was made in, kept by triggers so that every writer (ingestion, curation,
-- merges, deletions) keeps it right: the speaker's role at the time, or, for an anonymous source
-- without one, its first role (the description that is its role, "senior NATO official").
CREATE FUNCTION statement_stated_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."statedRoleId" := COALESCE(NEW."speakerRoleId", (
    SELECT r.id FROM "Actor" a JOIN "Role" r ON r."actorId" = a.id
    WHERE a.id = NEW."speakerId" AND a.kind = 'ANONYMOUS' ORDER BY r.id LIMIT 1));
  NEW."roleKey" := COALESCE((SELECT lower(r.title) FROM "Role" r WHERE r.id = NEW."statedRoleId"), '');
  RETURN NEW;
END $$;

CREATE TRIGGER statement_stated_role BEFORE INSERT OR UPDATE OF "speakerId", "speakerRoleId" ON "Statement"
  FOR EACH ROW EXECUTE FUNCTION statement_stated_role();

-- A role added, renamed, moved to another actor or deleted: its statements, and those of the
-- anonymous sources it describes, work their stated role out again (the no-op SET fires the trigger above).
CREATE FUNCTION role_restates_statements() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed "Role"%ROWTYPE := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title AND NEW."actorId" = OLD."actorId" THEN
    RETURN NULL;
  END IF;
  UPDATE "Statement" s SET "speakerRoleId" = s."speakerRoleId"
  WHERE s."statedRoleId" = changed.id
    OR (s."speakerRoleId" IS NULL AND s."speakerId" IN (changed."actorId", CASE WHEN TG_OP = 'UPDATE' THEN OLD."actorId" END)
      AND EXISTS (SELECT 1 FROM "Actor" a WHERE a.id = s."speakerId" AND a.kind = 'ANONYMOUS'));
  RETURN NULL;
END $$;

CREATE TRIGGER role_restates_statements AFTER INSERT OR UPDATE OR DELETE ON "Role"
  FOR EACH ROW EXECUTE FUNCTION role_restates_statements();

-- Statements stored before this migration.
UPDATE "Statement" SET "speakerRoleId" = "speakerRoleId";
