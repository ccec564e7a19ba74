// The playground routes: `GET /graphql` from a browser gets GraphiQL; everything else (POST, GET with
// a query, non-HTML clients) goes on to the GraphQL endpoint.
import express, { type NextFunction, type Request, type Response } from 'express';
import { getPlaygroundBundle, type PlaygroundBundle } from './bundle.ts';
import { playgroundTabs } from './examples.ts';
import { PLAYGROUND_CSP, playgroundPage } from './page.ts';

/** Whether a GET is a browser asking for a page rather than a client running an operation. */
function wantsPage(request: Request): boolean {
  if (request.query['query'] !== undefined) return false;
  return request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/** Routes for the playground of the GraphQL endpoint at `endpoint` (e.g. "/graphql"). */
export function playgroundRouter(endpoint: string): express.Router {
  const assets = { js: `${endpoint}/playground/graphiql.js`, css: `${endpoint}/playground/graphiql.css` };
  const router = express.Router();

  router.get(endpoint, async (request: Request, response: Response, next: NextFunction) => {
    if (!wantsPage(request)) return next();
    try {
      const page = playgroundPage({ endpoint, assets, tabs: await playgroundTabs() });
      response.set({ 'content-security-policy': PLAYGROUND_CSP, 'cache-control': 'no-cache', vary: 'accept' });
      response.type('html').send(page);
    } catch (error) {
      next(error);
    }
  });

  const asset =
    (kind: 'js' | 'css', contentType: string) => async (request: Request, response: Response, next: NextFunction) => {
      let bundle: PlaygroundBundle;
      try {
        bundle = await getPlaygroundBundle();
      } catch (error) {
        return next(error);
      }
      const etag = `"${bundle.version}-${kind}"`;
      response.set({ etag, 'cache-control': 'no-cache' });
      if (request.get('if-none-match') === etag) return response.status(304).end();
      response.type(contentType).send(bundle[kind]);
    };
  router.get(assets.js, asset('js', 'text/javascript'));
  router.get(assets.css, asset('css', 'text/css'));
  return router;
}
