// The playground in a real browser: Debian's Chromium, headless, opens GET /graphql, runs the
// signature query from the ready-made tab and shows Zelensky's statement. Nothing may be loaded from
// anywhere but this server. Without /usr/bin/chromium this fails (.ci/run installs it).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/create-server.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
// Playwright passes --headless and its own fresh --user-data-dir (launchPersistentContext below).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('the GraphiQL playground', () => {
  let server: NewsServer;
  let profile: string;
  let browser: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startNewsServer();
    profile = await mkdtemp(join(tmpdir(), 'news-playground-chromium-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('serves the page to browsers only, with a policy that allows nothing but this server', async () => {
    const page = await fetch(server.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('/graphql/playground/graphiql.js');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);

    // API clients still reach GraphQL on the same path.
    const json = await fetch(`${server.url}?query=${encodeURIComponent('{ topics(first: 1) { totalCount } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    expect(
      ((await json.json()) as { data: { topics: { totalCount: number } } }).data.topics.totalCount,
    ).toBeGreaterThan(0);
  });

  it('runs the signature query in Chromium and shows Zelensky’s statement', async () => {
    const origin = new URL(server.url).origin;
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1440, height: 1000 },
    });
    const requested: string[] = [];
    const pageErrors: string[] = [];
    await browser.route('**/*', (route) => {
      requested.push(route.request().url());
      return new URL(route.request().url()).origin === origin ? route.continue() : route.abort();
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(server.url);
    const execute = page.locator('.graphiql-execute-button');
    await execute.waitFor({ state: 'visible', timeout: 30_000 });
    // The first tab holds the signature query, ready to run.
    const editor = page.locator('.graphiql-query-editor');
    await editor.getByText('statementsByRole').first().waitFor();
    await execute.click();

    const result = page.locator('.result-window');
    await result.getByText('"statementsByRole"').waitFor({ timeout: 30_000 });
    // The result editor draws only the lines in view: scroll down to the Ukrainian President's group
    // as a reader would, until the group, Zelensky's statement and his name are all on screen.
    const said = 'It is important for us that we are strengthened, and the first step should be invitation';
    const shown = ['"role": "Ukrainian President"', said, '"name": "Volodymyr Zelensky"'];
    const showsAll = async () => {
      const text = await result.innerText();
      return shown.every((line) => text.includes(line));
    };
    await result.hover();
    for (let step = 0; step < 80 && !(await showsAll()); step++) await page.mouse.wheel(0, 100);
    await result.getByText(said).waitFor({ state: 'visible', timeout: 5_000 });
    const text = await result.innerText();
    for (const line of shown) expect(text).toContain(line);

    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'playground.png'), fullPage: true });

    expect(pageErrors).toEqual([]);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requested).toContain(`${origin}/graphql/playground/graphiql.js`);
  });
});

describe('the playground setting', () => {
  let server: NewsServer;
  const extra: RunningServer[] = [];
  beforeAll(async () => {
    server = await startNewsServer();
  });
  afterAll(async () => {
    for (const running of extra) await running.close();
    await server?.close();
  });

  async function pageStatus(options: { production: boolean; playground?: boolean }): Promise<string | null> {
    const running = await startServer({
      db: server.db,
      port: 0,
      host: '127.0.0.1',
      maxArticleChars: 200_000,
      ...options,
    });
    extra.push(running);
    const response = await fetch(running.url, { headers: { accept: BROWSER_ACCEPT } });
    await response.arrayBuffer();
    return response.headers.get('content-type');
  }

  it('is off in production unless configured, and never falls back to a CDN-loaded landing page', async () => {
    expect(await pageStatus({ production: true })).not.toMatch(/^text\/html/);
    expect(await pageStatus({ production: true, playground: true })).toMatch(/^text\/html/);
    expect(await pageStatus({ production: false, playground: false })).not.toMatch(/^text\/html/);
  });
});
