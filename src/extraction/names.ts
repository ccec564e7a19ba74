import { isMonthName, MONTH_NAMES } from './dates.ts';
import type { Sentence, TextDocument, Token } from './text/document.ts';
import {
  countryNamed,
  countryOfDemonym,
  isMemberNoun,
  isNamedEvent,
  isNamedThing,
  isNotActorHead,
  isLegislature,
  isOrganizationHead,
  isPersonNoun,
  isOrganizationSuffix,
  isPlace,
  isPlaceHead,
  isPlacePrefix,
  isPluralDemonym,
  isSportsClubName,
  isStateAbbreviation,
  knownOrganization,
  organizationKey,
  singularForms,
} from './gazetteer.ts';
import { isGivenName } from './given-names.ts';
import { frequencyRank } from './word-vectors.ts';
import { isReportingNoun } from './reporting-words.ts';
import {
  endsRoleTitle,
  findRoleHead,
  findTitleHead,
  honorificGender,
  isRoleHeadWord,
  isTitleModifier,
} from './roles.ts';
import type { Gender } from './types.ts';
import { isBodyHeadAt, markNameJoins, mayEndName, NAME_WORD, NOT_NAME, OPENS_NAME } from './name-joins.ts';
import { isInDateline } from './datelines.ts';

export type NameKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'PLACE' | 'UNKNOWN';

/** A capitalised name in the text, split into its title ("Defense Minister") and the name proper. */
export interface NameSpan {
  kind: NameKind;
  /** Token range of the name proper (end exclusive). */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  text: string;
  /** Token range of the title written before the name, if any. */
  titleFirst: number;
  titleEnd: number;
  gender: Gender | null;
  inQuote: boolean;
}

const DATE_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  ...MONTH_NAMES,
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  // Days relative to the story, capitalised when they open a sentence: "Yesterday Mohamed received …".
  'yesterday',
  'today',
  'tomorrow',
  'tonight',
]);
const CONNECTORS_AFTER_TITLE = new Set(['to', 'of', 'for']);
const CONNECTORS_IN_ORGANIZATIONS = new Set(['of', 'on', 'for']);

const CAPITALISED = /^\p{Lu}\D*$/u;

/** A word opening on a capital with no digit in it: "Kyiv", "O'Brien", not "F16" nor "iPhone". */
function isCapitalised(text: string): boolean {
  if (text.length < 2) return false;
  const first = text.charCodeAt(0);
  // Words are tested over and over: one of ASCII is read by its codes, cheaper than the pattern or a cache.
  if (first >= 128) return CAPITALISED.test(text);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return false;
  }
  return true;
}

function isAllCaps(text: string): boolean {
  return /^[\p{Lu}.&\s-]+$/u.test(text) && /\p{Lu}\p{Lu}/u.test(text.replace(/\./g, ''));
}

export function isDateWord(word: string): boolean {
  return DATE_WORDS.has(word.toLowerCase());
}

/** A token the tagger reads as a name, written with a capital: "Vale", "Kyiv" (not "iPhone", nor a sentence's
 *  lower-case word read as a name). */
export function isCapitalisedName(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text);
}

/** `isDateWord` of a token, through the lower case it already holds. */
export function isDateToken(token: Token): boolean {
  return DATE_WORDS.has(token.lower);
}

const midSentenceCapitals = new WeakMap<TextDocument, Set<string>>();

/** Words the article also writes capitalised in mid-sentence: a sentence-initial occurrence is then a name too. */
export function midSentenceCapitalised(doc: TextDocument): Set<string> {
  let names = midSentenceCapitals.get(doc);
  if (!names) {
    names = new Set<string>();
    for (const token of doc.tokens) {
      if (isCapitalised(token.text) && !atSentenceStart(doc, token)) names.add(token.text);
    }
    midSentenceCapitals.set(doc, names);
  }
  return names;
}

const FUNCTION_WORD_TAGS = new Set([
  'PRON',
  'DET',
  'CCONJ',
  'SCONJ',
  'ADP',
  'AUX',
  'PART',
  'ADV',
  'INTJ',
  'NUM',
  'PUNCT',
]);
const OPENS_A_SENTENCE = new Set(['.', '!', '?', '“', '"', '‘', '(', '—', '–', ':']);

/** First word of a sentence, or of a quotation, where capitals say nothing about names. */
function atSentenceStart(doc: TextDocument, token: Token): boolean {
  const previous = doc.tokens[token.index - 1];
  return (
    !previous ||
    previous.paragraph !== token.paragraph ||
    OPENS_A_SENTENCE.has(previous.text) ||
    previous.sentence !== token.sentence
  );
}

/** A capitalised word that is a name's; one opening a sentence is asked more (`knownNames`: midSentenceCapitalised). */
function isNameToken(doc: TextDocument, token: Token, opensSentence: boolean, knownNames: Set<string>): boolean {
  if (isInitialsBeforeName(doc, token)) return true;
  if (isDateToken(token)) return isMonthAsSurname(doc, token);
  if (FUNCTION_WORD_TAGS.has(token.pos) && !countryNamed(token.text)) return false;
  if (!opensSentence) return true;
  if (opensTimeAdverbial(doc, token, knownNames)) return false;
  if (isCommonWordOpeningSentence(doc, token, knownNames)) return false;
  return (
    token.pos === 'PROPN' ||
    givenNameBeforeSurname(doc, token) ||
    knownNames.has(token.text) ||
    countryNamed(token.text) !== undefined ||
    countryOfDemonym(token.text) !== undefined ||
    opensTwoWordSubjectName(doc, token) ||
    opensKnownBody(doc, token)
  );
}

// The most words of a body's name the gazetteer is asked about after the word opening a sentence.
const MAX_BODY_WORDS = 6;

/**
 * "Associated Press reported …": a sentence-opening word the tagger read as a verb or an adjective, with the
 * capitalised words after it, is the name of a body the gazetteer knows.
 */
function opensKnownBody(doc: TextDocument, token: Token): boolean {
  let words = token.text;
  for (let k = token.index + 1; k < token.index + MAX_BODY_WORDS; k++) {
    const next = doc.tokens[k];
    if (!next || next.sentence !== token.sentence || !isCapitalised(next.text)) return false;
    words += ` ${next.text}`;
    if (organizationKey(words) !== undefined) return true;
  }
  return false;
}

// Words this common in English news ("video", "worse", "critics") are names only where the article shows them so.
const COMMON_WORD_RANK = 5000;

/**
 * "Video shows that …", "Worse, the companies …": a common word alone opening a sentence, before a comma or a verb,
 * that the article never writes capitalised in mid-sentence and that is no given name, is capitalised for the
 * sentence, however tagged; "Bush said" stays a name where the article writes "Bush" elsewhere.
 */
function isCommonWordOpeningSentence(doc: TextDocument, token: Token, knownNames: Set<string>): boolean {
  const next = doc.tokens[token.index + 1];
  if (!next || next.sentence !== token.sentence) return false;
  if (next.text !== ',' && next.pos !== 'VERB' && next.pos !== 'AUX') return false;
  if (knownNames.has(token.text) || isGivenName(token.text) || isAllCaps(token.text)) return false;
  // "Russia", "Republicans", "Reuters", "Parliament": a country, a people, a party's members, a body or a place is
  // named.
  const singular = token.text.endsWith('s') ? token.text.slice(0, -1) : token.text;
  if (countryNamed(token.text) || countryOfDemonym(token.text) || isMemberNoun(token.text) || isMemberNoun(singular))
    return false;
  if (organizationKey(token.text) || isOrganizationHead(token.text) || isPlace(token.text, token.lower)) return false;
  const rank = frequencyRank(token.lower);
  return rank !== null && rank < COMMON_WORD_RANK;
}

const monthSurnames = new WeakMap<TextDocument, Set<string>>();

/** The months the article writes right after a given name, as surnames: "Theresa May", "Brian May". */
function monthsAfterGivenNames(doc: TextDocument): Set<string> {
  let months = monthSurnames.get(doc);
  if (!months) {
    months = new Set<string>();
    for (let k = 1; k < doc.tokens.length; k++) {
      const token = doc.tokens[k] as Token;
      if (isMonthName(token.lower) && isCapitalised(token.text) && followsGivenNameAt(doc, k)) months.add(token.lower);
    }
    monthSurnames.set(doc, months);
  }
  return months;
}

function followsGivenNameAt(doc: TextDocument, k: number): boolean {
  const previous = doc.tokens[k - 1];
  const next = doc.tokens[k + 1];
  return (
    previous !== undefined &&
    previous.sentence === (doc.tokens[k] as Token).sentence &&
    isCapitalised(previous.text) &&
    isGivenName(previous.text) &&
    next?.pos !== 'NUM'
  );
}

/**
 * A month that is a surname: right after a given name ("Prime Minister Theresa May said"), or alone before a verb
 * where the article names someone so ("May said the talks were good"); "In May", "May 5" stay dates.
 */
function isMonthAsSurname(doc: TextDocument, token: Token): boolean {
  if (!isMonthName(token.lower) || !isCapitalised(token.text)) return false;
  if (followsGivenNameAt(doc, token.index)) return true;
  const next = doc.tokens[token.index + 1];
  const verbNext = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX' || POSSESSIVE_WORDS.has(next.text));
  return verbNext && monthsAfterGivenNames(doc).has(token.lower);
}

// Words that put a time phrase after an opening adverb: "Early on Sunday", "Late last month", "Shortly after
// Monday's vote" (the temporal prepositions and determiners of Quirk et al., A Comprehensive Grammar, 9.33).
const TIME_LINKS = new Set(['on', 'in', 'last', 'this', 'next', 'that', 'after', 'before', 'by', 'until', 'since']);
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend']);

/**
 * "Early on Sunday, police …", "Late Friday, the mayor …": a word opening the sentence right before a day or
 * a time phrase set off by a comma is an adverb of time, however tagged ("Early" is a given name too), unless
 * the article writes it capitalised elsewhere.
 */
function opensTimeAdverbial(doc: TextDocument, token: Token, knownNames: Set<string>): boolean {
  if (knownNames.has(token.text)) return false;
  // The time phrase is set off by a comma: "Kessler on Monday said" keeps its subject.
  let sawTime = false;
  for (let k = token.index + 1; k <= token.index + 4; k++) {
    const word = doc.tokens[k];
    if (!word || word.sentence !== token.sentence) return false;
    if (word.text === ',') return sawTime;
    if (isDateToken(word) || TIME_NOUNS.has(word.lower)) sawTime = true;
    else if (!TIME_LINKS.has(word.lower) && !POSSESSIVE_WORDS.has(word.lower) && word.pos !== 'NUM') return false;
  }
  return false;
}

const POSSESSIVE_WORDS = new Set(["'s", '’s']);

