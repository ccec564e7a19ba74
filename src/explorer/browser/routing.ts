// Every view has its own URL, so a reporter can paste it into a chat, and back and forward work:
//   /explore?topic=NATO%20invitation&by=ROLE_KIND   the topic view
//   /explore/actor/<id>                             an actor
//   /explore/event/<id>                             an event
//   /explore/article/<id>?statement=<id>            an article, with a statement highlighted
import { useEffect, useState } from 'preact/hooks';
import type { StanceGrouping } from '../../client/generated/operations.ts';

export const BASE = '/explore';

export type Route =
  | { view: 'topic'; topic: string; by: StanceGrouping }
  | { view: 'actor'; id: string }
  | { view: 'event'; id: string }
  | { view: 'article'; id: string; statement: string | null }
  | { view: 'missing'; path: string };

const GROUPINGS: readonly StanceGrouping[] = ['ROLE', 'ROLE_KIND', 'COUNTRY'];

export function parseRoute(url: URL): Route {
  const rest = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : url.pathname;
  const [, view, id] = rest.split('/').map((part) => decodeURIComponent(part));
  if (!view) {
    const by = url.searchParams.get('by') as StanceGrouping | null;
    return {
      view: 'topic',
      topic: url.searchParams.get('topic') ?? '',
      by: by && GROUPINGS.includes(by) ? by : 'ROLE',
    };
  }
  if (id && (view === 'actor' || view === 'event')) return { view, id };
  if (id && view === 'article') return { view, id, statement: url.searchParams.get('statement') };
  return { view: 'missing', path: url.pathname };
}

export const href = {
  topic: (topic: string, by: StanceGrouping = 'ROLE') =>
    `${BASE}?${new URLSearchParams({ topic, ...(by === 'ROLE' ? {} : { by }) })}`.replace(/\?$/, ''),
  actor: (id: string) => `${BASE}/actor/${encodeURIComponent(id)}`,
  event: (id: string) => `${BASE}/event/${encodeURIComponent(id)}`,
  article: (id: string, statement?: string) =>
    `${BASE}/article/${encodeURIComponent(id)}${statement ? `?statement=${encodeURIComponent(statement)}` : ''}`,
};

const listeners = new Set<() => void>();

export function navigate(to: string): void {
  history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

/** The route of the current URL, following links, back and forward. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(new URL(location.href)));
  useEffect(() => {
    const update = () => setRoute(parseRoute(new URL(location.href)));
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

/** Follows a link to a view inside the page, unless the reader asked for a new tab or window. */
export function followLink(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest('a');
  if (!link || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
}
