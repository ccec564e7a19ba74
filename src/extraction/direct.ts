import type { TextDocument } from './text/document.ts';
import { sentenceAt, tokenIndexAt } from './text/document.ts';
import type { Attribution } from './attribution.ts';
import { isStatementQuote, type Quote } from './quotes.ts';
import type { StatementDraft } from './statement-draft.ts';

// A cue this close after a closing mark belongs to the quotation: "…,” the official said.
const MAX_TOKENS_FROM_QUOTE_TO_CUE = 4;

function sentenceSpanOf(doc: TextDocument, offset: number): { index: number; start: number; end: number } | undefined {
  return sentenceAt(doc, offset);
}

/** The attribution in the quotation's own sentence: right after it, else before it, else later in that sentence. */
function ownAttribution(doc: TextDocument, quote: Quote, attributions: Attribution[]): Attribution | null {
  const closeOffset = quote.close ?? quote.end;
  const openSentence = sentenceSpanOf(doc, quote.open);
  const closeSentence = sentenceSpanOf(doc, Math.max(quote.open, closeOffset - 1));
  if (!openSentence || !closeSentence) return null;
  const usable = attributions.filter((a) => !a.negated);
  const after = usable.filter((a) => a.cue.start >= closeOffset && a.sentence === closeSentence.index);
  const before = usable.filter((a) => a.cue.end <= quote.open && a.sentence === openSentence.index && !a.inverted);
  const nearestAfter = after[0];
  const nearestBefore = before[before.length - 1];
  if (nearestAfter) {
    const closeToken = tokenIndexAt(doc, closeOffset);
    const firstOfAttribution = Math.min(nearestAfter.cue.index, nearestAfter.subject.first);
    if (firstOfAttribution - closeToken <= MAX_TOKENS_FROM_QUOTE_TO_CUE) return nearestAfter;
  }
  return nearestBefore ?? nearestAfter ?? null;
}

function cuesBetween(attributions: Attribution[], start: number, end: number): Attribution[] {
  return attributions.filter((a) => a.cue.start >= start && a.cue.start < end);
}

/** The closest attribution in the same paragraph: the sentence before, else the one after. */
function paragraphAttribution(quote: Quote, attributions: Attribution[]): Attribution | null {
  const inParagraph = attributions.filter((a) => a.paragraph === quote.paragraph && !a.negated);
  const before = inParagraph.filter((a) => a.cue.end <= quote.open);
  return before[before.length - 1] ?? inParagraph.find((a) => a.cue.start >= quote.end) ?? null;
}

/** A quotation opening a passage over paragraphs may be attributed only at its end: “A. / “B,” she said. */
function continuationAttribution(
  doc: TextDocument,
  quotes: Quote[],
  quote: Quote,
  attributions: Attribution[],
): Attribution | null {
  let current = quote;
  for (let next = quotes[current.index + 1]; next && next.continues === current.index; next = quotes[next.index + 1]) {
    const found = ownAttribution(doc, next, attributions);
    if (found) return found;
    current = next;
  }
  return null;
}

function extend(draft: StatementDraft, doc: TextDocument, quote: Quote): void {
  draft.pieces.push({ start: quote.start, end: quote.end });
  const sentence = sentenceSpanOf(doc, Math.max(quote.start, quote.end - 1));
  draft.sentence = { start: draft.sentence.start, end: Math.max(draft.sentence.end, sentence?.end ?? quote.end) };
  draft.paragraph = quote.paragraph;
}

function start(doc: TextDocument, quote: Quote, attribution: Attribution): StatementDraft {
  const first = sentenceSpanOf(doc, quote.open);
  const last = sentenceSpanOf(doc, Math.max(quote.start, quote.end - 1));
  const sentenceStart = Math.min(first?.start ?? quote.start, attribution.cue.start);
  const sentenceEnd = Math.max(last?.end ?? quote.end, attribution.cue.end);
  return {
    attribution,
    kind: 'DIRECT',
    pieces: [{ start: quote.start, end: quote.end }],
    sentence: { start: sentenceStart, end: sentenceEnd },
    paragraph: quote.paragraph,
  };
}

/**
 * Direct statements from quotations. A quotation takes the cue of its own sentence; one without a cue
 * continues the previous quotation of the paragraph (`“A,” he said. “B.”` is one statement) unless another
 * cue came between; otherwise it takes the nearest cue of its paragraph. Quotes over paragraphs stay one.
 */
export function directStatements(doc: TextDocument, quotes: Quote[], attributions: Attribution[]): StatementDraft[] {
  const drafts: StatementDraft[] = [];
  const draftOfQuote = new Map<number, StatementDraft>();
  let previous: StatementDraft | null = null;
  for (const quote of quotes) {
    const continued = quote.continues !== null ? draftOfQuote.get(quote.continues) : undefined;
    if (continued) {
      extend(continued, doc, quote);
      draftOfQuote.set(quote.index, continued);
      continue;
    }
    if (!isStatementQuote(quote)) continue;
    const sameParagraph: StatementDraft | null =
      previous !== null && previous.paragraph === quote.paragraph ? previous : null;
    const own = ownAttribution(doc, quote, attributions);
    let draft: StatementDraft | null = null;
    if (own && sameParagraph && sameParagraph.attribution === own) draft = sameParagraph;
    else if (!own && sameParagraph) {
      const lastPiece = sameParagraph.pieces[sameParagraph.pieces.length - 1] as { end: number };
      // A participle of the same speaker ("…,” Sasse told her, repeatedly calling for …) does not end the quote.
      const between = cuesBetween(attributions, lastPiece.end, quote.open).filter(
        (a) =>
          a !== sameParagraph.attribution &&
          !(a.participial && a.speaker.actor === sameParagraph.attribution.speaker.actor),
      );
      if (between.length === 0) draft = sameParagraph;
    }
    if (draft) extend(draft, doc, quote);
    else {
      const attribution =
        own ?? paragraphAttribution(quote, attributions) ?? continuationAttribution(doc, quotes, quote, attributions);
      if (!attribution) continue;
      draft = start(doc, quote, attribution);
      drafts.push(draft);
    }
    draftOfQuote.set(quote.index, draft);
    previous = draft;
  }
  return drafts;
}
