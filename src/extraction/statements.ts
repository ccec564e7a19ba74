import type { ExtractedStatement, Span } from './types.ts';
import type { TextDocument } from './text/document.ts';
import type { Attribution } from './attribution.ts';
import { directStatements } from './direct.ts';
import { indirectStatements } from './indirect.ts';
import type { Quote } from './quotes.ts';
import { draftText } from './statement-draft.ts';
import { publishersNoteParagraphs } from './credit-lines.ts';
import { listItemStatements } from './list-items.ts';
import { quoteParagraphStatements } from './quote-paragraphs.ts';
import { isQuotedName } from './quoted-names.ts';
import { endBeforeColonQuote, runToQuoteEnd } from './colon-quotes.ts';
import { isBorrowedFragment } from './borrowed-fragments.ts';
import { isBareNaming } from './bare-names.ts';
import { isMessageWithOwnCue } from './message-objects.ts';
import { tokenIndexAt, type Sentence, type Token } from './text/document.ts';

const SUBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/** A quotation that opens on a subject and its verb ("the deal was …"): a clause, not a fragment. */
function isQuotedClause(doc: TextDocument, piece: Span): boolean {
  let k = tokenIndexAt(doc, piece.start);
  const first = k;
  while (k < doc.tokens.length && SUBJECT_TAGS.has((doc.tokens[k] as Token).pos)) k++;
  const verb = doc.tokens[k];
  return k > first && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !verb.lower.endsWith('ing');
}

/** Direct and reported statements in text order, without topics and events (added later). */
export function buildStatements(
  doc: TextDocument,
  quotes: Quote[],
  attributions: Attribution[],
  /** Receives each statement's pieces of text, in the statements' order. */
  pieces?: Span[][],
): ExtractedStatement[] {
  const reported = indirectStatements(doc, quotes, attributions)
    .map((d) => runToQuoteEnd(doc, quotes, endBeforeColonQuote(doc, quotes, d)))
    .filter((d) => !isBareNaming(doc.body, d) && !isMessageWithOwnCue(doc, d, attributions));
  // A report holds a quotation woven into it, and a quoted clause of its own cue ("X said she had seen a deal, but
  // “the deal was never signed …”"): one mixed statement, as annotators mark it. A quoted fragment ("… would “ruin his
  // life.”") is also a direct statement, and so is a quotation with a cue of its own ("…; “I think …,” he said").
  const quoted = directStatements(doc, quotes, attributions).filter(
    (d) =>
      !d.pieces.every((p) => isQuotedName(doc, p)) &&
      !isBorrowedFragment(doc, d) &&
      !d.pieces.every((p) =>
        reported.some(
          (h) =>
            (h.holdsQuote || (h.kind === 'MIXED' && h.attribution === d.attribution && isQuotedClause(doc, p))) &&
            h.pieces.some((q) => q.start <= p.start && p.end <= q.end),
        ),
      ),
  );
  const notes = publishersNoteParagraphs(doc);
  // An item of a list is its source's claim; a cue inside it ("…, denying customers the freedom …") is none.
  const items = listItemStatements(doc, attributions);
  const itemParagraphs = new Set(items.map((item) => item.paragraph));
  const found = [...quoted, ...reported]
    .filter((draft) => !itemParagraphs.has((doc.sentences[draft.attribution.sentence] as Sentence).paragraph))
    .concat(items);
  const drafts = [...found, ...quoteParagraphStatements(doc, quotes, attributions, found)].filter(
    (draft) => !notes.has((doc.sentences[draft.attribution.sentence] as Sentence).paragraph),
  );
  drafts.sort((a, b) => (a.pieces[0]?.start ?? 0) - (b.pieces[0]?.start ?? 0));
  // A coordinated subject reports for each person or body in it: one statement each, on the same passage. A
  // quotation given to the cue's speaker from another sentence goes to that speaker alone.
  const spoken = drafts.flatMap((draft) => {
    const cueSentence = doc.sentences[draft.attribution.sentence] as Sentence;
    const besideCue = draft.pieces.some((p) => p.start < cueSentence.end && p.end > cueSentence.start);
    const speakers = besideCue ? draft.attribution.speakers : [draft.attribution.speaker];
    return speakers.map((speaker) => ({ draft, speaker }));
  });
  if (pieces) for (const { draft } of spoken) pieces.push(draft.pieces);
  return spoken.map(({ draft, speaker }) => {
    const first = draft.pieces[0] ?? { start: 0, end: 0 };
    const last = draft.pieces[draft.pieces.length - 1] ?? first;
    return {
      start: first.start,
      end: last.end,
      text: draftText(doc.body, draft),
      section: 'BODY',
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
