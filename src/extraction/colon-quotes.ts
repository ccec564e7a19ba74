import type { Quote } from './quotes.ts';
import type { StatementDraft } from './statement-draft.ts';
import type { TextDocument } from './text/document.ts';

const COLON_BEFORE_MARK = /:\s*$/;
const COORDINATOR_OPENING = /^\s*(?:and|but|or)\b/i;
// A short quotation after the colon stays woven into the report ("… two choices: “You leave or you fight.”").
const MIN_QUOTE_WORDS = 25;
// What may follow the quotation in the report: its own cue ("…,” it said).
const MAX_TAIL_WORDS = 4;

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * "… defended the budget whilst promising a “full review” is coming: “We are working as fast as we can …”": a
 * report that runs on through a colon into a long quotation ends at the colon; the quotation after it is a direct
 * statement of its own, as annotators mark it, with or without its own cue after it ("…,” it said).
 */
export function endBeforeColonQuote(doc: TextDocument, quotes: Quote[], draft: StatementDraft): StatementDraft {
  const last = draft.pieces[draft.pieces.length - 1];
  if (!last) return draft;
  const quote = quotes.find(
    (q) =>
      q.words >= MIN_QUOTE_WORDS &&
      q.open > last.start &&
      q.end <= last.end + 1 &&
      wordsIn(doc.body.slice(q.end, last.end)) <= MAX_TAIL_WORDS &&
      q.open < last.end &&
      COLON_BEFORE_MARK.test(doc.body.slice(last.start, q.open)),
  );
  if (!quote) return draft;
  const end = last.start + doc.body.slice(last.start, quote.open).search(COLON_BEFORE_MARK);
  const piece = { start: last.start, end: doc.body.slice(last.start, end).trimEnd().length + last.start };
  if (piece.end <= piece.start) return draft;
  const pieces = [...draft.pieces.slice(0, -1), piece];
  const holds = quotes.some((q) => pieces.some((p) => p.start <= q.open && q.end <= p.end));
  return { ...draft, pieces, kind: holds ? 'MIXED' : 'INDIRECT', holdsQuote: draft.holdsQuote === true && holds };
}

/**
 * "Per the statement, she died at home, “surrounded by family. We have lost the rock of our family.”": a report
 * that stops at its sentence's end inside a quotation it opened runs on to the quotation's end, one mixed statement.
 */
export function runToQuoteEnd(doc: TextDocument, quotes: Quote[], draft: StatementDraft): StatementDraft {
  const last = draft.pieces[draft.pieces.length - 1];
  if (!last) return draft;
  // "…; “Not just me …”", "… before the war ends “and whatever line we hold then is kept. …”": a quotation opening
  // a clause of its own, after a semicolon or a colon or with "and" or "but", stays apart.
  const quote = quotes.find(
    (q) =>
      q.open >= last.start &&
      q.start < last.end &&
      last.end < q.end &&
      !/[;:]\s*$/.test(doc.body.slice(last.start, q.open)) &&
      !COORDINATOR_OPENING.test(q.text),
  );
  if (!quote) return draft;
  const piece = { start: last.start, end: quote.close === null ? quote.end : quote.close + 1 };
  return { ...draft, pieces: [...draft.pieces.slice(0, -1), piece], kind: 'MIXED', holdsQuote: true };
}
