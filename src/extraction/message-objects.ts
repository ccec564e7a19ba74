import type { Attribution } from './attribution.ts';
import { isReportingNoun } from './reporting-words.ts';
import type { StatementDraft } from './statement-draft.ts';
import { tokenIndexAt, type TextDocument } from './text/document.ts';

const DETERMINERS = new Set(['a', 'an', 'the']);

/**
 * "…, posting a statement on its website which read, “…”": a report whose content is a message that speaks through
 * a relative clause of its own ("which read", "that said") tells no more than that the message exists; the message's words
 * are the statement.
 */
export function isMessageWithOwnCue(doc: TextDocument, draft: StatementDraft, attributions: Attribution[]): boolean {
  const piece = draft.pieces[0];
  if (!piece || draft.kind === 'DIRECT') return false;
  const first = tokenIndexAt(doc, piece.start);
  const determiner = doc.tokens[first];
  const noun = doc.tokens[first + 1];
  if (!determiner || !noun || !DETERMINERS.has(determiner.lower) || !isReportingNoun(noun.lemma)) return false;
  return attributions.some(
    (a) => a !== draft.attribution && a.link === 'relative' && a.cue.start > noun.end && a.cue.end <= piece.end,
  );
}
