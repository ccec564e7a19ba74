// The taxonomy's topics (the seed topics): which a text names, by phrases in context, with the stance
// a statement takes toward each.
import type { ExtractedTopic, StatementTopic } from './types.ts';
import taxonomy from './data/topic-taxonomy.json' with { type: 'json' };
import { stanceToward, type StanceTopic } from './stance.ts';
import { informativeness } from './word-vectors.ts';

interface Topic {
  slug: string;
  label: string;
  phrases: string[];
}

const topics: Topic[] = taxonomy.topics;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
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
  /** Each word's place among all the words of the text (words left out, below, have places too). */
  places: number[];
  /** Offsets of each word in the text read. */
  starts: number[];
  ends: number[];
}

/** Bits of the table of phrase words' shapes (a power of two). */
const SHAPE_BITS = 4096;

/** A word's shape: its length and its first and last character codes, hashed to a bit of the table. */
function shapeBit(length: number, first: number, last: number): number {
  return (Math.imul(Math.imul(first, 31) + last, 31) + length) & (SHAPE_BITS - 1);
}

/** Set for the shape of every word of a topic phrase (filled below, as the phrases are read). */
const phraseWordShapes = new Uint8Array(SHAPE_BITS);

/**
 * The words of `text`, lower-cased, curly apostrophes made straight: runs of letters and digits joined
 * by ' . or - between them. One pass by character codes (a Unicode regular expression was a hot spot).
 * With `phraseWordsOnly`, a word whose shape no topic phrase's word has is left out: most words of a text are
 * told so by their shape alone, and are neither cut out of the text nor looked up.
 */
function wordSpans(text: string, keepOffsets: boolean, phraseWordsOnly = false): WordSpans {
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets except for a few letters ("İ"); offsets then come from the text as written,
  // each word lower-cased on its own.
  const source = keepOffsets && lower.length !== text.length ? text : lower;
  // A word's shape is read from the text as written only where that is its lower-cased form.
  const byShape = phraseWordsOnly && source === lower;
  const spans: WordSpans = { words: [], places: [], starts: [], ends: [] };
  const n = source.length;
  let i = 0;
  let place = 0;
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
    const wordPlace = place++;
    // Straightening an apostrophe (between letters) keeps a word's length, first and last letter.
    if (byShape && phraseWordShapes[shapeBit(i - start, source.charCodeAt(start), source.charCodeAt(i - 1))] === 0)
      continue;
    spans.places.push(wordPlace);
    spans.starts.push(start);
    spans.ends.push(i);
    let word = source.slice(start, i);
    if (source !== lower) word = word.toLowerCase();
    spans.words.push(hasCurly ? word.replace(/[’‘]/g, "'") : word);
  }
  return spans;
}

export function words(text: string): string[] {
  return wordSpans(text, false).words;
}

/** The words of `text` as `words` reads them that a topic phrase may hold, with their places. */
function phraseWordsIn(text: string): WordSpans {
  return wordSpans(text, false, true);
}

interface PhraseEntry {
  words: string[];
  slugs: string[];
  /**
   * Whether the phrase names its topic alone: one of several words ("nato membership"), or one word rare
   * enough ("pneumonitis"). A common word alone ("court", "invitation", "trial") names it only beside
   * another of the topic's phrases: "centre court" in a tennis report is not about courts of law.
   */
  specific: boolean;
}

/** A lone word at least this rare in English news names its topic by itself. */
const SPECIFIC_WORD = 0.75;

const phrasesByFirstWord = new Map<string, PhraseEntry[]>();
for (const topic of topics) {
  for (const phrase of topic.phrases) {
    const phraseWords = words(normalise(phrase));
    const first = phraseWords[0];
    if (!first) continue;
    for (const word of phraseWords)
      phraseWordShapes[shapeBit(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1))] = 1;
    const list = phrasesByFirstWord.get(first) ?? [];
    const same = list.find((e) => e.words.join(' ') === phraseWords.join(' '));
    if (same) same.slugs.push(topic.slug);
    else {
      const specific = phraseWords.length > 1 || informativeness(first) >= SPECIFIC_WORD;
      list.push({ words: phraseWords, slugs: [topic.slug], specific });
    }
    phrasesByFirstWord.set(first, list);
  }
}

/** Calls `found(first, end, entry)` for each topic phrase at words [first, end) of `spans` (words next to each other
 *  in the text: where words were left out between two, no phrase runs on across them). */
function matchPhrases(
  { words: textWords, places }: WordSpans,
  found: (first: number, end: number, entry: PhraseEntry) => void,
): void {
  for (let i = 0; i < textWords.length; i++) {
    const entries = phrasesByFirstWord.get(textWords[i] as string);
    if (!entries) continue;
    for (const entry of entries) {
      let k = 1;
      while (
        k < entry.words.length &&
        places[i + k] === (places[i] as number) + k &&
        textWords[i + k] === entry.words[k]
      )
        k++;
      if (k === entry.words.length) found(i, i + k, entry);
    }
  }
}