/**
 * "Office Depot declined …", "Circuit Works said …": a common noun opening the sentence before one more
 * capitalised word, the pair standing as the subject of a verb or an owner, is the first word of a
 * two-word name. A noun for a person or a title opens no name ("Plumber Jones said", "Striker Mendes
 * scored"), nor does a word before a given name, a date, a place or a country.
 */
function opensTwoWordSubjectName(doc: TextDocument, token: Token): boolean {
  if (token.pos !== 'NOUN' || isPersonNoun(token.text) || isRoleHeadWord(token.lower) || isTitleModifier(token.text))
    return false;
  const next = doc.tokens[token.index + 1];
  const after = doc.tokens[token.index + 2];
  if (!next || !after || next.sentence !== token.sentence || after.sentence !== token.sentence) return false;
  if (next.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(next.text) || isDateToken(next)) return false;
  if (isGivenName(next.text) || isPlace(next.text) || countryNamed(next.text) || countryOfDemonym(next.text))
    return false;
  return after.pos === 'VERB' || after.pos === 'AUX' || SUBJECT_POSSESSIVES.has(after.text);
}

const SUBJECT_POSSESSIVES = new Set(["'s", '’s']);

// Given names that open a sentence far more often as verbs: "Say Norway refused …", "See Lund's essay".
const IMPERATIVE_OPENERS = new Set(['say', 'see', 'read']);

/** "Josh Varga, a lawyer, warned", "Grant Lowe said": a given name the tagger reads as a verb, before a surname. */
function givenNameBeforeSurname(doc: TextDocument, token: Token): boolean {
  const next = doc.tokens[token.index + 1];
  // The pair must stand as a subject ("Josh Varga, …", "Grant Lowe said"), not "See Lund's …".
  const after = doc.tokens[token.index + 2];
  const standsAlone = after !== undefined && (after.text === ',' || after.pos === 'VERB' || after.pos === 'AUX');
  return (
    token.text.length > 2 &&
    !IMPERATIVE_OPENERS.has(token.lower) &&
    isGivenName(token.text) &&
    next !== undefined &&
    next.sentence === token.sentence &&
    next.pos === 'PROPN' &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    standsAlone
  );
}

const TWO_INITIALS = /^\p{Lu}{2}$/u;

/**
 * "AS Heagle", "JK Rowling": two capitals written as initials, right before a capitalised surname, outside a
 * line in capitals; a country or a body of two letters ("US", "UN", "AP") is none.
 */
function isInitialsBeforeName(doc: TextDocument, token: Token): boolean {
  if (token.text.length !== 2 || !TWO_INITIALS.test(token.text)) return false;
  if (countryNamed(token.text) || knownOrganization(token.text)) return false;
  const next = doc.tokens[token.index + 1];
  const previous = doc.tokens[token.index - 1];
  if (!next || next.sentence !== token.sentence || next.start !== token.end + 1) return false;
  if (previous && previous.sentence === token.sentence && isAllCaps(previous.text)) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(next.text) && !isOrganizationHead(next.text) && !isOrganizationSuffix(next.text);
}

/**
 * Runs of name tokens, joined over "of"/"on"/"for" inside organisation names, "to" after a title ("Ambassador
 * to NATO"), and the hyphens, particles and suffixes of personal names (name-joins.ts).
 */
function nameRuns(doc: TextDocument): Array<[number, number]> {
  const tokens = doc.tokens;
  // Decided once per token: the test is needed up to three times for each. The same pass gathers the words
  // written capitalised in mid-sentence (midSentenceCapitalised); the words opening a sentence, which ask of
  // them, are decided after it.
  const codes = new Uint8Array(tokens.length).fill(NOT_NAME);
  const knownNames = new Set<string>();
  const sentenceOpenings: Token[] = [];
  const titleCased = new Map<number, boolean>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // Only a capitalised word is a name's (initials, "JK", are capitals too).
    if (!isCapitalised(token.text)) continue;
    if (atSentenceStart(doc, token)) {
      sentenceOpenings.push(token);
      continue;
    }
    knownNames.add(token.text);
    if (isNameToken(doc, token, false, knownNames) && !isVerbInTitleCase(doc, i, codes, titleCased))
      codes[i] = NAME_WORD;
  }
  if (!midSentenceCapitals.has(doc)) midSentenceCapitals.set(doc, knownNames);
  for (const token of sentenceOpenings) if (isNameToken(doc, token, true, knownNames)) codes[token.index] = NAME_WORD;
  markNumberWordsOpeningNames(doc, codes, titleCased);
  markNumeralsInNames(doc, codes);
  markNameJoins(doc, codes);
  unmarkTitleTails(doc, codes);
  const runs: Array<[number, number]> = [];
  let runStart = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    const code = codes[i] ?? NOT_NAME;
    const inRun = runStart >= 0;
    const sameSentence = token !== undefined && inRun && token.sentence === (tokens[runStart] as Token).sentence;
    if (token && (code === NAME_WORD || (inRun && code !== NOT_NAME)) && (!inRun || sameSentence)) {
      if (!inRun) runStart = i;
      continue;
    }
    if (inRun && token && sameSentence && isJoiningConnector(doc, i, codes, runStart)) continue;
    if (inRun) runs.push([runStart, trimTrailingConnectors(tokens, runStart, i)]);
    runStart = token && (code === NAME_WORD || code === OPENS_NAME) ? i : -1;
  }
  return runs;
}

/**
 * "former secretary of State Hillary Clinton", "the minister of Defence Ana Reyes": a capitalised word that, after a
 * lower-case title and "of", completes a title phrase ("secretary of state") is the title's, not the first word of
 * the name after it (which would read "State Hillary Clinton" as a body).
 */
function unmarkTitleTails(doc: TextDocument, codes: Uint8Array): void {
  for (let i = 2; i < doc.tokens.length - 1; i++) {
    if (codes[i] !== NAME_WORD || codes[i + 1] !== NAME_WORD || doc.tokens[i - 1]?.lower !== 'of') continue;
    const title = doc.tokens[i - 2] as Token;
    if (!/^\p{Ll}/u.test(title.text)) continue;
    const head = findRoleHead(`${title.lower} of ${(doc.tokens[i] as Token).lower}`);
    if (head && head.start === 0 && head.end === 3) codes[i] = NOT_NAME;
  }
}

const SPELLED_NUMBER =
  /^(?:Zero|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand)$/;

/**
 * "wrote Zero Hedge", "according to One America News": in mid-sentence a number spelled with a capital right before
 * a name's word opens that name. Not where a capital opens every word (a headline's "By Two Points"), nor at the
 * start of a sentence ("Three Americans were hurt").
 */
function markNumberWordsOpeningNames(doc: TextDocument, codes: Uint8Array, titleCased: Map<number, boolean>): void {
  for (let i = 1; i < doc.tokens.length - 1; i++) {
    const token = doc.tokens[i] as Token;
    if (codes[i + 1] !== NAME_WORD || !SPELLED_NUMBER.test(token.text) || atSentenceStart(doc, token)) continue;
    if ((doc.tokens[i + 1] as Token).sentence !== token.sentence) continue;
    if (!isTitleCasedMemo(doc, token.sentence, titleCased)) codes[i] = NAME_WORD;
  }
}

// Nouns for kinds of body and of occasion that news sets before a name ("airline Ryanair", "convention Anime North"):
// WordNet's hyponyms of organisation and business that name what a company or outlet is, and of social event.
const BODY_NOUNS = new Set(
  `airline carrier company firm broadcaster newspaper magazine tabloid website retailer supermarket bank insurer
  automaker carmaker startup publisher label charity`.split(/\s+/),
);
const OCCASION_NOUNS = new Set(
  `convention festival conference expo exhibition fair tournament championship championships summit`.split(/\s+/),
);

const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
// Names a number ends: UK broadcasters' channels and stations ("Channel 4", "Radio 4"), motor racing's formulas
// ("Formula 1") and crewed spaceflight programmes' missions ("Apollo 11", "Soyuz 7", "Shenzhou 5").
const BROADCAST_HEADS = new Set(['Channel', 'Radio']);
const NUMBERED_NAME_HEADS = new Set([
  ...BROADCAST_HEADS,
  'Formula',
  'Apollo',
  'Artemis',
  'Soyuz',
  'Shenzhou',
  'Voyager',
]);
// How far past an ordinal the words of the name it may open are looked at for an organisation's head.
const MAX_ORDINAL_NAME_WORDS = 6;

/** "Channel 4", "Apollo 11": a number after a name's head that takes one; not a score or a range ("Radio 4-3"). */
function isNumberEndingName(tokens: Token[], index: number): boolean {
  const head = tokens[index - 1];
  return (
    head !== undefined &&
    NUMBERED_NAME_HEADS.has(head.text) &&
    /^\d{1,3}$/.test((tokens[index] as Token).text) &&
    !/^[-–]/.test(tokens[index + 1]?.text ?? '')
  );
}

/**
 * "the 9th Circuit Court of Appeals", "the 101st Airborne Division": an ordinal before a name whose words hold an
 * organisation's head is the name's first word; "Channel 4", "Apollo 11": a number after a name's head that takes one
 * is its last.
 */
function markNumeralsInNames(doc: TextDocument, codes: Uint8Array): void {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (next.sentence !== token.sentence) continue;
    if (ORDINAL.test(token.text) && codes[i + 1] === NAME_WORD) {
      for (let k = i + 1; k < tokens.length && k <= i + MAX_ORDINAL_NAME_WORDS && codes[k] === NAME_WORD; k++) {
        // A body's head that is no place's: "the 19th District" is a constituency.
        const word = (tokens[k] as Token).text;
        if (isOrganizationHead(word) && !isPlaceHead(word)) {
          codes[i] = NAME_WORD;
          break;
        }
      }
    } else if (codes[i] === NAME_WORD && isNumberEndingName(tokens, i + 1)) codes[i + 1] = NAME_WORD;
  }
}

// A line is written in title case when this share of its longer words opens on a capital (headlines, subheads,
// links to other stories: "Gina Lopez Questioned What It Means …").
const TITLE_CASE_SHARE = 0.8;
const MIN_TITLE_CASE_WORD = 4;

/** Whether most of the sentence's words of four letters or more are capitalised, as a headline's are. */
function isTitleCased(doc: TextDocument, sentenceIndex: number): boolean {
  const sentence = doc.sentences[sentenceIndex] as Sentence;
  let words = 0;
  let capitalised = 0;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const text = (doc.tokens[k] as Token).text;
    if (text.length < MIN_TITLE_CASE_WORD || !/^\p{L}/u.test(text)) continue;
    words++;
    if (isCapitalised(text)) capitalised++;
  }
  return words >= 2 && capitalised >= words * TITLE_CASE_SHARE;
}

/**
 * In a title-cased line every word is capitalised, so a name runs on into its verb: "Gina Lopez Questioned …",
 * "Rob Hale Makes …". A verb in an inflected form ("questioned", "makes", "got") after a name's word ends the
 * name there; a bare form may be a given name ("Sen. Ted Cruz", tagged VERB) and stays.
 */
