// The explorer's HTML: one page for every view (the script reads the URL), its script and
// stylesheet from this server, and where the API is.
export interface ExplorerPageOptions {
  /** Where the page sends operations (the path of the GraphQL endpoint). */
  endpoint: string;
  assets: { js: string; css: string };
}

/** What the page may load and call: this server only. Plot sets inline styles on its SVG. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function explorerPage({ endpoint, assets }: ExplorerPageOptions): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>News explorer</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${escapeHtml(assets.css)}" />
    <script type="module" src="${escapeHtml(assets.js)}"></script>
  </head>
  <body>
    <div id="explorer" data-endpoint="${escapeHtml(endpoint)}"><p>Loading the explorer…</p></div>
  </body>
</html>
`;
}
