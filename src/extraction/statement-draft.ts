import type { Span, StatementKind } from './types.ts';
import type { Attribution } from './attribution.ts';

/** A statement being assembled: one or more pieces of text attributed through one cue. */
export interface StatementDraft {
  attribution: Attribution;
  kind: StatementKind;
  pieces: Span[];
  /** The passage the pieces came from. */
  sentence: Span;
  /** Paragraph of the last piece. */
  paragraph: number;
  /** A report holding a quotation woven into it: the quotation is no direct statement of its own. */
  holdsQuote?: boolean;
}

/** Pieces are joined with " ... ", the way quotes interrupted by "he said" are cited. */
export function draftText(body: string, draft: StatementDraft): string {
  return draft.pieces.map((p) => body.slice(p.start, p.end)).join(' ... ');
}
