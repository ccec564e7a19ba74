// An example frontend client: every call sends one of the operations in ./operations through its
// generated TypedDocumentNode, so variables and results are typed from the schema (`npm run codegen`
// regenerates ./generated/operations.ts after an operation or the schema changes).
import { GraphQLClient } from 'graphql-request';
import {
  ActorStatementsDocument,
  ActorStatementsPageDocument,
  IngestArticleDocument,
  StatementReattributeDocument,
  StatementsByRoleDocument,
  StatementsPageDocument,
  type ActorStatementsPageQuery,
  type ActorStatementsPageQueryVariables,
  type ActorStatementsQuery,
  type ActorStatementsQueryVariables,
  type IngestArticleMutation,
  type IngestArticleMutationVariables,
  type StatementReattributeMutation,
  type StatementReattributeMutationVariables,
  type StatementsByRoleQuery,
  type StatementsByRoleQueryVariables,
  type StatementsPageQuery,
  type StatementsPageQueryVariables,
} from './generated/operations.ts';

export interface NewsClientOptions {
  /** Extra headers for every request (e.g. authorization in front of the service). */
  headers?: Record<string, string>;
  /** A fetch to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
}

export function createNewsClient(endpoint: string, options: NewsClientOptions = {}) {
  const client = new GraphQLClient(endpoint, {
    headers: options.headers ?? {},
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    /** Who said what about a topic (a slug or a phrase), grouped by the speaker's role at the time. */
    statementsByRole: (variables: StatementsByRoleQueryVariables): Promise<StatementsByRoleQuery> =>
      client.request(StatementsByRoleDocument, variables),
    /** Actors matching a name, with their roles and statements. */
    actorStatements: (variables: ActorStatementsQueryVariables): Promise<ActorStatementsQuery> =>
      client.request(ActorStatementsDocument, variables),
    /** A page of statements, forwards (`first`, `after`) or backwards (`last`, `before`). */
    statementsPage: (variables: StatementsPageQueryVariables): Promise<StatementsPageQuery> =>
      client.request(StatementsPageDocument, variables),
    /** One actor's statements, a page at a time. */
    actorStatementsPage: (variables: ActorStatementsPageQueryVariables): Promise<ActorStatementsPageQuery> =>
      client.request(ActorStatementsPageDocument, variables),
    /** Attributes a statement to another speaker (curation). */
    statementReattribute: (variables: StatementReattributeMutationVariables): Promise<StatementReattributeMutation> =>
      client.request(StatementReattributeDocument, variables),
    /** Analyses and stores an article; problems with the input come back as `userErrors`. */
    ingestArticle: (variables: IngestArticleMutationVariables): Promise<IngestArticleMutation> =>
      client.request(IngestArticleDocument, variables),
  };
}

export type NewsClient = ReturnType<typeof createNewsClient>;
