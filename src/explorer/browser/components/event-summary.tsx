// An event in a line or two: what, when, where, who took part, and the articles reporting it.
import type { ExplorerEventCardFragment } from '../../../client/generated/operations.ts';
import { href } from '../routing.ts';
import { formatDate } from './dates.ts';

export function EventSummary({ event }: { event: ExplorerEventCardFragment }) {
  return (
    <div class="event-summary">
      <p>
        <a href={href.event(event.id)}>
          <span class="event-type">{event.type.toLowerCase().replaceAll('_', ' ')}</span>{' '}
          <time dateTime={event.date ?? undefined}>{formatDate(event.date)}</time>
        </a>
        {event.place && <span> · {event.place}</span>}
      </p>
      <p class="muted">{event.description}</p>
      {event.participants.length > 0 && (
        <p>
          With{' '}
          {event.participants.map((participant, index) => (
            <span key={participant.actor.id}>
              {index > 0 && ', '}
              <a href={href.actor(participant.actor.id)}>{participant.actor.name}</a>
            </span>
          ))}
        </p>
      )}
      {event.articles.nodes.length > 0 && (
        <p class="muted">
          Reported in{' '}
          {event.articles.nodes.map((article, index) => (
            <span key={article.id}>
              {index > 0 && '; '}
              <a href={href.article(article.id)}>{article.headline}</a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
