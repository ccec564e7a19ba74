-- AlterTable
ALTER TABLE "ActorAlias" ADD COLUMN     "curated" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
-- Edited by hand: the search vectors are generated columns, which Prisma's schema cannot express.
ALTER TABLE "Article" ADD COLUMN     "search" tsvector
  GENERATED ALWAYS AS (setweight(to_tsvector('english', "headline"), 'A') || setweight(to_tsvector('english', "body"), 'B')) STORED;

-- AlterTable
ALTER TABLE "Role" ADD COLUMN     "curated" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "curated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED;

-- CreateIndex
CREATE UNIQUE INDEX "Actor_wikidataId_key" ON "Actor"("wikidataId");

-- CreateIndex
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Statement_search_idx" ON "Statement" USING GIN ("search");
