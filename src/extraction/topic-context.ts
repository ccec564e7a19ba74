// What a statement is about reaches beyond its own words: the sentence and paragraph it stands in, and
// the article's headline and lede. These are the texts a topic phrase is matched against, nearest first.
import type { Span } from './types.ts';

export interface TopicContext {
  /** The paragraph the statement stands in (its sentence included), at most NEAR_CHARS either side of it. */
  near: string;
}

// A paragraph can run for pages (a body without line breaks is one): context reaches this far either side
// of the statement's sentence, so that reading it costs the same for every statement.
const NEAR_CHARS = 500;

// A lede is the first paragraph that reads as prose: a dateline or a date line alone is not one.
const MIN_LEDE_WORDS = 8;
const LEDE_CHARS = 600;

/** Paragraphs are the non-empty lines of the body, as the extractor reads them. */
export function paragraphSpans(body: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    if (body.slice(start, end).trim() !== '') spans.push({ start, end });
    start = end + 1;
  }
  return spans;
}

/** The lede, at most LEDE_CHARS of it: what the article is about is said first. */
export function ledeOf(body: string, paragraphs: Span[] = paragraphSpans(body)): string {
  for (const paragraph of paragraphs) {
    const text = body.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + LEDE_CHARS)).trim();
    if (text.split(/\s+/).length >= MIN_LEDE_WORDS) return text;
  }
  return '';
}

/** The paragraph holding `span` (from the paragraph of its start to that of its end), within NEAR_CHARS of it. */
function paragraphAround(body: string, paragraphs: Span[], span: Span): string {
  const first = paragraphs.find((p) => p.end > span.start) ?? { start: span.start, end: span.end };
  const last = [...paragraphs].reverse().find((p) => p.start < span.end) ?? first;
  const start = Math.max(Math.min(first.start, span.start), span.start - NEAR_CHARS);
  const end = Math.min(Math.max(last.end, span.end), span.end + NEAR_CHARS);
  return body.slice(start, end).trim();
}

/** For each statement (given by its sentence), its paragraph. */
export function topicContexts(body: string, sentences: Span[]): TopicContext[] {
  const paragraphs = paragraphSpans(body);
  return sentences.map((sentence) => ({ near: paragraphAround(body, paragraphs, sentence) }));
}
