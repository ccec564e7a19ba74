// When a phrase finds no statements, the stored topics the service finds nearest to it (or its
// busiest), as links: somewhere to go instead of a dead end.
import type { StanceGrouping } from '../../../client/generated/operations.ts';
import type { TopicSuggestion } from '../api/topic-api.ts';
import { href } from '../routing.ts';

export function TopicHints({ hints, by }: { hints: readonly TopicSuggestion[]; by: StanceGrouping }) {
  if (hints.length === 0) return null;
  return (
    <nav class="topic-hints" aria-label="Known topics">
      Known topics:{' '}
      {hints.map((hint, index) => (
        <span key={hint.slug}>
          {index > 0 && ' · '}
          <a href={href.topic(hint.label, by)}>{hint.label}</a>
        </span>
      ))}
    </nav>
  );
}
