import type { Span, StatementKind } from './types.ts';
import { tokenIndexAt, type Paragraph, type Sentence, type TextDocument, type Token } from './text/document.ts';
import { colonContent } from './colon-attribution.ts';
import type { Attribution } from './attribution.ts';
import { countWords, isStatementQuote, type Quote } from './quotes.ts';
import {
  isDemonstrativeSubject,
  isMisreadVerb,
  MAX_CLAUSE_TOKENS,
  reportedParts,
  saysByReference,
  type Part,
} from './reported-content.ts';
import { isQuoteMark } from './sources.ts';
import { isDateWord } from './names.ts';
import type { StatementDraft } from './statement-draft.ts';
import { quotedEpithet } from './quoted-epithets.ts';

const MIN_CLAUSE_WORDS = 3;
// Attributions of one sentence looked at after a cue: a sentence holds few.
const MAX_FOLLOWING = 8;
const WORD = /[\p{L}\p{N}]/u;
const LEADING_CONNECTIVES = new Set(['that', 'and', 'but', 'so']);
// "… the proposal in October, although": a report never ends on a word that joins it to more.
const TRAILING_CONNECTIVES = new Set([
  'and',
  'but',
  'or',
  'although',
  'though',
  'because',
  'while',
  'as',
  'so',
  'that',
]);
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?']);

/** "that the plan …" opens a clause; "that’s the point", "that was wrong" open on a demonstrative subject. */
function opensWithConnective(doc: TextDocument, i: number): boolean {
  return LEADING_CONNECTIVES.has((doc.tokens[i] as Token).lower) && !isDemonstrativeSubject(doc, i);
}

function trimPart(doc: TextDocument, part: Part): Part {
  let { first, end } = part;
  while (first < end && (opensWithConnective(doc, first) || (doc.tokens[first] as Token).text === ',')) first++;
  while (
    end > first &&
    (doc.tokens[end - 1] as Token).quote < 0 &&
    (TRAILING_PUNCTUATION.has((doc.tokens[end - 1] as Token).text) ||
      (TRAILING_CONNECTIVES.has((doc.tokens[end - 1] as Token).lower) && !isFinalObjectPronoun(doc, end - 1)))
  )
    end--;
  return { first, end };
}

/**
 * "said voters do not want that.": "that" after a verb or a preposition, closing its sentence, is a demonstrative
 * pronoun, the verb's object, not the conjunction of a clause that was cut off.
 */
function isFinalObjectPronoun(doc: TextDocument, i: number): boolean {
  const token = doc.tokens[i] as Token;
  const next = doc.tokens[i + 1];
  const before = doc.tokens[i - 1];
  const closes = next === undefined || next.sentence !== token.sentence || /^[.!?;]$/.test(next.text);
  return token.lower === 'that' && closes && (before?.pos === 'VERB' || before?.pos === 'ADP');
}

/**
 * "… the nominee would be Cruz, who leads in delegates": a relative clause on a name closing the report is the
 * writer's aside about that person, not what was said; one closed by a comma of its own ("Bell, who chairs the
 * board, will …") stays, and so does one on a thing ("an enlargement, which he could then use …").
 */
function withoutTrailingRelative(doc: TextDocument, part: Part): Part {
  for (let i = part.end - 1; i > part.first; i--) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0 || isQuoteMark(token)) return part;
    if (token.text !== ',') continue;
    const onName = doc.tokens[i + 1]?.lower === 'who' && doc.tokens[i - 1]?.pos === 'PROPN';
    return onName ? trimPart(doc, { first: part.first, end: i }) : part;
  }
  return part;
}

function quotesIn(doc: TextDocument, part: Part, quotes: Quote[]): Quote[] {
  const seen = new Set<number>();
  for (let i = part.first; i < part.end; i++) {
    const q = (doc.tokens[i] as Token).quote;
    if (q >= 0) seen.add(q);
  }
  return [...seen].map((q) => quotes[q] as Quote);
}

/**
 * A part holding a full quotation is the direct statement's business, except a trailing quotation set off
 * by a comma ("…would be a first step, “a point of no return.”"), which is cut away.
 */
interface ReportedText {
  part: Part;
  kind: StatementKind;
  /** The quotation inside is part of this statement, not a direct statement of its own. */
  holdsQuote: boolean;
}