function isVerbInTitleCase(doc: TextDocument, i: number, codes: Uint8Array, titleCased: Map<number, boolean>): boolean {
  const token = doc.tokens[i] as Token;
  if (token.pos !== 'VERB' || token.lemma === token.lower || codes[i - 1] !== NAME_WORD) return false;
  return isTitleCasedMemo(doc, token.sentence, titleCased);
}

/** `isTitleCased`, decided once per sentence in `titleCased`. */
function isTitleCasedMemo(doc: TextDocument, sentenceIndex: number, titleCased: Map<number, boolean>): boolean {
  let cased = titleCased.get(sentenceIndex);
  if (cased === undefined) titleCased.set(sentenceIndex, (cased = isTitleCased(doc, sentenceIndex)));
  return cased;
}

/**
 * "Ambassador to NATO", "Minister for Health": a connector after a word that ends a title joins its complement.
 * After a plural ("Lawyers for Tomas Reyes", "Attorneys for …") "for" names whom a group acts for: the name
 * after it is no part of a title, and its holder is no one named.
 */
function linksTitleToComplement(title: string, connector: string): boolean {
  if (!CONNECTORS_AFTER_TITLE.has(connector) || !endsRoleTitle(title)) return false;
  const lower = title.toLowerCase();
  return connector !== 'for' || !singularForms(lower).some((form) => form !== lower && endsRoleTitle(form));
}

function isJoiningConnector(doc: TextDocument, i: number, codes: Uint8Array, runStart: number): boolean {
  const token = doc.tokens[i] as Token;
  // "of the", "to the": a connector and an article ("Secretary of the Air Force", "Ambassador to the
  // United States"); the article joins when its connector did.
  if (token.lower === 'the') {
    const connector = doc.tokens[i - 1];
    return connector !== undefined && codes[i + 1] === NAME_WORD && isJoiningConnector(doc, i - 1, codes, runStart);
  }
  const before = doc.tokens[i - 1];
  const afterIndex = doc.tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  const after = doc.tokens[afterIndex];
  if (!before || !after || codes[afterIndex] !== NAME_WORD || after.sentence !== token.sentence) return false;
  // "Peter King of New York": a title word after a given name is a surname, and "of" says where he is from.
  const surname = i - 2 >= runStart && opensPersonalName(doc, i - 2, runStart) && !isAllCaps(before.text);
  if (
    (linksTitleToComplement(before.text, token.lower) ||
      titlesOfComplement(doc, i - 1, (k) => codes[k] === NAME_WORD)) &&
    !surname
  )
    return true;
  // "Foundation for Children with AIDS", "Association for People with Disabilities": who a body is for.
  if (token.lower === 'with') return inComplementOfHead(doc, runStart, i, 'for');
  if (!CONNECTORS_IN_ORGANIZATIONS.has(token.lower)) return false;
  if (before.lower === 'secretary') return true;
  // "Centre for Control of Iodine Deficiency Disorders": within a body's name, after its head.
  let head = -1;
  for (let k = i - 1; k >= runStart; k--) if (isBodyHeadAt(doc.tokens, k)) head = k;
  if (head < 0) return false;
  // "Colorado State University of the US", "University of Sheffield of the UK": a country after "the", past
  // a head that closes the name or a first complement, says where it is ("Liberal Party of Kenya" names it).
  const secondComplement = doc.tokens.slice(runStart, i).some((t) => CONNECTORS_IN_ORGANIZATIONS.has(t.lower));
  // A country the complement runs on past is part of it: "National Museum of the U.S. Air Force".
  const runsOn = codes[afterIndex + 1] === NAME_WORD && doc.tokens[afterIndex + 1]?.sentence === token.sentence;
  return (head === runStart && !secondComplement) || afterIndex === i + 1 || !countryNamed(after.text) || runsOn;
}

/** The run holds "<Head> <connector> …" before `i`: "Foundation for Children" before "with". */
function inComplementOfHead(doc: TextDocument, runStart: number, i: number, connector: string): boolean {
  for (let k = runStart + 1; k < i - 1; k++)
    if ((doc.tokens[k] as Token).lower === connector && isOrganizationHead((doc.tokens[k - 1] as Token).text))
      return true;
  return false;
}

function trimTrailingConnectors(tokens: Token[], start: number, end: number): number {
  let e = end;
  while (e > start + 1 && !mayEndName(tokens, e - 1) && !isNumberEndingName(tokens, e - 1)) e--;
  return e;
}

function textOf(doc: TextDocument, first: number, end: number): string {
  const a = doc.tokens[first];
  const b = doc.tokens[end - 1];
  return a && b ? doc.body.slice(a.start, b.end) : '';
}

const POSSESSIVE_MARKS = new Set(["'s", '’s']);
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|,)$/;

/**
 * Where the title ends inside a run: after its last role word (and a "to NATO" complement). A role word that
 * ends the run after a given name is a surname: "Martin Luther King Jr.", "Stephen King".
 */
function titleEndInRun(doc: TextDocument, first: number, end: number): number {
  let nameEnd = end;
  while (nameEnd > first + 1 && NAME_SUFFIX.test((doc.tokens[nameEnd - 1] as Token).text)) nameEnd--;
  let titleEnd = first;
  for (let i = first; i < end; i++) {
    const token = doc.tokens[i] as Token;
    if (honorificGender(token.text) !== undefined && i === titleEnd) titleEnd = i + 1;
    else if (i === titleEnd && isLeadingDescriptor(doc, i, nameEnd)) titleEnd = i + 1;
    else if (i === titleEnd && isPageantOfTitle(doc, i, nameEnd)) titleEnd = i + 1;
    else if (
      (endsRoleTitle(token.text) || titlesOfComplement(doc, i, (k) => k < nameEnd)) &&
      !(i === nameEnd - 1 && i > first && followsGivenName(doc, i, first)) &&
      !isSurnameOfTitleWord(doc, i, first, nameEnd)
    )
      titleEnd = i + 1;
    else if (CONNECTORS_AFTER_TITLE.has(token.lower) && i === titleEnd) {
      // "Ambassador to the United States Hamdullah Mohib", "Secretary of the Air Force James Roche": the
      // title runs on to where the person's name begins.
      titleEnd = Math.max(i + 2, personalNameStart(doc, i + 1, nameEnd));
      break;
    }
  }
  return Math.min(titleEnd, end);
}

/**
 * "former Miss Universe Alicia Machado", "Miss Texas Ann Lee": after "Miss", the pageant's word is part of the
 * title when a given name follows it in the run.
 */
function isPageantOfTitle(doc: TextDocument, i: number, nameEnd: number): boolean {
  const given = doc.tokens[i + 1];
  return doc.tokens[i - 1]?.text === 'Miss' && i + 2 <= nameEnd && given !== undefined && isGivenName(given.text);
}

/**
 * "Supervisor of Elections Susan Bucher", "Clerk of Courts Ann Dale": a capitalised noun for a person (WordNet's
 * noun.person) before "of" heads a title when a complement and a given name follow in the capitalised run
 * (`inRun`); "Friends of the Earth" names no one after it.
 */
function titlesOfComplement(doc: TextDocument, i: number, inRun: (k: number) => boolean): boolean {
  const head = doc.tokens[i] as Token;
  if (doc.tokens[i + 1]?.lower !== 'of' || !isCapitalised(head.text) || !isPersonNoun(head.text)) return false;
  for (let k = i + 3; inRun(k) && inRun(k + 1); k++) if (isGivenName((doc.tokens[k] as Token).text)) return true;
  return false;
}

/**
 * Where the name of a person begins at the end of a run of title and complement: at a given name among
 * the last three words ("… Air Force James Roche"), else the last two words ("… United States Hamdullah
 * Mohib"), with the initials and particles between.
 */
function personalNameStart(doc: TextDocument, from: number, end: number): number {
  // "Director of the National Iodine Nutrition study": capitals before a common noun name no one.
  const next = doc.tokens[end];
  if (next && next.pos === 'NOUN' && !isCapitalised(next.text)) return end;
  const words: number[] = [];
  for (let k = end - 1; k >= from && words.length < 3; k--) {
    const token = doc.tokens[k] as Token;
    if (isCapitalised(token.text) && !/^\p{Lu}\.$/u.test(token.text)) words.unshift(k);
    else if (!/^(?:-|\p{Ll}+|\p{Lu}\.)$/u.test(token.text)) break;
  }
  // "Undersecretary for Education Mr. Toccafondi": an honorific opens the name and is not part of it.
  const honorific = words.findIndex((k) => honorificGender((doc.tokens[k] as Token).text) !== undefined);
  if (honorific >= 0 && honorific < words.length - 1) return (words[honorific] as number) + 1;
  // A given name opens the person's name; the last word is a surname even when it is a given name too.
  const given = words.slice(0, -1).find((k) => isGivenName((doc.tokens[k] as Token).text));
  if (given !== undefined) return given;
  return words.length >= 2 ? (words[words.length - 2] as number) : end;
}

// Party words written before a name: "Republican Thomas Massie", "Democrat Elijah Cummings".
const PARTY_WORDS = new Set(['republican', 'democrat', 'democratic', 'independent', 'conservative', 'labour']);

/**
 * "Republican from Texas", "Republican of South Carolina", "a Democrat": a party and the place a member stands
 * for, which is no office.
 */
export function isPartyLabel(text: string): boolean {
  const words = text.replace(/^(?:a|an)\s+/i, '').split(/\s+/);
  const link = words[1]?.toLowerCase();
  const place = words.slice(2);
  return (
    PARTY_WORDS.has((words[0] ?? '').toLowerCase()) &&
    (words.length === 1 || link === 'from' || (link === 'of' && place.every((w) => /^\p{Lu}/u.test(w))))
  );
}

/**
 * "Pastor Darrell Scott", "Billionaire Donald Trump" (opening a sentence), "Republican Thomas Massie": a
 * noun for a person or a party word before at least two name words describes the person, unless it is a
 * given name itself ("Hunter Biden" keeps "Hunter").
 */
function isLeadingDescriptor(doc: TextDocument, i: number, nameEnd: number): boolean {
  const word = (doc.tokens[i] as Token).text;
  if (!PARTY_WORDS.has(word.toLowerCase()) && (!isPersonNoun(word) || isGivenName(word))) return false;
  if (isOrganizationHead(word)) return false;
  let nameWords = 0;
  for (let k = i + 1; k < nameEnd; k++) {
    const token = doc.tokens[k] as Token;
    // "Center for Strategic …": a connector means the run is the name of a body.
    if (CONNECTORS_IN_ORGANIZATIONS.has(token.lower) || token.lower === 'and') return false;
    if (/^\p{Lu}/u.test(token.text)) nameWords++;
  }
  return nameWords >= 2 && !isOrganizationHead((doc.tokens[nameEnd - 1] as Token).text);
}

