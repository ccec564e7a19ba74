// The topics an article's own words name (topic-discovery.ts) as the extractor reports topics: each
// with its weight and aliases, and each statement tagged with those its sentence names, with the
// stance the statement takes toward it.
import { stanceToward, type StanceTopic } from './stance.ts';
import type { TextDocument } from './text/document.ts';
import { discoverTopics } from './topic-discovery.ts';
import { phraseWords } from './phrase-terms.ts';
import type { ExtractedActor, ExtractedStatement, ExtractedTopic, Span } from './types.ts';

/** Whether one of the mentions (in text order) lies wholly inside [start, end). */
function mentionsWithin(mentions: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < mentions.length && mentions[i]!.start <= end; i++) if (mentions[i]!.end <= end) return true;
  return false;
}

export function discoveredTopicsOf(
  doc: TextDocument,
  /** The headline as read. */
  headline: TextDocument,
  actors: ExtractedActor[],
  statements: ExtractedStatement[],
  /** Slugs taken already (the taxonomy's): a discovered topic of the same slug is that one. */
  taken: Set<string>,
  /** The paragraphs of credit lines (credit-lines.ts), whose names are no topics. */
  credits: ReadonlySet<number>,
): ExtractedTopic[] {
  const topics = discoverTopics(doc, headline, actors, credits).filter((topic) => !taken.has(topic.slug));
  // Each topic's mentions in text order, for a binary search per statement: a long article has many of both.
  const mentionsInOrder = topics.map((topic) => [...topic.mentions].sort((a, b) => a.start - b.start || a.end - b.end));
  // Each topic's words once, when a statement first names it; its label tells what kind of topic it is.
  const stanceTopics: StanceTopic[] = [];
  const names = new Map(actors.map((actor) => [actor.ref, actor.name]));
  for (const statement of statements) {
    const { start, end } = {
      start: Math.min(statement.start, statement.sentence.start),
      end: Math.max(statement.end, statement.sentence.end),
    };
    topics.forEach((topic, t) => {
      if (!mentionsWithin(mentionsInOrder[t]!, start, end)) return;
      const stanceTopic = (stanceTopics[t] ??= {
        words: [...phraseWords(topic.label), ...topic.aliases.flatMap(phraseWords)],
        name: topic.label,
      });
      statement.topics.push({
        slug: topic.slug,
        stance: stanceToward(statement.text, stanceTopic, names.get(statement.speakerRef)),
      });
    });
  }
  return topics.map(({ slug, label, kind, aliases, weight }) => ({
    slug,
    label,
    kind,
    aliases,
    weight,
    origin: 'DISCOVERED',
  }));
}
