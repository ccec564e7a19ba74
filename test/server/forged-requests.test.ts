// Issue 12, the "low" rows: requests built to break the server edge (a fragment chain deep enough to
// exhaust the stack, an APQ hash that does not match its query, `_entities` representations naming
// types that are no entities) are answered as bad requests, never 500 or INTERNAL_SERVER_ERROR, and
// leave no error-level log line.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startHardenedServer, type HardenedServer } from '../hardening/support.ts';

function fragmentChain(depth: number): string {
  const fragments = Array.from({ length: depth }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`);
  return ['query Chain { ...F0 }', ...fragments, `fragment F${depth} on Query { __typename }`].join('\n');
}

const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe.each([false, true])('forged requests with production=%s', (production) => {
  let server: HardenedServer;
  beforeAll(async () => {
    server = await startHardenedServer({ production, federation: true, seed: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  const cases: [string, unknown, number, string, RegExp][] = [
    [
      'a 20,000-deep fragment chain',
      { query: fragmentChain(20_000) },
      400,
      'GRAPHQL_PARSE_FAILED',
      /contains more th.. 5000 tokens/,
    ],
    [
      'a fragment chain just under the token limit',
      { query: fragmentChain(600) },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /depth limit/,
    ],
    [
      'an APQ hash that does not match its query',
      {
        query: '{ articles { totalCount } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ somethingElse }') } },
      },
      400,
      'BAD_REQUEST',
      /sha does not match/,
    ],
    [
      'an APQ hash that is not a hash',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
      400,
      'BAD_REQUEST',
      /sha does not match/,
    ],
    [
      '_entities naming Mutation',
      { query: ENTITIES, variables: { r: [{ __typename: 'Mutation' }] } },
      200,
      'BAD_USER_INPUT',
      /representations\[0\]: __typename must name an entity of this subgraph .*not "Mutation"/,
    ],
    [
      '_entities naming a type that does not exist',
      { query: ENTITIES, variables: { r: [{ __typename: 'Article', id: 'x' }, { __typename: 'Nope' }] } },
      200,
      'BAD_USER_INPUT',
      /representations\[1\]: .*not "Nope"/,
    ],
    [
      '_entities without a __typename',
      { query: ENTITIES, variables: { r: [{ id: 'QXJ0aWNsZTox' }] } },
      200,
      'BAD_USER_INPUT',
      /representations\[0\]: .*not null/,
    ],
  ];

  it.each(cases)('answers %s as a bad request', async (_name, payload, status, code, message) => {
    server.logLines.length = 0;
    const answer = await post(server.url, payload);
    expect(answer.status).toBe(status);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.message).toMatch(message);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe(code);
    expect(server.logs().filter((line) => Number(line['level']) >= 50)).toEqual([]);
  });

  it('still answers a real reference', async () => {
    const { body } = await post(server.url, { query: '{ articles(first: 1) { nodes { id } } }' });
    const id = (body.data as { articles: { nodes: { id: string }[] } }).articles.nodes[0]!.id;
    const answer = await post(server.url, {
      query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Article { id } } }',
      variables: { r: [{ __typename: 'Article', id }] },
    });
    expect(answer.body).toEqual({ data: { _entities: [{ id }] } });
  });
});