/**
 * The report in a part, trimmed. A quotation of three words or more inside it is a direct statement of its
 * own when it follows a complete clause ("Thomas is a single father of three children, and a guilty plea would
 * “ruin his life.”": the clause with the quotation is a mixed statement too) or completes the cue ("called his
 * death “a crisis of public trust”"); a quotation woven into a clause whose own words make a clause ("she was
 * “a real danger” to the harbour") is one mixed statement with it.
 */
function reportedText(
  doc: TextDocument,
  part: Part,
  quotes: Quote[],
  minWords = MIN_CLAUSE_WORDS,
  /** The part follows the cue ("saying that “…” …"); a quotation before an inverted cue stays direct. */
  afterCue = false,
): ReportedText | null {
  const current = withoutTrailingRelative(doc, trimPart(doc, beforeColonQuote(doc, part, quotes)));
  if (current.end <= current.first) return null;
  if (isQuoteMark(doc.tokens[current.first]))
    return afterCue ? clauseOpeningWithQuote(doc, current, quotes, minWords) : null;
  const inside = quotesIn(doc, current, quotes);
  const full = inside.filter(isStatementQuote);
  if (full.length > 0) {
    const last = full[full.length - 1] as Quote;
    const openMark = tokenIndexAt(doc, last.open);
    let cut = openMark - 1;
    if (doc.tokens[cut]?.text !== ',') {
      while (cut > current.first && !((doc.tokens[cut] as Token).text === ',' && (doc.tokens[cut] as Token).quote < 0))
        cut--;
      if (cut <= current.first) {
        if (endsOnContentWord(doc, openMark) && opensNewClause(doc.tokens[openMark + 1])) cut = openMark;
        else if (hasVerb(doc, current) && wordsOutsideQuotes(doc, current) >= MIN_CLAUSE_WORDS)
          return { part: current, kind: 'MIXED', holdsQuote: true };
        else if (isQuotedPredicate(doc, current, openMark) || isQuotedInfinitive(doc, current, openMark))
          return { part: current, kind: 'MIXED', holdsQuote: true };
        else return null;
      }
    }
    if (cut === openMark - 1 && isQuotedPredicate(doc, current, openMark))
      return { part: current, kind: 'MIXED', holdsQuote: true };
    // "if the virus were to start in a second wave, it “would be the biggest …”": after an adverbial clause, the
    // writer gives the main clause's subject and the quotation its predicate; one mixed statement.
    if (cut < openMark - 1 && isQuotedPredicate(doc, { first: cut + 1, end: current.end }, openMark))
      return { part: current, kind: 'MIXED', holdsQuote: true };
    const before = trimPart(doc, { first: current.first, end: cut });
    if (before.end <= before.first || isQuoteMark(doc.tokens[before.first])) return null;
    if (!hasVerb(doc, before) || wordsOf(doc, before) < MIN_CLAUSE_WORDS) return null;
    // "… would be a first step, “a point of no return.”": a quoted noun phrase in apposition is a direct
    // statement of its own, cut away from the report; a quoted clause goes on with the report ("… a deal, but
    // “the deal was never signed …”"), one mixed statement with it.
    if (cut === openMark - 1 && isAppositiveQuote(doc, last, before, current))
      return { part: before, kind: 'INDIRECT', holdsQuote: false };
    return { part: current, kind: 'MIXED', holdsQuote: false };
  }
  if (wordsOf(doc, current) < minWords) return null;
  return { part: current, kind: inside.length > 0 ? 'MIXED' : 'INDIRECT', holdsQuote: false };
}

// A quotation after a colon this long is a statement of its own, not a word woven into the report.
const MIN_WORDS_AFTER_COLON = 10;

/**
 * "told Sky News any process “must be well thought out”: “Moves to reduce the backlog …”": a colon opening a
 * quotation of its own ends a report that has a quotation of its own woven in.
 */
function beforeColonQuote(doc: TextDocument, part: Part, quotes: Quote[]): Part {
  for (let i = part.first + 1; i + 1 < part.end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.text !== ':' || token.quote >= 0) continue;
    const mark = doc.tokens[i + 1] as Token;
    const quote = isQuoteMark(mark) && mark.quote < 0 ? quotes.find((q) => q.open === mark.start) : undefined;
    if (!quote || quote.words < MIN_WORDS_AFTER_COLON) continue;
    return { first: part.first, end: i };
  }
  return part;
}

