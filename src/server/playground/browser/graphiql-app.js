// The playground page's script, bundled with GraphiQL, React and their styles by esbuild (see
// ../bundle.ts), so the page loads nothing from outside this server.
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const config = JSON.parse(document.getElementById('playground-config').textContent);

async function fetcher(params, options) {
  const response = await fetch(config.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: config.tabs,
    // GraphiQL 4 fills the first tab's variables editor from this prop, not from `defaultTabs`.
    variables: config.tabs[0]?.variables,
    defaultEditorToolsVisibility: 'variables',
  }),
);
