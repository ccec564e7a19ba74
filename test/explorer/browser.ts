// Debian's Chromium, headless, driven by playwright-core for the explorer's tests: every request the
// page makes is recorded and any to another origin refused, page errors are collected, axe-core runs
// in the page, and screenshots go to test/artifacts/explorer (and, with UPDATE_SCREENSHOTS=1, to
// docs/screenshots, which the README shows).
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { openLocalBrowser } from '../../src/benchmarks/chromium.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/explorer/', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

export interface ExplorerBrowser {
  page: Page;
  /** Every URL the browser asked for. */
  requested: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openBrowser(
  serverUrl: string,
  viewport = { width: 1280, height: 900 },
): Promise<ExplorerBrowser> {
  const browser = await openLocalBrowser(new URL(serverUrl).origin, viewport);
  const pageErrors: string[] = [];
  browser.page.on('pageerror', (error) => pageErrors.push(error.message));
  browser.page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return { page: browser.page, requested: browser.requested, pageErrors, close: browser.close };
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy allows no inline script.
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Saves a screenshot of the page as a test artifact (and for the README, with UPDATE_SCREENSHOTS=1). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  if (process.env['UPDATE_SCREENSHOTS']) {
    await mkdir(SCREENSHOTS, { recursive: true });
    await copyFile(file, join(SCREENSHOTS, `${name}.png`));
  }
}
