// The explorer for the browser, bundled from its sources and npm packages (Preact, Observable Plot,
// d3-force, urql) by esbuild on the first request for it and kept in memory: a fresh clone needs no
// build step, a server with the explorer off never pays for it, and nothing is fetched from a CDN.
// The files are named by a hash of their content, so browsers may keep them for good.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface ExplorerBundle {
  js: string;
  css: string;
  /** A hash of both files: part of their URLs. */
  version: string;
}

const ENTRY = fileURLToPath(new URL('../browser/main.tsx', import.meta.url));

let bundle: Promise<ExplorerBundle> | undefined;

export function getExplorerBundle(): Promise<ExplorerBundle> {
  bundle ??= buildExplorerBundle().catch((error: unknown) => {
    bundle = undefined; // let the next request try again
    throw error;
  });
  return bundle;
}

async function buildExplorerBundle(): Promise<ExplorerBundle> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    outdir: 'explorer',
    entryNames: 'explorer',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'))?.text;
  const css = result.outputFiles.find((file) => file.path.endsWith('.css'))?.text;
  if (js === undefined || css === undefined) throw new Error('esbuild produced no explorer script or stylesheet');
  const version = createHash('sha256').update(js).update(css).digest('base64url').slice(0, 16);
  return { js, css, version };
}

/** The bundle's sizes in bytes, as sent and gzipped. */
export function bundleSizes(built: ExplorerBundle): Record<'js' | 'css', { bytes: number; gzipped: number }> {
  const size = (text: string) => ({ bytes: Buffer.byteLength(text), gzipped: gzipSync(text).length });
  return { js: size(built.js), css: size(built.css) };
}
