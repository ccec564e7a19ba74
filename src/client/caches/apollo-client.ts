// Apollo Client 4, set up for this API as the README's "Clients in the browser" shows: Relay-style
// pagination on every connection, keyed by the arguments that pick a list. Nodes are normalised by
// `__typename` and `id` by default; value types stay inside their parents. (The service itself never
// loads this file; @apollo/client is a development dependency here, for the tests.)
import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { CONNECTION_FIELDS } from './cache-policies.ts';

export function apolloTypePolicies(): TypePolicies {
  return Object.fromEntries(
    Object.entries(CONNECTION_FIELDS).map(([type, fields]) => [
      type,
      {
        fields: Object.fromEntries(
          Object.entries(fields).map(([field, keyArgs]) => [
            field,
            relayStylePagination(keyArgs.length > 0 ? [...keyArgs] : false),
          ]),
        ),
      },
    ]),
  );
}

export function createApolloClient(uri: string, options: { fetch?: typeof globalThis.fetch } = {}): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, ...(options.fetch ? { fetch: options.fetch } : {}) }),
    cache: new InMemoryCache({ typePolicies: apolloTypePolicies() }),
  });
}
