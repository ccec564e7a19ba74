import type { Paragraph, TextDocument, Token } from './text/document.ts';
import { sentenceAt, tokenIndexAt } from './text/document.ts';
import type { Attribution } from './attribution.ts';
import { isStatementQuote, type Quote } from './quotes.ts';
import type { StatementDraft } from './statement-draft.ts';

// A cue this close after a closing mark belongs to the quotation: "…,” the official said.
const MAX_TOKENS_FROM_QUOTE_TO_CUE = 4;
// "… told the crowd at the rally:": what may stand between an introducing cue and its colon.
const MAX_INTRODUCTION_WORDS = 6;

function sentenceSpanOf(doc: TextDocument, offset: number): { index: number; start: number; end: number } | undefined {
  return sentenceAt(doc, offset);
}

/** The usable (not negated) attributions by sentence and by paragraph, in text order, built once per article. */
interface AttributionIndex {
  all: Attribution[];
  bySentence: Map<number, Attribution[]>;
  byParagraph: Map<number, Attribution[]>;
}

function indexAttributions(attributions: Attribution[]): AttributionIndex {
  const index: AttributionIndex = { all: attributions, bySentence: new Map(), byParagraph: new Map() };
  for (const a of attributions) {
    if (a.negated) continue;
    const inSentence = index.bySentence.get(a.sentence);
    if (inSentence) inSentence.push(a);
    else index.bySentence.set(a.sentence, [a]);
    const inParagraph = index.byParagraph.get(a.paragraph);
    if (inParagraph) inParagraph.push(a);
    else index.byParagraph.set(a.paragraph, [a]);
  }
  return index;
}

const NONE: Attribution[] = [];

/** How many attributions open the list and pass `test`, which holds for a prefix of it (text order). */
function countBefore(list: Attribution[], test: (a: Attribution) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(list[mid] as Attribution)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The attribution in the quotation's own sentence: right after it, else before it, else later in that sentence. */
function ownAttribution(doc: TextDocument, quote: Quote, index: AttributionIndex): Attribution | null {
  const closeOffset = quote.close ?? quote.end;
  const openSentence = sentenceSpanOf(doc, quote.open);
  const closeSentence = sentenceSpanOf(doc, Math.max(quote.open, closeOffset - 1));
  if (!openSentence || !closeSentence) return null;
  // A sentence's attributions are in text order: both are found by halving, as one sentence may hold thousands.
  const after = index.bySentence.get(closeSentence.index) ?? NONE;
  const nearestAfter: Attribution | undefined = after[countBefore(after, (a) => a.cue.start < closeOffset)];
  const before = index.bySentence.get(openSentence.index) ?? NONE;
  let nearestBefore: Attribution | undefined;
  // An inverted cue before the quotation ("“…,” said X. “…”") goes with the quotation before it; "according to X,
  // it is “…”" opens the clause that holds this one.
  for (let k = countBefore(before, (a) => a.cue.end <= quote.open) - 1; k >= 0 && !nearestBefore; k--) {
    const a = before[k] as Attribution;
    if (a.link !== 'inverted' || a.kind === 'ACCORDING_TO') nearestBefore = a;
  }
  // "claimed “…” and said …": a verb coordinated after the quotation begins a report of its own; so does a
  // participle ("described the defeat as “a hard lesson”, telling the Courier …").
  if (nearestAfter && nearestBefore && (nearestAfter.link === 'coordinated' || nearestAfter.link === 'participial'))
    return nearestBefore;
  // "Lee said “We will see,” when asked whether she would campaign …": a cue right before the quotation
  // introduces it; a cue after it belongs to a clause of its own.
  if (nearestBefore && introduces(doc, nearestBefore, quote)) return nearestBefore;
  if (nearestAfter) {
    const closeToken = tokenIndexAt(doc, closeOffset);
    const firstOfAttribution = Math.min(nearestAfter.cue.index, nearestAfter.subject.first);
    if (firstOfAttribution - closeToken <= MAX_TOKENS_FROM_QUOTE_TO_CUE) return nearestAfter;
  }
  return nearestBefore ?? nearestAfter ?? null;
}

/** Between the cue and the opening mark stand only a colon or a comma ("said: “…”", "said, “…”", "said “…”"). */
function introduces(doc: TextDocument, attribution: Attribution, quote: Quote): boolean {
  const between = doc.body.slice((doc.tokens[attribution.cueEnd - 1] as Token).end, quote.open);
  return /^\s*[:,]?\s*$/.test(between);
}

/** Attributions whose cue starts in [start, end): attributions come in text order. */
function cuesBetween(attributions: Attribution[], start: number, end: number): Attribution[] {
  let low = 0;
  let high = attributions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((attributions[mid] as Attribution).cue.start < start) low = mid + 1;
    else high = mid;
  }
  const found: Attribution[] = [];
  for (let k = low; k < attributions.length && (attributions[k] as Attribution).cue.start < end; k++)
    found.push(attributions[k] as Attribution);
  return found;
}

