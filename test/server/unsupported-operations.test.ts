// Issue 15, must-have 7: a subscription is answered with a clear 400 "not supported" (not a fault in
// development, nor "Mutations need an API key" in production), @defer with a clear 400 too, and the
// request log names the path the client asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startHardenedServer, type HardenedServer } from '../hardening/support.ts';

describe.each([false, true])('unsupported operations with production=%s', (production) => {
  let server: HardenedServer;
  beforeAll(async () => {
    server = await startHardenedServer({ production, apiKeys: ['k-unsupported-0123456789abcdef'] });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a subscription with 400 "not supported", logged as a request error, not a fault', async () => {
    server.logLines.length = 0;
    const answer = await post(server.url, { query: 'subscription OnIngest { ingestionJobs { counts { total } } }' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message:
          'Subscriptions are not supported by this server: send queries (poll `ingestionJobs` to follow ingestion).',
        extensions: expect.objectContaining({ code: 'BAD_REQUEST' }),
      },
    ]);
    expect(server.logs().filter((line) => Number(line['level']) >= 50)).toEqual([]);
  });

  it('answers @defer with 400 saying it is not supported', async () => {
    const answer = await post(server.url, { query: '{ articles { totalCount ... @defer { nodes { id } } } }' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toBe(
      '@defer is not supported: this server has no incremental delivery (it runs graphql 16). ' +
        'Remove @defer; the fields then arrive in the one response.',
    );
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('logs the path the client asked for', async () => {
    server.logLines.length = 0;
    await post(server.url, { query: '{ articles { totalCount } }' });
    await post(server.url, { query: 'subscription { x }' });
    const outcomes = server
      .logs()
      .filter((line) => line['res'] !== undefined)
      .map((line) => line['msg']);
    expect(outcomes).toEqual(['POST /graphql 200', 'POST /graphql 400']);
  });
});
