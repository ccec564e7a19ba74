// The explorer's routes: every path under /explore gets the page (the script shows the view its URL
// names, so each view's URL can be pasted into a chat), the bundled script and stylesheet under
// /explore/assets/ with their content hash in the name, and `GET /` is sent to /explore.
import express, { type NextFunction, type Request, type Response } from 'express';
import { getExplorerBundle } from './bundle.ts';
import { EXPLORER_CSP, explorerPage } from './page.ts';

export const EXPLORER_PATH = '/explore';
const ASSETS = `${EXPLORER_PATH}/assets`;
/** A file named by its content never changes: browsers keep it a year without asking again. */
const FOREVER = 'public, max-age=31536000, immutable';

/** Routes for the explorer of the GraphQL endpoint at `endpoint` (e.g. "/graphql"). */
export function explorerRouter(endpoint: string): express.Router {
  const router = express.Router();

  router.get('/', (_request, response) => response.redirect(302, EXPLORER_PATH));

  router.get(`${ASSETS}/explorer-:version.:kind`, async (request: Request, response: Response, next: NextFunction) => {
    const { version, kind } = request.params as { version: string; kind: string };
    if (kind !== 'js' && kind !== 'css') return next();
    try {
      const bundle = await getExplorerBundle();
      if (version !== bundle.version) return response.status(404).type('text').send('No such version of the explorer');
      response.set('cache-control', FOREVER);
      response.type(kind === 'js' ? 'text/javascript' : 'text/css').send(bundle[kind]);
    } catch (error) {
      next(error);
    }
  });

  router.get(
    [EXPLORER_PATH, `${EXPLORER_PATH}/*rest`],
    async (request: Request, response: Response, next: NextFunction) => {
      if (request.path.startsWith(`${ASSETS}/`)) return next();
      try {
        const { version } = await getExplorerBundle();
        const assets = { js: `${ASSETS}/explorer-${version}.js`, css: `${ASSETS}/explorer-${version}.css` };
        response.set({ 'content-security-policy': EXPLORER_CSP, 'cache-control': 'no-cache' });
        response.type('html').send(explorerPage({ endpoint, assets }));
      } catch (error) {
        next(error);
      }
    },
  );
  return router;
}
