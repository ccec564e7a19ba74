// Errors about the request (a bad query, a bad key, a limit) rather than faults of the server: they
// keep their messages everywhere and are logged at debug level, never as errors.
import { GraphQLError } from 'graphql';

const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

export function isRequestError(error: GraphQLError): boolean {
  const code = error.extensions?.['code'];
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) return true;
  return code === undefined && hasClientErrorStatus(error);
}

/**
 * Some of Apollo's own refusals carry an HTTP 4xx status but no code (an APQ hash that does not
 * match its query), so they would reach the client as INTERNAL_SERVER_ERROR.
 */
export function hasClientErrorStatus(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const status = (error.extensions?.['http'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