/**
 * A role word closing a run that opens with a given name is a surname: "Luther King", "Stephen King", not
 * "Jordanian King", "Secretary General" or "New Democrat MP".
 */
// Titles a speaker is addressed by ("Mr. President", "Madam Speaker"), which an honorific does not make a surname.
const ADDRESS_TITLES = new Set(
  'president speaker chairman chairwoman chair secretary ambassador minister mayor governor senator'.split(' '),
);

/**
 * "Representative Peter King of New York", "Mr. King said": a role word right after a given name that opens the
 * person's name, or as the last word after an honorific, is a surname (King, Judge, Sheriff are surnames too).
 */
function isSurnameOfTitleWord(doc: TextDocument, i: number, first: number, nameEnd: number): boolean {
  if (i <= first) return false;
  const token = doc.tokens[i] as Token;
  const before = doc.tokens[i - 1] as Token;
  if (isAllCaps(token.text)) return false;
  if (honorificGender(before.text) !== undefined) return i === nameEnd - 1 && !ADDRESS_TITLES.has(token.lower);
  // A name going on after it ("Charlotte Mayor Jennifer Roberts") makes it the title of that name.
  const last = i === nameEnd - 1 || CONNECTORS_AFTER_TITLE.has((doc.tokens[i + 1] as Token).lower);
  return last && opensPersonalName(doc, i - 1, first);
}

/**
 * The token is a given name opening a person's name: first in its run or after a title word ("Representative
 * Peter …"), and no place, country, body or title word that is a given name too ("Florida Sen.", "Georgia Gov.",
 * "Charlotte Mayor").
 */
function opensPersonalName(doc: TextDocument, k: number, first: number): boolean {
  const word = (doc.tokens[k] as Token).text;
  if (!isGivenName(word) || isAllCaps(word) || isPlace(word) || countryNamed(word) || countryOfDemonym(word))
    return false;
  if (endsRoleTitle(word) || isTitleModifier(word) || isOrganizationHead(word)) return false;
  const opener = (doc.tokens[k - 1] as Token | undefined)?.text ?? '';
  return k === first || endsRoleTitle(opener) || honorificGender(opener) !== undefined;
}

function followsGivenName(doc: TextDocument, i: number, first: number): boolean {
  const before = (doc.tokens[i - 1] as Token).text;
  return (
    isGivenName((doc.tokens[first] as Token).text) &&
    !isAllCaps((doc.tokens[i] as Token).text) &&
    !isRoleHeadWord(before) &&
    !isTitleModifier(before) &&
    honorificGender(before) === undefined &&
    countryOfDemonym(before) === undefined &&
    countryNamed(before) === undefined &&
    !isOrganizationHead(before) &&
    !isAllCaps(before)
  );
}

/** Title words written before a name, outside the capitalised run: "City Hall press secretary Ana Reyes". */
/** Adjectives that count or point rather than classify: "other officials", "several experts". */
const QUANTIFYING_ADJECTIVES = new Set(
  `other many several such same few more most certain various numerous fellow own last next`.split(/\s+/),
);

/** Words before an adjective that grade it ("the most able candidate") or open a clause ("whatever real authority
 *  Manafort had"): a gradable adjective evaluates, and classifies no title. */
const GRADING_WORDS = new Set(`most more very so too less least quite whatever whichever`.split(/\s+/));

/** Prepositions that join a title to the one it serves: "spokesman for …", "adviser to …" (not "Secretary of State"). */
const SERVICE_CONNECTORS = new Set(['for', 'to']);

/** A title noun among the tokens from `from` up to `end`, lower case ("presidential candidate"). */
function holdsTitleNoun(doc: TextDocument, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const token = doc.tokens[k] as Token;
    if (/^\p{Ll}/u.test(token.text) && isTitleNoun(token)) return true;
  }
  return false;
}

function titleStartBefore(doc: TextDocument, runFirst: number): number {
  let first = runFirst;
  for (let i = runFirst - 1; i >= 0 && runFirst - i <= 8; i--) {
    const token = doc.tokens[i] as Token;
    if (token.sentence !== (doc.tokens[runFirst] as Token).sentence || token.quote >= 0) break;
    const titleWord = isTitleNoun(token) || isTitleModifier(token.text) || countryOfDemonym(token.text) !== undefined;
    // "But Attorney General …": a capitalised function word opening the sentence is no title word.
    const capitalisedWord = isCapitalised(token.text) && !isDateToken(token) && !FUNCTION_WORD_TAGS.has(token.pos);
    const linksComplement = linksTitleToComplement(doc.tokens[i - 1]?.text ?? '', token.lower);
    const connector = linksComplement || joinsBodyName(doc, i, runFirst);
    // "academic and professor Marc Lamont Hill", "Facebook co-founder Mark Zuckerberg".
    const next = doc.tokens[i + 1];
    const joiner =
      (token.lower === 'and' && isTitleNoun(doc.tokens[i - 1]) && i + 1 < runFirst) ||
      (token.text === '-' && doc.tokens[i - 1]?.end === token.start) ||
      // "Prize-winning cartoonist", "Boston-based lawyer": the word after a hyphen belongs to the modifier.
      (doc.tokens[i - 1]?.text === '-' && doc.tokens[i - 1]?.end === token.start && i + 1 < runFirst) ||
      // "then-Compaq CEO", "Then-Intel CEO" opening a sentence: a word bound to the title by a hyphen.
      (next?.text === '-' && token.end === next.start && /^\p{L}\p{Ll}+$/u.test(token.text)) ||
      // "Tunisia's coach Nabil Maaloul", "the club's president …": the owner of a title is part of it.
      (POSSESSIVE_MARKS.has(token.lower) &&
        i + 1 < runFirst &&
        (isCapitalised(doc.tokens[i - 1]?.text ?? '') || doc.tokens[i - 1]?.pos === 'NOUN')) ||
      // "astronomy professor Scott Gaudi", "test player John Bracewell": a noun modifying the title.
      (token.pos === 'NOUN' && i + 1 === first && i + 1 < runFirst) ||
      // "political scientist Peter Ubertaccio", "investigative reporter …": an adjective right before the title's
      // head classifies it (Quirk et al. 1985 §17.104, classifying premodifiers), not a quantifier ("other").
      (token.pos === 'ADJ' &&
        i + 1 === first &&
        i + 1 < runFirst &&
        isTitleNoun(doc.tokens[i + 1]) &&
        !QUANTIFYING_ADJECTIVES.has(token.lower) &&
        !GRADING_WORDS.has(doc.tokens[i - 1]?.lower ?? ''));
    if (!titleWord && !capitalisedWord && !connector && !joiner) break;
    // "an attorney for Reyes", "adviser to Biden": a name right after the title's preposition is its complement
    // (the client, the one advised), not its holder.
    if (connector && i === runFirst - 1 && !titleWord && !capitalisedWord) break;
    // "a spokesman for presidential candidate Hillary Clinton": the words after the preposition hold the name's own
    // title, so the title before it is another's (the one the complement serves), not this name's.
    const servesComplement = linksComplement && SERVICE_CONNECTORS.has(token.lower);
    if (servesComplement && !titleWord && !capitalisedWord && holdsTitleNoun(doc, i + 1, runFirst)) break;
    first = i;
  }
  return first;
}

// Words that join the capitalised words of a body's name ("Bank of America", "Council for the Welfare of Immigrants");
// "and" is left out, as it joins two people as often ("Bolton and Breitbart News editor Aaron Klein").
const NAME_CONNECTORS = new Set(['of', 'for']);

/**
 * "Bank of America analyst Jo Reyes", "Joint Council for the Welfare of Immigrants campaigner Mara Quint": a
 * connector between capitalised words inside the title joins the name of the body the title is of, which is part of
 * the title; the title is not cut at it ("America analyst").
 */
function joinsBodyName(doc: TextDocument, i: number, runFirst: number): boolean {
  const token = doc.tokens[i] as Token;
  const before = doc.tokens[i - 1];
  const after = doc.tokens[i + 1];
  if (!before || !after || i + 1 >= runFirst) return false;
  if (token.lower === 'the') return NAME_CONNECTORS.has(before.lower) && isCapitalised(after.text);
  return (
    NAME_CONNECTORS.has(token.lower) &&
    isCapitalised(before.text) &&
    (isCapitalised(after.text) || after.lower === 'the')
  );
}

function isTitleNoun(token: Token | undefined): boolean {
  // "of", "the" belong to title phrases ("secretary of state") but are no title words on their own.
  if (token === undefined || FUNCTION_WORD_TAGS.has(token.pos)) return false;
  // "co-founder", "vice-chairman": the last part of a hyphenated word is its head.
  const head = token.text.slice(token.text.lastIndexOf('-') + 1);
  // A noun that names a message is no title, whatever rare sense of a person WordNet gives it ("letter", a lessor):
  // "according to a letter Mayor Ann Lee sent".
  return (
    isRoleHeadWord(head) ||
    ((token.pos === 'NOUN' || token.pos === 'ADJ') && isPersonNoun(head) && !isReportingNoun(head))
  );
}

/** True when the tokens hold a word that ends a role title ("minister", "nominee"). */
function hasRoleWordFrom(doc: TextDocument, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const token = doc.tokens[i] as Token;
    const head = token.text.slice(token.text.lastIndexOf('-') + 1);
    if (endsRoleTitle(head) || (isPersonNoun(head) && !PARTY_WORDS.has(head.toLowerCase()))) return true;
  }
  return false;
}

/**
 * The kind of a span's words read without a title before them and with one. Kept for the article, so made by a
 * constructor: a literal's allocation site would be pretenured (see FoundName).
 */
class SpanKinds {
  untitled: NameKind | null;
  titled: NameKind | null;
  constructor(untitled: NameKind | null, titled: NameKind | null) {
    this.untitled = untitled;
    this.titled = titled;
  }
}

// The passes over names ask the kind of the same words of a document again and again (a quarter of the asks),
// and half the spans both untitled and titled: both are read at once, the rules differing only at the end.
const kindsOf = new WeakMap<TextDocument, Map<number, SpanKinds>>();

function classify(doc: TextDocument, first: number, end: number, titled: boolean): NameKind | null {
  let spans = kindsOf.get(doc);
  if (!spans) kindsOf.set(doc, (spans = new Map()));
  const key = first * (doc.tokens.length + 1) + end;
  let kinds = spans.get(key);
  if (kinds === undefined) spans.set(key, (kinds = classifyWords(doc, first, end)));
  return titled ? kinds.titled : kinds.untitled;
}

/** A run's own kind, untitled, which several rules ask of it; classify reads it once. */
function runKind(doc: TextDocument, first: number, end: number): NameKind | null {
  return classify(doc, first, end, false);
}

