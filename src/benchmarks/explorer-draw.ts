// How long the explorer's topic view takes to draw, as a reader sees it: from the moment its request
// leaves the browser to the frame that shows the chart (the page marks both; see topic-view.tsx), and
// how much of that the request itself took. Measured in headless Chromium, a fresh page load per run
// (so nothing comes from the page's cache), by `bench:explorer` and by test/explorer/draw-time.test.ts.
import type { Page } from 'playwright-core';

export interface DrawTiming {
  /** From the request leaving the browser to the chart drawn, ms. */
  drawMs: number;
  /** The request alone: sent to answer received, ms. */
  requestMs: number;
  /** Rows (groups) the chart drew. */
  rows: number;
}

export async function timeTopicDraw(page: Page, origin: string, topic: string): Promise<DrawTiming> {
  await page.goto(`${origin}/explore?topic=${encodeURIComponent(topic)}`);
  await page.waitForFunction(() => performance.getEntriesByName('explorer:topic-view').length > 0, undefined, {
    timeout: 60_000,
  });
  const rows = Number(await page.locator('.stance-chart').getAttribute('data-rows'));
  const timing = await page.evaluate(() => {
    const drawn = performance.getEntriesByName('explorer:topic-view')[0]!;
    const request = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('/graphql') && entry.name.includes('ExplorerTopicView'));
    return { drawMs: drawn.duration, requestMs: request ? request.duration : Number.NaN };
  });
  return { ...timing, rows };
}

export function summarise(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { min: round(sorted[0]!), median: round(sorted[Math.floor(sorted.length / 2)]!), max: round(sorted.at(-1)!) };
}
