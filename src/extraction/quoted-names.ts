import type { Span } from './types.ts';
import { tokenIndexAt, type TextDocument } from './text/document.ts';
import { isQuoteMark } from './sources.ts';

// "a campaign titled “…”", "a robot, named “…”": the quotation after these is the name of a thing.
const NAMING_PARTICIPLES = new Set(['titled', 'entitled', 'headlined', 'named', 'nicknamed']);

/**
 * The quoted piece names a work or a thing ("their advertising campaign titled “Juan drinks tea”"): a naming
 * participle after the noun it names, or after that noun's comma, stands right before the opening mark. "It was
 * named “as a joke”" is no name: there the participle follows its auxiliary.
 */
export function isQuotedName(doc: TextDocument, piece: Span): boolean {
  const mark = tokenIndexAt(doc, piece.start) - 1;
  const naming = doc.tokens[mark - 1];
  const before = doc.tokens[mark - 2];
  if (!isQuoteMark(doc.tokens[mark]) || !naming || !before || !NAMING_PARTICIPLES.has(naming.lower)) return false;
  return before.pos === 'NOUN' || before.pos === 'PROPN' || before.text === ',';
}
