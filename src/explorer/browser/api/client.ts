// The explorer's one way to the API: urql sending the typed documents codegen generated from
// src/client/operations (no query strings written here), with the reader's API key, if any, as a
// bearer token. Queries go as GET; mutations as POST.
import { Client, cacheExchange, fetchExchange, type AnyVariables, type TypedDocumentNode } from '@urql/core';
import { useEffect, useState } from 'preact/hooks';

let apiKey = sessionStorage.getItem('explorer-api-key') ?? '';
const keyListeners = new Set<(key: string) => void>();

/** Sets the key curation sends; kept for the browser session only. */
export function setApiKey(key: string): void {
  apiKey = key.trim();
  if (apiKey) sessionStorage.setItem('explorer-api-key', apiKey);
  else sessionStorage.removeItem('explorer-api-key');
  for (const listener of keyListeners) listener(apiKey);
}

/** The key the reader entered ('' for none), following changes. */
export function useApiKey(): string {
  const [key, setKey] = useState(apiKey);
  useEffect(() => {
    keyListeners.add(setKey);
    return () => void keyListeners.delete(setKey);
  }, []);
  return key;
}

const endpoint = document.getElementById('explorer')?.dataset['endpoint'] ?? '/graphql';

export const client = new Client({
  url: endpoint,
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: (): RequestInit => ({ headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} }),
});

export interface QueryState<TData> {
  data: TData | undefined;
  error: string | undefined;
  fetching: boolean;
  /** Asks again, past the cache (after a correction). */
  refetch: () => void;
}

/** Runs a query when its variables change; `onSent` is called as the request leaves. */
export function useQuery<TData, TVariables extends AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables | null,
  onSent?: () => void,
): QueryState<TData> {
  const [state, setState] = useState<Omit<QueryState<TData>, 'refetch'>>({
    data: undefined,
    error: undefined,
    fetching: variables !== null,
  });
  const [reload, setReload] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (variables === null) return;
    let current = true;
    setState((previous) => ({ ...previous, fetching: true }));
    onSent?.();
    client
      .query(document, variables, { requestPolicy: reload > 0 ? 'network-only' : 'cache-first' })
      .toPromise()
      .then((result) => {
        if (!current) return;
        setState({ data: result.data, error: result.error?.message, fetching: false });
      });
    return () => {
      current = false;
    };
  }, [key, reload]);
  return { ...state, refetch: () => setReload((count) => count + 1) };
}

export interface UserError {
  field: string[];
  message: string;
}

/** Sends a mutation; a failure of the request itself comes back as one user error. */
export async function mutate<TData, TVariables extends AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<{ data: TData | undefined; problems: string[] }> {
  const result = await client.mutation(document, variables).toPromise();
  if (result.error) return { data: undefined, problems: [result.error.message.replace(/^\[\w+\] /, '')] };
  return { data: result.data, problems: [] };
}

export function problemsOf(userErrors: readonly UserError[]): string[] {
  return userErrors.map(
    (error) => `${error.message}${error.field.length > 1 ? ` (${error.field.slice(1).join('.')})` : ''}`,
  );
}
