-- CreateEnum
CREATE TYPE "ArticleSection" AS ENUM ('HEADLINE', 'BODY');

-- DropIndex
DROP INDEX "Statement_articleId_start_end_key";

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "section" "ArticleSection" NOT NULL DEFAULT 'BODY';

-- CreateIndex
CREATE UNIQUE INDEX "Statement_articleId_section_start_end_key" ON "Statement"("articleId", "section", "start", "end");
