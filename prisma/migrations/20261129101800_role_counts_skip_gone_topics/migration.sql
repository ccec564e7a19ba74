-- Deleting a topic (a curator's merge) deletes its taggings by cascade; the statement trigger that follows
-- must not count them back against the topic that is gone (its counts went with it).
CREATE OR REPLACE FUNCTION topic_role_counts_add(topics int[], role_keys text[], titles text[], kinds text[], changes int[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "TopicRoleCount" ("topicId", "roleKey", "title", "kind", "count")
  SELECT c.topic, c.role_key, c.title, c.kind, sum(c.change)::int
  FROM unnest(topics, role_keys, titles, kinds, changes) AS c(topic, role_key, title, kind, change)
  WHERE EXISTS (SELECT 1 FROM "Topic" t WHERE t.id = c.topic)
  GROUP BY 1, 2, 3, 4
  HAVING sum(c.change) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("topicId", "roleKey", "title", "kind") DO UPDATE SET "count" = "TopicRoleCount"."count" + excluded."count";
$$;
