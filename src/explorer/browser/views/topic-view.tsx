// The topic view: a phrase's statements as a picture — one bar per role (or role kind, or country),
// split by stance — and under it each group's statements, paged, then the topic's events in time.
import { useMemo, useState } from 'preact/hooks';
import type { StanceGrouping } from '../../../client/generated/operations.ts';
import { nextGroupPage, useTopicView, type TopicGroup } from '../api/topic-api.ts';
import { EventTimeline } from '../components/event-timeline.tsx';
import { StanceChart } from '../components/stance-chart.tsx';
import { StatementCard } from '../components/statement-card.tsx';
import { TopicHints } from '../components/topic-hints.tsx';
import { TopicSearch } from '../components/topic-search.tsx';
import { href, navigate } from '../routing.ts';

const GROUPINGS: { value: StanceGrouping; label: string }[] = [
  { value: 'ROLE', label: 'Role' },
  { value: 'ROLE_KIND', label: 'Kind of role' },
  { value: 'COUNTRY', label: 'Country' },
];

/** Marks the request and the drawing of the chart, so a test can measure the time between them. */
const mark = {
  sent: () => performance.mark('explorer:topic-request'),
  drawn: () => {
    performance.mark('explorer:topic-drawn');
    performance.measure('explorer:topic-view', 'explorer:topic-request', 'explorer:topic-drawn');
  },
};

export function TopicView({ topic, by }: { topic: string; by: StanceGrouping }) {
  const view = useTopicView(topic, by, mark.sent);
  const groups = view.data?.statementsByRole ?? [];
  const bars = useMemo(
    () =>
      groups.map(({ role, count, supports, opposes, neutral, mixed }) => ({
        group: role,
        count,
        supports,
        opposes,
        neutral,
        mixed,
      })),
    [view.data],
  );
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  const grouping = GROUPINGS.find((option) => option.value === by)!.label.toLowerCase();
  return (
    <>
      <section class="panel search-panel">
        <TopicSearch initial={topic} onSearch={(phrase) => navigate(href.topic(phrase, by))} />
        <fieldset class="grouping">
          <legend>Group speakers by</legend>
          {GROUPINGS.map((option) => (
            <label key={option.value}>
              <input
                type="radio"
                name="grouping"
                value={option.value}
                checked={option.value === by}
                onChange={() => navigate(href.topic(topic, option.value))}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      </section>
      {!topic && <p class="panel">Type a topic to see who said what about it, by role and stance.</p>}
      {view.error && (
        <div class="panel">
          <p role="alert">{view.error.replace(/^\[\w+\] /, '')}</p>
        </div>
      )}
      {topic && view.fetching && !view.data && <p role="status">Loading “{topic}”…</p>}
      {view.data && (
        <section class="panel" aria-labelledby="topic-heading">
          <h2 id="topic-heading">
            {view.data.topic?.label ?? topic}
            <span class="muted">
              {' '}
              · {total} statement{total === 1 ? '' : 's'} in {groups.length} group{groups.length === 1 ? '' : 's'} by{' '}
              {grouping}
            </span>
          </h2>
          {groups.length === 0 && (
            <>
              <p>No statement in the archive is about “{topic}”.</p>
              <TopicHints hints={view.data.topic?.suggestions ?? []} by={by} />
            </>
          )}
          {groups.length > 0 && (
            <StanceChart
              caption={`Statements on ${topic} by ${grouping} and stance`}
              bars={bars}
              onDrawn={mark.drawn}
            />
          )}
          <ol class="groups">
            {groups.map((group) => (
              <GroupSection key={`${by}:${group.role}`} group={group} topic={topic} by={by} onChanged={view.refetch} />
            ))}
          </ol>
        </section>
      )}
      {view.data && <EventTimeline filter={{ topic }} title={`Events on ${view.data.topic?.label ?? topic}`} />}
    </>
  );
}

function GroupSection({
  group,
  topic,
  by,
  onChanged,
}: {
  group: TopicGroup;
  topic: string;
  by: StanceGrouping;
  onChanged: () => void;
}) {
  const [more, setMore] = useState<TopicGroup['statements']['nodes']>([]);
  const [page, setPage] = useState(group.statements);
  const [loading, setLoading] = useState(false);
  const shown = [...group.statements.nodes, ...more];
  const loadMore = async () => {
    setLoading(true);
    const next = await nextGroupPage(topic, by, { ...group, statements: page });
    setLoading(false);
    if (next) {
      setMore((previous) => [...previous, ...next.nodes]);
      setPage(next);
    }
  };
  const headingId = `group-${group.role.replace(/\W+/g, '-')}`;
  return (
    <li class="group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span class="group-name">{group.role}</span>{' '}
        <span class="count" data-count={group.count}>
          {group.count} statement{group.count === 1 ? '' : 's'}
        </span>
        <span class="muted">
          {' '}
          — {group.supports} supports, {group.opposes} opposes, {group.mixed} mixed, {group.neutral} neutral
        </span>
      </h3>
      <ul class="statements">
        {shown.map((statement) => (
          <StatementCard
            key={statement.id}
            statement={statement}
            stance={statement.stance ?? null}
            onChanged={onChanged}
          />
        ))}
      </ul>
      {page.pageInfo.hasNextPage && (
        <button type="button" class="more" onClick={loadMore} disabled={loading}>
          {loading ? 'Loading…' : `More from ${group.role} (${group.count - shown.length} more)`}
        </button>
      )}
    </li>
  );
}
