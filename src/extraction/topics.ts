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

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One expression for a list of phrases, each matched as whole words (longest first). */
function phraseMatcher(phrases: string[], flags = 'u'): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

// Built once: phrases as word sequences indexed by their first word, so a text is read once, word by word,
// for all topics together (a regular expression per topic or phrase was the extractor's slowest step).
const WORD = /[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

interface PhraseEntry {
  words: string[];
  slugs: string[];
}

const phrasesByFirstWord = new Map<string, PhraseEntry[]>();
for (const topic of topics) {
  for (const phrase of topic.phrases) {
    const phraseWords = words(normalise(phrase));
    const first = phraseWords[0];
    if (!first) continue;
    const list = phrasesByFirstWord.get(first) ?? [];
    const same = list.find((e) => e.words.join(' ') === phraseWords.join(' '));
    if (same) same.slugs.push(topic.slug);
    else list.push({ words: phraseWords, slugs: [topic.slug] });
    phrasesByFirstWord.set(first, list);
  }
}
const supportMatcher = phraseMatcher(taxonomy.stance.supports, 'gu');
const opposeMatcher = phraseMatcher(taxonomy.stance.opposes, 'gu');

/** Slugs of the topics whose phrases occur, as whole words, in normalised text. */
function topicSlugsIn(text: string): Set<string> {
  const found = new Set<string>();
  const textWords = words(text);
  for (let i = 0; i < textWords.length; i++) {
    const entries = phrasesByFirstWord.get(textWords[i] as string);
    if (!entries) continue;
    for (const entry of entries)
      if (entry.words.every((w, k) => textWords[i + k] === w)) for (const slug of entry.slugs) found.add(slug);
  }
  return found;
}

/** Support cues minus opposition cues, a negation just before a support cue turning it into opposition. */
export function stanceOf(text: string): Stance {
  const lower = normalise(text);
  let score = 0;
  for (const match of lower.matchAll(supportMatcher)) {
    const before = lower
      .slice(Math.max(0, match.index - 40), match.index)
      .split(' ')
      .slice(-NEGATION_WINDOW - 1);
    score += before.some((w) => NEGATIONS.some((n) => w === n || w.endsWith(n))) ? -1 : 1;
  }
  for (const _ of lower.matchAll(opposeMatcher)) score--;
  return score > 0 ? 'SUPPORTS' : score < 0 ? 'OPPOSES' : 'NEUTRAL';
}

/** Topics of a statement, from its own text first and the sentence around it as context; stance from its own text. */
export function statementTopics(statementText: string, sentenceText: string): StatementTopic[] {
  const found = topicSlugsIn(normalise(statementText));
  for (const slug of topicSlugsIn(normalise(sentenceText))) found.add(slug);
  const stance = stanceOf(statementText);
  return topics.filter((t) => found.has(t.slug)).map((t) => ({ slug: t.slug, stance }));
}

/** Article topics weighted by how many statements and sentences carry them. */
export function articleTopics(texts: string[]): ExtractedTopic[] {
  const weights = new Map<string, number>();
  for (const text of texts)
    for (const slug of topicSlugsIn(normalise(text))) weights.set(slug, (weights.get(slug) ?? 0) + 1);
  return topics
    .map((t) => ({ slug: t.slug, label: t.label, weight: weights.get(t.slug) ?? 0 }))
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
