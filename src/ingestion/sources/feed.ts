// RSS, Atom, RDF and JSON Feed documents as articles (parsed by feedsmith): each item becomes an
// article from its own content when the feed carries the full text, or else from its page.
import { parseFeed } from 'feedsmith';
import type { ArticleInput } from '../article-input.ts';
import { blockText, parseHtmlArticle } from './html.ts';

/** A feed item reduced to what an article needs; html fields hold markup as the feed gives it. */
export interface FeedItem {
  title: string | null;
  link: string | null;
  publishedAt: string | null;
  contentHtml: string | null;
  summaryHtml: string | null;
}

export interface FeedDocument {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  items: FeedItem[];
}

/** Fetches a page's HTML; the default fetches over HTTP. */
export type PageFetcher = (url: string) => Promise<string>;

export interface FeedOptions {
  /** Bodies shorter than this many characters are taken from the item's page instead. */
  minContentChars?: number;
  /** null: never fetch pages, use whatever text the item has. */
  fetchPage?: PageFetcher | null;
}

export const DEFAULT_MIN_CONTENT_CHARS = 400;
/** A body shorter than this, after reading the item's page when allowed, is a teaser, not an article. */
export const TEASER_MAX_CHARS = 300;

/** One feed item: its article, why its page could not be read, or why it is only a teaser. */
export type FeedItemResult = { input: ArticleInput } | { error: string } | { skipped: string };

/** Throws feedsmith's error when the text is not a feed of a known format. */
export function parseFeedDocument(text: string): FeedDocument {
  const parsed = parseFeed(text);
  const feed = parsed.feed as Record<string, unknown>;
  const title = textOf(feed['title']);
  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const items = (parsed.feed.items ?? []) as Record<string, unknown>[];
      return {
        format: parsed.format,
        title,
        items: items.map((item) => ({
          title: textOf(item['title']),
          link: textOf(item['link']),
          publishedAt: textOf(item['pubDate']) ?? textOf(dublinCoreDate(item)),
          contentHtml: textOf((item['content'] as Record<string, unknown> | undefined)?.['encoded']),
          summaryHtml: textOf(item['description']),
        })),
      };
    }
    case 'atom': {
      const entries = (parsed.feed.entries ?? []) as Record<string, unknown>[];
      return {
        format: 'atom',
        title,
        items: entries.map((entry) => ({
          title: textOf(entry['title']),
          link: atomLink(entry['links']),
          publishedAt: textOf(entry['published']) ?? textOf(entry['updated']),
          contentHtml: textOf(entry['content']),
          summaryHtml: textOf(entry['summary']),
        })),
      };
    }
    case 'json': {
      const items = (parsed.feed.items ?? []) as Record<string, unknown>[];
      return {
        format: 'json',
        title,
        items: items.map((item) => ({
          title: textOf(item['title']),
          link: textOf(item['url']),
          publishedAt: textOf(item['date_published']),
          contentHtml: textOf(item['content_html']) ?? escapeText(textOf(item['content_text'])),
          summaryHtml: escapeText(textOf(item['summary'])),
        })),
      };
    }
  }
}

/**
 * The items of a feed as articles, in feed order. An item whose content is too short for an article
 * is read from its page (its link); the item's own title and date win over the page's. Each item
 * stands alone: a page that cannot be fetched fails its item only, and an item left with a teaser's
 * worth of text is skipped, not stored.
 */
export async function feedArticles(text: string, options: FeedOptions = {}): Promise<FeedItemResult[]> {
  const document = parseFeedDocument(text);
  const minChars = options.minContentChars ?? DEFAULT_MIN_CONTENT_CHARS;
  const fetchPage = options.fetchPage === undefined ? fetchPageHtml : options.fetchPage;
  const results: FeedItemResult[] = [];
  for (const item of document.items) {
    const content = item.contentHtml ? blockText(item.contentHtml) : '';
    const summary = item.summaryHtml ? blockText(item.summaryHtml) : '';
    let body = content.length >= summary.length ? content : summary;
    let page: ArticleInput | null = null;
    if (body.length < minChars && item.link && fetchPage) {
      try {
        page = parseHtmlArticle(await fetchPage(item.link), { url: item.link });
      } catch (error) {
        results.push({ error: `its page ${item.link} could not be fetched (${(error as Error).message})` });
        continue;
      }
      if (page.body.length > body.length) body = page.body;
    }
    if (body.length < TEASER_MAX_CHARS) {
      results.push({ skipped: teaser(body.length, item.link, fetchPage !== null) });
      continue;
    }
    results.push({
      input: {
        headline: item.title ?? page?.headline ?? '',
        body,
        url: item.link ?? page?.url ?? null,
        source: document.title ?? page?.source ?? null,
        publishedAt: normalizeDate(item.publishedAt) ?? page?.publishedAt ?? null,
      },
    });
  }
  return results;
}

function teaser(chars: number, link: string | null, fetched: boolean): string {
  const what = `only a teaser (${chars} characters)`;
  if (!link) return `${what} and no link to its page: not stored`;
  if (!fetched) return `${what} in the feed: not stored; without --offline its page ${link} is read`;
  return `${what} in the feed and on its page ${link}: not stored`;
}

const FETCH_TIMEOUT_MS = 20_000;

/** GETs a page over HTTP(S), following redirects; fails on a non-2xx answer or after 20 s. */
export async function fetchPageHtml(url: string): Promise<string> {
  const response = await fetch(url, {
    headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5', 'user-agent': 'news-semantics/0.1' },
    redirect: 'follow',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`);
  return response.text();
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && 'value' in value) return textOf((value as { value: unknown }).value);
  return null;
}

function dublinCoreDate(item: Record<string, unknown>): unknown {
  const dc = item['dc'] as Record<string, unknown> | undefined;
  if (!dc) return undefined;
  return dc['date'] ?? (Array.isArray(dc['dates']) ? dc['dates'][0] : undefined);
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const typed = links as { href?: string; rel?: string }[];
  const alternate = typed.find((link) => !link.rel || link.rel === 'alternate') ?? typed[0];
  return alternate?.href?.trim() || null;
}

function escapeText(text: string | null): string | null {
  if (text === null) return null;
  return text
    .split(/\n\s*\n|\n/)
    .map((line) => `<p>${line.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`)
    .join('');
}

function normalizeDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
