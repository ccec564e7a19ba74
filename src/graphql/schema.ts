// The executable schema, built once per process from the resolver classes: plain, or as an Apollo
// Federation subgraph (the same schema with `_service`, `_entities` and entity references).
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { buildFederatedSchema } from './federation/build-subgraph-schema.ts';
import { ActorMutations } from './actor/actor.mutations.ts';
import {
  ActorResolver,
  ArticleActorsResolver,
  CoActorLinkResolver,
  CoActorResolver,
  RoleResolver,
} from './actor/actor.resolver.ts';
import { ArticleMutations } from './article/article.mutations.ts';
import { ArticleResolver } from './article/article.resolver.ts';
import {
  ActorEventsResolver,
  ArticleEventsResolver,
  EventParticipantResolver,
  EventResolver,
} from './event/event.resolver.ts';
import { IngestionMutations } from './ingestion/ingestion.mutations.ts';
import { ArticleIngestionResolver, IngestionJobResolver } from './ingestion/ingestion.resolver.ts';
import { NodeResolver } from './node.resolver.ts';
import { StatementMutations } from './statement/statement.mutations.ts';
import {
  ActorStatementsResolver,
  ArticleStatementsResolver,
  EventStatementsResolver,
  StatementResolver,
} from './statement/statement.resolver.ts';
import { TopicMutations } from './topic/topic.mutations.ts';
import {
  ActorTopicResolver,
  ActorTopicsResolver,
  ArticleTopicsResolver,
  RoleStatementsResolver,
  StatementConnectionTopicsResolver,
  StatementTopicResolver,
  StatementTopicsResolver,
  TopicResolver,
} from './topic/topic.resolver.ts';

export const resolvers = [
  NodeResolver,
  ArticleResolver,
  ArticleMutations,
  ActorResolver,
  RoleResolver,
  CoActorResolver,
  CoActorLinkResolver,
  ArticleActorsResolver,
  ActorMutations,
  EventResolver,
  EventParticipantResolver,
  ArticleEventsResolver,
  ActorEventsResolver,
  StatementResolver,
  ActorStatementsResolver,
  ArticleStatementsResolver,
  EventStatementsResolver,
  StatementMutations,
  TopicResolver,
  RoleStatementsResolver,
  StatementConnectionTopicsResolver,
  StatementTopicResolver,
  StatementTopicsResolver,
  ArticleTopicsResolver,
  TopicMutations,
  ActorTopicResolver,
  ActorTopicsResolver,
  IngestionJobResolver,
  ArticleIngestionResolver,
  IngestionMutations,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({ resolvers, validate: false });
  return schema;
}

const federatedSchemas = new Map<string, Promise<GraphQLSchema>>();

/**
 * The subgraph schema: what `getSchema()` serves, plus `@key`s and the Federation entry points;
 * `foreignNodeTypes` are other subgraphs' Node types (see federation/relay-federation.ts).
 */
export function getFederatedSchema(foreignNodeTypes: readonly string[] = []): Promise<GraphQLSchema> {
  const key = foreignNodeTypes.join(',');
  let federated = federatedSchemas.get(key);
  if (!federated) {
    federated = getSchema().then((plain) => buildFederatedSchema(plain, { foreignNodeTypes }));
    federatedSchemas.set(key, federated);
  }
  return federated;
}
