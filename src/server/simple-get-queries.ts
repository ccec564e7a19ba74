// urql (and any client that reads GraphQL over HTTP by the spec) sends queries as a plain GET with
// no content-type: a "simple" request that browsers send without a CORS preflight, which Apollo's
// CSRF prevention refuses unless it carries `apollo-require-preflight` or `x-apollo-operation-name`.
//
// What that prevention guards against is a page on another site making a user's browser act with
// the user's ambient credentials: running a mutation, or timing a private read. Over GET, Apollo
// runs queries only (any other operation is answered 405), and this API authenticates with bearer
// keys a browser never attaches on its own. So a GET without cookies can do nothing a stranger could
// not do by calling the API directly, and is let through as if pre-flighted. A GET carrying cookies
// (say an SSO proxy in front that signs users in with one) still needs the header, as does every
// POST that is not JSON: those keep Apollo's protection whole.
import type { RequestHandler } from 'express';

/** Marks a GET without cookies as safe for Apollo's CSRF check; everything else is left to it. */
export function acceptSimpleGetQueries(): RequestHandler {
  return (request, _response, next) => {
    if (request.method === 'GET' && request.headers.cookie === undefined) {
      request.headers['apollo-require-preflight'] = 'get-query-without-cookies';
    }
    next();
  };
}