/** The closest attribution in the same paragraph: the sentence before, else the one after. */
function paragraphAttribution(quote: Quote, index: AttributionIndex): Attribution | null {
  const inParagraph = index.byParagraph.get(quote.paragraph) ?? NONE;
  let before: Attribution | undefined;
  for (const a of inParagraph) if (a.cue.end <= quote.open) before = a;
  return before ?? inParagraph.find((a) => a.cue.start >= quote.end) ?? null;
}

/** The quotation opens its paragraph (its opening mark is the paragraph's first character). */
function opensParagraph(doc: TextDocument, quote: Quote): boolean {
  return (doc.paragraphs[quote.paragraph] as Paragraph).start === quote.open;
}

/**
 * "Reporter Ida Moss says: / “Well Tom, …”": a quotation opening its paragraph takes the cue that
 * ends the paragraph before it, introducing it with a colon.
 */
function introductionBefore(doc: TextDocument, quote: Quote, index: AttributionIndex): Attribution | null {
  if (!opensParagraph(doc, quote)) return null;
  const before = index.byParagraph.get(quote.paragraph - 1);
  const last = before?.[before.length - 1];
  if (!last) return null;
  const paragraph = doc.paragraphs[quote.paragraph - 1] as Paragraph;
  const tail = doc.body.slice((doc.tokens[last.cueEnd - 1] as Token).end, paragraph.end).trim();
  return tail.endsWith(':') && tail.split(/\s+/).length <= MAX_INTRODUCTION_WORDS ? last : null;
}

/** A quotation opening a passage over paragraphs may be attributed only at its end: “A. / “B,” she said. */
function continuationAttribution(
  doc: TextDocument,
  quotes: Quote[],
  quote: Quote,
  index: AttributionIndex,
): Attribution | null {
  let current = quote;
  for (let next = quotes[current.index + 1]; next && next.continues === current.index; next = quotes[next.index + 1]) {
    const found = ownAttribution(doc, next, index);
    if (found) return found;
    current = next;
  }
  return null;
}

/**
 * "“…,” Ruiz said, according to the Courier. “…”": "according to" after a cue in its sentence names who reported
 * the words, not a new speaker; the quotation after it goes on with the speaker's.
 */
