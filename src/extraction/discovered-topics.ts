// The topics an article's own words name (topic-discovery.ts) as the extractor reports topics: each
// with its weight and aliases, and each statement tagged with those its sentence names, with the
// stance the statement takes toward it.
import { stanceToward, type StanceTopic } from './stance.ts';
import type { TextDocument } from './text/document.ts';
import { discoverTopics } from './topic-discovery.ts';
import { phraseWords } from './phrase-terms.ts';
import type { ExtractedActor, ExtractedStatement, ExtractedTopic } from './types.ts';

export function discoveredTopicsOf(
  doc: TextDocument,
  /** The headline as read. */
  headline: TextDocument,
  actors: ExtractedActor[],
  statements: ExtractedStatement[],
  /** Slugs taken already (the taxonomy's): a discovered topic of the same slug is that one. */
  taken: Set<string>,
): ExtractedTopic[] {
  const topics = discoverTopics(doc, headline, actors).filter((topic) => !taken.has(topic.slug));
  // Each topic's words once, when a statement first names it; its label tells what kind of topic it is.
  const stanceTopics: StanceTopic[] = [];
  const names = new Map(actors.map((actor) => [actor.ref, actor.name]));
  for (const statement of statements) {
    const { start, end } = {
      start: Math.min(statement.start, statement.sentence.start),
      end: Math.max(statement.end, statement.sentence.end),
    };
    topics.forEach((topic, t) => {
      if (!topic.mentions.some((mention) => mention.start >= start && mention.end <= end)) return;
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
