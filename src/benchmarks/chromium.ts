// Debian's Chromium, headless, through playwright-core: a fresh profile in a temporary folder, and
// every request to another origin than the server's refused (and listed), so nothing leaves the machine.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
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

export interface LocalBrowser {
  context: BrowserContext;
  page: Page;
  /** Every URL the browser asked for. */
  requested: string[];
  close(): Promise<void>;
}

export async function openLocalBrowser(origin: string, viewport = { width: 1280, height: 900 }): Promise<LocalBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'news-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const requested: string[] = [];
  await context.route('**/*', (route) => {
    requested.push(route.request().url());
    return new URL(route.request().url()).origin === origin ? route.continue() : route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    requested,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
