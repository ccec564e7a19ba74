// Per-request loaders of topics: by id and by slug, their aliases and activity, and the topics of
// statements, articles and speakers.
import DataLoader from 'dataloader';
import { rowsByIds, rowsGroupedBy } from '../../reads/rows-by-key.ts';
import { readActorTopics, type ActorTopicRow } from '../../reads/stance-groups.reads.ts';
import { ARTICLE_TOPIC, STATEMENT_TOPIC, TOPIC, TOPIC_ALIAS } from '../../reads/tables.ts';
import { readTopicActivity, topicsBySlugs, type TopicActivityRow, type TopicRow } from '../../reads/topics.reads.ts';
import type { SqlReader } from '../../store/sql-reader.ts';
import type { StatementTopic } from './topic.type.ts';

export function createTopicLoaders(reader: SqlReader) {
  return {
    topic: new DataLoader<number, TopicRow | null>(async (ids) => {
      const rows = await rowsByIds<TopicRow>(reader, TOPIC, ids);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    topicBySlug: new DataLoader<string, TopicRow | null>(async (slugs) => {
      const rows = await topicsBySlugs(reader, slugs);
      return slugs.map((slug) => rows.get(slug) ?? null);
    }),
    topicAliases: new DataLoader<number, string[]>(async (ids) => {
      const groups = await rowsGroupedBy<{ alias: string }>(
        reader,
        TOPIC_ALIAS,
        'topicId',
        ids,
        't.curated DESC, t.id',
      );
      return ids.map((id) => groups.get(id)!.map((row) => row.alias));
    }),
    topicActivity: new DataLoader<number, TopicActivityRow>(async (ids) => {
      const rows = await readTopicActivity(reader, ids);
      return ids.map((id) => rows.get(id) ?? { topicId: id, statements: 0, recent: 0, previous: 0 });
    }),
    topicsByStatement: new DataLoader<number, StatementTopic[]>(async (ids) => {
      const groups = await rowsGroupedBy<StatementTopic>(reader, STATEMENT_TOPIC, 'statementId', ids, 't."topicId"');
      return ids.map((id) => groups.get(id)!);
    }),
    topicIdsByArticle: new DataLoader<number, number[]>(async (ids) => {
      const groups = await rowsGroupedBy<{ topicId: number }>(
        reader,
        ARTICLE_TOPIC,
        'articleId',
        ids,
        't.weight DESC, t."topicId"',
      );
      return ids.map((id) => groups.get(id)!.map((link) => link.topicId));
    }),
    topicsBySpeaker: new DataLoader<number, ActorTopicRow[]>(async (ids) => {
      const groups = await readActorTopics(reader, ids);
      return ids.map((id) => groups.get(id)!);
    }),
  };
}
