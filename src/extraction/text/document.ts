import type { Span } from '../types.ts';
import { readWithWink } from './wink.ts';

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

/** Paragraphs are the non-empty lines of the body; news bodies put one paragraph per line. */
function paragraphSpans(body: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i === body.length || body[i] === '\n') {
      let start = lineStart;
      let end = i;
      while (start < end && /\s/.test(body[start] ?? '')) start++;
      while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
      if (end > start) spans.push({ start, end });
      lineStart = i + 1;
    }
  }
  return spans;
}

/**
 * Reads each paragraph with wink separately, so that no sentence crosses a paragraph,
 * and maps every token back to exact offsets in `body`.
 */
export function readDocument(body: string): TextDocument {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];

  for (const span of paragraphSpans(body)) {
    const paragraph = paragraphs.length;
    const text = body.slice(span.start, span.end);
    const reading = readWithWink(text);
    const firstTokenOfParagraph = tokens.length;
    let cursor = 0;
    for (const winkToken of reading.tokens) {
      const found = text.indexOf(winkToken.value, cursor);
      // wink keeps token values verbatim; a miss would mean a normalised token, so we fall back to the cursor.
      const localStart = found >= 0 ? found : cursor;
      const localEnd = found >= 0 ? found + winkToken.value.length : cursor;
      cursor = localEnd;
      tokens.push({
        index: tokens.length,
        text: winkToken.value,
        lower: winkToken.value.toLowerCase(),
        pos: winkToken.pos,
        lemma: winkToken.lemma,
        start: span.start + localStart,
        end: span.start + localEnd,
        sentence: -1,
        paragraph,
        quote: -1,
      });
    }
    const firstSentence = sentences.length;
    for (const [first, last] of reading.sentences) {
      const firstToken = firstTokenOfParagraph + first;
      const endToken = firstTokenOfParagraph + last + 1;
      const head = tokens[firstToken];
      const tail = tokens[endToken - 1];
      if (!head || !tail) continue;
      for (let t = firstToken; t < endToken; t++) (tokens[t] as Token).sentence = sentences.length;
      sentences.push({ index: sentences.length, paragraph, firstToken, endToken, start: head.start, end: tail.end });
    }
    paragraphs.push({
      index: paragraph,
      start: span.start,
      end: span.end,
      firstSentence,
      endSentence: sentences.length,
    });
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
