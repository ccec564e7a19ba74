// A statement as the explorer lists it: the words (a link to them in their article), who said them in
// which role, the article and its date, and the stance; corrections when the reader holds a key.
import type { ExplorerStatementCardFragment, Stance } from '../../../client/generated/operations.ts';
import { useApiKey } from '../api/client.ts';
import { href } from '../routing.ts';
import { formatDate } from './dates.ts';
import { StanceBadge } from './stance-badge.tsx';
import { StatementCuration } from './statement-curation.tsx';

export function StatementCard({
  statement,
  stance,
  onChanged,
}: {
  statement: ExplorerStatementCardFragment;
  stance: Stance | null;
  onChanged: () => void;
}) {
  const key = useApiKey();
  const role = statement.speakerRole ?? statement.role?.title;
  return (
    <li class="statement" data-statement={statement.id}>
      <a class="quote" href={href.article(statement.article.id, statement.id)}>
        {statement.kind === 'INDIRECT' ? statement.text : `“${statement.text}”`}
      </a>
      <p class="meta">
        <a href={href.actor(statement.speaker.id)}>{statement.speaker.name}</a>
        {role && <span class="role">, {role}</span>}
        {statement.cue && <span class="muted"> ({statement.cue})</span>}
        <span class="muted"> · </span>
        <span class="source">{statement.article.source ?? statement.article.headline}</span>
        <span class="muted"> · </span>
        <time dateTime={statement.article.publishedAt ?? undefined}>
          {formatDate(statement.article.publishedAt)}
        </time>{' '}
        <StanceBadge stance={stance} />
      </p>
      {key && <StatementCuration statement={statement} onChanged={onChanged} />}
    </li>
  );
}
