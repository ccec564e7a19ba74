-- CreateTable
CREATE TABLE "TopicRoleCount" (
    "topicId" INTEGER NOT NULL,
    "roleKey" TEXT NOT NULL,
    "statedRoleId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "TopicRoleCount_pkey" PRIMARY KEY ("topicId","roleKey","statedRoleId")
);

-- AddForeignKey
ALTER TABLE "TopicRoleCount" ADD CONSTRAINT "TopicRoleCount_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The counts follow the taggings: a statement-level trigger on StatementTopic adds what each change
-- added and takes away what it removed, per (topic, role key, stated role), in one upsert whose rows come
-- in key order, so concurrent writers lock the same counters in the same order and do not deadlock. A count
-- may fall to 0 and stay; readers skip those.
CREATE FUNCTION topic_role_counts_add(topics int[], role_keys text[], stated_roles int[], changes int[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "TopicRoleCount" ("topicId", "roleKey", "statedRoleId", "count")
  SELECT c.topic, c.role_key, c.stated_role, sum(c.change)::int
  FROM unnest(topics, role_keys, stated_roles, changes) AS c(topic, role_key, stated_role, change)
  GROUP BY 1, 2, 3
  HAVING sum(c.change) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ("topicId", "roleKey", "statedRoleId") DO UPDATE SET "count" = "TopicRoleCount"."count" + excluded."count";
$$;

CREATE FUNCTION topic_role_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM topic_role_counts_add(array_agg("topicId"), array_agg("roleKey"), array_agg(COALESCE("statedRoleId", 0)), array_agg(-1))
    FROM removed;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM topic_role_counts_add(array_agg("topicId"), array_agg("roleKey"), array_agg(COALESCE("statedRoleId", 0)), array_agg(1))
    FROM added;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER topic_role_counts_on_insert AFTER INSERT ON "StatementTopic"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION topic_role_counts_follow();
CREATE TRIGGER topic_role_counts_on_delete AFTER DELETE ON "StatementTopic"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION topic_role_counts_follow();
CREATE TRIGGER topic_role_counts_on_update AFTER UPDATE ON "StatementTopic"
  REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION topic_role_counts_follow();

-- Taggings stored before this migration.
INSERT INTO "TopicRoleCount" ("topicId", "roleKey", "statedRoleId", "count")
SELECT "topicId", "roleKey", COALESCE("statedRoleId", 0), count(*)::int FROM "StatementTopic" GROUP BY 1, 2, 3;
