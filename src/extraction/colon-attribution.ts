import type { Paragraph, TextDocument, Token } from './text/document.ts';
import type { Span } from './types.ts';
import { isQuoteMark } from './sources.ts';
import { isReportingNoun, reportingVerb } from './reporting-words.ts';
import { isDateWord } from './names.ts';
import { sentenceSubject, type Phrase } from './noun-phrases.ts';
import { isPersonNoun } from './gazetteer.ts';

const MAX_SPEAKER_TOKENS = 6;
// Labels that end in a colon without anyone speaking ("Note: …", "Related: …", "Photo: …"), captions' credit
// labels among them ("Photograph: X/Agency", "Illustration: X").
const LABELS = new Set([
  'note',
  'notes',
  'update',
  'updated',
  'related',
  'photo',
  'photos',
  'photograph',
  'photographs',
  'image',
  'images',
  'picture',
  'pictures',
  'illustration',
  'illustrations',
  'graphic',
  'graphics',
  'video',
  'caption',
  'credit',
  'credits',
  'correction',
  'corrections',
  'clarification',
  'clarifications',
  'disclosure',
  'editor',
  'editors',
  'read',
  'watch',
  'listen',
  'see',
  'source',
  'sources',
  'transcript',
  'background',
  'advertisement',
  'q',
  'a',
  'warning',
  'spoiler',
  'bottom',
  'line',
  'result',
  'results',
  'subject',
  'topic',
  'title',
  'headline',
  'summary',
  'abstract',
  'full',
  'text',
  // The fields of a profile or a form ("Name: Ana Ruiz Age: 27 City: Harlow").
  'name',
  'age',
  'city',
  'job',
  'occupation',
  'hometown',
]);
const CAPITALISED = /^\p{Lu}/u;

/** Where a speaker may start in a paragraph: at its start, or after a dash closing a heading ("TURNOUT - Jones:"). */
function speakerMayStartAt(doc: TextDocument, first: number, paragraph: Paragraph): boolean {
  const opening = doc.tokens[doc.sentences[paragraph.firstSentence]?.firstToken ?? -1];
  if (!opening) return false;
  if (first === opening.index) return true;
  const before = doc.tokens[first - 1];
  return before !== undefined && /^[-—–]$/.test(before.text);
}

/**
 * "Levy Vote Splits Harbour Board: …": a subheading in title case is a clause, its verb inside the run (a name's
 * last word may look like one: "Ned Brooks:"), and no one speaks in it.
 */
function isTitleCaseClause(words: Token[]): boolean {
  return words.some(
    (t, i) =>
      i > 0 && i < words.length - 1 && (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Lu}\p{Ll}+s$/u.test(t.text),
  );
}

/**
 * "HOST: The council voted last night …", "Mara Quint: Telling people to wait …", "Harbour pilot Ned
 * Vale: “In thirty years, …”": a name, a colon, and what the named one said. The speaker is a short run of
 * capitalised words (a name or a title and name) opening its paragraph, or any name before a colon that opens a
 * quotation. Returns the speaker phrase for the colon at `colon`.
 */
