-- CreateIndex
CREATE INDEX "ActorMention_roleId_idx" ON "ActorMention"("roleId");
