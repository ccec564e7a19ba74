import type { Sentence, TextDocument, Token } from './text/document.ts';
import type { Attribution } from './attribution.ts';
import { isDateWord } from './names.ts';
import { phraseStartingAt } from './noun-phrases.ts';
import { isQuoteMark } from './sources.ts';

/** A token range [first, end). */
export interface Part {
  first: number;
  end: number;
}

export const MAX_CLAUSE_TOKENS = 80;
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?']);
const SUBORDINATORS = new Set([
  'although',
  'though',
  'while',
  'before',
  'after',
  'as',
  'when',
  'because',
  'if',
  'since',
  'until',
  'unless',
  'whereas',
  'once',
]);
// Prepositions that open an adjunct after the cue ("said in a statement", "told reporters at the White House").
const ADJUNCT_PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'from',
  'with',
  'without',
  'since',
  'upon',
  'following',
  'via',
  'through',
  'by',
  'for',
  'to',
  'as',
  'outside',
  'inside',
  'near',
  'ahead',
  'amid',
  'under',
  'last',
  'earlier',
  'later',
  'this',
]);
const MAX_ADJUNCT_TOKENS = 10;
const MAX_ADJUNCTS = 3;
// Words that open a reported question or a reported clause without "that".
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
const NOUN_PHRASE_STARTS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/** Sentence end, not counting its final stop. */
function contentEnd(doc: TextDocument, sentence: Sentence): number {
  let end = sentence.endToken;
  while (
    end > sentence.firstToken &&
    TRAILING_PUNCTUATION.has((doc.tokens[end - 1] as Token).text) &&
    (doc.tokens[end - 1] as Token).quote < 0
  )
    end--;
  return end;
}

function skipTimeWords(doc: TextDocument, p: number): number {
  let i = p;
  for (;;) {
    const token = doc.tokens[i];
    if (!token) return i;
    if (isDateWord(token.text) || (token.pos === 'ADV' && token.lower !== 'not' && token.lower !== 'never')) i++;
    else if (token.lower === 'on' && doc.tokens[i + 1] && isDateWord((doc.tokens[i + 1] as Token).text)) i += 2;
    else return i;
  }
}

/**
 * Past adjuncts of the cue: time words and short prepositional phrases ("in a statement on Monday", "at a
 * rally in Ohio", "to reporters"). An adjunct ends at a comma, "that", a quotation or a clause's verb.
 */
function skipAdjuncts(doc: TextDocument, p: number, end: number): number {
  let i = skipTimeWords(doc, p);
  for (let n = 0; n < MAX_ADJUNCTS && i < end; n++) {
    const token = doc.tokens[i] as Token;
    if (!ADJUNCT_PREPOSITIONS.has(token.lower) || token.quote >= 0) break;
    // "to" before a verb is an infinitive, not an adjunct.
    const next = doc.tokens[i + 1];
    if (token.lower === 'to' && next && (next.pos === 'VERB' || next.pos === 'AUX')) break;
    let k = i + 1;
    while (k < end && k - i <= MAX_ADJUNCT_TOKENS) {
      const inside = doc.tokens[k] as Token;
      if (inside.quote >= 0 || isQuoteMark(inside) || inside.text === ',' || inside.lower === 'that') break;
      if (inside.pos === 'VERB' || inside.pos === 'AUX' || inside.pos === 'SCONJ' || inside.pos === 'PUNCT') break;
      // "in an interview he …": a subject pronoun opens the reported clause.
      if (inside.pos === 'PRON' && !OBJECT_PRONOUNS.has(inside.lower) && !/^(?:his|her|its|their)$/.test(inside.lower))
        break;
      k++;
    }
    if (k === i + 1 || k - i > MAX_ADJUNCT_TOKENS) break;
    const after = doc.tokens[k];
    // The phrase was the subject of a clause ("said in 2015 the company …" is rare; "said on Monday the plan …"
    // reaches its verb): give back to the last noun phrase when a verb follows.
    if (after && (after.pos === 'VERB' || after.pos === 'AUX')) break;
    i = skipTimeWords(doc, k);
  }
  return i;
}

// Words before a later attribution that make it a sibling of this one ("…, and the military said …"), not a
// report nested inside this one's content ("South Africa said Mugabe had told Zuma that …").
const SIBLING_OPENERS = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  'and',
  'but',
  'or',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'so',
]);

