// The actor view: who the actor is and its other names, its roles over time, what it spoke about
// (and its statements, by topic), the articles naming it, its events, and who appears with it.
import { useState } from 'preact/hooks';
import { ExplorerActorDocument, ExplorerActorStatementsDocument } from '../../../client/generated/operations.ts';
import { useApiKey, useQuery } from '../api/client.ts';
import { ActorCuration } from '../components/actor-curation.tsx';
import { CoActorNetwork } from '../components/co-actor-network.tsx';
import { ArticleList } from '../components/article-list.tsx';
import { EventTimeline } from '../components/event-timeline.tsx';
import { RolesTimeline } from '../components/roles-timeline.tsx';
import { StanceSplit } from '../components/stance-split.tsx';
import { StatementCard } from '../components/statement-card.tsx';
import { href } from '../routing.ts';

const STATEMENT_PAGE = 10;

export function ActorView({ id }: { id: string }) {
  const key = useApiKey();
  const actorQuery = useQuery(ExplorerActorDocument, { id, networkSize: 12 });
  const [topic, setTopic] = useState<string | null>(null);
  const [pages, setPages] = useState(1);
  const statements = useQuery(ExplorerActorStatementsDocument, {
    id,
    filter: topic ? { topic } : null,
    first: Math.min(100, STATEMENT_PAGE * pages),
  });
  const actor = actorQuery.data?.actor;
  if (actorQuery.error) return <p role="alert">{actorQuery.error}</p>;
  if (actorQuery.fetching && !actorQuery.data) return <p role="status">Loading the actor…</p>;
  if (!actor) return <p role="alert">No such actor (it may have been merged into another).</p>;
  const refresh = () => {
    actorQuery.refetch();
    statements.refetch();
  };
  const said = statements.data?.actor?.statements;
  return (
    <div class="actor-layout">
      <section class="panel" aria-labelledby="actor-heading">
        <h2 id="actor-heading">{actor.name}</h2>
        <p class="muted">
          {actor.kind.toLowerCase()}
          {actor.wikidataId && <> · Wikidata {actor.wikidataId}</>}
        </p>
        <p>
          <strong>Also called:</strong>{' '}
          <span class="aliases">{actor.aliases.length > 0 ? actor.aliases.join(', ') : 'no other names'}</span>
        </p>
        <h3>Roles over time</h3>
        {actor.roles.length > 0 ? <RolesTimeline roles={actor.roles} /> : <p>No role given.</p>}
      </section>
      <section class="panel" aria-labelledby="topics-heading">
        <h2 id="topics-heading">What {actor.name} spoke about</h2>
        {actor.topics.length === 0 && <p>No statement on a known topic.</p>}
        <ul class="actor-topics">
          {actor.topics.map((link) => (
            <li key={link.topic.id}>
              <button
                type="button"
                aria-pressed={topic === link.topic.slug}
                onClick={() => (setTopic(topic === link.topic.slug ? null : link.topic.slug), setPages(1))}
              >
                {link.topic.label} <span class="count">{link.count}</span>
              </button>
              <StanceSplit tally={link} />
              <a class="muted" href={href.topic(link.topic.slug)}>
                topic view
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section class="panel" aria-labelledby="said-heading">
        <h2 id="said-heading">
          Statements{topic ? ` on ${actor.topics.find((link) => link.topic.slug === topic)?.topic.label}` : ''}
          {said && <span class="muted"> · {said.totalCount}</span>}
        </h2>
        {statements.error && <p role="alert">{statements.error}</p>}
        <ul class="statements">
          {said?.nodes.map((statement) => (
            <StatementCard
              key={statement.id}
              statement={statement}
              stance={statement.stance ?? null}
              onChanged={refresh}
            />
          ))}
        </ul>
        {said?.pageInfo.hasNextPage && pages * STATEMENT_PAGE < 100 && (
          <button type="button" class="more" onClick={() => setPages(pages + 1)}>
            More statements
          </button>
        )}
      </section>
      <section class="panel" aria-labelledby="network-heading">
        <h2 id="network-heading">Who appears with {actor.name}</h2>
        <CoActorNetwork centre={actor} network={actor.network} />
      </section>
      <section class="panel" aria-labelledby="articles-heading">
        <h2 id="articles-heading">
          Articles <span class="muted">· {actor.articles.totalCount}</span>
        </h2>
        <ArticleList articles={actor.articles.nodes} />
      </section>
      <EventTimeline filter={{ participantId: actor.id }} title={`Events with ${actor.name}`} />
      {key && <ActorCuration actor={actor} onChanged={refresh} />}
    </div>
  );
}
