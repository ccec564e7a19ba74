// In production, a fault's message (a database error can name hosts, tables or values) stays in
// the server's log; the client learns only that it was a fault. Errors about the request itself
// (bad input, limits) keep their messages everywhere. A database that cannot be reached is not a
// fault of the request either: it is answered as DATABASE_UNAVAILABLE with a retry hint, everywhere.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-errors.ts';
import { hasClientErrorStatus } from './request-errors.ts';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

export function maskInternalError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
): GraphQLFormattedError {
  if (formatted.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (hasClientErrorStatus(error))
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  if (isDatabaseUnavailable(unwrapResolverError(error))) {
    return {
      message: `The database is unavailable; retry in ${RETRY_AFTER_SECONDS} s (ingesting the same article again is safe).`,
      path: formatted.path,
      extensions: { code: DATABASE_UNAVAILABLE, retryable: true, retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }
  if (!production) return formatted;
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
