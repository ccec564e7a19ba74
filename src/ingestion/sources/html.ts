// An HTML page as an article: Readability (Firefox's reader view) finds the body over a linkedom
// DOM; the headline, date, source and canonical URL come from the page's metadata when it has them.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '../article-input.ts';

// linkedom's document is not typed as the DOM lib's Document; the few members used here suffice.
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  querySelector(selector: string): PageElement | null;
}

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, td';

/** The article in an HTML page, or an article with an empty body when the page has none. */
export function parseHtmlArticle(html: string, options: { url?: string | null } = {}): ArticleInput {
  const { document } = parseHTML(html) as unknown as { document: PageElement };
  const meta = pageMetadata(document);
  // Readability changes the document it reads, so metadata is read first.
  const reader = new Readability(document as never, { charThreshold: 100 });
  const readable = reader.parse();
  const body = readable?.content ? blockText(readable.content) : '';
  return {
    headline: meta.headline ?? cleanText(readable?.title ?? '') ?? '',
    body: body || cleanText(readable?.textContent ?? '') || '',
    url: meta.url ?? options.url ?? null,
    source: meta.source ?? (readable?.siteName ? cleanText(readable.siteName) : null),
    publishedAt: meta.publishedAt ?? validDate(readable?.publishedTime) ?? null,
  };
}

interface PageMetadata {
  headline: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
}

function pageMetadata(document: PageElement): PageMetadata {
  const metaContent = (...selectors: string[]): string | null => {
    for (const selector of selectors) {
      const value = cleanText(document.querySelector(selector)?.getAttribute('content') ?? '');
      if (value) return value;
    }
    return null;
  };
  const linked = jsonLdArticle(document);
  const h1 = cleanText(document.querySelector('h1')?.textContent ?? '');
  const title = cleanText(document.querySelector('title')?.textContent ?? '');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const timeElement = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  return {
    headline:
      metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]') ??
      linked.headline ??
      (h1 || null) ??
      (title || null),
    url: absoluteHttpUrl(canonical) ?? absoluteHttpUrl(metaContent('meta[property="og:url"]')) ?? linked.url,
    source: metaContent('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? linked.publisher,
    publishedAt:
      validDate(
        metaContent(
          'meta[property="article:published_time"]',
          'meta[name="article:published_time"]',
          'meta[itemprop="datePublished"]',
          'meta[name="pubdate"]',
          'meta[name="publish-date"]',
          'meta[name="date"]',
          'meta[name="DC.date.issued"]',
          'meta[name="dc.date"]',
        ),
      ) ??
      validDate(linked.datePublished) ??
      validDate(timeElement),
  };
}

interface LinkedData {
  headline: string | null;
  url: string | null;
  publisher: string | null;
  datePublished: string | null;
}

/** The first schema.org NewsArticle/Article in the page's JSON-LD blocks. */
function jsonLdArticle(document: PageElement): LinkedData {
  const none: LinkedData = { headline: null, url: null, publisher: null, datePublished: null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const candidates = flattenLinkedData(parsed);
    const article = candidates.find((node) => /Article|Posting|Report/.test(String(node['@type'] ?? '')));
    if (!article) continue;
    const publisher = article['publisher'];
    return {
      headline: typeof article['headline'] === 'string' ? cleanText(article['headline']) || null : null,
      url: absoluteHttpUrl(typeof article['url'] === 'string' ? article['url'] : null),
      publisher:
        publisher && typeof publisher === 'object' && typeof (publisher as Record<string, unknown>)['name'] === 'string'
          ? ((publisher as Record<string, unknown>)['name'] as string)
          : null,
      datePublished: typeof article['datePublished'] === 'string' ? article['datePublished'] : null,
    };
  }
  return none;
}

function flattenLinkedData(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(flattenLinkedData);
  if (!value || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  return [node, ...(Array.isArray(node['@graph']) ? flattenLinkedData(node['@graph']) : [])];
}

/** Text of an HTML fragment, one line per paragraph-like block. */
export function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: PageElement & { body: PageElement };
  };
  const lines: string[] = [];
  for (const block of document.body.querySelectorAll(BLOCKS)) {
    // A block inside another block (a <p> in a <blockquote>) is read with its parent.
    if (block.querySelector(BLOCKS)) continue;
    const text = cleanText(block.textContent ?? '');
    if (text) lines.push(text);
  }
  return lines.length > 0 ? lines.join('\n') : cleanText(document.body.textContent ?? '');
}

function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function validDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function absoluteHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
