import type { TextDocument, Token } from './text/document.ts';

// A dateline opens a story's first paragraph: a place in capitals, sometimes a date and the agency, then a
// dash ("WASHINGTON —", "LISBON, May 3 (Reuters) –", "NEW YORK (AP) - "). Its words are no actor and no
// subject; the sentence's own words start after the dash.
const MAX_DATELINE_TOKENS = 10;
const DATELINE_TAGS = new Set(['PROPN', 'NUM', 'PUNCT']);
const PLACE_IN_CAPITALS = /^\p{Lu}{2,}$/u;
const CAPITALISED = /^\p{Lu}/u;
const DASHES = new Set(['—', '–', '―']);

/** A dash that ends a dateline: a long one, or a hyphen standing apart ("NEW YORK - "). */
function isDatelineDash(tokens: Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (DASHES.has(token.text)) return true;
  const before = tokens[k - 1];
  return token.text === '-' && before !== undefined && before.end < token.start;
}

/**
 * The index of the first token after the dateline that opens the paragraph at token `first`, or `first` when
 * no dateline opens it (or `first` does not open a paragraph).
 */
export function datelineEnd(doc: TextDocument, first: number): number {
  const tokens = doc.tokens;
  const head = tokens[first];
  if (!head || doc.paragraphs[head.paragraph]?.start !== head.start) return first;
  let place = false;
  for (let k = first; k < Math.min(tokens.length, first + MAX_DATELINE_TOKENS); k++) {
    const token = tokens[k] as Token;
    if (token.paragraph !== head.paragraph) return first;
    if (k > first && isDatelineDash(tokens, k)) return place ? k + 1 : first;
    place ||= PLACE_IN_CAPITALS.test(token.text);
    if (!DATELINE_TAGS.has(token.pos) && !CAPITALISED.test(token.text)) return first;
  }
  return first;
}

/** Whether tokens [first, end) lie inside a dateline. */
export function isInDateline(doc: TextDocument, first: number, end: number): boolean {
  const paragraph = doc.paragraphs[(doc.tokens[first] as Token).paragraph];
  const opening = paragraph && doc.sentences[paragraph.firstSentence]?.firstToken;
  // A dateline ends within its first tokens: words past them lie outside it, whatever opens the paragraph.
  if (opening === undefined || end >= opening + MAX_DATELINE_TOKENS) return false;
  const after = datelineEnd(doc, opening);
  return after > opening && end < after;
}
