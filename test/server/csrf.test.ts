// Issue 15, must-have 3: a GET query without content-type (urql's default) is answered, while
// Apollo's CSRF prevention keeps refusing what it protects against: simple POSTs (a form, text/plain)
// and GETs that carry the browser's own credentials; and a GET never runs a mutation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHardenedServer, type HardenedServer } from '../hardening/support.ts';

describe('CSRF prevention and GET queries', () => {
  let server: HardenedServer;
  beforeAll(async () => {
    server = await startHardenedServer({ seed: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}?query=${encodeURIComponent(query)}`, { headers });
  const MUTATION =
    'mutation { ingestArticle(input: { headline: "Forged", body: "\\"We never said it,\\" the mayor said on Monday in Oslo after the vote." }) { created } }';

  it('answers a GET query sent with no content-type and no extra header', async () => {
    const response = await get('{ articles { totalCount } }', {
      accept: 'application/graphql-response+json, application/json',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { articles: { totalCount: 1 } } });
  });

  it('refuses a GET that carries cookies unless it has a preflight header', async () => {
    const refused = await get('{ articles { totalCount } }', { cookie: 'sso=abc' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await get('{ articles { totalCount } }', {
      cookie: 'sso=abc',
      'apollo-require-preflight': '1',
    });
    expect(preflighted.status).toBe(200);
  });

  it('never runs a mutation over GET', async () => {
    const response = await get(MUTATION);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await server.db.article.count()).toBe(1);
  });

  it('refuses simple POSTs, as a form on another site would send them', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: JSON.stringify({ query: MUTATION }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
    }
    expect(await server.db.article.count()).toBe(1);
  });
});
