// Limits on what one request may ask for: depth and aliases (validation rules), and cost, counted
// as GitHub counts it: the number of nodes a query could return, each connection multiplying what
// it holds by its page size and every other list by its length. Cost is computed on the built
// schema, before any resolver runs; a batch's operations are summed (src/server/batch-limits.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
// Its ESM build imports graphql's ESM files while type-graphql and Apollo use graphql's CommonJS
// build; two copies of graphql reject each other's types, so take the CommonJS build here too.
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import type { QueryLimits } from '../config.ts';
import { DEFAULT_PAGE_SIZE } from '../reads/paging/page-window.ts';

/**
 * Most tokens a document may hold; the parser stops there. Far above any real operation (the
 * playground's introspection query has about 400), it stops documents built to exhaust the stack,
 * such as a chain of thousands of fragments each spreading the next, before validation recurses.
 */
export const MAX_QUERY_TOKENS = 5_000;

/**
 * Lists whose length no argument bounds count as this many items, unless SHORT_LISTS says better:
 * role groups (`statementsByRole`, `Topic.roleStatements`) grow with the corpus.
 */
export const ASSUMED_LIST_LENGTH = 10;

/**
 * Unbounded lists that hold a few attributes of one object; counting them as 10 would refuse
 * ordinary pages of statements with their topics. (Declared here rather than on the fields so that
 * every list's count is read in one place.)
 */
const SHORT_LISTS: Record<string, number> = {
  'Statement.topics': 3,
  'Article.topics': 3,
  'Actor.roles': 3,
  'Event.participants': 3,
  'Topic.stanceBreakdown': 3,
  // Its parent `ingestionJobs(first:)` already counts the page.
  'IngestionJobs.nodes': 1,
};

/** How many items a field could return, or null when it returns one thing. */
function itemCount(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number | null {
  if (field.args.some((arg) => arg.name === 'first')) {
    // Negative or missing sizes must not lower the count: the page-size check refuses them later,
    // while the rest of the query would still run.
    const sizes = [args['first'], args['last']].filter((size): size is number => typeof size === 'number');
    return sizes.length > 0 ? Math.max(0, ...sizes) : DEFAULT_PAGE_SIZE;
  }
  if (!isListType(getNullableType(field.type))) return null;
  // `nodes(ids:)`, `_entities(representations:)`: as many items as the list argument holds.
  const lists = Object.values(args).filter((value): value is unknown[] => Array.isArray(value));
  if (lists.length > 0) return Math.max(...lists.map((list) => list.length));
  return SHORT_LISTS[`${parent.name}.${field.name}`] ?? ASSUMED_LIST_LENGTH;
}

/**
 * A field returning objects counts each of them, and what each holds. A connection counts its page;
 * its `nodes` and `edges` are that page, already counted. Aliases are fields of their own.
 */
const nodeCountEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  if (type.name.endsWith('Connection') || type.name.endsWith('Edge')) return childComplexity;
  return (itemCount(type, field, args) ?? 1) * (1 + childComplexity);
};

/** The nodes an operation could return; null when its variables do not fit it (execution says why). */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [nodeCountEstimator],
    });
  } catch {
    return null;
  }
}

/** The error for a request over the cost limit, with its estimate; `batch` when a batch's sum. */
export function queryTooComplex(cost: number, maxCost: number, batch = false): GraphQLError {
  const what = batch ? 'These operations together' : 'This query';
  return new GraphQLError(
    `${what} could return ${cost} nodes, more than the limit of ${maxCost}: ask for smaller pages or fewer nested connections.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } } },
  );
}

export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  // graphql-armor throws by default (for Envelop); as plain validation rules they report instead.
  const report = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
  };
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...report }),
    maxAliasesRule({ n: limits.maxAliases, ...report }),
  ] as ValidationRule[];
}

/** Estimates kept per parsed document, which Apollo reuses for the same query text: a few variable sets each. */
const ESTIMATES_PER_DOCUMENT = 32;
/** Variables longer than this (as JSON) are estimated afresh rather than kept as a key. */
const LONGEST_KEPT_VARIABLES = 2_000;

export function queryCostPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  // Walking the document costs as much as a small query's resolvers; the same query with the same
  // variables always costs the same, so each estimate is worked out once.
  const estimates = new WeakMap<DocumentNode, Map<string, number | null>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let known = estimates.get(document);
          if (!known) estimates.set(document, (known = new Map()));
          const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let cost = known.get(key);
          if (cost === undefined) {
            cost = estimateCost(schema, document, request.variables, request.operationName);
            if (key.length <= LONGEST_KEPT_VARIABLES) {
              if (known.size >= ESTIMATES_PER_DOCUMENT) known.clear();
              known.set(key, cost);
            }
          }
          if (cost !== null && cost > maxCost) throw queryTooComplex(cost, maxCost);
        },
      };
    },
  };
}