export function colonSpeakerAt(doc: TextDocument, colon: number): Phrase | null {
  const mark = doc.tokens[colon] as Token;
  if (mark.text !== ':') return null;
  const paragraph = doc.paragraphs[mark.paragraph] as Paragraph;
  if (mark.quote >= 0) return quotedTranscriptLabel(doc, colon, paragraph);
  const quoteFollows = isQuoteMark(doc.tokens[colon + 1]) && doc.tokens[colon + 1]?.paragraph === mark.paragraph;
  if (quoteFollows) {
    const introduced = introducedSource(doc, colon);
    if (introduced) return introduced;
  }
  const clauseSubject = quoteFollows ? subjectOfClauseBefore(doc, colon) : null;
  let first = colon;
  while (first - 1 >= 0 && colon - (first - 1) <= MAX_SPEAKER_TOKENS) {
    const token = doc.tokens[first - 1] as Token;
    if (token.paragraph !== mark.paragraph || token.quote >= 0) break;
    const nameWord = CAPITALISED.test(token.text) || (token.text === '.' && first - 1 > 0) || token.text === '-';
    const titleWord = quoteFollows && (token.pos === 'NOUN' || token.pos === 'ADJ');
    if (!nameWord && !titleWord) break;
    first--;
  }
  while (first < colon && !CAPITALISED.test((doc.tokens[first] as Token).text) && !quoteFollows) first++;
  if (first >= colon) return clauseSubject;
  const words = doc.tokens.slice(first, colon);
  if (words.some((t) => LABELS.has(t.lower)) || !words.some((t) => t.pos === 'PROPN' || /^\p{Lu}{2,}$/u.test(t.text)))
    return clauseSubject;
  if (!quoteFollows && !speakerMayStartAt(doc, first, paragraph)) return null;
  if (isTitleCaseClause(words)) return null;
  // "Braverman told GB News: “…”": the reporting verb before the name attributes the quotation;
  // "adding to CNN: “…”", "in an interview with CNN: “…”": the one spoken to.
  const before = doc.tokens[first - 1];
  if (before && (isReportingVerb(before) || /^(?:to|with)$/.test(before.lower))) return null;
  // "Lambert Mende made the statement on Thursday: “…”": a day closes the clause whose subject speaks; it names no
  // speaker.
  if (words.every((t) => isDateWord(t.text))) return clauseSubject;
  // "told the BBC: “…”": so is the one told, past its article (not a heading's words before a dash: "… predict
  // the Democratic caucus - HuffPollster: “…”").
  const heading = words.some((t) => /^[-—–]$/.test(t.text));
  if (before?.pos === 'DET' && isReportingVerb(doc.tokens[first - 2]) && !heading) return null;
  return { first, end: colon };
}

/**
 * "The minister was blunt: “…”", "Ana Ruiz gave her verdict on Monday: “…”": a clause before a colon that opens a
 * quotation introduces what its subject said, when the subject is one who can speak (a name, a pronoun for a
 * person or a group, a noun for a person) and a verb stands between it and the colon.
 */
function subjectOfClauseBefore(doc: TextDocument, colon: number): Phrase | null {
  const mark = doc.tokens[colon] as Token;
  const subject = sentenceSubject(doc, mark.sentence, colon);
  if (!subject || subject.end >= colon) return null;
  const head = doc.tokens[subject.end - 1] as Token;
  const speaks =
    head.pos === 'PROPN' || SPEAKING_PRONOUNS.has(head.lower) || (head.pos === 'NOUN' && isPersonNoun(head.text));
  if (!speaks) return null;
  // Past an appositive: "Ana Ruiz, the foreign minister, gave her verdict: …".
  let verbAt = subject.end;
  if (doc.tokens[verbAt]?.text === ',') {
    const closing = doc.tokens.slice(verbAt + 1, colon).findIndex((t) => t.text === ',');
    if (closing >= 0) verbAt += closing + 2;
  }
  const verb = doc.tokens[verbAt];
  if (!verb || verbAt >= colon || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  // A cue of its own in the clause ("Obama added: “…”", "made the statement on Thursday: “…”") reports it instead,
  // and so does a quotation in it, unless a word or two set off in marks ("was in no doubt of the “idol”'s guilt").
  for (let k = subject.end; k < colon; k++) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0 && !isScareQuote(doc, k, subject.end, colon)) return null;
    if (isReportingVerb(token) || isReportingNoun(token.lower)) return null;
  }
  return subject;
}

const MAX_SCARE_QUOTE_TOKENS = 2;

/** The quotation holding token `k` has at most two words inside [from, to): a term set off, not words said. */
function isScareQuote(doc: TextDocument, k: number, from: number, to: number): boolean {
  const quote = (doc.tokens[k] as Token).quote;
  let count = 0;
  for (let j = from; j < to; j++) if ((doc.tokens[j] as Token).quote === quote) count++;
  return count <= MAX_SCARE_QUOTE_TOKENS;
}

const SPEAKING_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

function isReportingVerb(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'VERB' && reportingVerb(token.lemma) !== undefined;
}

