import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../src/ingestion/article-file.ts';
import { parseHtmlArticle } from '../../../src/ingestion/sources/html.ts';
import { listSourceFiles, readSourceFile } from '../../../src/ingestion/sources/read-source.ts';
import { articleHtml, generatedArticle } from '../../support/generate-articles.ts';

const PAGE = `<!doctype html><html><head>
<title>Ignored title | Wire</title>
<meta property="og:title" content="Allies weigh next steps">
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2024-10-22T10:00:00Z">
<link rel="canonical" href="https://wire.example/allies">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World news menu item</a></nav>
<article><h1>Allies weigh next steps</h1>
<p>Secretary General Mark Rutte met defence ministers in Brussels on Tuesday to discuss the next steps for the alliance.</p>
<p>“We will stand with Ukraine for as long as it takes,” Rutte told reporters after a long day of talks with the ministers.</p>
<p>“Nothing has been decided,” said a senior NATO official, speaking on the condition of anonymity about the talks.</p>
</article>
<footer>Copyright notice and cookie banner text</footer></body></html>`;

describe('article sources', () => {
  let dir: string;
  let server: Server;
  let base: string;
  const requested: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sources-'));
    server = createServer((request, response) => {
      requested.push(request.url ?? '');
      if (request.url === '/pages/allies') {
        response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      } else response.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the body of an HTML page with Readability and its headline, date and source in the metadata', () => {
    const article = parseHtmlArticle(PAGE);
    expect(article.headline).toBe('Allies weigh next steps');
    expect(article.publishedAt).toBe('2024-10-22T10:00:00.000Z');
    expect(article.source).toBe('Test Wire');
    expect(article.url).toBe('https://wire.example/allies');
    expect(article.body.split('\n')).toEqual([
      'Secretary General Mark Rutte met defence ministers in Brussels on Tuesday to discuss the next steps for the alliance.',
      '“We will stand with Ukraine for as long as it takes,” Rutte told reporters after a long day of talks with the ministers.',
      '“Nothing has been decided,” said a senior NATO official, speaking on the condition of anonymity about the talks.',
    ]);
  });

  it('reads JSON Lines one article a line and reports a bad line by its number without losing the others', async () => {
    const file = join(dir, 'batch.jsonl');
    const one = generatedArticle(1);
    const two = generatedArticle(2);
    await writeFile(file, `${JSON.stringify(one)}\n\n{not json\n${JSON.stringify(two)}\n[1]\n`);
    const items = await readSourceFile(file);
    expect(items.map((item) => item.label)).toEqual([`${file}:1`, `${file}:3`, `${file}:4`, `${file}:5`]);
    expect(items[0]).toEqual({ label: `${file}:1`, input: one });
    expect(items[1]?.error).toMatch(/^is not valid JSON/);
    expect(items[2]).toEqual({ label: `${file}:4`, input: two });
    expect(items[3]?.error).toMatch(/^is not an article: expected an object/);
  });

  it('reads an RSS feed with full content from the feed, and an Atom entry without it from its page', async () => {
    const body = 'Paragraph one of the feed story, long enough to stand as an article body on its own. '.repeat(6);
    const rss = join(dir, 'wire.rss');
    await writeFile(
      rss,
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
       <title>Feed Wire</title><link>https://wire.example</link><description>d</description>
       <item><title>Feed story</title><link>https://wire.example/feed-story</link>
       <pubDate>Tue, 22 Oct 2024 10:00:00 GMT</pubDate><description>Short teaser</description>
       <content:encoded><![CDATA[<p>${body}</p><p>Second paragraph.</p>]]></content:encoded></item>
       </channel></rss>`,
    );
    const atom = join(dir, 'wire.atom');
    await writeFile(
      atom,
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
       <id>urn:x</id><updated>2024-10-23T00:00:00Z</updated>
       <entry><title>Entry headline</title><id>urn:y</id><link href="${base}/pages/allies"/>
       <published>2024-10-23T08:00:00Z</published><updated>2024-10-23T08:00:00Z</updated>
       <summary>Teaser only.</summary></entry></feed>`,
    );
    const [fromRss] = await readArticleFile(rss);
    expect(fromRss).toEqual({
      headline: 'Feed story',
      body: `${body.trim()}\nSecond paragraph.`,
      url: 'https://wire.example/feed-story',
      source: 'Feed Wire',
      publishedAt: '2024-10-22T10:00:00.000Z',
    });
    const [fromAtom] = await readArticleFile(atom);
    expect(requested).toContain('/pages/allies');
    expect(fromAtom?.headline).toBe('Entry headline');
    expect(fromAtom?.publishedAt).toBe('2024-10-23T08:00:00.000Z');
    expect(fromAtom?.url).toBe(`${base}/pages/allies`);
    expect(fromAtom?.body).toContain('“We will stand with Ukraine for as long as it takes,” Rutte told reporters');
    // Offline, the entry has only its teaser: reported, not an article.
    expect(await readSourceFile(atom, { fetchPage: null })).toEqual([
      {
        label: `${atom}#1`,
        skipped: `only a teaser (12 characters) in the feed: not stored; without --offline its page ${base}/pages/allies is read`,
      },
    ]);
    expect(await readArticleFile(atom, { fetchPage: null })).toEqual([]);
  });

  it('reads each feed item on its own: one whose page cannot be fetched fails alone, naming its link', async () => {
    const full = 'The full text of this item, carried by the feed itself, long enough for an article. '.repeat(6);
    const rss = join(dir, 'mixed.rss');
    await writeFile(
      rss,
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
       <title>Mixed Wire</title><link>https://wire.example</link><description>d</description>
       <item><title>Gone</title><link>${base}/pages/gone</link><description>A teaser of a page that is gone.</description></item>
       <item><title>Complete</title><link>https://wire.example/complete</link>
       <content:encoded><![CDATA[<p>${full}</p>]]></content:encoded></item>
       <item><title>Fetched</title><link>${base}/pages/allies</link><description>Teaser.</description></item>
       <item><title>No link</title><description>Just a teaser with nowhere to read more.</description></item>
       </channel></rss>`,
    );
    const items = await readSourceFile(rss);
    expect(
      items.map((item) => ('input' in item ? `article: ${item.input.headline}` : (item.error ?? item.skipped))),
    ).toEqual([
      `its page ${base}/pages/gone could not be fetched (GET ${base}/pages/gone answered 404 Not Found)`,
      'article: Complete',
      'article: Fetched',
      'only a teaser (40 characters) and no link to its page: not stored',
    ]);
    expect(items.map((item) => item.label)).toEqual([1, 2, 3, 4].map((n) => `${rss}#${n}`));
  });

  it('reads NAME.meta.json beside a text article, its fields winning over the text', async () => {
    const flat = join(dir, 'flat');
    await mkdir(flat, { recursive: true });
    const article = generatedArticle(5);
    await writeFile(join(flat, 'story.txt'), `First line headline\n\n${article.body}`);
    const meta = {
      url: article.url,
      source: 'The Wire',
      publishedAt: '2024-10-17',
      headline: article.headline,
      seed: 'x',
    };
    await writeFile(join(flat, 'story.meta.json'), JSON.stringify(meta));
    await writeFile(join(flat, 'broken.txt'), `Broken\n\n${article.body}`);
    await writeFile(join(flat, 'broken.meta.json'), '{"url": 12}');
    expect(await listSourceFiles([flat])).toEqual([join(flat, 'broken.txt'), join(flat, 'story.txt')]);
    expect(await readSourceFile(join(flat, 'story.txt'))).toEqual([
      {
        label: join(flat, 'story.txt'),
        input: {
          headline: article.headline,
          body: article.body,
          url: article.url,
          source: 'The Wire',
          publishedAt: '2024-10-17',
        },
      },
    ]);
    expect(await readSourceFile(join(flat, 'broken.txt'))).toEqual([
      { label: join(flat, 'broken.txt'), error: `${join(flat, 'broken.meta.json')}: "url" must be text or null` },
    ]);
  });

  it('reads an evaluation set (articles/ beside gold/) as its articles, and names metadata without its article', async () => {
    const set = join(dir, 'eval-set');
    await mkdir(join(set, 'articles'), { recursive: true });
    await mkdir(join(set, 'gold'), { recursive: true });
    await mkdir(join(set, 'queries'), { recursive: true });
    await writeFile(join(set, 'articles', '01-a.txt'), `A\n\n${generatedArticle(1).body}`);
    await writeFile(join(set, 'articles', '01-a.meta.json'), '{"source": "S"}');
    await writeFile(join(set, 'articles', '02-orphan.meta.json'), '{"source": "S"}');
    await writeFile(join(set, 'gold', '01-a.json'), '{"statements": []}');
    await writeFile(join(set, 'queries', '01-a.json'), '{"queries": []}');
    const files = await listSourceFiles([set]);
    expect(files).toEqual([join(set, 'articles', '01-a.txt'), join(set, 'articles', '02-orphan.meta.json')]);
    await expect(readSourceFile(files[1]!)).rejects.toThrow(
      `${join(set, 'articles', '02-orphan.meta.json')}: is the metadata of ${join(set, 'articles', '02-orphan.txt')}, which is not there`,
    );
  });

  it('walks directories in a stable order, skipping hidden files', async () => {
    const tree = join(dir, 'tree');
    await mkdir(join(tree, 'b'), { recursive: true });
    await writeFile(join(tree, 'b', 'page.html'), articleHtml(generatedArticle(3)));
    await writeFile(join(tree, 'a.txt'), 'Headline\n\nBody text.');
    await writeFile(join(tree, '.hidden.json'), '{}');
    expect(await listSourceFiles([tree])).toEqual([join(tree, 'a.txt'), join(tree, 'b', 'page.html')]);
    const [page] = await readArticleFile(join(tree, 'b', 'page.html'));
    expect(page).toEqual({ ...generatedArticle(3), publishedAt: '2024-10-04T09:00:00.000Z' });
  });

  it('refuses a file of unknown format with an error naming the file', async () => {
    const file = join(dir, 'scan.pdf');
    await writeFile(file, '%PDF-1.7');
    await expect(readSourceFile(file)).rejects.toThrow(`${file}: has an unknown format; expected one of .txt`);
    await expect(listSourceFiles([join(dir, 'missing')])).rejects.toThrow(
      `${join(dir, 'missing')}: cannot be read (ENOENT)`,
    );
  });
});
