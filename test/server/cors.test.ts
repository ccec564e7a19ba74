// Issue 15, must-have 2: a page from another origin calls the API in a real browser (Debian's
// Chromium, headless): a query and a mutation with a key, after the preflights the browser sends on
// its own. Origins come from CORS_ORIGINS (any localhost origin in development, none in production
// unless configured), credentials are allowed for listed origins, and Apollo's CSRF prevention still
// refuses the simple requests a page could send without a preflight.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { startHardenedServer, type HardenedServer } from '../hardening/support.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const CHROMIUM = '/usr/bin/chromium';
const KEY = 'k-cors-test-0123456789abcdef';

/** A frontend on its own origin: an empty page whose scripts the test runs. */
async function startFrontend(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>Newsroom frontend</title><p>frontend</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface BrowserCall {
  status?: number;
  body?: { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };
  requestId?: string | null;
  blocked?: string;
}

/** Runs fetch in the page, as a frontend's own script would. */
function callFromPage(
  page: Page,
  url: string,
  payload: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<BrowserCall> {
  return page.evaluate(
    async ({ url, payload, headers }): Promise<BrowserCall> => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          credentials: 'include',
          headers,
          body: JSON.stringify(payload),
        });
        return {
          status: response.status,
          body: (await response.json()) as BrowserCall['body'],
          requestId: response.headers.get('x-request-id'),
        };
      } catch (error) {
        return { blocked: String(error) };
      }
    },
    { url, payload, headers },
  );
}

const QUERY = { query: '{ articles { totalCount } }' };
const MUTATION = {
  query:
    'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { headline } userErrors { message } } }',
  variables: {
    input: {
      headline: 'Harbour plan approved',
      body: '"We will build it," the harbour commissioner Ingrid Halvorsen said on Monday in Bergen after the vote.',
      source: 'CORS test',
    },
  },
};

describe('a page on another origin, in Chromium', () => {
  let database: TestDatabase;
  let development: HardenedServer;
  let configured: HardenedServer;
  let closed: HardenedServer;
  let frontend: Awaited<ReturnType<typeof startFrontend>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    database = await createTestDatabase();
    frontend = await startFrontend();
    development = await startHardenedServer({ apiKeys: [KEY], seed: true }, database);
    configured = await startHardenedServer(
      { production: true, apiKeys: [KEY], corsOrigins: ['https://other.example', frontend.origin] },
      database,
    );
    closed = await startHardenedServer({ production: true, apiKeys: [KEY] }, database);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    page = await browser.newPage();
    await page.goto(frontend.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([development?.close(), configured?.close(), closed?.close()]);
    await frontend?.close();
    await database?.drop();
  });

  it('runs a query and a mutation against a development server (any localhost origin)', async () => {
    const query = await callFromPage(page, development.url, QUERY);
    expect(query.status).toBe(200);
    expect(query.body?.data?.['articles'].totalCount).toBe(1);
    // The request id is exposed to the page's script.
    expect(query.requestId).toMatch(/^[0-9a-f-]{36}$/);

    const mutation = await callFromPage(page, development.url, MUTATION, {
      'content-type': 'application/json',
      authorization: `Bearer ${KEY}`,
    });
    expect(mutation.body?.data?.['ingestArticle']).toEqual({
      created: true,
      article: { headline: 'Harbour plan approved' },
      userErrors: [],
    });
    // The browser asked first: preflights answered 204 on the real path.
    const preflights = development.logs().filter((line) => String(line['msg']).startsWith('OPTIONS /graphql'));
    expect(preflights.map((line) => line['msg'])).toContain('OPTIONS /graphql 204');
  });

  it('runs them against a production server that lists the origin in CORS_ORIGINS', async () => {
    const query = await callFromPage(page, configured.url, QUERY);
    expect(query.body?.data?.['articles'].totalCount).toBeGreaterThanOrEqual(1);
    const mutation = await callFromPage(
      page,
      configured.url,
      { ...MUTATION, variables: { input: { ...MUTATION.variables.input, headline: 'Harbour plan funded' } } },
      { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    );
    expect(mutation.body?.data?.['ingestArticle'].created).toBe(true);
  });

  it('is refused by a production server that lists no origins', async () => {
    const query = await callFromPage(page, closed.url, QUERY);
    expect(query.blocked).toMatch(/Failed to fetch/);
  });

  it('keeps CSRF prevention: a simple cross-origin POST is refused before it runs', async () => {
    const simple = await callFromPage(page, development.url, MUTATION, { 'content-type': 'text/plain' });
    expect(simple.status).toBe(400);
    expect(simple.body?.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });
});

describe('CORS headers', () => {
  let server: HardenedServer;
  beforeAll(async () => {
    server = await startHardenedServer({ production: true, corsOrigins: ['https://*.newsroom.example'] });
  });
  afterAll(async () => {
    await server?.close();
  });

  const preflight = (origin: string) =>
    fetch(server.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });

  it('answers a preflight from a listed origin with the origin, credentials and the headers allowed', async () => {
    const response = await preflight('https://desk.newsroom.example');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://desk.newsroom.example');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('gives no CORS headers to an origin that is not listed', async () => {
    for (const origin of [
      'https://newsroom.example.evil.test',
      'https://a.b.newsroom.example',
      'http://localhost:5173',
    ]) {
      const response = await preflight(origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('reads CORS_ORIGINS', () => {
    expect(readConfig({ CORS_ORIGINS: 'https://a.example, https://*.b.example' }).corsOrigins).toEqual([
      'https://a.example',
      'https://*.b.example',
    ]);
    expect(readConfig({}).corsOrigins).toBeUndefined();
    expect(() => readConfig({ CORS_ORIGINS: 'a.example' })).toThrow(/CORS_ORIGINS/);
  });
});