// Words that open a sentence presenting a source before its quotation: "Here’s the mayor: “…”", "From the
// report: “…”", "More from the ruling: “…”" (the presentative "here" and the source preposition "from").
const PRESENTATIVE_OPENINGS: readonly (readonly string[])[] = [
  ['here’s'],
  ["here's"],
  ['here', '’s'],
  ['here', "'s"],
  ['here', 'is'],
  ['from'],
  ['more', 'from'],
  ['and', 'from'],
];
// Where the source ends and its setting starts: "Here’s the mayor in March 2019: …", "From the report on the
// docks: …".
const SETTING_WORDS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'this']);
const MAX_SETTING_TOKENS = 6;
const SOURCE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * "Here’s Mayor Ruiz in March: “…”", "From the report: “…”": a sentence that opens on a presentative or on
 * "from" and names a source before a colon and a quotation gives that quotation to the source, as "according to"
 * does. Returns the source phrase (without its setting), or null.
 */
function introducedSource(doc: TextDocument, colon: number): Phrase | null {
  const mark = doc.tokens[colon] as Token;
  const sentence = doc.sentences[mark.sentence];
  if (!sentence) return null;
  // At the sentence's start, or after a dash closing a heading ("Not all panels are equal - From the report: …").
  let opening = sentence.firstToken;
  for (let k = colon - 1; k > sentence.firstToken; k--) {
    if (/^[-—–]$/.test((doc.tokens[k] as Token).text)) {
      opening = k + 1;
      break;
    }
  }
  const words = PRESENTATIVE_OPENINGS.find((w) =>
    w.every((word, k) => (doc.tokens[opening + k] as Token | undefined)?.lower === word),
  );
  if (!words) return null;
  const first = opening + words.length;
  let end = colon;
  for (let k = first + 1; k < colon; k++) {
    if (SETTING_WORDS.has((doc.tokens[k] as Token).lower)) {
      end = k;
      break;
    }
  }
  if (end <= first || end - first > MAX_SPEAKER_TOKENS || colon - end > MAX_SETTING_TOKENS) return null;
  const source = doc.tokens.slice(first, end);
  if (!source.every((t) => SOURCE_TAGS.has(t.pos) || /^[’']s$/.test(t.text) || CAPITALISED.test(t.text))) return null;
  const head = source[source.length - 1] as Token;
  if (LABELS.has(head.lower) || (head.pos !== 'NOUN' && head.pos !== 'PROPN' && !CAPITALISED.test(head.text)))
    return null;
  return { first, end };
}

const MAX_LABEL_WORDS = 3;
const LABEL_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;

/**
 * '"WALLACE: Let’s start …', '"PENCE: Gennifer Flowers will not …': a transcript printed as a quotation of several
 * paragraphs, each opening on its mark and none closed until the last, gives each turn to the label in capitals
 * right after the paragraph's opening mark.
 */
function quotedTranscriptLabel(doc: TextDocument, colon: number, paragraph: Paragraph): Phrase | null {
  const opening = doc.tokens[doc.sentences[paragraph.firstSentence]?.firstToken ?? -1];
  if (!opening || !isQuoteMark(opening)) return null;
  const first = opening.index + 1;
  if (colon <= first || colon - first > MAX_LABEL_WORDS) return null;
  for (let k = first; k < colon; k++) {
    const word = doc.tokens[k] as Token;
    // "VIDEO:", "NOTE:": a clip or an aside, not a speaker.
    if (!LABEL_WORD.test(word.text) || LABELS.has(word.lower)) return null;
  }
  return { first, end: colon };
}

/** What follows a speaker's colon: the rest of its paragraph (a transcript's turn), without a closing stop. */
export function colonContent(doc: TextDocument, colon: number): Span | null {
  const mark = doc.tokens[colon] as Token;
  const paragraph = doc.paragraphs[mark.paragraph] as Paragraph;
  const next = doc.tokens[colon + 1];
  if (!next || next.paragraph !== mark.paragraph || isQuoteMark(next)) return null;
  let end = paragraph.end;
  while (end > next.start && /[\s.]/.test(doc.body[end - 1] ?? '')) end--;
  return end > next.start ? { start: next.start, end } : null;
}
