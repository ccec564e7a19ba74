// urql 6 with graphcache, set up for this API as the README's "Clients in the browser" shows:
// value types embedded in their parents, Relay pagination on every connection. Queries go as GET
// (urql's default), which the server answers without any extra header. (The service itself never
// loads this file; @urql/* are development dependencies here, for the tests.)
import { Client, fetchExchange, type ClientOptions } from '@urql/core';
import { cacheExchange, type CacheExchangeOpts } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import { CONNECTION_FIELDS, VALUE_TYPES } from './cache-policies.ts';

export function urqlCacheOptions(): CacheExchangeOpts {
  return {
    keys: Object.fromEntries(VALUE_TYPES.map((type) => [type, () => null])),
    resolvers: Object.fromEntries(
      Object.entries(CONNECTION_FIELDS).map(([type, fields]) => [
        type,
        Object.fromEntries(Object.keys(fields).map((field) => [field, relayPagination()])),
      ]),
    ),
  };
}

export function createUrqlClient(url: string, options: Omit<ClientOptions, 'url' | 'exchanges'> = {}): Client {
  return new Client({ url, exchanges: [cacheExchange(urqlCacheOptions()), fetchExchange], ...options });
}
