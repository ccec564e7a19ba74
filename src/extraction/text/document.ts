import type { Span } from '../types.ts';
import { readWithWink } from './wink.ts';
import { normaliseQuoteMarks } from './quote-marks.ts';

export interface Token extends Span {
  index: number;
  text: string;
  lower: string;
  pos: string;
  lemma: string;
  sentence: number;
  paragraph: number;
  /** Index of the quotation this token lies inside (marks excluded), or -1. */
  quote: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  firstToken: number;
  /** Exclusive. */
  endToken: number;
}

export interface Paragraph extends Span {
  index: number;
  firstSentence: number;
  /** Exclusive. */
  endSentence: number;
}

export interface TextDocument {
  body: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

/**
 * A token as read, made by a constructor rather than an object literal. Every token outlives a few young-generation
 * collections, so V8 moved the literal's allocation site to the old generation ("pretenuring"): each new string
 * stored in a token then cost a write barrier, the push alone took 6-7 % of extraction time, and the dead tokens
 * filled the old generation. Objects made by `new` carry no allocation site; these stay young and die with the rest
 * of the article (the push fell to 0.3 %; RSS after 3,000 articles of bench:extract 700 → 480 MB, after 10,000
 * 720-744 → 600-670 MB).
 */
class ReadToken implements Token {
  index: number;
  text: string;
  lower: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
  sentence = -1;
  paragraph: number;
  quote = -1;
  constructor(
    index: number,
    text: string,
    lower: string,
    pos: string,
    lemma: string,
    start: number,
    end: number,
    paragraph: number,
  ) {
    this.index = index;
    this.text = text;
    this.lower = lower;
    this.pos = pos;
    this.lemma = lemma;
    this.start = start;
    this.end = end;
    this.paragraph = paragraph;
  }
}

// The Universal POS tags wink gives, as literals. wink's own tag strings are built when its model loads, so a
// comparison with a literal ("pos === 'VERB'", hundreds of them in the extractor) compared characters whenever the
// lengths matched; a literal is interned, and a tag taken from here is then the same string as the literal, which
// makes most comparisons a pointer comparison.
const TAGS = new Map(
  [
    'ADJ',
    'ADP',
    'ADV',
    'AUX',
    'CCONJ',
    'DET',
    'INTJ',
    'NOUN',
    'NUM',
    'PART',
    'PRON',
    'PROPN',
    'PUNCT',
    'SCONJ',
    'SPACE',
    'SYM',
    'VERB',
    'X',
  ].map((tag) => [tag, tag]),
);

function tagOf(winkTag: string | undefined): string {
  return winkTag === undefined ? 'X' : (TAGS.get(winkTag) ?? winkTag);
}

const MAX_BRACKETED_TOKENS = 12;

/** A sentence that ends a few tokens after an opening bracket it never closed: "… Sen. Ann Lee (D-N.". */
function leavesBracketOpen(tokens: Token[], sentence: Sentence): boolean {
  for (let t = sentence.endToken - 1; t >= sentence.firstToken && sentence.endToken - t <= MAX_BRACKETED_TOKENS; t--) {
    const text = (tokens[t] as Token).text;
    if (text === ')') return false;
    if (text === '(') return true;
  }
  return false;
}

/** The tokens before `end` close on an initial and its stop, written together: "N." of "D-N.", "S." of "R-S.". */
function endsOnInitial(tokens: Token[], end: number): boolean {
  const stop = tokens[end - 1] as Token;
  if (/^\p{Lu}\.$/u.test(stop.text)) return true;
  const letter = tokens[end - 2];
  return stop.text === '.' && letter !== undefined && letter.end === stop.start && /^\p{Lu}$/u.test(letter.text);
}

/** Paragraphs are the non-empty lines of the body; news bodies put one paragraph per line. */
function paragraphSpans(body: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= body.length) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? body.length : newline;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && SPACE.test(body[start] ?? '')) start++;
    while (end > start && SPACE.test(body[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end });
    lineStart = lineEnd + 1;
  }
  return spans;
}

const SPACE = /\s/;

