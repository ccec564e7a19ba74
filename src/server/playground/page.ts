// The playground's HTML: GraphiQL's script and stylesheet from this server, the tabs inline.
import type { PlaygroundTab } from './examples.ts';

export interface PlaygroundPageOptions {
  /** Where GraphiQL sends operations (the path of the GraphQL endpoint). */
  endpoint: string;
  /** Where the bundled script and stylesheet are served. */
  assets: { js: string; css: string };
  tabs: PlaygroundTab[];
}

/** What the page may load: only this server (the fonts are inlined in the stylesheet). */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function playgroundPage({ endpoint, assets, tabs }: PlaygroundPageOptions): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>News semantics · GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${escapeHtml(assets.css)}" />
    <style>
      html, body, #graphiql { height: 100%; margin: 0; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading the playground…</div>
    <script id="playground-config" type="application/json">${scriptJson({ endpoint, tabs })}</script>
    <script src="${escapeHtml(assets.js)}"></script>
  </body>
</html>
`;
}