function classifyWords(doc: TextDocument, first: number, end: number): SpanKinds {
  const text = textOf(doc, first, end);
  // Words as written: "Coca-Cola" and "Holtz-Eakin" are one word each, "Procter & Gamble" three.
  const words = text.split(/\s+/);
  // Most rules ask without regard to case: the span and each word are lower-cased once for them all.
  const lowerWords = words.map((word) => word.toLowerCase());
  const lower = words.length === 1 ? (lowerWords[0] as string) : text.toLowerCase();
  const span: SpanText = { text, lower, words, lowerWords };
  const kind = kindWithOrWithoutTitle(doc, first, end, span);
  if (kind !== undefined) return new SpanKinds(kind, kind);
  return new SpanKinds(kindOfPlainName(doc, first, end, span, false), kindOfPlainName(doc, first, end, span, true));
}

/** A span's text and words as written and lower-cased. */
interface SpanText {
  text: string;
  lower: string;
  words: string[];
  lowerWords: string[];
}

/** The kind a span's words have whether a title stands before them or not; undefined where the title decides. */
function kindWithOrWithoutTitle(
  doc: TextDocument,
  first: number,
  end: number,
  { text, lower, words, lowerWords }: SpanText,
): NameKind | null | undefined {
  const lastWord = words[words.length - 1] as string;
  const lastLower = lowerWords[lowerWords.length - 1] as string;
  const count = words.length;
  if (countryNamed(text) || isPluralDemonym(text)) return 'COUNTRY';
  // "convention Anime North", "budget airline Ryanair", "magazine MicroMega": a common noun for a kind of body or of
  // occasion, right before the name, says what it names.
  const kindNoun = doc.tokens[first - 1];
  // A given name opening it keeps it a person's: "the publisher Anna Berg".
  if (kindNoun?.pos === 'NOUN' && /^\p{Ll}/u.test(kindNoun.text) && !isGivenName(words[0] as string)) {
    if (OCCASION_NOUNS.has(kindNoun.lower)) return null;
    if (BODY_NOUNS.has(kindNoun.lower)) return 'ORGANIZATION';
  }
  // "a Costa Rican man", "the Sri Lankan": a people's word of more than one word describes, it names no one.
  if (count >= 2 && countryOfDemonym(text)) return null;
  if (count === 1 && namesLegislature(doc, first, text)) return 'ORGANIZATION';
  // "University", "Department" alone name no one in particular.
  if (count === 1 && isOrganizationHead(lower) && !organizationKey(text)) return null;
  if (isNamedEvent(text, lower, words) || isNamedThing(text, lower)) return null;
  // "the Spaniard added", "a Democrat": a member of a people, place, party or faith, described, not named; before
  // a noun it modifies ("the Conservative government") it is the body's name.
  if (count === 1 && isMemberNoun(text) && ARTICLES.has(doc.tokens[first - 1]?.lower ?? '')) {
    const next = doc.tokens[end];
    if (!(next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text))) return null;
  }
  // "Project on Government Oversight" is a body, "Manhattan Project" a work: a head word that also ends names
  // of works makes a body only before a complement.
  const bodyHead =
    lowerWords.some(
      (w, k) =>
        (isOrganizationHead(w) && !(k === count - 1 && isNotActorHead(w))) ||
        // A plural head before its complement: "Centers for Disease Control", "National Institutes of Health".
        (CONNECTORS_IN_ORGANIZATIONS.has(lowerWords[k + 1] ?? '') && singularHead(words[k] as string) !== null),
    ) || / Hall of Fame$/.test(text);
  // "British Red Cross": a known body's name after the country it serves.
  const placedBody =
    count >= 2 && (countryOfDemonym(words[0] as string) || countryNamed(words[0] as string)) !== undefined
      ? organizationKey(words.slice(1).join(' '))
      : undefined;
  // "Channel 4", "Radio 4": a broadcaster's numbered channel; no person's name ends on a number.
  const numbered = count === 2 && BROADCAST_HEADS.has(words[0] as string) && /^\d+$/.test(lastWord);
  if (organizationKey(text) || placedBody || (count >= 2 && bodyHead) || numbered || isSportsClubName(words))
    return 'ORGANIZATION';
  if (/\.(?:com|org|net|gov|edu|io|co|uk|info|news|tv)$/i.test(text)) return 'ORGANIZATION';
  if (count >= 2 && (isOrganizationSuffix(lastLower) || words.includes('&'))) return 'ORGANIZATION';
  // "The Harbor and Mail": a title of two words joined by "and" after a capitalised "The" is a newspaper's.
  if (count === 3 && words[1] === 'and' && doc.tokens[first - 1]?.text === 'The') return 'ORGANIZATION';
  if (isPlace(text, lower) || (count >= 2 && (isPlaceHead(lastLower) || isPlacePrefix(lowerWords[0] as string))))
    return 'PLACE';
  // "Washington D.C.", "Fresno Calif.": a name ending in a state's abbreviation is a city's. A postal code
  // counts only in capitals ("Portland OR", not "Portland or").
  if (count >= 2 && isStateAbbreviation(lastLower) && (lastWord.includes('.') || isAllCaps(lastWord))) return 'PLACE';
  // A law, an event or a building is none, whoever it is named after ("Sherman Antitrust Act"); but two words right
  // after a title name its holder, whatever the last word also names ("Public Safety Minister Stockwell Day").
  const title = doc.tokens[first - 1];
  const afterTitle =
    count === 2 && title?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(title.text) && isRoleHeadWord(title.text);
  if ((isNotActorHead(lastLower) && !afterTitle) || startsWithVehiclePrefix(lowerWords)) return null;
  // "The Florida Senator lost", "the Ohio Governor": a place's or a party's word before a title describes a person.
  if (
    count === 2 &&
    isRoleHeadWord(lastLower) &&
    (isPlace(words[0] as string, lowerWords[0]) || PARTY_WORDS.has(lowerWords[0] as string))
  )
    return null;
  return undefined;
}

/** The kind of a span's words that name no country, body, place or thing: mostly a person's. */
function kindOfPlainName(
  doc: TextDocument,
  first: number,
  end: number,
  { text, words, lowerWords }: SpanText,
  titled: boolean,
): NameKind | null {
  const lastWord = words[words.length - 1] as string;
  const count = words.length;
  // "Mark Cuban", "Steve Israel", "Jordan Peterson": a given name first makes a person.
  const givenNameFirst = count >= 2 && isGivenName(lowerWords[0] as string) && !countryOfDemonym(words[0] as string);
  const company =
    !titled &&
    ((count >= 2 && isPluralNameAfterThe(doc, first, lastWord)) ||
      actsAsCompany(doc, end) ||
      isPublicationOfWork(doc, first));
  if (givenNameFirst && !company) return 'PERSON';
  if (words.some((w) => countryOfDemonym(w) || countryNamed(w))) return null;
  // A lone acronym of three to five capitals is an organisation ("NATO", "BMJ"); "CT" or "USA TODAY" are not taken.
  if (isAllCaps(text)) return count === 1 && /^\p{Lu}{3,5}$/u.test(text.replace(/\./g, '')) ? 'ORGANIZATION' : null;
  if (company) return 'ORGANIZATION';
  // "Windows XP", "Advanced DRAM": a last word in capitals after words that are not is a version, a model or an
  // acronym, never a surname (a person's name in capitals is written so throughout); a suffix ("III") is none.
  // After "the" it is a body's acronym ("the Alpine SVP", "the Junge SVP"), unless a common noun it modifies
  // follows ("the Advanced DRAM technology consortium").
  if (count >= 2 && !titled && isAllCaps(lastWord) && !isAllCaps(words[0] as string) && !NAME_SUFFIX.test(lastWord)) {
    const next = doc.tokens[end];
    const modifies = next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
    return doc.tokens[first - 1]?.lower === 'the' && !modifies ? 'ORGANIZATION' : null;
  }
  if (count >= 2) return 'PERSON';
  return titled ? 'PERSON' : 'UNKNOWN';
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * "The Senate voted", "Parliament approved": a legislature's name, capitalised, acting, stands for the one body of
 * the story's country. Unlike "University" or "Department", a country has one of each.
 */
function namesLegislature(doc: TextDocument, first: number, text: string): boolean {
  if (!isLegislature(text) || !/^\p{Lu}\p{Ll}+$/u.test(text)) return false;
  const before = doc.tokens[first - 1]?.lower;
  // Only a body that acts is an actor: "the Senate voted", "Parliament approved". "A Senate race", "served in the
  // House" name a seat, an office or a place of work.
  if (!['VERB', 'AUX'].includes(doc.tokens[first + 1]?.pos ?? '')) return false;
  // "House" and "Diet" name shops, shows and meals too: only "the House", "the Diet" is the legislature.
  return before === 'the' || (before !== 'a' && !WORDS_BEYOND_LEGISLATURES.has(text.toLowerCase()));
}

const WORDS_BEYOND_LEGISLATURES = new Set(['house', 'diet']);

/**
 * "the Harbor Express", "the Red Mansion", "the Silver Star": a name of two words or more after an article,
 * opening with no given name, names a thing or a place; people's names take no article ("the Rev. …" and
 * "the actor …" put a title between).
 */
function isThingAfterArticle(doc: TextDocument, first: number, end: number): boolean {
  const article = doc.tokens[first - 1];
  const head = doc.tokens[first] as Token;
  if (!article || article.sentence !== head.sentence || !ARTICLES.has(article.lower) || end - first < 2) return false;
  // "a Palmetto Health spokesperson": the name of the body a title belongs to.
  const next = doc.tokens[end];
  const titleNext =
    next !== undefined &&
    next.sentence === head.sentence &&
    /^\p{Ll}/u.test(next.text) &&
    (endsRoleTitle(next.text) || isPersonNoun(next.text));
  if (titleNext) return false;
  // "the Wisconsin Republican" describes a person, "the Eurosceptic SVP" names a party.
  const last = (doc.tokens[end - 1] as Token).text;
  if (PARTY_WORDS.has(last.toLowerCase()) || isAllCaps(last)) return false;
  return !isGivenName(head.text) && honorificGender(head.text) === undefined;
}

// Craft and operations named like people: "Space Shuttle Discovery", "USS Nimitz", "HMS Victory", "HMAS Glenelg",
// "Operation Centurion".
const VEHICLE_PREFIXES = [
  ['space', 'shuttle'],
  ['uss'],
  ['usns'],
  ['hms'],
  ['hmas'],
  ['hmcs'],
  ['hmnzs'],
  ['rms'],
  ['ins'],
  ['flight'],
  ['operation'],
];

function startsWithVehiclePrefix(lowerWords: string[]): boolean {
  return VEHICLE_PREFIXES.some(
    (prefix) => lowerWords.length > prefix.length && prefix.every((w, i) => lowerWords[i] === w),
  );
}

// "in the Alps", "across the Balkans": a plural name after these is a place, not a team.
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'across', 'through', 'throughout', 'over', 'near', 'around']);