function isSibling(doc: TextDocument, later: Attribution): boolean {
  if (later.link !== 'subject' && later.link !== 'relative') return true;
  return SIBLING_OPENERS.has(doc.tokens[later.start - 1]?.lower ?? '');
}

/**
 * Where a reported clause must stop: before the next attribution of the sentence that stands beside this one
 * ("…, telling lawmakers …", "… and the military said …"); one nested inside the content is part of it.
 */
function clauseLimit(doc: TextDocument, attribution: Attribution, following: Attribution[]): number {
  const sentence = doc.sentences[attribution.sentence] as Sentence;
  const ownEnd = Math.max(attribution.cueEnd, attribution.subject.end);
  let end = Math.min(contentEnd(doc, sentence), ownEnd + MAX_CLAUSE_TOKENS);
  for (const later of following) {
    if (later.sentence !== attribution.sentence || later.start >= end) break;
    if (later.start <= attribution.cueEnd || !isSibling(doc, later)) continue;
    end = doc.tokens[later.start - 1]?.text === ',' ? later.start - 1 : later.start;
    break;
  }
  // "Although X suggested Y, Z …": the subordinate report ends at its comma; so does a relative clause set off
  // by commas ("Lindsey Graham, who endorsed Cruz last year, said …").
  const relative = attribution.link === 'relative' && doc.tokens[attribution.start - 1]?.text === ',';
  if (
    relative ||
    (attribution.link === 'subject' && SUBORDINATORS.has(doc.tokens[attribution.start - 1]?.lower ?? ''))
  ) {
    for (let i = attribution.cueEnd; i < end; i++) {
      const token = doc.tokens[i] as Token;
      if (token.text === ',' && token.quote < 0) return i;
    }
  }
  return end;
}

/**
 * What comes before "…, X said" is a report unless it opens as an adjunct of the attribution: "After signing the
 * contract, Buffon said …", "Asked about the vote, she said …", "Discussing his concern, the minister said …".
 */
function opensReport(doc: TextDocument, first: number, end: number): boolean {
  const opener = doc.tokens[first] as Token;
  if (opener.quote >= 0 || isQuoteMark(opener)) return true;
  const adjunct =
    opener.pos === 'SCONJ' || opener.pos === 'ADP' || (opener.pos === 'VERB' && /(?:ing|ed)$/.test(opener.lower));
  if (!adjunct) return true;
  // "On trade, Clinton is wrong, Trump said": an adjunct and then a clause of its own is a report.
  for (let i = first + 1; i < end; i++) if ((doc.tokens[i] as Token).text === ',') return true;
  return false;
}

/** A noun phrase at `p` that is the person told, not the subject of the reported clause. */
function recipientEnd(doc: TextDocument, p: number): number | null {
  const first = doc.tokens[p];
  if (!first || first.lower === 'that' || first.quote >= 0) return null;
  if (first.pos === 'PRON') return OBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it' ? p + 1 : null;
  const object = phraseStartingAt(doc, p);
  if (!object) return null;
  const after = doc.tokens[object.end];
  // "warned the plan would fail": the phrase is the clause's subject.
  if (after && (after.pos === 'VERB' || after.pos === 'AUX')) return null;
  return object.end;
}

/** "Clinton", "him", "the senator's record", "Wall Street banks": the object names someone, not something. */
function namesSomeone(doc: TextDocument, p: number): boolean {
  const first = doc.tokens[p] as Token;
  if (first.pos === 'PRON') return OBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it';
  if (first.pos === 'PROPN') return true;
  return /^(?:his|her|their)$/.test(first.lower) && doc.tokens[p + 1]?.pos === 'PROPN';
}