/**
 * "saying that “luck still counts for too much” in the league, including who wins": a clause that opens with a
 * quotation and goes on in the writer's words is one mixed statement; a quotation alone is direct.ts's.
 */
function clauseOpeningWithQuote(doc: TextDocument, part: Part, quotes: Quote[], minWords: number): ReportedText | null {
  const opening = quotes.find((q) => q.open === (doc.tokens[part.first] as Token).start);
  if (!opening || opening.close === null) return null;
  const afterClose = tokenIndexAt(doc, opening.close) + 1;
  if (afterClose >= part.end) return null;
  const rest = { first: afterClose, end: part.end };
  if (wordsOutsideQuotes(doc, rest) < Math.max(minWords, MIN_CLAUSE_WORDS)) return null;
  return { part, kind: 'MIXED', holdsQuote: true };
}

function wordsOutsideQuotes(doc: TextDocument, part: Part): number {
  let words = 0;
  for (let i = part.first; i < part.end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote < 0 && WORD.test(token.text)) words++;
  }
  return words;
}

function wordsOf(doc: TextDocument, part: Part): number {
  return countWords(doc.body.slice((doc.tokens[part.first] as Token).start, (doc.tokens[part.end - 1] as Token).end));
}

const CONTENT_TAGS = new Set(['VERB', 'NOUN', 'PROPN', 'NUM']);

/** "… before the conflict ends" is complete before a quotation; "the plan would" is not. */
function endsOnContentWord(doc: TextDocument, end: number): boolean {
  const last = doc.tokens[end - 1];
  return last !== undefined && last.quote < 0 && CONTENT_TAGS.has(last.pos);
}

const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'or',
  'because',
  'so',
  'while',
  'although',
  'though',
  'when',
  'if',
  'unless',
]);

/** A quotation going on with “and …” or “because …” adds a clause; “has the potential …” completes the report. */
function opensNewClause(token: Token | undefined): boolean {
  return token !== undefined && CLAUSE_OPENERS.has(token.lower);
}

// Words that tie a clause to the quotation following it: "it was unlikely because “…”".
const LINKS_TO_QUOTE = new Set(['because', 'that', 'as', 'since', 'saying', 'and', 'but', ':', ',', '—', '–']);

/**
 * "But while Kyiv was hoping for a decision soon, it was unlikely because “there are many ifs,” he said":
 * a cue right after a quotation also reports the clause of its own written before that quotation.
 */
function clauseBeforeQuote(
  doc: TextDocument,
  attribution: Attribution,
  previous: Attribution | undefined,
): Part | null {
  if (attribution.link !== 'subject' || attribution.kind !== 'VERB') return null;
  // The clause is the sentence's own: no other report of the sentence before it, and a clause's length at most.
  if (previous && previous.sentence === attribution.sentence) return null;
  const sentence = doc.sentences[attribution.sentence] as Sentence;
  const closing = attribution.start - 1;
  if (!isQuoteMark(doc.tokens[closing]) || (doc.tokens[closing] as Token).quote >= 0) return null;
  // Past a comma closing the quotation inside the marks, and the quotation's words.
  let open = closing - 1;
  if (TRAILING_PUNCTUATION.has(doc.tokens[open]?.text ?? '')) open--;
  while (open >= sentence.firstToken && (doc.tokens[open] as Token).quote >= 0) open--;
  if (open <= sentence.firstToken || !isQuoteMark(doc.tokens[open])) return null;
  let end = open;
  while (end > sentence.firstToken && LINKS_TO_QUOTE.has((doc.tokens[end - 1] as Token).lower)) end--;
  if (end - sentence.firstToken > MAX_CLAUSE_TOKENS) return null;
  return end > sentence.firstToken ? { first: sentence.firstToken, end } : null;
}

const ELLIPSES = new Set(['...', '…']);
const PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const SUBJECT_ENDS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * "vowed to “fight for every vote” in the primary", "urged voters to “send a message” to the board": a quoted verb
 * phrase after "to", with the writer's words around it, is one mixed statement; "vowed to “fight for every vote.”"
 * alone stays a quoted fragment.
 */