/**
 * "the Harbor City Rovers": a plural capitalised name after "the" is a team or a band. Only names of two
 * words or more: a lone plural ("the Republicans") is as often a party's members as a body.
 */
function isPluralNameAfterThe(doc: TextDocument, first: number, lastWord: string): boolean {
  const the = doc.tokens[first - 1];
  if (!the || the.lower !== 'the' || !/^\p{Lu}\p{Ll}+[^s'’]s$/u.test(lastWord)) return false;
  return !PLACE_PREPOSITIONS.has(doc.tokens[first - 2]?.lower ?? '');
}

// "reported a quarterly profit", "posted record earnings": results only a company reports.
const COMPANY_RESULTS = new Set([
  'earnings',
  'profit',
  'profits',
  'revenue',
  'revenues',
  'sales',
  'results',
  'loss',
  'losses',
]);
const RESULT_VERBS = new Set(['report', 'post', 'reported', 'posted', 'reports', 'posts']);
const MAX_TOKENS_TO_ITS = 3;

// Verbs of a work that appears in a journal or a paper: "published in Nature Astronomy", "writing in The Lancet".
const PUBLISHING_VERBS = new Set(['publish', 'appear', 'print', 'write']);

/** "The findings were published in Nature Astronomy": the name after a verb of publishing and "in" is a publication. */
function isPublicationOfWork(doc: TextDocument, first: number): boolean {
  const start = doc.tokens[first - 1]?.lower === 'the' ? first - 1 : first;
  const verb = doc.tokens[start - 2];
  return doc.tokens[start - 1]?.lower === 'in' && verb !== undefined && PUBLISHING_VERBS.has(verb.lemma);
}

/** "Solara raised its forecast", "Acme reported a quarterly loss": a subject that owns "its" or reports results. */
function actsAsCompany(doc: TextDocument, end: number): boolean {
  let i = end;
  if (doc.tokens[i]?.pos === 'ADV') i++;
  const verb = doc.tokens[i];
  if (!verb || verb.pos !== 'VERB' || verb.sentence !== (doc.tokens[end - 1] as Token).sentence) return false;
  for (let k = i + 1; k <= i + MAX_TOKENS_TO_ITS; k++) {
    const token = doc.tokens[k];
    if (!token || token.sentence !== verb.sentence) return false;
    if (token.lower === 'its') return k === i + 1;
    if (RESULT_VERBS.has(verb.lower) && COMPANY_RESULTS.has(token.lower)) return true;
    if (token.pos === 'PUNCT' || token.pos === 'VERB') return false;
  }
  return false;
}

// "Air Force One", "Marine One": a name ending in a number word is a vehicle or a title, not an actor.
const NUMBER_WORDS = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/;
// "the Obama administration", "the Meloni government": a person's name before these nouns names a body.
const BODIES_NAMED_AFTER_PEOPLE = new Set(['administration', 'government']);

/** A run read together with the lower-case word after it: "<Name> administration", "<Name> party". */
// "the Kenyan government", "the Indonesian military": a people's word before these names the state's body.
const STATE_BODIES = new Set([
  'government',
  'military',
  'army',
  'navy',
  'police',
  'authorities',
  'parliament',
  'embassy',
  'ministry',
  'coastguard',
  'forces',
  'troops',
]);

function bodyNamedByRun(doc: TextDocument, runFirst: number, runEnd: number): NameSpan | null {
  const next = doc.tokens[runEnd];
  const head = doc.tokens[runFirst] as Token;
  if (!next || next.sentence !== head.sentence || next.quote >= 0) return null;
  if (
    STATE_BODIES.has(next.text) &&
    runEnd - runFirst === 1 &&
    countryOfDemonym(head.text) &&
    !isPluralDemonym(head.text)
  )
    return span(doc, 'ORGANIZATION', runFirst, runEnd + 1, runFirst, runFirst, null);
  if (!BODIES_NAMED_AFTER_PEOPLE.has(next.text) && next.text !== 'party') return null;
  const kind = runKind(doc, runFirst, runEnd);
  if (kind !== 'PERSON' && kind !== 'UNKNOWN') return null;
  if (BODIES_NAMED_AFTER_PEOPLE.has(next.text))
    return span(doc, 'ORGANIZATION', runFirst, runEnd + 1, runFirst, runFirst, null);
  // "Netanyahu's Likud party": a single unknown name before "party" is the party's name.
  if (next.text === 'party' && kind === 'UNKNOWN')
    return span(doc, 'ORGANIZATION', runFirst, runEnd, runFirst, runFirst, null);
  return null;
}

const WORD_OPENING = /^[\p{L}\p{N}]/u;

export function findNames(doc: TextDocument): NameSpan[] {
  const names: NameSpan[] = [];
  const runs = nameRuns(doc);
  const shared = bodiesSharingAPluralHead(doc, runs);
  for (const [runFirst, runEnd] of runs) {
    // "won Best Pop Duo", "and Best Rock Performance": an award's category, named with "Best" inside a sentence, is
    // no one.
    if (isAwardCategory(doc, runFirst, runEnd)) continue;
    const sharing = shared.get(runFirst);
    if (sharing) {
      names.push(sharing);
      continue;
    }
    // A dateline's place is where the story was filed; its agency is a credit, no actor.
    if (isInDateline(doc, runFirst, runEnd)) {
      if (isAllCaps((doc.tokens[runFirst] as Token).text))
        names.push(span(doc, 'PLACE', runFirst, runEnd, runFirst, runFirst, null));
      continue;
    }
    const after = doc.tokens[runEnd];
    if (after && after.sentence === (doc.tokens[runFirst] as Token).sentence && NUMBER_WORDS.test(after.text)) continue;
    if (isPlaceInRegion(doc, runFirst, runEnd) && !isBodyOrCountry(runKind(doc, runFirst, runEnd))) {
      names.push(span(doc, 'PLACE', runFirst, runEnd, runFirst, runFirst, null));
      continue;
    }
    const body = bodyNamedByRun(doc, runFirst, runEnd) ?? ownerOfOccasion(doc, runFirst, runEnd);
    if (body) {
      names.push(body);
      continue;
    }
    // A run is split into title and name only when what follows the title is not itself an organisation
    // ("Palestinian Authority President Mahmoud Abbas" splits, "Justice Department" does not).
    const nameFirst = titleEndInRun(doc, runFirst, runEnd);
    const nameKind = nameFirst < runEnd ? classify(doc, nameFirst, runEnd, true) : null;
    const wholeKind = runKind(doc, runFirst, runEnd);
    const wholeIsNamed = wholeKind === 'ORGANIZATION' || wholeKind === 'COUNTRY' || wholeKind === 'PLACE';
    // "… Council on American-Islamic Relations Alia Salem said": a person named right after a body's name.
    const person = wholeKind === 'ORGANIZATION' && nameFirst === runFirst ? personAfterBody(doc, runFirst, runEnd) : -1;
    if (person > 0) {
      names.push(span(doc, 'ORGANIZATION', runFirst, person, runFirst, runFirst, null));
      const titleFirst = titleOfBodyBefore(doc, runFirst);
      names.push(
        span(doc, 'PERSON', person, runEnd, titleFirst ?? person, titleFirst === null ? person : person, null),
      );
      continue;
    }
    // "Commanders of the Korean People's Army were …": a title of no one, before the body it is of.
    if (wholeKind === 'ORGANIZATION' && nameFirst > runFirst && nameKind !== 'PERSON') {
      const complement = bodyBeforeTitle(doc, runFirst, runEnd);
      if (complement && complement.firstToken > runFirst) {
        names.push(complement);
        continue;
      }
    }
    if (
      wholeIsNamed &&
      (nameFirst === runFirst ||
        (nameKind !== 'PERSON' && nameFirst < runEnd) ||
        knownOrganization(textOf(doc, runFirst, runEnd)))
    ) {
      names.push(span(doc, wholeKind, runFirst, runEnd, runFirst, runFirst, null));
      continue;
    }
    if (nameFirst >= runEnd) {
      // "State Department Spokesperson", "U.N. Secretary General": a body's name before a title with no name.
      const body = bodyBeforeTitle(doc, runFirst, runEnd);
      if (body) names.push(body);
      continue;
    }
    // "the leader of Ennahda", "president of Ghana": a name after "<title> of" is what the title is of.
    const complement = complementOfTitle(doc, runFirst, runEnd);
    if (complement) {
      names.push(complement);
      continue;
    }
    if (
      nameFirst === runFirst &&
      (wornByCompany(doc, runFirst) ||
        isEmployerOfGroup(doc, runFirst, runEnd) ||
        describedAsBody(doc, runFirst, runEnd) ||
        ownsOfficerTitle(doc, runFirst, runEnd))
    ) {
      const kind = runKind(doc, runFirst, runEnd);
      if (kind === 'PERSON' || kind === 'UNKNOWN') {
        names.push(span(doc, 'ORGANIZATION', runFirst, runEnd, runFirst, runFirst, null));
        continue;
      }
    }
    const titleFirst = titleStartBefore(doc, runFirst);
    const titleEnd = nameFirst > runFirst ? nameFirst : runFirst;
    const titled = titleEnd > titleFirst && hasRoleWordFrom(doc, titleFirst, titleEnd);
    // "Editor-in-Chief" cut inside its hyphens leaves "-in": a name opens on a word, never on a mark.
    if (!WORD_OPENING.test((doc.tokens[nameFirst] as Token).text)) continue;
    const kind = classify(doc, nameFirst, runEnd, titled);
    if (!kind || (kind === 'PERSON' && !titled && isThingAfterArticle(doc, nameFirst, runEnd))) continue;
    const honorific = honorificGender((doc.tokens[runFirst] as Token).text);
    // "CEO of the Refugee Council Enver Solomon": the body a title before the name is of is named too.
    const titleBody = kind === 'PERSON' && titled ? bodyEndingTitle(doc, titleFirst, nameFirst) : null;
    if (titleBody) names.push(titleBody);
    names.push(
      span(
        doc,
        kind,
        nameFirst,
        runEnd,
        titled ? titleFirst : nameFirst,
        titled ? titleEnd : nameFirst,
        honorific ?? null,
      ),
    );
  }
  return names;
}

// Trade nouns news writes before a company's name ("the retailer Stonebridge Market", "the carmaker Volta
// Motors"): WordNet's nouns for a business by what it makes or sells, which also name a person who does, and
// would make the name after them a person's.
const COMPANY_NOUNS = new Set([
  'retailer',
  'wholesaler',
  'carmaker',
  'automaker',
  'chipmaker',
  'drugmaker',
  'planemaker',
  'steelmaker',
  'shipbuilder',
  'insurer',
  'reinsurer',
  'lender',
  'broadcaster',
  'publisher',
  'manufacturer',
  'supplier',
  'distributor',
  'brewer',
  'miner',
  'grocer',
  'homebuilder',
  'outfitter',
  'bottler',
  'exporter',
  'importer',
  'producer',
  'maker',
]);

/**
 * "the retailer Stonebridge Market", "rival carmaker Volta Motors": a name right after a trade noun that names
 * companies is a company's, unless it opens with a given name ("the publisher Anna Berg").
 */
function wornByCompany(doc: TextDocument, first: number): boolean {
  const noun = doc.tokens[first - 1];
  if (!noun || noun.sentence !== (doc.tokens[first] as Token).sentence || !COMPANY_NOUNS.has(noun.text)) return false;
  return !isGivenName((doc.tokens[first] as Token).text);
}

// Heads of noun phrases for organised groups (WordNet's noun.group, hyponyms of "organization", "social
// group" and "musical group"), which make an appositive describe a body: "Marlow Sound, a local band,".
const GROUP_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'band',
  'charity',
  'club',
  'team',
  'organisation',
  'organization',
  'agency',
  'newspaper',
  'tabloid',
  'magazine',
  'broadsheet',
  'startup',
  'start-up',
  'nonprofit',
  'non-profit',
  'party',
  'union',
  'association',
  'society',
  'foundation',
  'consultancy',
  'bank',
  'airline',
  'conglomerate',
  'cooperative',
  'collective',
  'orchestra',
  'choir',
  'ensemble',
  'quartet',
  'trio',
  'label',
  'regulator',
  'watchdog',
  'coalition',
  'alliance',
  'federation',
  'league',
  'militia',
  'tank',
  'chain',
  'subsidiary',
  'broadcaster',
]);
const MAX_APPOSITIVE_WORDS = 7;

