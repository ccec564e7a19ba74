// The event view: what happened, when and where, who took part, the articles reporting it and what
// was said at it.
import { ExplorerEventDocument } from '../../../client/generated/operations.ts';
import { useQuery } from '../api/client.ts';
import { ArticleList } from '../components/article-list.tsx';
import { formatDate } from '../components/dates.ts';
import { StatementCard } from '../components/statement-card.tsx';
import { href } from '../routing.ts';

export function EventView({ id }: { id: string }) {
  const { data, error, fetching, refetch } = useQuery(ExplorerEventDocument, { id });
  const event = data?.event;
  if (error) return <p role="alert">{error}</p>;
  if (fetching && !data) return <p role="status">Loading the event…</p>;
  if (!event) return <p role="alert">No such event.</p>;
  return (
    <div class="event-layout">
      <section class="panel" aria-labelledby="event-heading">
        <h2 id="event-heading">
          <span class="event-type">{event.type.toLowerCase().replaceAll('_', ' ')}</span>
          {event.place ? ` in ${event.place}` : ''}
        </h2>
        <p>{event.description}</p>
        <dl class="facts">
          <dt>When</dt>
          <dd>
            <time dateTime={event.date ?? undefined}>{formatDate(event.date)}</time>
            {event.dateEnd && event.dateEnd !== event.date ? ` to ${formatDate(event.dateEnd)}` : ''}
            {event.dateText ? <span class="muted"> (“{event.dateText}”)</span> : null}
          </dd>
          <dt>Where</dt>
          <dd>{event.place ?? 'not said'}</dd>
          <dt>Who</dt>
          <dd>
            {event.participants.length === 0
              ? 'not said'
              : event.participants.map((participant, index) => (
                  <span key={participant.actor.id}>
                    {index > 0 && ', '}
                    <a href={href.actor(participant.actor.id)}>{participant.actor.name}</a>
                    <span class="muted"> ({participant.part.toLowerCase()})</span>
                  </span>
                ))}
          </dd>
        </dl>
      </section>
      <section class="panel" aria-labelledby="event-articles-heading">
        <h2 id="event-articles-heading">
          Reported in <span class="muted">· {event.allArticles.totalCount}</span>
        </h2>
        <ArticleList articles={event.allArticles.nodes} />
      </section>
      <section class="panel" aria-labelledby="event-statements-heading">
        <h2 id="event-statements-heading">
          Said at the event <span class="muted">· {event.statements.totalCount}</span>
        </h2>
        {event.statements.totalCount === 0 && <p>No statement is tied to this event.</p>}
        <ul class="statements">
          {event.statements.nodes.map((statement) => (
            <StatementCard key={statement.id} statement={statement} stance={null} onChanged={refetch} />
          ))}
        </ul>
      </section>
    </div>
  );
}
