import type { StatementDraft } from './statement-draft.ts';
import { sentenceAt, type TextDocument } from './text/document.ts';

// Up to this many words a quoted phrase is a term ("virtual safety car"), not a stretch of speech.
const MAX_TERM_WORDS = 4;

/**
 * "F1 mandated the use of the “virtual safety car”.", "… on the grounds that their entry would be a “significant
 * public benefit.”": a short quoted phrase opening in lower case in a sentence with no cue of its own marks a term or a scare quote; the
 * cue of a neighbouring sentence did not say it.
 */
export function isBorrowedFragment(doc: TextDocument, draft: StatementDraft): boolean {
  if (draft.kind !== 'DIRECT' || draft.pieces.length !== 1) return false;
  const piece = draft.pieces[0] as { start: number; end: number };
  // "“In my head, anyway.”", "“but they’re racist!”": a capitalised quotation, or an exclamation or a question,
  // is speech however short.
  const text = doc.body.slice(piece.start, piece.end);
  if (!/^\p{Ll}/u.test(text) || /[!?]\W*$/u.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  if (words > MAX_TERM_WORDS) return false;
  const own = sentenceAt(doc, piece.start);
  return own !== undefined && own.index !== draft.attribution.sentence;
}