/**
 * "Marlow Sound, a local band, said", "Brackwell, a Dublin-based firm,": a name whose appositive, opening with
 * an article, is headed by a noun for an organised group names a body ("Anna Berg, a band member," is headed
 * by "member"). A trade noun ("Stonebridge, a retailer,") counts too, unless the name opens with a given name.
 */
function describedAsBody(doc: TextDocument, first: number, end: number): boolean {
  const comma = doc.tokens[end];
  const article = doc.tokens[end + 1];
  if (comma?.text !== ',' || !article || article.sentence !== comma.sentence || !ARTICLES.has(article.lower))
    return false;
  let head: Token | undefined;
  for (let k = end + 2; k <= end + 1 + MAX_APPOSITIVE_WORDS; k++) {
    const token = doc.tokens[k];
    if (!token || token.sentence !== comma.sentence) break;
    // "a Dublin-based firm": the parts of a hyphenated modifier.
    const hyphenated =
      token.text === '-' || (doc.tokens[k - 1]?.text === '-' && doc.tokens[k - 1]?.end === token.start);
    if (hyphenated) continue;
    if (token.text === ',' || token.pos === 'VERB' || token.pos === 'AUX' || /^[.;:!?)]$/.test(token.text)) break;
    if (token.pos === 'ADP' || token.pos === 'PRON' || token.lower === 'that' || token.lower === 'which') break;
    // The last word is the head, however tagged ("a Dublin-based firm" may read "firm" as an adverb).
    head = token;
  }
  if (!head) return false;
  if (GROUP_NOUNS.has(head.lower)) return true;
  return COMPANY_NOUNS.has(head.lower) && !isGivenName((doc.tokens[first] as Token).text);
}

// Officers speaking for a body: "a Palmetto Health spokesperson", "the Kestrel Air chief executive".
const BODY_OFFICER_KINDS = new Set(['SPOKESPERSON', 'EXECUTIVE']);

/**
 * "a Palmetto Health spokesperson said", "the Kestrel Air chief executive": a name of two words or more between
 * an article and the lower-case title of a body's officer is that body's, unless it opens with a given name
 * ("a Maria Lind spokesperson" speaks for a person); so is one opening a firm's executive title before the name
 * of its holder, article or none.
 */
function ownsOfficerTitle(doc: TextDocument, first: number, end: number): boolean {
  if (end - first < 2 || isGivenName((doc.tokens[first] as Token).text)) return false;
  const article = doc.tokens[first - 1];
  const afterArticle = article !== undefined && ARTICLES.has(article.lower);
  const sentence = (doc.tokens[first] as Token).sentence;
  const words: string[] = [];
  for (let k = end; k < end + 3; k++) {
    const token = doc.tokens[k];
    if (!token || token.sentence !== sentence || !/^\p{Ll}/u.test(token.text)) break;
    words.push(token.lower);
    const head = findRoleHead(words.join(' '));
    if (!head || head.end !== words.length) continue;
    if (afterArticle && BODY_OFFICER_KINDS.has(head.kind)) return true;
    // "Best Buy chief executive Hubert Joly": with no article, a firm's executive title that its holder's name
    // follows ("Trump spokeswoman Hope Hicks" speaks for a person, so only EXECUTIVE).
    const holder = doc.tokens[k + 1];
    if (head.kind === 'EXECUTIVE' && head.start === 0 && holder?.sentence === sentence && isCapitalised(holder.text))
      return true;
  }
  return false;
}

// Plurals for those employed somewhere that are no titles (WordNet's hyponyms of "worker" and "employee").
const WORKERS = new Set(['workers', 'employees', 'engineers', 'staffers', 'traders', 'strategists', 'technicians']);

/**
 * "analysts at Keller Hume", "economists at Morgan Stanley", "workers at Brackwell": a name after a plural noun
 * for people and "at" is where they work, a body, whatever it reads like ("Morgan" is a given name too).
 */
function isEmployerOfGroup(doc: TextDocument, first: number, end: number): boolean {
  const at = doc.tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  const group = doc.tokens[at - 1];
  if (doc.tokens[at]?.lower !== 'at' || !group || group.sentence !== (doc.tokens[first] as Token).sentence)
    return false;
  if (POSSESSIVE_MARKS.has(doc.tokens[end]?.lower ?? '')) return false;
  const lower = group.lower;
  // A title's plural or a worker's: "shots at Marco Rubio" holds a noun.person sense ("a good shot") but no job.
  const plural = WORKERS.has(lower) || singularForms(lower).some((form) => form !== lower && isRoleHeadWord(form));
  return (
    plural &&
    (group.pos === 'NOUN' || /^\p{Ll}/u.test(group.text) || group.index === doc.sentences[group.sentence]?.firstToken)
  );
}

/**
 * Where a person's name begins at the end of a body's name, or -1: the run is followed by a verb (the
 * person acts), and its last two words are a name that no body, place or country word is part of, opening
 * with a given name or following a word that closes a body's name ("Relations", "Arlington").
 */
function personAfterBody(doc: TextDocument, first: number, end: number): number {
  const after = doc.tokens[end];
  if (!after || (after.pos !== 'VERB' && after.pos !== 'AUX') || end - first < 4) return -1;
  const start = end - 2;
  for (let k = start; k < end; k++) {
    const word = (doc.tokens[k] as Token).text;
    if (!isCapitalised(word) || isOrganizationHead(word) || isOrganizationSuffix(word) || isPlace(word)) return -1;
    if (countryNamed(word) || countryOfDemonym(word) || isAllCaps(word)) return -1;
  }
  const before = (doc.tokens[start - 1] as Token).text;
  if (!isCapitalised(before)) return -1;
  // "Kennedy Space Center Visitor Complex": a noun for people opening the two words is the body's own.
  const opening = (doc.tokens[start] as Token).text;
  if (isPersonNoun(opening) && !isGivenName(opening)) return -1;
  const closesBody = isOrganizationHead(before) || isOrganizationSuffix(before) || isPlace(before);
  if (!isGivenName((doc.tokens[start] as Token).text) && !closesBody) return -1;
  return classify(doc, first, start, false) === 'ORGANIZATION' ? start : -1;
}

const MAX_REGION_WORDS = 3;

function isBodyOrCountry(kind: NameKind | null): boolean {
  return kind === 'ORGANIZATION' || kind === 'COUNTRY';
}

/**
 * "Mountain View, California", "Orange Park, Florida", "Gori, Georgia": a name followed by a comma and a
 * state, region or country is a town in it, not an actor ("Smith, Georgia's governor" and "Gomez, Panama coach"
 * are no such places).
 * A name opening with a given name or holding a title stays a person's ("Anna Berg, Sweden and …").
 */
function isPlaceInRegion(doc: TextDocument, first: number, end: number): boolean {
  const comma = doc.tokens[end];
  const head = doc.tokens[first] as Token;
  if (comma?.text !== ',' || comma.sentence !== head.sentence) return false;
  for (let k = first; k < end; k++) {
    const word = (doc.tokens[k] as Token).text;
    // A given name opens a person's name; further in, it may be a place's word ("Orange Park").
    if (
      (k === first && end - first > 1 && isGivenName(word)) ||
      endsRoleTitle(word) ||
      honorificGender(word) !== undefined
    )
      return false;
  }
  let regionEnd = end + 1;
  while (regionEnd <= end + MAX_REGION_WORDS && isCapitalised(doc.tokens[regionEnd]?.text ?? '')) regionEnd++;
  if (regionEnd === end + 1) return false;
  const next = doc.tokens[regionEnd];
  // "Gomez, Panama coach": a region before a noun opens an appositive title, not a town's address.
  if (
    next &&
    (POSSESSIVE_MARKS.has(next.lower) || next.text === '-' || (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)))
  )
    return false;
  const region = textOf(doc, end + 1, regionEnd);
  return isPlace(region) || countryNamed(region) !== undefined;
}

/**
 * "Google Chrome", "Microsoft Word": a known company's one-word name before a word that names no person, title,
 * body or place is one of its products; the company is the actor.
 */
function isProductOfCompany(doc: TextDocument, first: number, end: number): boolean {
  if (end - first !== 2 || !organizationKey((doc.tokens[first] as Token).text)) return false;
  const product = (doc.tokens[first + 1] as Token).text;
  if (isGivenName(product) || endsRoleTitle(product) || isRoleHeadWord(product) || isPersonNoun(product)) return false;
  if (isOrganizationHead(product) || isOrganizationSuffix(product) || isPlace(product) || countryNamed(product))
    return false;
  return classify(doc, first, end, false) === 'PERSON';
}

const MAX_TITLE_TOKENS_BEFORE_BODY = 12;

/**
 * "Executive director of the Dallas chapter of the Council on …", "Psychology major at University of …":
 * a title opening the sentence and running into the body's name before a person's name; where it starts.
 */
