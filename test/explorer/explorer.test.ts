// The newsroom explorer in a real browser, on the seed and fixture articles: the topic view draws
// one row per role with the API's counts; a click on a statement opens its article with the
// statement and its attribution highlighted by their offsets; the actor and event views; an actor
// merge made from the page shows in the actor view; every view on a phone; no request leaves the
// server; axe-core finds no serious violation. Screenshots of each view are saved (browser.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { startServer, type RunningServer } from '../../src/server/create-server.ts';
import { postGraphQL } from '../support/graphql-client.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';
import { openBrowser, screenshot, seriousViolations, type ExplorerBrowser } from './browser.ts';

const KEY = 'explorer-test-key-0123456789';

async function api<T>(server: NewsServer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await postGraphQL<T>(server.url, query, variables);
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

interface Group {
  role: string;
  count: number;
  supports: number;
  opposes: number;
  neutral: number;
  mixed: number;
}

describe('the newsroom explorer', () => {
  let server: NewsServer;
  let browser: ExplorerBrowser;
  let origin: string;

  beforeAll(async () => {
    server = await startNewsServer({ apiKeys: [KEY] });
    origin = new URL(server.url).origin;
    browser = await openBrowser(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const groupsOf = async (by: string) =>
    (
      await api<{ statementsByRole: Group[] }>(
        server,
        `{ statementsByRole(topic: "NATO invitation", by: ${by}) { role count supports opposes neutral mixed } }`,
      )
    ).statementsByRole;

  /** The rows the page shows: each group's name and count, in order. */
  const shownGroups = async () => {
    const names = await browser.page.locator('.group .group-name').allInnerTexts();
    const counts = await browser.page.locator('.group .count').allInnerTexts();
    return names.map((role, index) => ({ role, count: Number.parseInt(counts[index]!, 10) }));
  };

  it('is served at /explore, and / leads there; the page loads nothing from elsewhere', async () => {
    const root = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/explore');
    const page = await fetch(`${origin}/explore/actor/anything`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
    const script = /src="(\/explore\/assets\/explorer-[\w-]+\.js)"/.exec(html)![1]!;
    const asset = await fetch(`${origin}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('draws the topic view: one row per role, with the counts the API gives', async () => {
    const { page } = browser;
    await page.goto(`${origin}/explore?topic=NATO%20invitation`);
    await page.locator('.stance-chart svg[aria-label]').waitFor({ timeout: 30_000 });
    const expected = await groupsOf('ROLE');
    expect(expected.length).toBeGreaterThan(3);
    expect(await shownGroups()).toEqual(expected.map(({ role, count }) => ({ role, count })));
    expect(await page.locator('.stance-chart').getAttribute('data-rows')).toBe(String(expected.length));
    // Each group's stances are said in words under the chart too.
    const president = expected.find((group) => group.role === 'Ukrainian President')!;
    await expect
      .poll(() => page.locator('.group', { hasText: 'Ukrainian President' }).locator('h3').innerText())
      .toContain(
        `${president.supports} supports, ${president.opposes} opposes, ${president.mixed} mixed, ${president.neutral} neutral`,
      );
    // The chart's bars: one rectangle per group and stance.
    expect(await page.locator('.stance-chart .stance-bars rect').count()).toBe(expected.length * 4);
    expect(await page.title()).toBe('News explorer');
    await screenshot(page, 'topic-view', false);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('regroups by role kind and by country, each with its own URL, and back and forward work', async () => {
    const { page } = browser;
    await page.getByRole('radio', { name: 'Kind of role' }).check();
    await page.waitForURL(/by=ROLE_KIND/);
    const byKind = await groupsOf('ROLE_KIND');
    await expect.poll(shownGroups).toEqual(byKind.map(({ role, count }) => ({ role, count })));
    await page.getByRole('radio', { name: 'Country' }).check();
    await page.waitForURL(/by=COUNTRY/);
    const byCountry = await groupsOf('COUNTRY');
    await expect.poll(shownGroups).toEqual(byCountry.map(({ role, count }) => ({ role, count })));
    await page.goBack();
    await page.waitForURL(/by=ROLE_KIND/);
    await expect.poll(shownGroups).toEqual(byKind.map(({ role, count }) => ({ role, count })));
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?topic=NATO%20invitation');
    await page.goForward();
    await page.waitForURL(/by=ROLE_KIND/);
  });

  it('suggests known topics as the reader types, from the keyboard', async () => {
    const { page } = browser;
    await page.goto(`${origin}/explore`);
    const input = page.getByRole('combobox', { name: 'Topic' });
    await input.fill('secur');
    await expect.poll(() => page.getByRole('option').allInnerTexts()).toContain('Security guarantees');
    await input.press('ArrowDown');
    await input.press('Enter');
    await page.waitForURL(/topic=Security(\+|%20)guarantees/);
    await page.locator('.stance-chart svg[aria-label]').waitFor();
  });

  it('answers a phrase nothing is about with the stored topics nearest to it, as links', async () => {
    const { page } = browser;
    const { topic } = await api<{ topic: { suggestions: { label: string }[] } }>(
      server,
      '{ topic(phrase: "lunar gardening") { suggestions(first: 8) { label } } }',
    );
    expect(topic.suggestions.length).toBeGreaterThan(0);
    await page.goto(`${origin}/explore?topic=lunar%20gardening`);
    await page.getByText('No statement in the archive is about “lunar gardening”.').waitFor();
    const hints = page.getByRole('navigation', { name: 'Known topics' }).getByRole('link');
    await expect.poll(() => hints.allInnerTexts()).toEqual(topic.suggestions.map((hint) => hint.label));
    await hints.first().click();
    await page.locator('.stance-chart svg[aria-label]').waitFor();
    expect(new URL(page.url()).searchParams.get('topic')).toBe(topic.suggestions[0]!.label);
  });

  it('opens a statement in its article with the statement, its speaker and its verb highlighted by their offsets', async () => {
    const { page } = browser;
    const said = 'It is important for us that we are strengthened, and the first step should be invitation';
    const { statements } = await api<{
      statements: {
        nodes: {
          id: string;
          start: number;
          end: number;
          cue: string;
          speakerMention: { text: string; start: number; end: number };
          article: { body: string };
        }[];
      };
    }>(
      server,
      `{ statements(filter: { search: "strengthened" }, first: 1) { nodes { id start end cue speakerMention { text start end } article { body } } } }`,
    );
    const statement = statements.nodes[0]!;
    await page.goto(`${origin}/explore?topic=NATO%20invitation`);
    await page.getByRole('link', { name: said }).click();
    await page.waitForURL(new RegExp(`/explore/article/.+\\?statement=${encodeURIComponent(statement.id)}`));
    const highlighted = page.locator('.body mark.highlight-statement');
    await highlighted.waitFor();
    expect(await highlighted.innerText()).toBe(said);
    expect(Number(await highlighted.getAttribute('data-start'))).toBe(statement.start);
    expect(Number(await highlighted.getAttribute('data-end'))).toBe(statement.end);
    const speaker = page.locator('.body mark.highlight-speaker');
    expect(await speaker.innerText()).toBe(statement.speakerMention.text);
    expect(Number(await speaker.getAttribute('data-start'))).toBe(statement.speakerMention.start);
    const cue = page.locator('.body mark.highlight-cue');
    expect((await cue.innerText()).toLowerCase()).toBe(statement.cue.toLowerCase());
    const cueStart = Number(await cue.getAttribute('data-start'));
    expect(statement.article.body.slice(cueStart, cueStart + statement.cue.length).toLowerCase()).toBe(
      statement.cue.toLowerCase(),
    );
    await screenshot(page, 'article-view', false);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows an actor: roles over time, topics, statements, articles, events and a co-actor network to follow', async () => {
    const { page } = browser;
    const { actors } = await api<{
      actors: { nodes: { id: string; network: { nodes: { actor: { name: string } }[] } }[] };
    }>(server, '{ actors(filter: { name: "Rutte" }, first: 1) { nodes { id network { nodes { actor { name } } } } } }');
    const rutte = actors.nodes[0]!;
    await page.goto(`${origin}/explore/actor/${encodeURIComponent(rutte.id)}`);
    await page.getByRole('heading', { name: 'Mark Rutte', level: 2, exact: true }).waitFor();
    await expect.poll(() => page.locator('.roles').innerText()).toContain('Secretary General');
    await page.locator('.roles-chart svg').waitFor();
    await expect.poll(() => page.locator('.actor-topics').innerText()).toContain('NATO invitation / membership');
    await expect.poll(() => page.locator('.statement').count()).toBeGreaterThan(2);
    const network = page.locator('.network svg a');
    await expect.poll(() => network.count()).toBe(rutte.network.nodes.length + 1);
    await page.locator('.events .event-list li').first().waitFor();
    await screenshot(page, 'actor-view');
    expect(await seriousViolations(page)).toEqual([]);

    // A co-actor is a link in the network, reachable by keyboard.
    const first = rutte.network.nodes[0]!.actor.name;
    const node = page.locator(`.network svg a[aria-label^="${first}, in "]`);
    await node.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: first, level: 2, exact: true }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Mark Rutte', level: 2, exact: true }).waitFor();
  });

  it('shows an event with its participants and articles, reached from the topic’s timeline', async () => {
    const { page } = browser;
    await page.goto(`${origin}/explore?topic=NATO%20invitation`);
    const firstEvent = page.locator('.events .event-list li').first();
    await firstEvent.waitFor();
    await page.locator('.timeline-chart svg').waitFor();
    await firstEvent.locator('a').first().click();
    await page.waitForURL(/\/explore\/event\//);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const { event } = await api<{
      event: { type: string; participants: { actor: { name: string } }[]; articles: { nodes: { headline: string }[] } };
    }>(
      server,
      `query ($id: ID!) { event(id: $id) { type participants { actor { name } } articles(first: 10) { nodes { headline } } } }`,
      { id },
    );
    await page.getByRole('heading', { level: 2, name: new RegExp(event.type.replaceAll('_', ' '), 'i') }).waitFor();
    for (const participant of event.participants) {
      expect(await page.locator('.facts').innerText()).toContain(participant.actor.name);
    }
    for (const article of event.articles.nodes) {
      await page.getByRole('link', { name: article.headline }).first().waitFor();
    }
    await screenshot(page, 'event-view');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fits a phone screen in every view', async () => {
    const phone = await openBrowser(server.url, { width: 390, height: 844 });
    try {
      const { actors, statements, events } = await api<{
        actors: { nodes: { id: string }[] };
        statements: { nodes: { id: string; article: { id: string } }[] };
        events: { nodes: { id: string }[] };
      }>(
        server,
        `{ actors(filter: { name: "Zelensky" }, first: 1) { nodes { id } }
          statements(filter: { search: "strengthened" }, first: 1) { nodes { id article { id } } }
          events(first: 1) { nodes { id } } }`,
      );
      const statement = statements.nodes[0]!;
      const views = [
        { name: 'topic-view-phone', path: '/explore?topic=NATO%20invitation', ready: '.stance-chart svg[aria-label]' },
        {
          name: 'actor-view-phone',
          path: `/explore/actor/${encodeURIComponent(actors.nodes[0]!.id)}`,
          ready: '.network svg',
        },
        {
          name: 'article-view-phone',
          path: `/explore/article/${encodeURIComponent(statement.article.id)}?statement=${encodeURIComponent(statement.id)}`,
          ready: '.body mark.highlight-statement',
        },
        {
          name: 'event-view-phone',
          path: `/explore/event/${encodeURIComponent(events.nodes[0]!.id)}`,
          ready: '.facts',
        },
      ];
      for (const view of views) {
        await phone.page.goto(`${origin}${view.path}`);
        await phone.page.locator(view.ready).waitFor({ timeout: 30_000 });
        const overflow = await phone.page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
        expect({ view: view.name, overflow }).toEqual({ view: view.name, overflow: 0 });
        await screenshot(phone.page, view.name, false);
      }
      expect(phone.pageErrors).toEqual([]);
      expect(phone.requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('merges two actors from the actor view with an API key, shows the merge there, and shows refusals in place', async () => {
    const { page } = browser;
    const find = async (name: string) =>
      (
        await api<{ actors: { nodes: { id: string; name: string }[] } }>(
          server,
          `{ actors(filter: { name: "${name}" }, first: 1) { nodes { id name } } }`,
        )
      ).actors.nodes[0]!;
    const rutte = await find('Rutte');
    const pevkur = await find('Pevkur');
    await page.goto(`${origin}/explore/actor/${encodeURIComponent(rutte.id)}`);
    await page.getByRole('heading', { name: 'Mark Rutte', level: 2, exact: true }).waitFor();
    // No key: the views are for reading.
    expect(await page.locator('.curation-panel').count()).toBe(0);

    // A wrong key is refused by the server, and the refusal is shown where the correction was made.
    await page.getByLabel('API key for corrections').fill('not-the-right-key-at-all');
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.getByLabel("The other actor's name").fill('Pevkur');
    await page.getByRole('button', { name: 'Find' }).first().click();
    await expect.poll(() => page.locator('.curation-panel').innerText()).toMatch(/key|unauthori[sz]ed/i);

    await page.getByRole('button', { name: 'Forget key' }).click();
    await page.getByLabel('API key for corrections').fill(KEY);
    await page.getByRole('button', { name: 'Use key' }).click();
    const panel = page.locator('.curation-panel');
    await panel.getByLabel("The other actor's name").fill('Pevkur');
    await panel.getByRole('button', { name: 'Find' }).click();
    await panel.getByRole('button', { name: /Hanno Pevkur/ }).click();
    await panel.getByRole('button', { name: 'Merge Hanno Pevkur into Mark Rutte' }).click();
    await expect
      .poll(() => panel.getByRole('status').allInnerTexts())
      .toContain('Hanno Pevkur is now part of Mark Rutte.');
    // The actor view shows the merged actor: Pevkur's name among the aliases, his statement among Rutte's.
    await expect.poll(() => page.locator('.aliases').innerText()).toContain('Hanno Pevkur');
    await expect
      .poll(() => page.locator('.statement .quote').allInnerTexts())
      .toContain('“An invitation to Ukraine would send the right signal now”');
    const merged = await api<{ actor: { aliases: string[] } | null }>(
      server,
      `query ($id: ID!) { actor(id: $id) { aliases } }`,
      {
        id: rutte.id,
      },
    );
    expect(merged.actor!.aliases).toContain('Hanno Pevkur');
    expect(
      (await api<{ actor: unknown }>(server, `query ($id: ID!) { actor(id: $id) { id } }`, { id: pevkur.id })).actor,
    ).toBeNull();
    await screenshot(page, 'actor-curation');

    // The API's userErrors are shown in place: an actor cannot be merged into itself.
    await panel.getByLabel("The other actor's name").fill('Rutte');
    await panel.getByRole('button', { name: 'Find' }).click();
    await panel.getByRole('button', { name: /^Mark Rutte/ }).click();
    await panel.getByRole('button', { name: 'Merge Mark Rutte into Mark Rutte' }).click();
    await expect.poll(() => panel.getByRole('alert').allInnerTexts()).not.toEqual([]);
    await page.getByRole('button', { name: 'Forget key' }).click();
  });

  it('reattributes a statement from the topic view, and the groups follow', async () => {
    const { page } = browser;
    await page.getByLabel('API key for corrections').fill(KEY);
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.goto(`${origin}/explore?topic=NATO%20invitation`);
    const smith = page.locator('.statement', { hasText: 'We are not at the point right now' });
    await smith.getByText('Correct this statement').click();
    await smith.getByLabel("Speaker's name").fill('Rutte');
    await smith.getByRole('button', { name: 'Find' }).click();
    await smith.getByRole('button', { name: /^Mark Rutte/ }).click();
    await smith.getByLabel('In the role').selectOption({ label: 'Secretary General' });
    await smith.getByRole('button', { name: 'Attribute to Mark Rutte' }).click();
    // The view asks again: the statement now counts under the Secretary General, and Smith's group is gone
    // (and with it the card that said "Now attributed to Mark Rutte.", so that is not waited for).
    await expect
      .poll(async () => (await groupsOf('ROLE')).some((group) => group.role === 'U.S. Ambassador to NATO'))
      .toBe(false);
    const expected = (await groupsOf('ROLE')).map(({ role, count }) => ({ role, count }));
    await expect.poll(shownGroups).toEqual(expected);
    const secretaryGeneral = page.locator('.group', { hasText: 'Secretary General' });
    await secretaryGeneral.getByRole('button', { name: /^More from Secretary General/ }).click();
    await expect
      .poll(() => secretaryGeneral.locator('.statement .quote').allInnerTexts())
      .toContainEqual(expect.stringContaining('We are not at the point right now'));
    await page.getByRole('button', { name: 'Forget key' }).click();
  });

  it('made no request beyond this server, and no page error', () => {
    expect(browser.requested.length).toBeGreaterThan(10);
    expect(browser.requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(browser.pageErrors.filter((error) => !/401|Unauthorized/i.test(error))).toEqual([]);
  });
});

describe('the explorer setting', () => {
  let server: NewsServer;
  const extra: RunningServer[] = [];
  beforeAll(async () => {
    server = await startNewsServer();
  });
  afterAll(async () => {
    for (const running of extra) await running.close();
    await server?.close();
  });

  async function explorerStatus(options: { production: boolean; explorer?: boolean }): Promise<number> {
    const running = await startServer({
      db: server.db,
      port: 0,
      host: '127.0.0.1',
      maxArticleChars: 200_000,
      ...options,
    });
    extra.push(running);
    const response = await fetch(`${new URL(running.url).origin}/explore`);
    await response.arrayBuffer();
    return response.status;
  }

  it('is on unless configured off, in production too (EXPLORER=false turns it off)', async () => {
    expect(await explorerStatus({ production: false })).toBe(200);
    expect(await explorerStatus({ production: true })).toBe(200);
    expect(await explorerStatus({ production: false, explorer: false })).toBe(404);
    expect(readConfig({ EXPLORER: 'false' }).explorer).toBe(false);
    expect(readConfig({}).explorer).toBe(true);
  });
});
