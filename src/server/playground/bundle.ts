// GraphiQL for the browser, bundled from the npm packages by esbuild on the first request for the
// playground and kept in memory: a fresh clone needs no build step (`npm install && npm start`), a
// server with the playground off never pays for it, and nothing is fetched from a CDN.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface PlaygroundBundle {
  js: string;
  css: string;
  /** A hash of both files, for ETags. */
  version: string;
}

const ENTRY = fileURLToPath(new URL('./browser/graphiql-app.js', import.meta.url));

let bundle: Promise<PlaygroundBundle> | undefined;

export function getPlaygroundBundle(): Promise<PlaygroundBundle> {
  bundle ??= buildPlaygroundBundle().catch((error: unknown) => {
    bundle = undefined; // let the next request try again
    throw error;
  });
  return bundle;
}

async function buildPlaygroundBundle(): Promise<PlaygroundBundle> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    outdir: 'playground',
    entryNames: 'graphiql',
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    // graphql ships `.mjs` beside `.js` in every folder; the browser bundle takes the ESM files
    // throughout, so `graphql` and `graphql/language` are the same module instance.
    resolveExtensions: ['.mjs', '.js', '.json', '.css'],
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'))?.text;
  const css = result.outputFiles.find((file) => file.path.endsWith('.css'))?.text;
  if (js === undefined || css === undefined) throw new Error('esbuild produced no playground script or stylesheet');
  const version = createHash('sha256').update(js).update(css).digest('base64url').slice(0, 16);
  return { js, css, version };
}
