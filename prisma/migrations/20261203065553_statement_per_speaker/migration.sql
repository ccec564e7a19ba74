-- DropIndex
DROP INDEX "Statement_articleId_section_start_end_key";

-- CreateIndex
CREATE UNIQUE INDEX "Statement_articleId_section_start_end_speakerId_key" ON "Statement"("articleId", "section", "start", "end", "speakerId");
