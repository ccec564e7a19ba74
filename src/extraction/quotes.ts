import type { Span } from './types.ts';
import type { Paragraph, TextDocument } from './text/document.ts';
import { tokenIndexAt } from './text/document.ts';

/** A quotation: the span is the quoted text inside the marks, trimmed of spaces and trailing commas. */
export interface Quote extends Span {
  index: number;
  text: string;
  paragraph: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; null when the quotation runs to the end of the paragraph. */
  close: number | null;
  /** The quotation of the previous paragraph this one continues ("…end of para 1 / “Start of para 2…"). */
  continues: number | null;
  words: number;
}

const OPENING = '“';
const CLOSING = '”';
// Scanned for natively rather than character by character.
const QUOTE_MARK = /[“”"]/g;
const SPACE_OR_OPENER = /[\s([{—–-]/;
const SPACE_OR_CLOSER = /[\s.,;:!?)\]}—–…]/;

type MarkRole = 'open' | 'close' | 'either';

/** Decides from the neighbouring characters, so that a mixed-up pair like "…” still pairs. */
function markRole(text: string, i: number, paragraph: Paragraph): MarkRole {
  const before = i === paragraph.start || SPACE_OR_OPENER.test(text[i - 1] ?? ' ');
  const after = i + 1 === paragraph.end || SPACE_OR_CLOSER.test(text[i + 1] ?? ' ');
  if (before && !after) return 'open';
  if (after && !before) return 'close';
  const mark = text[i];
  if (mark === OPENING) return 'open';
  if (mark === CLOSING) return 'close';
  return 'either';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the character of `code`, `size` code units at `i` of `text`, is a letter or a digit. */
function isWordChar(text: string, i: number, code: number, size: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text.slice(i, i + size));
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN_MINUS = 0x2d;

/** Runs of letters and digits, an apostrophe or hyphen inside one joining it ("don’t", "well-known"). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  // By code points, read from the codes: a string per character cost more than the counting.
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) as number;
    const size = code > 0xffff ? 2 : 1;
    const wordChar = isWordChar(text, i, code, size);
    if (wordChar && !inWord) words++;
    inWord = wordChar || (inWord && (code === RIGHT_QUOTE || code === APOSTROPHE || code === HYPHEN_MINUS));
    i += size;
  }
  return words;
}

function trimmedContent(body: string, from: number, to: number): Span {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  while (end > start && /[\s,;:]/.test(body[end - 1] ?? '')) end--;
  return { start, end };
}

export function findQuotes(doc: TextDocument): Quote[] {
  const { body } = doc;
  const quotes: Quote[] = [];
  for (const paragraph of doc.paragraphs) {
    let openAt: number | null = null;
    const firstQuoteOfParagraph = quotes.length;
    QUOTE_MARK.lastIndex = paragraph.start;
    for (let found = QUOTE_MARK.exec(body); found && found.index < paragraph.end; found = QUOTE_MARK.exec(body)) {
      const i = found.index;
      const role = markRole(body, i, paragraph);
      if (openAt === null) {
        // A closing mark with nothing open is a stray; ignore it.
        if (role !== 'close') openAt = i;
      } else if (role === 'open') {
        // Two openings in a row: the first one was never closed; start again here.
        openAt = i;
      } else {
        emit(quotes, body, paragraph, openAt, i);
        openAt = null;
      }
    }
    if (openAt !== null) emit(quotes, body, paragraph, openAt, null);
    linkContinuation(quotes, firstQuoteOfParagraph, paragraph);
  }
  return quotes;
}

/** Adds the quotation opening at `open` and closing at `close` (null: at the paragraph's end). */
function emit(quotes: Quote[], body: string, paragraph: Paragraph, open: number, close: number | null): void {
  const content = trimmedContent(body, open + 1, close ?? paragraph.end);
  const text = body.slice(content.start, content.end);
  quotes.push(new FoundQuote(quotes.length, content, text, paragraph.index, open, close, countWords(text)));
}

/**
 * A quotation as found, made by a constructor rather than an object literal: quotations live through the article,
 * and V8 pretenures a literal's allocation site for such objects (see ReadToken in text/document.ts).
 */
class FoundQuote implements Quote {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
  open: number;
  close: number | null;
  continues: number | null = null;
  words: number;
  constructor(
    index: number,
    content: Span,
    text: string,
    paragraph: number,
    open: number,
    close: number | null,
    words: number,
  ) {
    this.index = index;
    this.start = content.start;
    this.end = content.end;
    this.text = text;
    this.paragraph = paragraph;
    this.open = open;
    this.close = close;
    this.words = words;
  }
}

/** Convention for quotes over paragraphs: no closing mark at the end of one, an opening mark at the start of the next. */
function linkContinuation(quotes: Quote[], firstOfParagraph: number, paragraph: Paragraph): void {
  const first = quotes[firstOfParagraph];
  const previous = quotes[firstOfParagraph - 1];
  if (!first || !previous) return;
  if (previous.close === null && previous.paragraph === paragraph.index - 1 && first.open === paragraph.start) {
    first.continues = previous.index;
  }
}

const TITLE_SMALL_WORDS = new Set(['and', 'of', 'the', 'in', 'for', 'to', 'a', 'an', 'on', 'at', 'or', 'with']);
const MAX_TITLE_WORDS = 5;
const WORD_RUN = /\S+/g;
const LETTER = /\p{L}/u;
const CAPITALISED_WORD = /^\P{L}*\p{Lu}/u;

/**
 * Quoted names, nicknames and scare quotes ("feather-duvet lung", "Victory Plan") are not statements;
 * anything shorter than three words, or made only of capitalised words, is treated as such.
 */
export function isStatementQuote(quote: Quote): boolean {
  if (quote.words < 3) return false;
  // A title: at most five words, capitalised, the small words of titles aside ("Cowboys and Indians").
  // Long quotes are most quotes: the reading stops at the sixth word.
  // Asked several times of each quotation: one search, reset here, rather than matchAll's copy of it per ask.
  let words = 0;
  WORD_RUN.lastIndex = 0;
  for (let found = WORD_RUN.exec(quote.text); found; found = WORD_RUN.exec(quote.text)) {
    const word = found[0];
    if (!LETTER.test(word)) continue;
    if (++words > MAX_TITLE_WORDS) return true;
    if (!CAPITALISED_WORD.test(word) && !TITLE_SMALL_WORDS.has(word.toLowerCase())) return true;
  }
  return false;
}

/** Marks each token inside a quotation with the quotation's index. */
export function markQuotedTokens(doc: TextDocument, quotes: Quote[]): void {
  for (const quote of quotes) {
    for (let t = tokenIndexAt(doc, quote.start); t < doc.tokens.length; t++) {
      const token = doc.tokens[t];
      if (!token || token.start >= quote.end) break;
      token.quote = quote.index;
    }
  }
}
