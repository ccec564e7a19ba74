// In production, a fault's message (a database error can name hosts, tables or values) stays in
// the server's log; the client learns only that it was a fault. Errors about the request itself
// (bad input, limits) keep their messages everywhere.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

export function maskInternalError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  if (!production || formatted.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') return formatted;
  console.error('Internal error while answering a GraphQL request:', unwrapResolverError(error));
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
