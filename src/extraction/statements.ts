import type { ExtractedStatement, Span } from './types.ts';
import type { TextDocument } from './text/document.ts';
import type { Attribution } from './attribution.ts';
import { directStatements } from './direct.ts';
import { indirectStatements } from './indirect.ts';
import type { Quote } from './quotes.ts';
import { draftText } from './statement-draft.ts';

/** Direct and reported statements in text order, without topics and events (added later). */
export function buildStatements(
  doc: TextDocument,
  quotes: Quote[],
  attributions: Attribution[],
  /** Receives each statement's pieces of text, in the statements' order. */
  pieces?: Span[][],
): ExtractedStatement[] {
  const reported = indirectStatements(doc, quotes, attributions);
  const holding = reported.filter((d) => d.holdsQuote);
  const quoted = directStatements(doc, quotes, attributions).filter(
    (d) => !d.pieces.every((p) => holding.some((h) => h.pieces.some((q) => q.start <= p.start && p.end <= q.end))),
  );
  const drafts = [...quoted, ...reported];
  drafts.sort((a, b) => (a.pieces[0]?.start ?? 0) - (b.pieces[0]?.start ?? 0));
  if (pieces) for (const draft of drafts) pieces.push(draft.pieces);
  return drafts.map((draft) => {
    const first = draft.pieces[0] ?? { start: 0, end: 0 };
    const last = draft.pieces[draft.pieces.length - 1] ?? first;
    const speaker = draft.attribution.speaker;
    return {
      start: first.start,
      end: last.end,
      text: draftText(doc.body, draft),
      speakerRef: speaker.actor.ref,
      speakerRole: speaker.actor.kind === 'ANONYMOUS' ? null : speaker.roleTitle,
      kind: draft.kind,
      cue: draft.attribution.cueText,
      sentence: draft.sentence,
      topics: [],
      eventRef: null,
    };
  });
}