function isQuotedInfinitive(doc: TextDocument, part: Part, openMark: number): boolean {
  return doc.tokens[openMark - 1]?.lower === 'to' && wordsOutsideQuotes(doc, part) >= MIN_CLAUSE_WORDS;
}

/** "to “fight for every vote” …": the tagger, cut off by the mark, may not see the quoted verb as one. */
function opensQuotedInfinitive(doc: TextDocument, part: Part): boolean {
  return doc.tokens[part.first]?.lower === 'to' && isQuoteMark(doc.tokens[part.first + 1]);
}

/**
 * "noted the plan “makes no sense”": the writer gives the subject, the quotation its predicate; the clause is one
 * mixed statement, not a quoted fragment.
 */
function isQuotedPredicate(doc: TextDocument, part: Part, openMark: number): boolean {
  // "asserted that officials, “… plied the detective with …”": a comma and an ellipsis may stand between.
  const subjectEnd = doc.tokens[openMark - 1]?.text === ',' ? openMark - 1 : openMark;
  if (subjectEnd <= part.first || !SUBJECT_ENDS.has(doc.tokens[subjectEnd - 1]?.pos ?? '')) return false;
  for (let i = part.first; i < subjectEnd; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0 || token.pos === 'VERB' || token.pos === 'AUX' || token.text === ',') return false;
  }
  const elided = subjectEnd < openMark && ELLIPSES.has(doc.tokens[openMark + 1]?.text ?? '');
  const predicate = doc.tokens[elided ? openMark + 2 : openMark + 1];
  return (
    predicate !== undefined && (predicate.pos === 'VERB' || predicate.pos === 'AUX') && !predicate.lower.endsWith('ing')
  );
}

/**
 * A quotation that closes the report and restates its last noun in other words: "… a first step, “a point of no
 * return.”" — a noun phrase without a verb, after a clause ending on a noun.
 */
function isAppositiveQuote(doc: TextDocument, quote: Quote, before: Part, current: Part): boolean {
  const open = tokenIndexAt(doc, quote.open);
  let k = open + 1;
  if (!PHRASE_OPENERS.has(doc.tokens[k]?.pos ?? '')) return false;
  for (; doc.tokens[k]?.quote === quote.index; k++) {
    const pos = (doc.tokens[k] as Token).pos;
    if (pos === 'VERB' || pos === 'AUX') return false;
  }
  // Only its closing mark (and a stop) may follow within the report.
  while (k < current.end && (isQuoteMark(doc.tokens[k]) || TRAILING_PUNCTUATION.has((doc.tokens[k] as Token).text)))
    k++;
  return k >= current.end && endsOnContentWord(doc, before.end);
}

/**
 * A report says something happened or is so: "aboard Air Force One" is not one. With `quoted`, its verb may be a
 * quoted word ("ticket sales “collapsed” over the summer").
 */
function hasVerb(doc: TextDocument, part: Part, quoted = false): boolean {
  for (let i = part.first; i < part.end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0 && !quoted) continue;
    if (token.pos === 'VERB' || token.pos === 'AUX' || (token.quote < 0 && isMisreadVerb(doc, i))) return true;
  }
  return false;
}

function spanOf(doc: TextDocument, part: Part): Span {
  const last = doc.tokens[part.end - 1] as Token;
  const closing = doc.tokens[part.end];
  // A clause ending in a short quotation keeps its closing mark: the better for a “just peace.”
  const end = isQuoteMark(closing) && closing && closing.quote < 0 && last.quote >= 0 ? closing.end : last.end;
  return { start: (doc.tokens[part.first] as Token).start, end };
}

const ADJUNCT_OPENERS = new Set(['ADP', 'ADV', 'SCONJ']);

/**
 * "Ruiz asked at the hearing, according to the Courier": what comes before "according to" may be only an
 * earlier attribution, its speaker, cue and adjuncts; the Courier reports who spoke, not a statement.
 */
function isAttributionOnly(doc: TextDocument, part: Part, attributions: Attribution[], source: Attribution): boolean {
  return attributions.some((earlier) => {
    if (earlier.index >= source.index || earlier.sentence !== source.sentence || earlier.start !== part.first)
      return false;
    if (earlier.cueEnd > part.end) return false;
    // "asked at the hearing", "reported that": adjuncts only; "showed the officers asleep" reports something.
    const next = doc.tokens[earlier.cueEnd] as Token;
    const adjunct = ADJUNCT_OPENERS.has(next.pos) || next.lower === 'that' || isDateWord(next.text);
    if (earlier.cueEnd < part.end && !adjunct) return false;
    for (let i = earlier.cueEnd; i < part.end; i++) {
      const token = doc.tokens[i] as Token;
      if (token.quote >= 0 || token.pos === 'VERB' || token.pos === 'AUX') return false;
    }
    return true;
  });
}

