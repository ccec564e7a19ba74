// Limits on a batched request (a JSON array of operations), checked before any operation runs:
// how many operations it holds, and the nodes they could return together. Apollo runs a batch's
// operations side by side, so a per-operation cost check would let ten operations just under the
// limit through; here their estimates are summed first.
import type { RequestHandler } from 'express';
import { parse, type GraphQLSchema } from 'graphql';
import { estimateCost, MAX_QUERY_TOKENS, queryTooComplex } from '../graphql/query-limits.ts';
import { graphQLErrorBody } from './error-body.ts';

interface BatchedOperation {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** Batched requests may hold at most `maxBatchSize` operations and `maxCost` nodes in all. */
export function limitBatch(schema: GraphQLSchema, maxBatchSize: number, maxCost: number): RequestHandler {
  return (request, response, next) => {
    const body: unknown = request.body;
    if (!Array.isArray(body) || maxBatchSize <= 1) return next();
    if (body.length > maxBatchSize) {
      response
        .status(400)
        .json(
          graphQLErrorBody(
            `A batched request may hold at most ${maxBatchSize} operations; this one holds ${body.length}.`,
            'BATCH_TOO_LARGE',
            { maxBatchSize },
          ),
        );
      return;
    }
    const cost = body.reduce((sum: number, operation: unknown) => sum + operationCost(schema, operation), 0);
    if (cost > maxCost) {
      const { message } = queryTooComplex(cost, maxCost, true);
      response.status(400).json(graphQLErrorBody(message, 'QUERY_TOO_COMPLEX', { cost, maxCost }));
      return;
    }
    next();
  };
}

/** One operation's estimate; 0 for one Apollo will refuse on its own (no query, bad syntax, bad variables). */
function operationCost(schema: GraphQLSchema, operation: unknown): number {
  const { query, variables, operationName } = (operation ?? {}) as BatchedOperation;
  if (typeof query !== 'string') return 0;
  try {
    const document = parse(query, { maxTokens: MAX_QUERY_TOKENS });
    return (
      estimateCost(
        schema,
        document,
        variables !== null && typeof variables === 'object' ? (variables as Record<string, unknown>) : undefined,
        typeof operationName === 'string' ? operationName : undefined,
      ) ?? 0
    );
  } catch {
    return 0;
  }
}
