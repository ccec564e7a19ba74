/** A GraphQL error response for a request refused before GraphQL runs (limits, keys, bad bodies). */
export function graphQLErrorBody(message: string, code: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}