function titleOfBodyBefore(doc: TextDocument, bodyFirst: number): number | null {
  const sentence = doc.sentences[(doc.tokens[bodyFirst] as Token).sentence];
  if (!sentence || bodyFirst === sentence.firstToken || bodyFirst - sentence.firstToken > MAX_TITLE_TOKENS_BEFORE_BODY)
    return null;
  const link = doc.tokens[bodyFirst - 1]?.lower === 'the' ? bodyFirst - 2 : bodyFirst - 1;
  if (!CONNECTORS_AFTER_TITLE.has(doc.tokens[link]?.lower ?? '') && doc.tokens[link]?.lower !== 'at') return null;
  for (let k = sentence.firstToken; k < link; k++) {
    const token = doc.tokens[k] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT' || token.quote >= 0) return null;
  }
  const words = doc.body.slice((doc.tokens[sentence.firstToken] as Token).start, (doc.tokens[link - 1] as Token).end);
  return findTitleHead(words.replace(/^(?:the|a|an)\s+/i, '')) ? sentence.firstToken : null;
}

const MAX_OWNER_WORDS = 3;
const GATHERINGS = new Set(['Congress', 'Conference', 'Convention', 'Plenum']);

/**
 * "FIFA World Cup", "NASA Space Shuttle Atlantis", "Malaysia Airlines Flight 17": a known body, or a name a
 * company's word closes, opening the name of what is not an actor.
 */
function ownerOfOccasion(doc: TextDocument, first: number, end: number): NameSpan | null {
  // "Workers’ Party Congress", "Labour Party Conference": a party's gathering; the party is the actor.
  const gathering = GATHERINGS.has((doc.tokens[end - 1] as Token).text);
  if (gathering && end - first >= 3 && (doc.tokens[end - 2] as Token).text === 'Party')
    return span(doc, 'ORGANIZATION', first, end - 1, first, first, null);
  // "… Flight 17": a flight's name with its number is a vehicle, whatever it opens with.
  const flight = (doc.tokens[end - 1] as Token).text === 'Flight' && doc.tokens[end]?.pos === 'NUM';
  if (end - first < 2) return null;
  if (isProductOfCompany(doc, first, end)) return span(doc, 'ORGANIZATION', first, first + 1, first, first, null);
  if (!flight && runKind(doc, first, end) !== null) return null;
  // The words before "Flight" are its airline: "EgyptAir Flight 804".
  if (flight) return span(doc, 'ORGANIZATION', first, end - 1, first, first, null);
  for (let k = Math.min(end - 1, first + MAX_OWNER_WORDS); k > first; k--) {
    const owner = textOf(doc, first, k);
    const closedByCompanyWord = k - first >= 2 && isOrganizationSuffix((doc.tokens[k - 1] as Token).text);
    if (organizationKey(owner) || closedByCompanyWord) return span(doc, 'ORGANIZATION', first, k, first, first, null);
  }
  return null;
}

/** The organisation or country a run of title words opens with: "State Department" of "State Department Spokesperson". */
function bodyBeforeTitle(doc: TextDocument, first: number, end: number): NameSpan | null {
  // "Chairman of the Australian Centre for …": the body is the title's complement.
  for (let k = first + 1; k < end - 1; k++) {
    const token = doc.tokens[k] as Token;
    if (!CONNECTORS_AFTER_TITLE.has(token.lower) && token.lower !== 'for') continue;
    let from = k + 1;
    if (doc.tokens[from]?.lower === 'the') from++;
    const kind = from < end ? classify(doc, from, end, false) : null;
    return kind === 'ORGANIZATION' || kind === 'COUNTRY' ? span(doc, kind, from, end, from, from, null) : null;
  }
  let bodyEnd = end;
  while (bodyEnd > first) {
    const word = (doc.tokens[bodyEnd - 1] as Token).text;
    if (!isRoleHeadWord(word) && !isTitleModifier(word)) break;
    bodyEnd--;
  }
  if (bodyEnd === first || bodyEnd === end) return null;
  const kind = classify(doc, first, bodyEnd, false);
  return kind === 'ORGANIZATION' || kind === 'COUNTRY' ? span(doc, kind, first, bodyEnd, first, first, null) : null;
}

// Titles of kinship and counsel take a person after "of": "the wife of John Smith", "a friend of …".
const PERSON_COMPLEMENT_HEADS = new Set([
  'wife',
  'husband',
  'son',
  'daughter',
  'mother',
  'father',
  'brother',
  'sister',
  'widow',
  'widower',
  'friend',
  'cousin',
  'nephew',
  'niece',
  'uncle',
  'aunt',
  'grandson',
  'granddaughter',
  'grandmother',
  'grandfather',
  'parents',
  'family',
  'relatives',
  'child',
  'children',
  'partner',
  'girlfriend',
  'boyfriend',
  'fiancée',
  'fiance',
  'biographer',
  'killer',
  'murderer',
]);

/**
 * "the leader of Ennahda", "president of Ghana", "chief executive of Orbis": a name right after a title and
 * "of" is the body the title belongs to, never the holder; an unknown name there is an organisation.
 */
function complementOfTitle(doc: TextDocument, first: number, end: number): NameSpan | null {
  if (!isTitleComplement(doc, first)) return null;
  const kind = classify(doc, first, end, false);
  if (kind === 'PLACE' || kind === null) return null;
  // A lone word may still be a person named before ("representatives of Epstein"): the linker decides.
  if (kind === 'UNKNOWN') return span(doc, 'UNKNOWN', first, end, first, first, null);
  return span(doc, kind === 'COUNTRY' ? 'COUNTRY' : 'ORGANIZATION', first, end, first, first, null);
}

const TITLE_COMPLEMENT_LINKS = new Set(['of', 'for', 'at']);

/** "CEO of the Refugee Council Enver Solomon": the body named at the end of the title before a name. */
function bodyEndingTitle(doc: TextDocument, titleFirst: number, nameFirst: number): NameSpan | null {
  let k = nameFirst - 1;
  while (k > titleFirst && isCapitalised((doc.tokens[k] as Token).text)) k--;
  const bodyFirst = k + 1;
  if (bodyFirst >= nameFirst) return null;
  const link = doc.tokens[k]?.lower === 'the' ? k - 1 : k;
  if (link < titleFirst || !TITLE_COMPLEMENT_LINKS.has(doc.tokens[link]?.lower ?? '')) return null;
  if (classify(doc, bodyFirst, nameFirst, false) !== 'ORGANIZATION') return null;
  return span(doc, 'ORGANIZATION', bodyFirst, nameFirst, bodyFirst, bodyFirst, null);
}

/** The name at `first` follows "<title> of": "leader of [Ennahda]", not "wife of [John Smith]". */
export function isTitleComplement(doc: TextDocument, first: number): boolean {
  const of = doc.tokens[first - 1];
  const head = doc.tokens[first - 2];
  if (!of || !head || of.lower !== 'of' || of.sentence !== (doc.tokens[first] as Token).sentence) return false;
  if (!isRoleHeadWord(head.text) && !(head.pos === 'NOUN' && isPersonNoun(head.text))) return false;
  return !PERSON_COMPLEMENT_HEADS.has(head.lower) && !/s$/.test(head.lower);
}

/**
 * "the Treasury and Commerce Departments", "the Finance and Justice Ministries": two bodies whose names
 * share one plural head after "and". Each is named with the head in the singular ("Treasury Department",
 * "Commerce Department"); the spans stay on the words the text writes. Keyed by the first token of each run.
 */
function bodiesSharingAPluralHead(doc: TextDocument, runs: Array<[number, number]>): Map<number, NameSpan> {
  const shared = new Map<number, NameSpan>();
  for (let r = 1; r < runs.length; r++) {
    const [first, end] = runs[r] as [number, number];
    const [beforeFirst, beforeEnd] = runs[r - 1] as [number, number];
    const and = doc.tokens[first - 1];
    const plural = doc.tokens[end - 1] as Token;
    if (end - first < 2 || beforeEnd !== first - 1 || and?.lower !== 'and') continue;
    // Bodies sharing a plural head are named definitely: "the Treasury and Commerce Departments".
    if (doc.tokens[beforeFirst]?.sentence !== plural.sentence || doc.tokens[beforeFirst - 1]?.lower !== 'the') continue;
    const singular = singularHead(plural.text);
    // "Anna Kline and Elizabeth Banks": a surname that is also a head's plural ends a person's name.
    if (!singular || [beforeFirst, first].some((k) => isGivenName((doc.tokens[k] as Token).text))) continue;
    for (const [a, b, text] of [
      [beforeFirst, beforeEnd, `${textOf(doc, beforeFirst, beforeEnd)} ${singular}`],
      [first, end, `${textOf(doc, first, end - 1)} ${singular}`],
    ] as Array<[number, number, string]>) {
      shared.set(a, { ...span(doc, 'ORGANIZATION', a, b, a, a, null), text });
    }
  }
  return shared;
}

/** A run inside a sentence that opens on "Best" before two words or more: a category of an award. */
function isAwardCategory(doc: TextDocument, runFirst: number, runEnd: number): boolean {
  const first = doc.tokens[runFirst] as Token;
  // Two words or more after "Best": "Best Pop Duo", not "Best Buy".
  if (first.text !== 'Best' || runEnd - runFirst < 3) return false;
  const before = doc.tokens[runFirst - 1];
  if (!before || before.sentence !== first.sentence) return false;
  return organizationKey(textOf(doc, runFirst, runEnd)) === undefined;
}

/** "Departments" → "Department", "Ministries" → "Ministry": the singular of a plural body head, or null. */
function singularHead(word: string): string | null {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word)) return null;
  const forms = word.endsWith('ies') ? [`${word.slice(0, -3)}y`] : [word.slice(0, -1)];
  const singular = forms.find((form) => isOrganizationHead(form) && !isOrganizationSuffix(word));
  return singular ?? null;
}

function span(
  doc: TextDocument,
  kind: NameKind,
  first: number,
  end: number,
  titleFirst: number,
  titleEnd: number,
  gender: Gender | null,
): NameSpan {
  const head = doc.tokens[first] as Token;
  const tail = doc.tokens[end - 1] as Token;
  return new FoundName(
    kind,
    first,
    end,
    head,
    tail,
    doc.body.slice(head.start, tail.end),
    titleFirst,
    titleEnd,
    gender,
  );
}

/**
 * A name as found, made by a constructor rather than an object literal: names live through the whole article, and
 * V8 moved the literal's allocation site to the old generation, where each string stored in one costs a write
 * barrier (as with the tokens: see ReadToken in text/document.ts).
 */
class FoundName implements NameSpan {
  kind: NameKind;
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  text: string;
  titleFirst: number;
  titleEnd: number;
  gender: Gender | null;
  inQuote: boolean;
  constructor(
    kind: NameKind,
    first: number,
    end: number,
    head: Token,
    tail: Token,
    text: string,
    titleFirst: number,
    titleEnd: number,
    gender: Gender | null,
  ) {
    this.kind = kind;
    this.firstToken = first;
    this.endToken = end;
    this.start = head.start;
    this.end = tail.end;
    this.text = text;
    this.titleFirst = titleFirst;
    this.titleEnd = titleEnd;
    this.gender = gender;
    this.inQuote = head.quote >= 0;
  }
}
