import type { ExtractedTopic, Stance, StatementTopic } from './types.ts';
import taxonomy from './data/topic-taxonomy.json' with { type: 'json' };

interface Topic {
  slug: string;
  label: string;
  phrases: string[];
}

const topics: Topic[] = taxonomy.topics;
const NEGATION_WINDOW = 3;
const NEGATIONS = ['not', "n't", 'never', 'no'];

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Offsets of a phrase as whole words in normalised text. */
function phraseOffsets(text: string, phrase: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + phrase.length])) found.push(at);
  }
  return found;
}

function mentions(text: string, topic: Topic): boolean {
  return topic.phrases.some((p) => phraseOffsets(text, p).length > 0);
}

/** Support cues minus opposition cues, a negation just before a support cue turning it into opposition. */
export function stanceOf(text: string): Stance {
  const lower = normalise(text);
  let score = 0;
  for (const cue of taxonomy.stance.supports) {
    for (const at of phraseOffsets(lower, cue)) {
      const before = lower
        .slice(0, at)
        .split(' ')
        .slice(-NEGATION_WINDOW - 1);
      score += before.some((w) => NEGATIONS.some((n) => w === n || w.endsWith(n))) ? -1 : 1;
    }
  }
  for (const cue of taxonomy.stance.opposes) score -= phraseOffsets(lower, cue).length;
  return score > 0 ? 'SUPPORTS' : score < 0 ? 'OPPOSES' : 'NEUTRAL';
}

/** Topics of a statement, from its own text first and the sentence around it as context; stance from its own text. */
export function statementTopics(statementText: string, sentenceText: string): StatementTopic[] {
  const own = normalise(statementText);
  const context = normalise(sentenceText);
  const stance = stanceOf(statementText);
  return topics.filter((t) => mentions(own, t) || mentions(context, t)).map((t) => ({ slug: t.slug, stance }));
}

/** Article topics weighted by how many statements and sentences carry them. */
export function articleTopics(texts: string[]): ExtractedTopic[] {
  const normalised = texts.map(normalise);
  return topics
    .map((t) => ({ slug: t.slug, label: t.label, weight: normalised.filter((text) => mentions(text, t)).length }))
    .filter((t) => t.weight > 0)
    .sort((a, b) => b.weight - a.weight);
}

function contentWords(text: string): string[] {
  return normalise(text)
    .replace(/[-_/]/g, ' ')
    .split(' ')
    .filter((w) => w.length > 1);
}

/**
 * The topic slugs a user's phrase means: a slug ("nato-invitation"), a label, or a phrase of the
 * taxonomy ("NATO invitation", "NATO membership"), or words all found in one topic's label and phrases.
 */
export function topicsForPhrase(phrase: string): string[] {
  const query = normalise(phrase).trim();
  if (!query) return [];
  const bySlug = topics.find((t) => t.slug === query.replace(/\s+/g, '-'));
  if (bySlug) return [bySlug.slug];
  const spaced = query.replace(/[-_]/g, ' ');
  const exact = topics.filter(
    (t) => normalise(t.label) === query || t.phrases.some((p) => p === query || p === spaced),
  );
  if (exact.length > 0) return exact.map((t) => t.slug);
  const words = contentWords(query);
  return topics
    .filter((t) => {
      const vocabulary = new Set(contentWords([t.label, t.slug, ...t.phrases].join(' ')));
      return words.length > 0 && words.every((w) => vocabulary.has(w));
    })
    .map((t) => t.slug);
}
