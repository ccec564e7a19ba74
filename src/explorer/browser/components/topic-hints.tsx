// When a phrase names no topic the service knows, the known topics nearest to it (or the first few),
// as links: somewhere to go instead of a dead end.
import { useEffect, useState } from 'preact/hooks';
import type { StanceGrouping } from '../../../client/generated/operations.ts';
import { topicSuggestions, type TopicSuggestion } from '../api/topic-api.ts';
import { href } from '../routing.ts';

export function TopicHints({ phrase, by }: { phrase: string; by: StanceGrouping }) {
  const [hints, setHints] = useState<TopicSuggestion[]>([]);
  useEffect(() => {
    let current = true;
    void topicSuggestions(phrase)
      .then((near) => (near.length > 0 ? near : topicSuggestions('')))
      .then((found) => current && setHints(found));
    return () => void (current = false);
  }, [phrase]);
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
