/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What sort of actor: a person, an organisation, a country, a group, or an anonymous source. */
export type ActorKind =
  | 'ANONYMOUS'
  | 'COUNTRY'
  | 'GROUP'
  | 'ORGANIZATION'
  | 'PERSON';

/** An article to analyse and store. */
export type IngestArticleInput = {
  /** The body as plain text, paragraphs separated by line breaks. */
  body: string;
  /** Queue the article for a worker instead of analysing it now; the payload then carries the job. Needs the queue installed (a worker started once against this database). */
  enqueue?: boolean | null | undefined;
  /** The headline. */
  headline: string;
  /** When it was published; anchors relative dates. */
  publishedAt?: string | null | undefined;
  /** The publication, e.g. "The Washington Post". */
  source?: string | null | undefined;
  /** The canonical URL; identifies the article when given. */
  url?: string | null | undefined;
};

/** The class of a role: head of state, minister, diplomat, official, spokesperson, expert, … */
export type RoleKind =
  | 'ACTIVIST'
  | 'CANDIDATE'
  | 'DIPLOMAT'
  | 'EXECUTIVE'
  | 'EXPERT'
  | 'HEAD_OF_GOVERNMENT'
  | 'HEAD_OF_STATE'
  | 'JOURNALIST'
  | 'JUDICIAL'
  | 'LAWMAKER'
  | 'LAW_ENFORCEMENT'
  | 'LEGAL'
  | 'MILITARY'
  | 'MINISTER'
  | 'OFFICIAL'
  | 'OTHER'
  | 'SPOKESPERSON';

/** Whether a statement supports, opposes, or is neutral or hedged toward a topic. */
export type Stance =
  | 'MIXED'
  | 'NEUTRAL'
  | 'OPPOSES'
  | 'SUPPORTS';

/** DIRECT quotes the speaker; INDIRECT reports what they said; MIXED paraphrases with a quoted fragment. */
export type StatementKind =
  | 'DIRECT'
  | 'INDIRECT'
  | 'MIXED';

export type ActorStatementsQueryVariables = Exact<{
  name: string;
  first?: number | null | undefined;
}>;


export type ActorStatementsQuery = { actors: { nodes: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string>, roles: Array<{ title: string, kind: RoleKind }>, statements: { totalCount: number, nodes: Array<{ text: string, kind: StatementKind, speakerRole: string | null, topics: Array<{ stance: Stance, topic: { slug: string } }> }> } }> } };

export type IngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestArticleMutation = { ingestArticle: { created: boolean, article: { id: string, headline: string, statements: { totalCount: number } } | null, userErrors: Array<{ field: Array<string>, message: string, code: string }> } };

export type StatementsByRoleQueryVariables = Exact<{
  topic: string;
  first?: number | null | undefined;
}>;


export type StatementsByRoleQuery = { statementsByRole: Array<{ role: string, roleKind: RoleKind | null, count: number, statements: { nodes: Array<{ text: string, kind: StatementKind, cue: string | null, speaker: { name: string }, article: { headline: string } }> } }> };


export const ActorStatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActorStatements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"speakerRole"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActorStatementsQuery, ActorStatementsQueryVariables>;
export const IngestArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IngestArticleMutation, IngestArticleMutationVariables>;
export const StatementsByRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementsByRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statementsByRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cue"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatementsByRoleQuery, StatementsByRoleQueryVariables>;