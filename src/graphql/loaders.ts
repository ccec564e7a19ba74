// Per-request DataLoaders of every concept: each load by key within one request becomes one SQL
// statement per kind of load, whatever the page size or nesting.
import type DataLoader from 'dataloader';
import type { SqlReader } from '../store/sql-reader.ts';
import { createActorLoaders } from './actor/actor.loaders.ts';
import { createArticleLoaders } from './article/article.loaders.ts';
import { createEventLoaders } from './event/event.loaders.ts';
import { createIngestionLoaders } from './ingestion/ingestion.loaders.ts';
import { createStatementLoaders } from './statement/statement.loaders.ts';
import type { NodeType } from './shared/global-id.ts';
import { createTopicLoaders } from './topic/topic.loaders.ts';

export function createLoaders(reader: SqlReader) {
  return {
    ...createArticleLoaders(reader),
    ...createActorLoaders(reader),
    ...createEventLoaders(reader),
    ...createStatementLoaders(reader),
    ...createTopicLoaders(reader),
    ...createIngestionLoaders(reader),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The loader of rows by id of each type an ID can name (`node(id:)`, federation references). */
export function loaderByType(loaders: Loaders, type: NodeType): DataLoader<number, object | null> {
  const byType = {
    Article: loaders.article,
    Actor: loaders.actor,
    Role: loaders.role,
    Statement: loaders.statement,
    Event: loaders.event,
    Topic: loaders.topic,
  } satisfies Record<NodeType, DataLoader<number, object | null>>;
  return byType[type];
}
