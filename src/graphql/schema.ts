// The executable schema, built once per process from the resolver classes: plain, or as an Apollo
// Federation subgraph (the same schema with `_service`, `_entities` and entity references).
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { buildFederatedSchema } from './federation/build-subgraph-schema.ts';
import { ActorResolver } from './actor/actor.resolver.ts';
import { RoleResolver } from './actor/role.resolver.ts';
import { ArticleResolver } from './article/article.resolver.ts';
import { IngestArticleResolver } from './article/ingest-article.resolver.ts';
import { EventParticipantResolver } from './event/event-participant.resolver.ts';
import { EventResolver } from './event/event.resolver.ts';
import { StatementResolver } from './statement/statement.resolver.ts';
import { RoleStatementsResolver } from './topic/role-statements.resolver.ts';
import { StatementTopicResolver } from './topic/statement-topic.resolver.ts';
import { TopicResolver } from './topic/topic.resolver.ts';
import { NodeResolver } from './shared/node.resolver.ts';
import { ArticleIngestionResolver } from './ingestion/article-ingestion.resolver.ts';
import { IngestionJobResolver } from './ingestion/ingestion-jobs.resolver.ts';
import { ActorCurationResolver } from './actor/actor-curation.mutation.ts';
import { RoleUpdateResolver } from './actor/role-update.mutation.ts';
import { ArticleDeleteResolver } from './article/article-delete.mutation.ts';
import { StatementReattributeResolver } from './statement/statement-reattribute.mutation.ts';

export const resolvers = [
  NodeResolver,
  ArticleResolver,
  IngestArticleResolver,
  ActorResolver,
  RoleResolver,
  StatementResolver,
  StatementTopicResolver,
  EventResolver,
  EventParticipantResolver,
  TopicResolver,
  RoleStatementsResolver,
  StatementReattributeResolver,
  ActorCurationResolver,
  RoleUpdateResolver,
  ArticleDeleteResolver,
  IngestionJobResolver,
  ArticleIngestionResolver,
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
