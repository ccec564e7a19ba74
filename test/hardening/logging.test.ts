// Issue 7, must-have 7: structured logs with a request id per request; faults logged once, with no
// secrets and no article bodies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTestDatabase, type TestDatabase } from '../support/database.ts';
import { INGEST, ingestPayload, post, sampleArticle, startHardenedServer, type HardenedServer } from './support.ts';

const KEY = 'k-log-test-0123456789abcdef';

describe('structured logs', () => {
  let server: HardenedServer;
  let broken: HardenedServer;
  let empty: TestDatabase;
  beforeAll(async () => {
    empty = await createEmptyTestDatabase();
    [server, broken] = await Promise.all([
      startHardenedServer({ apiKeys: [KEY] }),
      // No tables: every query is a fault.
      startHardenedServer({ production: true, apiKeys: [KEY] }, empty),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([server?.close(), broken?.close()]);
    await empty?.drop();
  });

  it('gives every request an id, echoed in the response and carried by its log lines', async () => {
    const given = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'client-chosen-42' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('client-chosen-42');
    const fresh = await post(server.url, { query: '{ articles { totalCount } }' });
    const id = fresh.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // A header that is not a plain token is replaced, not echoed into logs.
    const hostile = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'a"b\\n{"level":60}' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const logs = server.logs();
    expect(logs.some((line) => line['requestId'] === 'client-chosen-42')).toBe(true);
    const completed = logs.find((line) => line['requestId'] === id && line['res'] !== undefined);
    expect(completed).toMatchObject({ req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
  });

  it('logs neither keys nor article bodies', async () => {
    const article = { ...sampleArticle(7), body: `${sampleArticle(7).body} Zebra-unique-marker-sentence here.` };
    const answer = await post(
      server.url,
      { query: INGEST, variables: { input: article } },
      { authorization: `Bearer ${KEY}` },
    );
    expect(ingestPayload(answer)?.created).toBe(true);
    const refused = await post(server.url, { query: INGEST, variables: { input: { ...article, body: '' } } });
    expect(refused.status).toBe(401);
    const all = server.logLines.join('\n');
    expect(all).not.toContain(KEY);
    expect(all).not.toContain('Zebra-unique-marker');
    expect(all).not.toContain('harbour commissioner');
  });

  it('logs a fault once, as an error with the request id, and hides it from the client', async () => {
    broken.logLines.length = 0;
    const answer = await post(broken.url, { query: '{ articles { totalCount } }' });
    expect(answer.body.errors?.[0]).toEqual({
      message: 'Internal server error',
      path: ['articles'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const id = answer.headers.get('x-request-id');
    const errors = broken.logs().filter((line) => (line['level'] as number) >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ requestId: id, msg: 'Fault while answering a request' });
    expect(JSON.stringify(errors[0]?.['err'])).toMatch(/does not exist/);
  });
});