/** "HOST: The council voted last night …": the rest of the paragraph, as said (a quotation is direct.ts's). */
function colonStatement(doc: TextDocument, quotes: Quote[], attribution: Attribution): StatementDraft | null {
  const span = colonContent(doc, attribution.cue.index);
  if (!span || countWords(doc.body.slice(span.start, span.end)) < MIN_CLAUSE_WORDS) return null;
  const paragraph = doc.paragraphs[attribution.paragraph] as Paragraph;
  const quoted = quotes.some((q) => q.start >= span.start && q.end <= span.end);
  return {
    attribution,
    kind: quoted ? 'MIXED' : 'DIRECT',
    pieces: [span],
    sentence: { start: paragraph.start, end: paragraph.end },
    paragraph: attribution.paragraph,
  };
}

/**
 * "The mayor added: / The council never listens. Its plans change …": a cue closing its paragraph with a colon
 * introduces the next paragraph as what was said, when that paragraph is not a quotation of its own.
 */
function blockAfterColon(doc: TextDocument, attribution: Attribution): StatementDraft | null {
  const colon = doc.tokens[attribution.cueEnd];
  const paragraph = doc.paragraphs[attribution.paragraph] as Paragraph;
  if (!colon || colon.text !== ':' || colon.end < paragraph.end - 1) return null;
  const next = doc.paragraphs[attribution.paragraph + 1];
  if (!next) return null;
  const opening = doc.tokens[tokenIndexAt(doc, next.start)];
  if (!opening || isQuoteMark(opening) || opening.quote >= 0) return null;
  const span = { start: next.start, end: next.end };
  if (countWords(doc.body.slice(span.start, span.end)) < MIN_CLAUSE_WORDS) return null;
  return { attribution, kind: 'DIRECT', pieces: [span], sentence: span, paragraph: next.index };
}

// Verbs whose "for" names what is asked for and whose "against" what is warned against (Levin 1993 §37.9 advise
// and §60 verbs of asking for; VerbNet's appeal-31.4 and ask-37.1 'for' frames).
const ASKING_FOR = new Set(['call', 'appeal', 'plead', 'ask', 'press', 'push', 'beg', 'clamour', 'clamor']);
const WARNING_AGAINST = new Set(['warn', 'caution', 'advise']);

/**
 * "are calling for more help", "warned against complacency": a demand or a warning said in a noun phrase of a word
 * or two is what was said; a pronoun alone ("cautioned against it") says nothing of its own.
 */
function asksOrWarns(doc: TextDocument, attribution: Attribution, part: Part): boolean {
  const lemma = attribution.verb?.lemma ?? '';
  const asks =
    (attribution.preposition === 'for' && ASKING_FOR.has(lemma)) ||
    (attribution.preposition === 'against' && WARNING_AGAINST.has(lemma));
  return asks && !(part.end - part.first === 1 && doc.tokens[part.first]?.pos === 'PRON');
}

/**
 * "the passengers reported feeling a bump", "recalled seeing smoke": right after a verb that takes an -ing clause
 * as what was said (Quirk et al. 1985 §16.40), a word in -ing opens that clause, however the tagger read it.
 */
function opensGerund(doc: TextDocument, attribution: Attribution, part: Part): boolean {
  const first = doc.tokens[part.first] as Token;
  return (
    part.first === attribution.cueEnd &&
    first.lower.endsWith('ing') &&
    first.quote < 0 &&
    GERUND_REPORTING_VERBS.has(attribution.verb?.lemma ?? '')
  );
}

const GERUND_REPORTING_VERBS = new Set([
  'report',
  'recall',
  'admit',
  'deny',
  'acknowledge',
  'confess',
  'mention',
  'describe',
  'recount',
]);

