// Issue 7, must-have 2: bad GraphQL gets clear errors, fast, without touching the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startHardenedServer, type HardenedServer } from './support.ts';

describe('bad GraphQL', () => {
  let server: HardenedServer;
  let batching: HardenedServer;
  beforeAll(async () => {
    [server, batching] = await Promise.all([
      startHardenedServer({ seed: true, queryLimits: { maxDepth: 8, maxAliases: 10, maxCost: 5_000 } }),
      startHardenedServer({ maxBatchSize: 3, maxRequestBytes: 50_000 }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([server?.close(), batching?.close()]);
  });

  const deep = `{ actors(first: 1) { nodes { statements(first: 1) { nodes { speaker { statements(first: 1) { nodes {
    speaker { statements(first: 1) { nodes { speaker { name } } } } } } } } } } } }`;
  const aliased = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: statements(first: 100) { nodes { text } }`).join(' ')} }`;

  const cases: [string, unknown, number, string, RegExp][] = [
    ['a malformed document', { query: '{ articles { totalCount ' }, 400, 'GRAPHQL_PARSE_FAILED', /Syntax Error/],
    [
      'an unknown field',
      { query: '{ articles { nope } }' },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Cannot query field "nope"/,
    ],
    [
      'a variable of the wrong type',
      { query: 'query ($n: Int) { articles(first: $n) { totalCount } }', variables: { n: 'ten' } },
      400,
      'BAD_USER_INPUT',
      /\$n/,
    ],
    ['a page size over the cap', { query: '{ articles(first: 1000) { totalCount } }' }, 200, 'BAD_USER_INPUT', /100/],
    ['a query over the depth limit', { query: deep }, 400, 'GRAPHQL_VALIDATION_FAILED', /[Dd]epth/],
    ['aliases multiplying an expensive field', { query: aliased }, 400, 'GRAPHQL_VALIDATION_FAILED', /[Aa]liases/],
    [
      'a query over the cost limit',
      { query: '{ actors(first: 100) { nodes { statements(first: 100) { nodes { text } } } } }' },
      400,
      'QUERY_TOO_COMPLEX',
      /more than the limit of 5000/,
    ],
    [
      'an operation that is not there',
      { query: '{ a: articles { totalCount } }', operationName: 'Nope' },
      500,
      '',
      /Nope/,
    ],
    ['a body that is not JSON', '{"query": ', 400, 'BAD_REQUEST', /not valid JSON/],
    ['batching when it is off', [{ query: '{ __typename }' }, { query: '{ __typename }' }], 400, '', /batch/i],
  ];

  it.each(cases)('answers %s clearly without a database query', async (_name, payload, status, code, message) => {
    server.sqlStatements.length = 0;
    const answer = await post(server.url, payload);
    const error = answer.body.errors?.[0];
    expect(error?.message).toMatch(message);
    if (code) expect(error?.extensions?.['code']).toBe(code);
    if (status !== 500) expect(answer.status).toBe(status);
    expect(server.sqlStatements).toEqual([]);
  });

  it('answers batches up to the limit and refuses larger ones before running any', async () => {
    const op = { query: '{ articles { totalCount } }' };
    const within = await fetch(batching.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([op, op, op]),
    });
    expect(within.status).toBe(200);
    expect(((await within.json()) as unknown[]).length).toBe(3);
    batching.sqlStatements.length = 0;
    const over = await post(batching.url, [op, op, op, op]);
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]).toMatchObject({
      message: 'A batched request may hold at most 3 operations; this one holds 4.',
      extensions: { code: 'BATCH_TOO_LARGE', maxBatchSize: 3 },
    });
    expect(batching.sqlStatements).toEqual([]);
  });

  it('refuses a request body over the size limit with 413 in JSON', async () => {
    const answer = await post(batching.url, { query: `{ articles { totalCount } } # ${'x'.repeat(60_000)}` });
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]).toMatchObject({
      message: 'The request body is larger than the limit of 50000 bytes.',
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect(batching.sqlStatements).toEqual([]);
  });

  it('stays up and answers good queries afterwards', async () => {
    const answer = await post(server.url, { query: '{ articles { totalCount } }' });
    expect(answer.body.data).toEqual({ articles: { totalCount: 1 } });
  });
});
