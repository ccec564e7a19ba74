// Events on a time axis, one row per type (Observable Plot), and the same events listed with their
// participants, place and articles, each linking to its event.
import * as Plot from '@observablehq/plot';
import { useLayoutEffect, useRef } from 'preact/hooks';
import {
  ExplorerEventsDocument,
  type EventFilter,
  type ExplorerEventCardFragment,
} from '../../../client/generated/operations.ts';
import { useQuery } from '../api/client.ts';
import { EventSummary } from './event-summary.tsx';
import { plotForReaders } from './plot-for-readers.ts';

const SHOWN = 100;

export function EventTimeline({ filter, title }: { filter: EventFilter; title: string }) {
  const { data, error, fetching } = useQuery(ExplorerEventsDocument, { filter, first: SHOWN });
  const events = data?.events.nodes ?? [];
  return (
    <section class="panel events" aria-labelledby="events-heading">
      <h2 id="events-heading">{title}</h2>
      {error && <p role="alert">{error}</p>}
      {fetching && !data && <p role="status">Loading events…</p>}
      {data && events.length === 0 && <p>No dated events are reported.</p>}
      {events.length > 0 && (
        <>
          <p class="muted">
            {data!.events.totalCount > events.length
              ? `The first ${events.length} of ${data!.events.totalCount} events, by date.`
              : `${events.length} event${events.length === 1 ? '' : 's'}, by date.`}
          </p>
          <TimelineChart events={events} title={title} />
          <ol class="event-list">
            {events.map((event) => (
              <li key={event.id}>
                <EventSummary event={event} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function TimelineChart({ events, title }: { events: ExplorerEventCardFragment[]; title: string }) {
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = holder.current;
    if (!element) return;
    const dated = events.filter((event) => event.date).map((event) => ({ ...event, when: new Date(event.date!) }));
    if (dated.length === 0) return void element.replaceChildren();
    const types = [...new Set(dated.map((event) => event.type))].sort();
    const chart = Plot.plot({
      width: Math.max(280, element.clientWidth),
      style: { fontSize: '12px' },
      height: 36 * types.length + 50,
      marginLeft: 130,
      ariaLabel: `${title}: a timeline`,
      x: { type: 'utc', label: null, grid: true, inset: 12 },
      y: { domain: types, label: null, tickFormat: (type: string) => type.toLowerCase().replaceAll('_', ' ') },
      marks: [
        Plot.dot(dated, {
          x: 'when',
          y: 'type',
          r: 5,
          fill: '#0072B2',
          fillOpacity: 0.6,
          stroke: 'white',
          title: (event: ExplorerEventCardFragment) => `${event.description}${event.place ? ` (${event.place})` : ''}`,
        }),
      ],
    });
    element.replaceChildren(plotForReaders(chart));
  }, [events]);
  return <div class="timeline-chart" ref={holder} />;
}
