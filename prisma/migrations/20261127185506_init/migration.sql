-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PERSON', 'ORGANIZATION', 'COUNTRY', 'ANONYMOUS', 'GROUP');

-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'MINISTER', 'DIPLOMAT', 'MILITARY', 'LAWMAKER', 'OFFICIAL', 'SPOKESPERSON', 'CANDIDATE', 'JUDICIAL', 'LAW_ENFORCEMENT', 'LEGAL', 'EXPERT', 'EXECUTIVE', 'JOURNALIST', 'ACTIVIST', 'OTHER');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT', 'INDIRECT', 'MIXED');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('SUPPORTS', 'OPPOSES', 'NEUTRAL');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('VISIT', 'MEETING', 'SUMMIT', 'BRIEFING', 'STATEMENT_ISSUED', 'AGREEMENT', 'ATTACK', 'VOTE', 'ELECTION', 'COURT_RULING', 'ARREST', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'RANGE');

-- CreateEnum
CREATE TYPE "ParticipantPart" AS ENUM ('AGENT', 'PARTICIPANT', 'HOST', 'TARGET');

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "url" TEXT,
    "contentHash" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "source" TEXT,
    "publishedAt" TIMESTAMP(3),
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "extractorVersion" TEXT NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "scopeArticleId" INTEGER,
    "scopeKey" TEXT NOT NULL DEFAULT '',
    "gender" TEXT,
    "wikidataId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalizedAlias" TEXT NOT NULL,

    CONSTRAINT "ActorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "normalizedTitle" TEXT NOT NULL,
    "kind" "RoleKind" NOT NULL,
    "organization" TEXT,
    "country" TEXT,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorMention" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "roleId" INTEGER,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "ActorMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "speakerId" INTEGER NOT NULL,
    "speakerRoleId" INTEGER,
    "eventId" INTEGER,
    "kind" "StatementKind" NOT NULL,
    "text" TEXT NOT NULL,
    "cue" TEXT,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementTopic" (
    "statementId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "stance" "Stance" NOT NULL,

    CONSTRAINT "StatementTopic_pkey" PRIMARY KEY ("statementId","topicId")
);

-- CreateTable
CREATE TABLE "ArticleTopic" (
    "articleId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL,

    CONSTRAINT "ArticleTopic_pkey" PRIMARY KEY ("articleId","topicId")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "description" TEXT NOT NULL,
    "place" TEXT,
    "date" TIMESTAMP(3),
    "dateEnd" TIMESTAMP(3),
    "datePrecision" "DatePrecision",
    "dateText" TEXT,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventMention" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "EventMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,
    "part" "ParticipantPart" NOT NULL,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("eventId","actorId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Article_source_publishedAt_idx" ON "Article"("source", "publishedAt");

-- CreateIndex
CREATE INDEX "Actor_kind_idx" ON "Actor"("kind");

-- CreateIndex
CREATE INDEX "Actor_scopeArticleId_idx" ON "Actor"("scopeArticleId");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_normalizedName_kind_scopeKey_key" ON "Actor"("normalizedName", "kind", "scopeKey");

-- CreateIndex
CREATE INDEX "ActorAlias_normalizedAlias_idx" ON "ActorAlias"("normalizedAlias");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_normalizedAlias_key" ON "ActorAlias"("actorId", "normalizedAlias");

-- CreateIndex
CREATE INDEX "Role_normalizedTitle_idx" ON "Role"("normalizedTitle");

-- CreateIndex
CREATE INDEX "Role_kind_idx" ON "Role"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Role_actorId_normalizedTitle_key" ON "Role"("actorId", "normalizedTitle");

-- CreateIndex
CREATE INDEX "ActorMention_actorId_idx" ON "ActorMention"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "ActorMention_articleId_start_end_actorId_key" ON "ActorMention"("articleId", "start", "end", "actorId");

-- CreateIndex
CREATE INDEX "Statement_speakerId_idx" ON "Statement"("speakerId");

-- CreateIndex
CREATE INDEX "Statement_speakerRoleId_idx" ON "Statement"("speakerRoleId");

-- CreateIndex
CREATE INDEX "Statement_eventId_idx" ON "Statement"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_articleId_start_end_key" ON "Statement"("articleId", "start", "end");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "StatementTopic_topicId_idx" ON "StatementTopic"("topicId");

-- CreateIndex
CREATE INDEX "ArticleTopic_topicId_idx" ON "ArticleTopic"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_key_key" ON "Event"("key");

-- CreateIndex
CREATE INDEX "Event_type_date_idx" ON "Event"("type", "date");

-- CreateIndex
CREATE INDEX "Event_date_idx" ON "Event"("date");

-- CreateIndex
CREATE INDEX "EventMention_eventId_idx" ON "EventMention"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "EventMention_articleId_start_end_eventId_key" ON "EventMention"("articleId", "start", "end", "eventId");

-- CreateIndex
CREATE INDEX "EventParticipant_actorId_idx" ON "EventParticipant"("actorId");

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_scopeArticleId_fkey" FOREIGN KEY ("scopeArticleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorAlias" ADD CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorMention" ADD CONSTRAINT "ActorMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorMention" ADD CONSTRAINT "ActorMention_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorMention" ADD CONSTRAINT "ActorMention_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerRoleId_fkey" FOREIGN KEY ("speakerRoleId") REFERENCES "Role"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTopic" ADD CONSTRAINT "StatementTopic_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTopic" ADD CONSTRAINT "StatementTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleTopic" ADD CONSTRAINT "ArticleTopic_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleTopic" ADD CONSTRAINT "ArticleTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMention" ADD CONSTRAINT "EventMention_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventMention" ADD CONSTRAINT "EventMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
