// What a normalised client cache (urql's graphcache, Apollo Client's InMemoryCache) needs to know
// about this API, in one place; urql-client.ts and apollo-client.ts turn it into each cache's
// configuration, and test/client/cache-policies.test.ts checks it against schema.graphql.
//
// Every type with an `id` is a Node: its id is global and opaque, so `__typename` + `id` keys it
// (both caches do that by default). The types below have no id of their own: they are values
// inside their parent (a connection, its edges and page info, a statement's stance on a topic, a
// role group, a mutation payload) and are cached there, never on their own.
export const VALUE_TYPES = [
  'ActorConnection',
  'ActorCurationPayload',
  'ActorEdge',
  'ActorTopic',
  'ArticleConnection',
  'ArticleDeletePayload',
  'ArticleEdge',
  'ArticleIngestionState',
  'CoActor',
  'CoActorLink',
  'CoActorNetwork',
  'EventConnection',
  'EventEdge',
  'EventParticipant',
  'IngestArticlePayload',
  'IngestionJobCounts',
  'IngestionJobs',
  'Mention',
  'PageInfo',
  'RoleStatements',
  'RoleUpdatePayload',
  'StanceCount',
  'StatementConnection',
  'StatementEdge',
  'StatementReattributePayload',
  'StatementTopic',
  'TopicConnection',
  'TopicCurationPayload',
  'TopicEdge',
  'UserError',
] as const;

/**
 * The Relay connections, per parent type, each with the arguments that pick a different list (the
 * rest, `first`/`after`/`last`/`before`, pick a page of it). Pages of the same list are merged.
 */
export const CONNECTION_FIELDS: Record<string, Record<string, readonly string[]>> = {
  Query: {
    actors: ['filter'],
    articles: ['filter', 'orderBy'],
    events: ['filter', 'orderBy'],
    statements: ['filter', 'orderBy'],
    topics: ['filter', 'orderBy'],
  },
  Actor: { statements: ['filter', 'orderBy'], articles: [], events: [], coActors: [] },
  Article: { statements: ['filter', 'orderBy'], actors: [], events: [] },
  Event: { statements: ['filter', 'orderBy'], articles: [] },
  Topic: { statements: ['filter', 'orderBy'] },
  RoleStatements: { statements: [] },
};
