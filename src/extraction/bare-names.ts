import type { StatementDraft } from './statement-draft.ts';

// A name and nothing said of it: "the Harbour Line Ferry", "Senator Ada Lind".
const BARE_NAME = /^(?:(?:the|a|an)\s+)?\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{N}'’.-]*)*$/u;

/**
 * "a twin-site system, one in each hemisphere, called the Harbour Sky Telescope", "she called the Senate
 * Majority Leader": a naming verb whose content is a name alone names a thing or calls a person on the phone;
 * "called Trump a liar" says something of the one named.
 */
export function isBareNaming(body: string, draft: StatementDraft): boolean {
  if (draft.attribution.verb?.frame !== 'dub' || draft.kind !== 'INDIRECT' || draft.pieces.length !== 1) return false;
  const piece = draft.pieces[0] as { start: number; end: number };
  return BARE_NAME.test(body.slice(piece.start, piece.end).trim());
}