/**
 * The topics some phrases name together: each named by a specific phrase, or by two of its common words,
 * or by one where the article names the topic elsewhere so (one sense per article: "invitation" in a
 * report on the NATO invitation is that invitation; "court" in a tennis report is not a court of law).
 */
class TopicEvidence {
  readonly #common = new Map<string, Set<PhraseEntry>>();

  constructor(
    readonly into: Set<string>,
    readonly established: ReadonlySet<string> = new Set(),
  ) {}

  add(entry: PhraseEntry): void {
    for (const slug of entry.slugs) {
      if (entry.specific || this.established.has(slug)) {
        this.into.add(slug);
        continue;
      }
      const common = this.#common.get(slug) ?? new Set<PhraseEntry>();
      common.add(entry);
      this.#common.set(slug, common);
      if (common.size >= 2) this.into.add(slug);
    }
  }
}

/** Slugs of the topics the text names, by whole words (any case); `established`: see TopicEvidence. */
export function topicSlugsIn(text: string, established?: ReadonlySet<string>): Set<string> {
  const evidence = new TopicEvidence(new Set(), established);
  matchPhrases(phraseWordsIn(text), (_first, _end, entry) => evidence.add(entry));
  return evidence.into;
}

/** Where topic phrases occur in one text, so that any stretch of it is tagged without reading it again. */
export interface TopicIndex {
  /** Offsets of each phrase occurrence, in text order. */
  starts: number[];
  ends: number[];
  entries: PhraseEntry[];
  /** The topics the text (or its headline) names by a specific phrase, or by two of its common words, somewhere. */
  established: Set<string>;
}

/** Indexes an article's body; its headline, when given, counts toward the topics it establishes. */
export function indexTopics(text: string, headline = ''): TopicIndex {
  const spans = wordSpans(text, true, true);
  const index: TopicIndex = { starts: [], ends: [], entries: [], established: new Set() };
  const evidence = new TopicEvidence(index.established);
  const establish = (entry: PhraseEntry) => evidence.add(entry);
  matchPhrases(spans, (first, end, entry) => {
    index.starts.push(spans.starts[first] as number);
    index.ends.push(spans.ends[end - 1] as number);
    index.entries.push(entry);
    establish(entry);
  });
  matchPhrases(phraseWordsIn(headline), (_first, _end, entry) => establish(entry));
  return index;
}

/** Slugs of the topics the phrases lying wholly inside [from, to) of the indexed text name, added to `into`. */
export function topicSlugsBetween(index: TopicIndex, from: number, to: number, into = new Set<string>()): Set<string> {
  let low = 0;
  let high = index.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((index.starts[mid] as number) < from) low = mid + 1;
    else high = mid;
  }
  const evidence = new TopicEvidence(into, index.established);
  for (let k = low; k < index.starts.length && (index.starts[k] as number) < to; k++)
    if ((index.ends[k] as number) <= to) evidence.add(index.entries[k] as PhraseEntry);
  return into;
}

/** Topics of a statement, from its own text first and the sentence around it as context; stance from its own text. */
export function statementTopics(statementText: string, sentenceText: string): StatementTopic[] {
  const found = topicSlugsIn(statementText);
  for (const slug of topicSlugsIn(sentenceText)) found.add(slug);
  return topicsWithStance(found, statementText);
}

/** What a statement's stance is read toward: the words a topic is known by, and its label for what kind of
 *  topic it is (one of its many phrases does not make it a harm). */
const stanceTopics = new Map<string, StanceTopic>(
  topics.map((t) => [t.slug, { words: [...new Set(words([t.label, ...t.phrases].join(' ')))], name: t.label }]),
);

/** The found topics in taxonomy order, each with the stance the statement's text takes toward it. */
export function topicsWithStance(found: Set<string>, statementText: string): StatementTopic[] {
  if (found.size === 0) return [];
  return topics
    .filter((t) => found.has(t.slug))
    .map((t) => ({ slug: t.slug, stance: stanceToward(statementText, stanceTopics.get(t.slug)) }));
}

/** Topics weighted by how many of the texts (given by their slugs) carry them. */
export function weighTopics(slugSets: Iterable<Set<string>>): ExtractedTopic[] {
  const weights = new Map<string, number>();
  for (const slugs of slugSets) for (const slug of slugs) weights.set(slug, (weights.get(slug) ?? 0) + 1);
  // Only the topics carried are described.
  return topics
    .filter((t) => weights.has(t.slug))
    .map((t) => ({
      slug: t.slug,
      label: t.label,
      weight: weights.get(t.slug)!,
      origin: 'SEED' as const,
      kind: 'SUBJECT' as const,
      // Its phrases of more than one word name it; a lone word ("invitation") names it only in context.
      aliases: t.phrases.filter((phrase) => phrase.includes(' ')),
    }))
    .sort((a, b) => b.weight - a.weight);
}
