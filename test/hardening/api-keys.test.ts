// Issue 7, must-have 3: writers need a key; reads are open unless configured; keys never logged;
// CSRF prevention on; introspection and the playground follow configuration in production.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { INGEST, ingestPayload, post, sampleArticle, startHardenedServer, type HardenedServer } from './support.ts';

const KEY = 'k-test-0123456789abcdef';
const OTHER_KEY = 'k-test-fedcba9876543210';

describe('API keys', () => {
  let server: HardenedServer;
  let readLocked: HardenedServer;
  let productionOpen: HardenedServer;
  let developmentOpen: HardenedServer;
  beforeAll(async () => {
    [server, readLocked, productionOpen, developmentOpen] = await Promise.all([
      startHardenedServer({ apiKeys: [OTHER_KEY, KEY] }),
      startHardenedServer({ apiKeys: [KEY], readRequiresKey: true }),
      startHardenedServer({ production: true }),
      startHardenedServer({}),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([server, readLocked, productionOpen, developmentOpen].map((s) => s?.close()));
  });

  it('refuses a mutation without a key, before touching the database', async () => {
    const answer = await post(server.url, { query: INGEST, variables: { input: sampleArticle(1) } });
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(server.sqlStatements).toEqual([]);
    expect(await server.db.article.count()).toBe(0);
  });

  it('refuses a wrong key and a malformed header, for reads too', async () => {
    for (const authorization of [`Bearer ${KEY}x`, `Bearer ${KEY.slice(0, -1)}`, KEY, 'Basic abc']) {
      const answer = await post(server.url, { query: '{ articles { totalCount } }' }, { authorization });
      expect(answer.status).toBe(401);
      expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });

  it('lets a mutation with a configured key through, and reads without one', async () => {
    const answer = await post(
      server.url,
      { query: INGEST, variables: { input: sampleArticle(2) } },
      { authorization: `Bearer ${KEY}` },
    );
    expect(answer.status).toBe(200);
    expect(ingestPayload(answer)?.created).toBe(true);
    const read = await post(server.url, { query: '{ articles { totalCount } }' });
    expect(read.body.data).toEqual({ articles: { totalCount: 1 } });
  });

  it('never writes a key into the log', () => {
    expect(server.logLines.length).toBeGreaterThan(0);
    for (const line of server.logLines) {
      expect(line).not.toContain(KEY);
      expect(line).not.toContain(KEY.slice(0, -1));
    }
  });

  it('locks reads when configured', async () => {
    const denied = await post(readLocked.url, { query: '{ articles { totalCount } }' });
    expect(denied.status).toBe(401);
    const allowed = await post(
      readLocked.url,
      { query: '{ articles { totalCount } }' },
      { authorization: `bearer ${KEY}` },
    );
    expect(allowed.body.data).toEqual({ articles: { totalCount: 0 } });
  });

  it('refuses every mutation in production when no key is configured', async () => {
    const answer = await post(productionOpen.url, { query: INGEST, variables: { input: sampleArticle(3) } });
    expect(answer.status).toBe(403);
    expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(answer.body.errors?.[0]?.message).toMatch(/API_KEYS/);
    expect(
      productionOpen.logs().some((line) => line['level'] === 40 && /every mutation/.test(String(line['msg']))),
    ).toBe(true);
  });

  it('leaves mutations open in development without keys, and says so at start-up', async () => {
    const answer = await post(developmentOpen.url, { query: INGEST, variables: { input: sampleArticle(4) } });
    expect(ingestPayload(answer)?.created).toBe(true);
    const warning = developmentOpen.logs().find((line) => line['level'] === 40);
    expect(String(warning?.['msg'])).toMatch(/No API_KEYS configured: mutations .* are open/);
  });

  it('keeps CSRF prevention on', async () => {
    const simple = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ articles { totalCount } }' }),
    });
    expect(simple.status).toBe(400);
    // A GET with cookies (the browser's own credentials) needs a preflight header; see test/server/csrf.test.ts.
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ articles { totalCount } }')}`, {
      headers: { cookie: 'session=1' },
    });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
  });

  it('turns introspection and the playground off in production unless configured', async () => {
    const introspect = { query: '{ __schema { queryType { name } } }' };
    const off = await post(productionOpen.url, introspect);
    expect(off.body.errors?.[0]?.message).toMatch(/[Ii]ntrospection/);
    const page = await fetch(productionOpen.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    const on = await post(developmentOpen.url, introspect);
    expect(on.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const configured = await startHardenedServer({ production: true, introspection: true, apiKeys: [KEY] });
    try {
      expect((await post(configured.url, introspect)).body.data).toBeDefined();
    } finally {
      await configured.close();
    }
  });
});

describe('security configuration', () => {
  it('reads API_KEYS, READ_REQUIRES_KEY and INTROSPECTION', () => {
    const config = readConfig({ API_KEYS: ` ${KEY}, ${OTHER_KEY} ,`, READ_REQUIRES_KEY: 'true' });
    expect(config.apiKeys).toEqual([KEY, OTHER_KEY]);
    expect(config.readRequiresKey).toBe(true);
    expect(readConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(readConfig({}).introspection).toBe(true);
    expect(readConfig({}).apiKeys).toEqual([]);
  });

  it('rejects short keys and locked reads without keys', () => {
    expect(() => readConfig({ API_KEYS: 'short' })).toThrow(/at least 16 characters/);
    expect(() => readConfig({ READ_REQUIRES_KEY: 'true' })).toThrow(/READ_REQUIRES_KEY needs/);
  });
});