/** Where the reported content starts after the cue, or null when nothing reported follows it. */
function contentStart(doc: TextDocument, attribution: Attribution, end: number): number | null {
  const verb = attribution.verb;
  let p = skipAdjuncts(doc, attribution.cueEnd, end);
  // "called for an explanation", "spoke about his faith": the preposition's object is the content.
  if (attribution.preposition) return p < end ? p : null;
  if (verb?.frame === 'recipient') {
    const told = recipientEnd(doc, p);
    if (told !== null) p = skipAdjuncts(doc, told, end);
  }
  // "ordered the company to pay …": the person told and what they were told to do; "ordered an inquiry" is no report.
  if (verb?.frame === 'directive') {
    const told = recipientEnd(doc, p);
    return told !== null && doc.tokens[told]?.lower === 'to' && told < end ? p : null;
  }
  const first = doc.tokens[p];
  if (!first || p >= end || first.quote >= 0 || isQuoteMark(first)) return null;
  if (first.lower === 'that') return p + 1;
  // "who asked not to be named": a request for anonymity, not a report.
  if (first.lower === 'not') return null;
  if (first.text === ':') return isQuoteMark(doc.tokens[p + 1]) ? null : p + 1;
  if (first.text === ',' || first.pos === 'PUNCT') return null;
  const next = doc.tokens[p + 1];
  if (first.lower === 'to') {
    const infinitive = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
    return infinitive && (verb?.infinitive || verb?.object) ? p : null;
  }
  if (QUESTION_WORDS.has(first.lower) && (first.pos === 'SCONJ' || first.pos === 'PRON' || first.pos === 'ADV'))
    return p;
  if (attribution.kind !== 'VERB') return null;
  if (verb?.personObject && !namesSomeone(doc, p)) return null;
  if (verb?.object && NOUN_PHRASE_STARTS.has(first.pos)) return p;
  // A clause without "that": it opens on its subject, never on a preposition or a participle ("tweeted using
  // his account").
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'CCONJ') return null;
  if (first.pos === 'VERB' && first.lower.endsWith('ing')) return null;
  return p;
}

/** "he was confident X and that he would Y" reports two things. */
function splitAtAndThat(doc: TextDocument, part: Part): Part[] {
  const parts: Part[] = [];
  let first = part.first;
  for (let i = part.first; i + 1 < part.end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote < 0 && token.lower === 'and' && doc.tokens[i + 1]?.lower === 'that') {
      parts.push({ first, end: i });
      first = i + 2;
    }
  }
  parts.push({ first, end: part.end });
  return parts;
}

/**
 * The text an attribution reports: after the cue ("said that …"), before it ("…, Dempsey said."), or both
 * ("Many, she said, are …").
 */
export function reportedParts(doc: TextDocument, attribution: Attribution, following: Attribution[]): Part[] {
  const sentence = doc.sentences[attribution.sentence] as Sentence;
  const end = clauseLimit(doc, attribution, following);
  const { start, link } = attribution;
  // "…, Dempsey said", "…,” according to a case report": the attribution follows a comma (for "according to",
  // perhaps inside a quotation's closing mark; a verb after a quotation reports it, see clauseBeforeQuote).
  const accordingTo = attribution.kind === 'ACCORDING_TO';
  const afterQuote = accordingTo && isQuoteMark(doc.tokens[start - 1]) && doc.tokens[start - 2]?.text === ',';
  const comma = afterQuote ? start - 2 : start - 1;
  const commaBefore = doc.tokens[comma]?.text === ',' && comma > sentence.firstToken;
  const before: Part | null =
    commaBefore && (link === 'subject' || link === 'inverted') && opensReport(doc, sentence.firstToken, comma)
      ? { first: sentence.firstToken, end: start - 1 }
      : null;
  if (accordingTo) {
    const afterSource = attribution.subject.end;
    const after: Part | null = doc.tokens[afterSource]?.text === ',' ? { first: afterSource + 1, end } : null;
    return [before, after].filter((p): p is Part => p !== null);
  }
  if (link === 'inverted') return before ? [before] : [];
  const afterCue = skipTimeWords(doc, attribution.cueEnd);
  // "Many, she said, are …", "He added, however, that …": the report goes on after the comma.
  if (doc.tokens[afterCue]?.text === ',' && link !== 'participial') {
    let resume = afterCue + 1;
    while (doc.tokens[resume]?.pos === 'ADV' && doc.tokens[resume + 1]?.text === ',') resume += 2;
    if (doc.tokens[resume]?.lower === 'that') resume++;
    return [...(before ? [before] : []), { first: resume, end }];
  }
  // "…, Dempsey said in an interview.": what came before is the report, when the attribution closes the
  // sentence; "As the charges were unsealed, Hawk Sawyer testified before …" is no report of hers.
  if (before && skipAdjuncts(doc, afterCue, end) >= end) return [before];
  const first = contentStart(doc, attribution, end);
  if (first === null) return [];
  return splitAtAndThat(doc, { first, end });
}