const LETTERS = /^[\p{L}\p{M}]+$/u;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/u;

/** Two letter runs written without a space, one of them holding a letter wink's tokenizer does not know. */
function splitInsideWord(before: string, after: string): boolean {
  // The piece after first: mostly a mark ("word,"), which fails at its first character.
  return LETTERS.test(after) && LETTERS.test(before) && (BEYOND_LATIN1.test(before) || BEYOND_LATIN1.test(after));
}

function joinToWord(token: Token, text: string, nextPos: string): void {
  token.text = text;
  token.lower = text.toLowerCase();
  token.lemma = token.lower;
  token.end = token.start + text.length;
  // The piece wink could not tag ("X") says nothing; a capitalised word is then read as a name.
  if (token.pos === 'X') token.pos = /^\p{Lu}/u.test(text) ? 'PROPN' : nextPos;
}

const WHITESPACE = /^\s+$/;
const FIRST_PERSON_CONTRACTION = /^i['’]m$/;
const LOWER_START = /^[a-z,;:)\]]/;
const CAPITALISED = /^\p{Lu}/u;

// Abbreviated titles that wink cuts from their stop and after which it ends a sentence ("the Rev | . | Ann Lee
// said"): the usual abbreviations of clerical, military and police ranks before a name, and "Sens." for senators.
// Each is read as one word, as wink reads "Sen." or "Gen.".
const SPLITTING_TITLES = new Set([
  'rev.',
  'fr.',
  'msgr.',
  'adm.',
  'cmdr.',
  'maj.',
  'cpl.',
  'pvt.',
  'supt.',
  'det.',
  'insp.',
  'atty.',
  'sens.',
]);

/** "Rev" before its stop: a capitalised abbreviation of a title, as a word of its own (not the "fr" of "le.fr"). */
function isSplitTitle(token: Token): boolean {
  return SPLITTING_TITLES.has(`${token.lower}.`) && CAPITALISED.test(token.text);
}

/** A sentence cut after an abbreviated title ("The Rev."): a name opening the next one goes on it. */
function endsOnSplittingTitle(tokens: Token[], sentence: Sentence): boolean {
  return SPLITTING_TITLES.has((tokens[sentence.endToken - 1] as Token).lower);
}

/**
 * Reads the whole body with wink once (one call per paragraph cost twice as much), maps every token back
 * to exact offsets in `body`, drops wink's line-break tokens, and splits any sentence wink let run over a
 * paragraph break, so that no sentence crosses a paragraph. `body` is the text as read: the original with its
 * quotation marks normalised (same length, same offsets).
 */
