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
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const nonAsciiWordChar = new Map<number, boolean>();

function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = nonAsciiWordChar.get(code);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(code));
    // Bounded: the alphabets of a few languages, not one entry per text.
    if (nonAsciiWordChar.size < 4096) nonAsciiWordChar.set(code, known);
  }
  return known;
}

/** ' . - between word characters join them into one word: "u.s.", "two-state", "iran's". */
function isJoiner(code: number): boolean {
  return code === 39 || code === 46 || code === 45 || code === 0x2018 || code === 0x2019;
}

interface WordSpans {
  words: string[];
  /** Offsets of each word in the text read. */
  starts: number[];
  ends: number[];
}

/**
 * The words of `text`, lower-cased, curly apostrophes made straight: runs of letters and digits joined
 * by ' . or - between them. One pass by character codes (a Unicode regular expression was a hot spot).
 */
function wordSpans(text: string, keepOffsets: boolean): WordSpans {
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets except for a few letters ("İ"); offsets then come from the text as written,
  // each word lower-cased on its own.
  const source = keepOffsets && lower.length !== text.length ? text : lower;
  const spans: WordSpans = { words: [], starts: [], ends: [] };
  const n = source.length;
  let i = 0;
  while (i < n) {
    let code = source.codePointAt(i) as number;
    if (!isWordCode(code)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let hasCurly = false;
    for (;;) {
      while (i < n && isWordCode((code = source.codePointAt(i) as number))) i += code > 0xffff ? 2 : 1;
      if (i + 1 < n && isJoiner(source.charCodeAt(i)) && isWordCode(source.codePointAt(i + 1) as number)) {
        if (source.charCodeAt(i) > 127) hasCurly = true;
        i++;
        continue;
      }
      break;
    }
    let word = source.slice(start, i);
    if (source !== lower) word = word.toLowerCase();
    spans.words.push(hasCurly ? word.replace(/[’‘]/g, "'") : word);
    spans.starts.push(start);
    spans.ends.push(i);
  }
  return spans;
}

export function words(text: string): string[] {
  return wordSpans(text, false).words;
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

/** Calls `found(first, end, slugs)` for each topic phrase at words [first, end). */
function matchPhrases(textWords: string[], found: (first: number, end: number, slugs: string[]) => void): void {
  for (let i = 0; i < textWords.length; i++) {
    const entries = phrasesByFirstWord.get(textWords[i] as string);
    if (!entries) continue;
    for (const entry of entries) {
      let k = 1;
      while (k < entry.words.length && textWords[i + k] === entry.words[k]) k++;
      if (k === entry.words.length) found(i, i + k, entry.slugs);
    }
  }
}

/** Slugs of the topics whose phrases occur, as whole words, in the text (any case). */
export function topicSlugsIn(text: string): Set<string> {
  const found = new Set<string>();
  matchPhrases(words(text), (_first, _end, slugs) => {
    for (const slug of slugs) found.add(slug);
  });
  return found;
}

/** Where topic phrases occur in one text, so that any stretch of it is tagged without reading it again. */
export interface TopicIndex {
  /** Offsets of each phrase occurrence, in text order. */
  starts: number[];
  ends: number[];
  slugs: string[][];
}

export function indexTopics(text: string): TopicIndex {
  const spans = wordSpans(text, true);
  const index: TopicIndex = { starts: [], ends: [], slugs: [] };
  matchPhrases(spans.words, (first, end, slugs) => {
    index.starts.push(spans.starts[first] as number);
    index.ends.push(spans.ends[end - 1] as number);
    index.slugs.push(slugs);
  });
  return index;
}

/** Slugs of the phrases lying wholly inside [from, to) of the indexed text, added to `into`. */
export function topicSlugsBetween(index: TopicIndex, from: number, to: number, into = new Set<string>()): Set<string> {
  let low = 0;
  let high = index.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((index.starts[mid] as number) < from) low = mid + 1;
    else high = mid;
  }
  for (let k = low; k < index.starts.length && (index.starts[k] as number) < to; k++)
    if ((index.ends[k] as number) <= to) for (const slug of index.slugs[k] as string[]) into.add(slug);
  return into;
}

// Every support and opposition cue holds its longest word; a text without any of them has no stance (and
// skips the costly whole-word expressions).
const STANCE_CUE_PARTS = new RegExp(
  [...taxonomy.stance.supports, ...taxonomy.stance.opposes]
    .map((p) => escape(p.split(/[\s']/).reduce((a, b) => (b.length > a.length ? b : a), '')))
    .join('|'),
  'i',
);

/** Support cues minus opposition cues, a negation just before a support cue turning it into opposition. */
export function stanceOf(text: string): Stance {
  if (!STANCE_CUE_PARTS.test(text.replace(/’/g, "'"))) return 'NEUTRAL';
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
  const found = topicSlugsIn(statementText);
  for (const slug of topicSlugsIn(sentenceText)) found.add(slug);
  return topicsWithStance(found, statementText);
}

/** The found topics in taxonomy order, each with the stance of the statement's text. */
export function topicsWithStance(found: Set<string>, statementText: string): StatementTopic[] {
  if (found.size === 0) return [];
  const stance = stanceOf(statementText);
  return topics.filter((t) => found.has(t.slug)).map((t) => ({ slug: t.slug, stance }));
}

/** Article topics weighted by how many statements and sentences carry them. */
export function articleTopics(texts: string[]): ExtractedTopic[] {
  return weighTopics(texts.map(topicSlugsIn));
}

/** Topics weighted by how many of the texts (given by their slugs) carry them. */
export function weighTopics(slugSets: Iterable<Set<string>>): ExtractedTopic[] {
  const weights = new Map<string, number>();
  for (const slugs of slugSets) for (const slug of slugs) weights.set(slug, (weights.get(slug) ?? 0) + 1);
  return topics
    .map((t) => ({ slug: t.slug, label: t.label, weight: weights.get(t.slug) ?? 0 }))
    .filter((t) => t.weight > 0)
    .sort((a, b) => b.weight - a.weight);
}

/**
 * The taxonomy's topics a user's phrase names: by slug ("nato-invitation"), label, or one of its phrases
 * ("NATO invitation", "NATO membership"). Any other phrase names none (it is matched by meaning instead).
 */
export function topicsForPhrase(phrase: string): string[] {
  const query = normalise(phrase).trim();
  if (!query) return [];
  const bySlug = topics.find((t) => t.slug === query.replace(/\s+/g, '-'));
  if (bySlug) return [bySlug.slug];
  const spaced = query.replace(/[-_]/g, ' ');
  return topics
    .filter((t) => normalise(t.label) === query || t.phrases.some((p) => p === query || p === spaced))
    .map((t) => t.slug);
}
