// Limits on what one request may ask for: depth and aliases (validation rules), and cost, counted
// as GitHub counts it: the number of nodes a query could return, each connection multiplying what
// it holds by its page size. Cost is computed on the built schema, before any resolver runs.
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getNamedType,
  GraphQLError,
  isLeafType,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
// Its ESM build imports graphql's ESM files while type-graphql and Apollo use graphql's CommonJS
// build; two copies of graphql reject each other's types, so take the CommonJS build here too.
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { DEFAULT_PAGE_SIZE } from './shared/connection.args.ts';

/**
 * Most tokens a document may hold; the parser stops there. Far above any real operation (the
 * playground's introspection query has about 400), it stops documents built to exhaust the stack,
 * such as a chain of thousands of fragments each spreading the next, before validation recurses.
 */
export const MAX_QUERY_TOKENS = 5_000;

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/**
 * A connection returns up to its page size of what it holds; `nodes` and `edges` are that page,
 * already counted by the connection. Other fields and short lists count once.
 */
const nodeCountEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  if (field.args.some((arg) => arg.name === 'first')) {
    const pageSize = Number(args['first'] ?? args['last'] ?? DEFAULT_PAGE_SIZE);
    return pageSize * (1 + childComplexity);
  }
  if (type.name.endsWith('Connection') || type.name.endsWith('Edge')) return childComplexity;
  return 1 + childComplexity;
};

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

export function queryCostPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [nodeCountEstimator],
            });
          } catch {
            // Variables that do not fit the operation: execution reports them as a bad request.
            return;
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `This query could return ${cost} nodes, more than the limit of ${maxCost}: ask for smaller pages or fewer nested connections.`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