export function readDocument(original: string): TextDocument {
  const body = normaliseQuoteMarks(original);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = paragraphSpans(body).map((span, index) => ({
    index,
    start: span.start,
    end: span.end,
    firstSentence: 0,
    endSentence: 0,
  }));
  const reading = readWithWink(body);
  // Our token index for each of wink's, or -1 for a dropped line break.
  // A plain array: a typed one cost more to allocate than it saves, its length known or not.
  const ours: number[] = [];
  let cursor = 0;
  let paragraph = 0;
  for (let w = 0; w < reading.values.length; w++) {
    const value = reading.values[w] as string;
    // Line breaks and tabs are wink tokens of their own; a word never starts with a space. Every space (\s) is a
    // control character, U+0020, U+00A0 or from U+1680 up: the first character's code rules out most words at once.
    const code = value.charCodeAt(0);
    if ((code <= 0x20 || code === 0xa0 || code >= 0x1680) && WHITESPACE.test(value)) {
      ours[w] = -1;
      continue;
    }
    // wink keeps token values verbatim, so the value is found at or just after the cursor; a miss would
    // mean a normalised token, and then the cursor stands in.
    const found = body.startsWith(value, cursor) ? cursor : body.indexOf(value, cursor);
    const start = found >= 0 ? found : cursor;
    const end = found >= 0 ? found + value.length : cursor;
    cursor = end;
    const previous = tokens[tokens.length - 1];
    if (previous && previous.end === start && splitInsideWord(previous.text, value)) {
      // wink cuts words at letters outside Latin-1 ("Erdo|ğ|an", "Ł|ukasz"): the pieces are one word again.
      joinToWord(previous, body.slice(previous.start, end), tagOf(reading.pos[w]));
      ours[w] = previous.index;
      continue;
    }
    if (previous && previous.end === start && value === '.' && isSplitTitle(previous)) {
      joinToWord(previous, body.slice(previous.start, end), previous.pos);
      ours[w] = previous.index;
      continue;
    }
    while (paragraph < paragraphs.length - 1 && start >= (paragraphs[paragraph] as Paragraph).end) paragraph++;
    ours[w] = tokens.length;
    const lower = value.toLowerCase();
    // wink keeps "I'm" whole and tags it a proper noun, which would make a name of it; it is the pronoun "I".
    const firstPerson = FIRST_PERSON_CONTRACTION.test(lower);
    tokens.push(
      new ReadToken(
        tokens.length,
        value,
        lower,
        firstPerson ? 'PRON' : tagOf(reading.pos[w]),
        firstPerson ? 'i' : (reading.lemmas[w] ?? lower),
        start,
        end,
        paragraph,
      ),
    );
  }
  const addSentence = (firstToken: number, endToken: number) => {
    const head = tokens[firstToken] as Token;
    const tail = tokens[endToken - 1] as Token;
    // wink ends sentences after abbreviations in brackets ("Sen. Ann Lee (D-Ore.) on Monday said …",
    // "(D-N.Y.)"); a sentence does not open on a lower-case word or a comma, nor inside a bracket left open, so
    // such a piece goes on the sentence before it.
    const previous = sentences[sentences.length - 1];
    if (
      previous &&
      previous.endToken === firstToken &&
      previous.paragraph === head.paragraph &&
      (LOWER_START.test(head.text) ||
        leavesBracketOpen(tokens, previous) ||
        (head.pos === 'PROPN' && endsOnSplittingTitle(tokens, previous)))
    ) {
      for (let t = firstToken; t < endToken; t++) (tokens[t] as Token).sentence = previous.index;
      previous.endToken = endToken;
      previous.end = tail.end;
      return;
    }
    for (let t = firstToken; t < endToken; t++) (tokens[t] as Token).sentence = sentences.length;
    sentences.push({
      index: sentences.length,
      paragraph: head.paragraph,
      firstToken,
      endToken,
      start: head.start,
      end: tail.end,
    });
  };
  let open = -1;
  let end = -1;
  for (const [first, last] of reading.sentences) {
    for (let w = first; w <= last; w++) {
      const t = ours[w] ?? -1;
      if (t < 0 || t < end) continue;
      const token = tokens[t] as Token;
      // wink ends a sentence at the stop of "Gawker.com", or of an initial inside "D-N.Y.": a sentence never
      // starts inside a word.
      const joinsPrevious =
        w === first &&
        open >= 0 &&
        (tokens[end - 1] as Token).end === token.start &&
        (/^\p{Ll}/u.test(token.text) || endsOnInitial(tokens, end));
      if (open >= 0 && (token.paragraph !== (tokens[open] as Token).paragraph || (w === first && !joinsPrevious))) {
        addSentence(open, end);
        open = -1;
      }
      if (open < 0) open = t;
      end = t + 1;
    }
  }
  if (open >= 0) addSentence(open, end);
  let s = 0;
  for (const p of paragraphs) {
    while (s < sentences.length && (sentences[s] as Sentence).paragraph < p.index) s++;
    p.firstSentence = s;
    while (s < sentences.length && (sentences[s] as Sentence).paragraph === p.index) s++;
    p.endSentence = s;
  }
  return { body, tokens, sentences, paragraphs };
}

export function sentenceAt(doc: TextDocument, offset: number): Sentence | undefined {
  let low = 0;
  let high = doc.sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = doc.sentences[mid] as Sentence;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return s;
  }
  return undefined;
}

/** The first token starting at or after `offset`. */
export function tokenIndexAt(doc: TextDocument, offset: number): number {
  let low = 0;
  let high = doc.tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((doc.tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
