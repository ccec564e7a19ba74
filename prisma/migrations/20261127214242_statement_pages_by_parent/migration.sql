-- DropIndex
DROP INDEX "Statement_eventId_idx";

-- DropIndex
DROP INDEX "Statement_speakerId_idx";

-- CreateIndex
CREATE INDEX "Statement_speakerId_id_idx" ON "Statement"("speakerId", "id");

-- CreateIndex
CREATE INDEX "Statement_eventId_id_idx" ON "Statement"("eventId", "id");