/** A statement of `pieces` attributed through the cue, in the cue's own sentence and paragraph. */
function draftInCueSentence(
  doc: TextDocument,
  attribution: Attribution,
  kind: StatementKind,
  pieces: Span[],
): StatementDraft {
  const sentence = doc.sentences[attribution.sentence] as Sentence;
  return {
    attribution,
    kind,
    pieces,
    sentence: { start: sentence.start, end: sentence.end },
    paragraph: attribution.paragraph,
  };
}

/** Reported speech: "X said (that) …", "X told reporters …", "according to X, …", "…, X said." */
export function indirectStatements(doc: TextDocument, quotes: Quote[], attributions: Attribution[]): StatementDraft[] {
  const drafts: StatementDraft[] = [];
  // Reports so far, in text order: only the last few can hold a later cue.
  const covered: Span[] = [];
  for (const attribution of attributions) {
    if (attribution.negated) continue;
    // A cue inside a clause already reported is part of that report ("prosecutors alleged that they acknowledged …").
    if (covered.slice(-MAX_FOLLOWING).some((c) => attribution.cue.start >= c.start && attribution.cue.start < c.end))
      continue;
    // A quotation's own signature ("“…” — Ana Ruiz") and a verb that only attributes quotations report no clause.
    if (attribution.verb?.quoteOnly || attribution.kind === 'DASH') continue;
    if (attribution.kind === 'COLON') {
      const turn = colonStatement(doc, quotes, attribution);
      if (turn) {
        drafts.push(turn);
        covered.push(...turn.pieces);
      }
      continue;
    }
    const following = attributions.slice(attribution.index + 1, attribution.index + 1 + MAX_FOLLOWING);
    // "This season, she said, is different": the parts around the cue make one report, measured together.
    const parts = reportedParts(doc, attribution, following).filter(
      (p) => attribution.kind !== 'ACCORDING_TO' || !isAttributionOnly(doc, p, attributions, attribution),
    );
    const epithet = parts.length === 1 ? quotedEpithet(doc, attribution, parts[0] as Part, quotes) : null;
    if (epithet) {
      const piece = { start: epithet.start, end: epithet.end };
      covered.push(piece);
      drafts.push(draftInCueSentence(doc, attribution, 'DIRECT', [piece]));
      continue;
    }
    const split = parts.length > 1 && parts.every((p) => p.first < p.end);
    let texts = parts
      .map((p) =>
        reportedText(
          doc,
          p,
          quotes,
          split || asksOrWarns(doc, attribution, p) ? 1 : MIN_CLAUSE_WORDS,
          p.first > attribution.cue.index,
        ),
      )
      .filter((t): t is ReportedText => t !== null);
    if (split && texts.reduce((n, t) => n + wordsOf(doc, t.part), 0) < MIN_CLAUSE_WORDS) texts = [];
    // A report says something happened or is so; a noun phrase is what was said only after a verb that takes one.
    const phraseContent =
      attribution.verb?.object === true ||
      attribution.preposition !== null ||
      (texts.length === 1 && saysByReference(doc, attribution, (texts[0] as ReportedText).part.first));
    if (texts.length === 0) {
      const block = blockAfterColon(doc, attribution);
      if (block) {
        drafts.push(block);
        covered.push(...block.pieces);
      }
      continue;
    }
    // A quotation of a few words may hold the verb ("ticket sales “collapsed” …"); a longer one, the verb
    // only within it, is a direct statement of its own (see reportedText).
    if (!(
      phraseContent ||
      texts.some(
        (t) =>
          hasVerb(doc, t.part, true) || opensQuotedInfinitive(doc, t.part) || opensGerund(doc, attribution, t.part),
      )
    ))
      continue;
    const pieces = texts.map((t) => spanOf(doc, t.part));
    const kind: StatementKind = texts.some((t) => t.kind === 'MIXED') ? 'MIXED' : 'INDIRECT';
    const leadPart = clauseBeforeQuote(doc, attribution, attributions[attribution.index - 1]);
    const lead = leadPart ? reportedText(doc, leadPart, quotes) : null;
    if (lead && hasVerb(doc, lead.part)) {
      drafts.push(draftInCueSentence(doc, attribution, lead.kind, [spanOf(doc, lead.part)]));
    }
    covered.push(...pieces);
    drafts.push({ ...draftInCueSentence(doc, attribution, kind, pieces), holdsQuote: texts.some((t) => t.holdsQuote) });
  }
  return drafts;
}