function isSecondarySource(later: Attribution, speaker: Attribution): boolean {
  return later.kind === 'ACCORDING_TO' && later.sentence === speaker.sentence && later.cue.start > speaker.cue.start;
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

/** "“…”, it added; and, later, “…”": a semicolon between two quotations of one cue parts two statements. */
function semicolonBetween(doc: TextDocument, draft: StatementDraft, quote: Quote): boolean {
  const lastPiece = draft.pieces[draft.pieces.length - 1] as { end: number };
  return lastPiece.end < quote.open && doc.body.slice(lastPiece.end, quote.open).includes(';');
}

/**
 * "“We've not made a decision,” Lyon noted, but the company “supports all of these groups …”": a quotation right
 * after a noun of its own clause is that subject's quoted predicate, a report of its own (indirect.ts), not the
 * first quotation going on.
 */
function predicateOfNewSubject(doc: TextDocument, quote: Quote): boolean {
  const before = doc.tokens[tokenIndexAt(doc, quote.open) - 1];
  return before !== undefined && before.end < quote.open && (before.pos === 'NOUN' || before.pos === 'PROPN');
}

const REPLY_STOPS = new Set([',', '!', '?', '.']);
const MAX_REPLY_WORDS = 2;

/**
 * "“We’ll see,” Lee said.", "“Absolutely not!” she replied.": a reply of one or two words that opens its
 * sentence, ends on its own stop inside the marks and has its cue after it is a statement; a name or a scare
 * quote in running text ("the so-called “experts”") is none.
 */
function isShortReply(doc: TextDocument, quote: Quote, own: Attribution | null): boolean {
  if (!own || quote.words > MAX_REPLY_WORDS || quote.close === null || own.cue.start < quote.close) return false;
  if (!REPLY_STOPS.has(doc.body[quote.close - 1] ?? '')) return false;
  return sentenceSpanOf(doc, quote.open)?.start === quote.open;
}

/**
 * Direct statements from quotations. A quotation takes the cue of its own sentence; one without a cue
 * continues the previous quotation of the paragraph (`“A,” he said. “B.”` is one statement) unless another
 * cue came between; otherwise it takes the nearest cue of its paragraph. Quotes over paragraphs stay one.
 */
export function directStatements(doc: TextDocument, quotes: Quote[], attributions: Attribution[]): StatementDraft[] {
  const drafts: StatementDraft[] = [];
  const index = indexAttributions(attributions);
  const draftOfQuote = new Map<number, StatementDraft>();
  let previous: StatementDraft | null = null;
  for (const quote of quotes) {
    const continued = quote.continues !== null ? draftOfQuote.get(quote.continues) : undefined;
    if (continued) {
      extend(continued, doc, quote);
      draftOfQuote.set(quote.index, continued);
      continue;
    }
    const statementQuote = isStatementQuote(quote);
    // A quotation too long for a reply that is no statement (a title, a name) needs no cue looked up.
    if (!statementQuote && quote.words > MAX_REPLY_WORDS) continue;
    const own = ownAttribution(doc, quote, index);
    if (!statementQuote && !isShortReply(doc, quote, own)) continue;
    const sameParagraph: StatementDraft | null =
      previous !== null && previous.paragraph === quote.paragraph ? previous : null;
    let draft: StatementDraft | null = null;
    if (
      own &&
      sameParagraph &&
      sameParagraph.attribution === own &&
      !semicolonBetween(doc, sameParagraph, quote) &&
      !predicateOfNewSubject(doc, quote)
    )
      draft = sameParagraph;
    else if (!own && sameParagraph) {
      const lastPiece = sameParagraph.pieces[sameParagraph.pieces.length - 1] as { end: number };
      // A participle of the same speaker ("…,” Sasse told her, repeatedly calling for …) does not end the quote.
      const between = cuesBetween(attributions, lastPiece.end, quote.open).filter(
        (a) =>
          a !== sameParagraph.attribution &&
          !(a.link === 'participial' && a.speaker.actor === sameParagraph.attribution.speaker.actor) &&
          !isSecondarySource(a, sameParagraph.attribution),
      );
      if (between.length === 0) draft = sameParagraph;
    }
    const attribution =
      draft || own
        ? own
        : (paragraphAttribution(quote, index) ??
          continuationAttribution(doc, quotes, quote, index) ??
          introductionBefore(doc, quote, index));
    // A paragraph that is only a quotation, with no cue anywhere near, goes on with the quotation of the
    // paragraph before it: “Seventeen years ago …,” said Mohib. / “They represent our aspirations …”
    if (!draft && !attribution && previous && opensParagraph(doc, quote) && previous.paragraph === quote.paragraph - 1)
      draft = previous;
    if (draft) extend(draft, doc, quote);
    else {
      if (!attribution) continue;
      draft = start(doc, quote, attribution);
      drafts.push(draft);
    }
    draftOfQuote.set(quote.index, draft);
    previous = draft;
  }
  return drafts;
}
