import type { Sentence, TextDocument, Token } from './text/document.ts';
import { isPartyCodeBetween } from './appositives.ts';
import { isDateWord } from './names.ts';
import { HYPHENATED_PARTICLES, isWrittenBetweenWords } from './name-joins.ts';
import { isGivenName } from './given-names.ts';
import { honorificGender, isRoleHeadWord } from './roles.ts';
import { countryNamed, isOrganizationHead, isPersonNoun } from './gazetteer.ts';
import {
  POSSESSIVE_DETERMINERS,
  POSSESSIVE_MARKS,
  adjectiveHeadsPhrase,
  phraseEndingAt,
  phraseStartingAt,
  sentenceSubject,
  type Phrase,
} from './noun-phrases.ts';
import { isReportingNoun, reportingVerb } from './reporting-words.ts';
import { isQuantifierPronoun } from './quantifier-pronouns.ts';

/**
 * How a source is tied to its cue: before it ("X said"), after it ("…,” said X"), the sentence's subject for
 * a participle ("…, saying …") or a verb coordinated with an earlier one ("condemned the attack and said …"),
 * or the antecedent of a relative pronoun ("Weaver, who said …").
 */
export type SourceLink = 'subject' | 'inverted' | 'participial' | 'coordinated' | 'relative';

/** Where the source of a cue verb stands, and how it is tied to the verb. */
export interface CueSource {
  subject: Phrase;
  link: SourceLink;
  /** First token of the attribution's own words (the subject, "and", "who", or the cue). */
  start: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'someone', 'somebody']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const OBJECT_PRONOUNS = new Set(['them', 'us', 'those', 'these']);
const PERSONAL_OBJECTS = new Set(['him', 'her', 'them', 'us', 'me']);
const COORDINATORS = new Set(['and', 'but', 'or']);
const MAX_PARENTHETICAL_TOKENS = 30;
// "Ruth Cole, 61, of Easton, Md., who watched the parade, said": an age, a town, its state and a clause.
const MAX_PARENTHETICALS = 5;
// "went on to say", "is expected to announce", "were more likely to say": verbs and adjectives that pass
// their subject on to the reporting verb after "to".
const RAISING_WORDS = new Set([
  'continue',
  'go',
  'begin',
  'start',
  'proceed',
  'seem',
  'appear',
  'tend',
  'happen',
  'expect',
  'hasten',
  'rush',
  'likely',
  'unlikely',
  'quick',
  'careful',
  'eager',
  'willing',
  'able',
  'ready',
  'happy',
  'keen',
  'prepared',
  'set',
  'poised',
  'due',
  'sure',
  'more',
  'less',
  'most',
  'also',
  'first',
]);

export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '“' || token.text === '”' || token.text === '"');
}

/** Words between a subject and its verb: "has", "also", "long", "allegedly", "would later", "went on to". */
// Floating quantifiers and adverbs the tagger reads otherwise: "X and Y both said", "She further announced".
const FLOATING_WORDS = new Set([
  'both',
  'all',
  'each',
  'further',
  'again',
  'later',
  'earlier',
  'themselves',
  'himself',
  'herself',
]);

export function isVerbGroupWord(token: Token): boolean {
  if (token.quote >= 0) return false;
  if (FLOATING_WORDS.has(token.lower)) return true;
  if (token.pos === 'ADV' || token.pos === 'AUX') return true;
  if (token.pos === 'PART') return token.lower !== "'s" && token.lower !== '’s';
  return RAISING_WORDS.has(token.lemma) || RAISING_WORDS.has(token.lower);
}

/** "went on to say": "on" belongs to the verb group. */
function isOnOfGoOn(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'on' && tokens[i - 1]?.lemma === 'go' && tokens[i + 1]?.lower === 'to';
}

/** "to have said": the "have" of a perfect infinitive. */
function isPerfectHave(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'have' && tokens[i - 1]?.lower === 'to';
}

/** "is said to", "was reported to": a passive verb of report or belief before "to" raises its subject. */
function isRaisingPassive(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  return (
    token !== undefined &&
    PASSIVE_RAISING_WORDS.has(token.lemma) &&
    tokens[i + 1]?.lower === 'to' &&
    tokens[i - 1]?.pos === 'AUX'
  );
}

/** "is said to have told": a passive verb raising its subject, and the perfect's "have", belong to the verb group. */
function isRaisingPassiveOrPerfect(tokens: Token[], i: number): boolean {
  if ((tokens[i]?.quote ?? -1) >= 0) return false;
  return isPerfectHave(tokens, i) || isRaisingPassive(tokens, i);
}

/** "has since said": "since" after a perfect auxiliary is an adverb of the verb group, not a conjunction. */
function isSinceAfterPerfect(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'since' && tokens[i - 1]?.lemma === 'have' && tokens[i + 1]?.pos === 'VERB';
}

const MAX_CONJUNCT_TOKENS = 8;

/** A word that ends a coordination's search: punctuation or a verb lies outside the subject. */
function endsConjunct(token: Token): boolean {
  return (token.pos === 'PUNCT' && token.text !== '&') || token.pos === 'VERB' || token.pos === 'AUX';
}

/**
 * "Both the school board and the police have asserted …": the first of the pair speaks, as PolNeAR's annotators
 * and the project's gold take it (one speaker for one cue).
 */
function firstOfBoth(doc: TextDocument, last: number, floor: number): CueSource | null {
  let and = -1;
  for (let k = last; k >= floor && last - k <= MAX_CONJUNCT_TOKENS; k--) {
    const token = doc.tokens[k] as Token;
    if (token.lower === 'and') {
      and = k;
      break;
    }
    if (endsConjunct(token)) return null;
  }
  for (let k = and - 1; and > floor && k >= floor && and - k <= MAX_CONJUNCT_TOKENS; k--) {
    const token = doc.tokens[k] as Token;
    if (token.lower === 'both')
      return k + 1 < and ? { subject: { first: k + 1, end: and }, link: 'subject', start: k } : null;
    if (endsConjunct(token)) return null;
  }
  return null;
}

/**
 * "An email from a lobbying firm to the minister advises …": the recipient after "to" is not the subject; the
 * sender after "from" is.
 */
function senderOfMessage(doc: TextDocument, subject: Phrase, floor: number): { sender: Phrase; start: number } | null {
  const to = subject.first - 1;
  if (doc.tokens[to]?.lower !== 'to') return null;
  for (let k = to - 1; k > floor && to - k <= MAX_CONJUNCT_TOKENS; k--) {
    const token = doc.tokens[k] as Token;
    if (token.lower === 'from') {
      const message = phraseEndingAt(doc, k, floor);
      const head = doc.tokens[k - 1] as Token;
      if (!message || k + 1 >= to || !isMessageNoun(head)) return null;
      return { sender: { first: k + 1, end: to }, start: message.first };
    }
    if (endsConjunct(token)) return null;
  }
  return null;
}

/** "a letter", "an email": a message noun (the reporting nouns, and the noun of the verb "email"). */
function isMessageNoun(token: Token): boolean {
  return token.pos === 'NOUN' && (isReportingNoun(token.lemma) || token.lower === 'email' || token.lower === 'e-mail');
}

function opensClause(doc: TextDocument, first: number, floor: number): boolean {
  const before = doc.tokens[first - 1];
  return (
    first === floor ||
    !before ||
    before.text === ',' ||
    isQuoteMark(before) ||
    before.pos === 'CCONJ' ||
    before.pos === 'SCONJ' ||
    before.pos === 'PUNCT'
  );
}

/**
 * "Police said the suspects, aged 19 and 25, had confessed": a phrase right after a reporting verb opens the
 * clause it reports (a that-less complement), and is the subject of the verb after its parentheticals.
 */
function opensReportedClause(doc: TextDocument, first: number): boolean {
  const verb = doc.tokens[first - 1];
  return verb !== undefined && verb.pos === 'VERB' && verb.quote < 0 && reportingVerb(verb.lemma)?.frame === 'clause';
}

/** The comma opening a parenthetical that closes at `closingComma`, or null. */
function openingComma(doc: TextDocument, closingComma: number, floor: number): number | null {
  for (let i = closingComma - 1; i >= floor && closingComma - i <= MAX_PARENTHETICAL_TOKENS; i--) {
    const token = doc.tokens[i] as Token;
    // "…, wearing “Vote Vale” campaign pins, said": a short name in quotation marks inside the parenthetical;
    // "Black Lotus, which “prevents malicious traffic from reaching” websites, said": a fragment quoted inside it.
    const quoted =
      isQuoteMark(token) && i < closingComma - 1
        ? Math.max(openingOfShortQuotation(doc, i, floor), openingOfEmbeddedFragment(doc, i, floor))
        : -1;
    if (quoted >= 0) {
      i = quoted;
      continue;
    }
    if (token.quote >= 0 || isQuoteMark(token)) return null;
    if (token.text === ',') return i;
  }
  return null;
}

/**
 * "Tom Vale, host of “Morning Tide,” said …": an appositive that ends on a quoted title, whose comma stands inside
 * the closing mark at `close`; the name before the appositive speaks. The title is short, after a preposition.
 */
function nameBeforeTitleAppositive(doc: TextDocument, close: number, floor: number): CueSource | null {
  const comma = close - 1;
  if (doc.tokens[comma]?.text !== ',') return null;
  const open = openingOfShortQuotation(doc, comma, floor);
  if (open < 0 || (doc.tokens[open - 1] as Token | undefined)?.pos !== 'ADP') return null;
  for (let k = open + 1; k < comma; k++) if (!CAPITALISED.test((doc.tokens[k] as Token).text)) return null;
  const opening = openingComma(doc, open, floor);
  if (opening === null) return null;
  const name = phraseBeforeComma(doc, opening, floor);
  if (!name || !(isNamePhrase(doc, name) || isTitledName(doc, name))) return null;
  return { subject: name, link: 'subject', start: name.first };
}

// At most this many words in quotation marks that name something ("Vote Vale", "Morning Tide").
const MAX_QUOTED_NAME_TOKENS = 4;

/** The opening mark of a short quotation without punctuation whose closing mark is at `close`, or -1. */
function openingOfShortQuotation(doc: TextDocument, close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k <= MAX_QUOTED_NAME_TOKENS + 1; k--) {
    const token = doc.tokens[k] as Token;
    if (isQuoteMark(token)) return k < close - 1 ? k : -1;
    if (token.pos === 'PUNCT') return -1;
  }
  return -1;
}

/**
 * The opening mark of a fragment quoted inside a clause, between two of its words, whose closing mark is at `close`:
 * "which “prevents malicious traffic from reaching” websites"; -1 if the quotation holds punctuation or is no
 * fragment (a quotation after a comma or a colon is a statement of its own).
 */
function openingOfEmbeddedFragment(doc: TextDocument, close: number, floor: number): number {
  if ((doc.tokens[close + 1] as Token | undefined)?.pos === 'PUNCT') return -1;
  for (let k = close - 1; k > floor && close - k <= MAX_PARENTHETICAL_TOKENS; k--) {
    const token = doc.tokens[k] as Token;
    if (isQuoteMark(token)) return k < close - 1 && (doc.tokens[k - 1] as Token).pos !== 'PUNCT' ? k : -1;
    if (token.pos === 'PUNCT') return -1;
  }
  return -1;
}

/** Capitalised words only ("Jack Garner", even where the tagger reads "Garner" as a verb), no determiner. */
function isNamePhrase(doc: TextDocument, phrase: Phrase): boolean {
  for (let k = phrase.first; k < phrase.end; k++) {
    const token = doc.tokens[k] as Token;
    if (token.pos === 'PUNCT' && /^[.'’-]$/.test(token.text) && k > phrase.first) continue;
    // "Ayat al-Qormozi": an Arabic article written with a hyphen inside the name.
    if (k > phrase.first && HYPHENATED_PARTICLES.has(token.text) && doc.tokens[k + 1]?.text === '-') continue;
    // "Kim In-seok", "Lee Jae-myung": the second part of a given name written with a hyphen.
    if (k > phrase.first + 1 && doc.tokens[k - 1]?.text === '-' && isCapitalisedAt(doc, k - 2)) continue;
    if (token.pos === 'DET' || token.pos === 'PRON' || !CAPITALISED.test(token.text) || isDateWord(token.text))
      return false;
  }
  return true;
}

const AFFILIATION_PREPOSITIONS = new Set(['of', 'from', 'at', 'with']);

/**
 * "Dale Ho of the ACLU", "Ann Lee from Local 12": a person's name, opening on a given name, before where its bearer
 * works ("Former Secretary of State …" is a title).
 */
function nameBeforeAffiliation(doc: TextDocument, phrase: Phrase): Phrase | null {
  if (!isGivenName((doc.tokens[phrase.first] as Token).text)) return null;
  for (let k = phrase.first + 2; k < phrase.end - 1; k++) {
    if (!AFFILIATION_PREPOSITIONS.has((doc.tokens[k] as Token).lower)) continue;
    const name = { first: phrase.first, end: k };
    return isNamePhrase(doc, name) ? name : null;
  }
  return null;
}

/** "retired engineer Bruno Haller", "UK citizen Jim Swire": a name after the words of a title. */
function isTitledName(doc: TextDocument, phrase: Phrase): boolean {
  const last = doc.tokens[phrase.end - 1] as Token;
  const first = doc.tokens[phrase.first] as Token;
  if (phrase.end - phrase.first < 3 || last.pos !== 'PROPN' || first.pos === 'DET') return false;
  let k = phrase.end - 1;
  while (k > phrase.first && (doc.tokens[k] as Token).pos === 'PROPN') k--;
  const nameWords = phrase.end - 1 - k;
  return nameWords >= 2 && (doc.tokens[k] as Token).pos === 'NOUN' && !CAPITALISED.test((doc.tokens[k] as Token).text);
}

/** "curator and director of exhibits": a noun phrase may be two joined by "and". */
function withCoordinatedHead(doc: TextDocument, phrase: Phrase, floor: number): Phrase {
  const joiner = doc.tokens[phrase.first - 1];
  if (!joiner || joiner.lower !== 'and' || phrase.first - 1 <= floor) return phrase;
  const head = phraseEndingAt(doc, phrase.first - 1, floor);
  return head ? { first: head.first, end: phrase.end } : phrase;
}

/**
 * "Tom Berg, a lawyer who said …", "Mayor Ann Holm, a Democrat who has long argued …", "Terence Fan, an air
 * industry expert, who said …": a relative clause on a description set after a name tells of the named one.
 */
function nameBeforeAppositive(doc: TextDocument, description: Phrase, floor: number): Phrase | null {
  if (doc.tokens[description.first - 1]?.text !== ',' || isNamePhrase(doc, description)) return null;
  const name = phraseBeforeComma(doc, description.first - 1, floor);
  return name && (isNamePhrase(doc, name) || isTitledName(doc, name)) ? name : null;
}

/** The name before "NAME, TITLE said" (no comma after the title), when the name opens its clause. */
function titledName(doc: TextDocument, title: Phrase, floor: number): Phrase | null {
  if (doc.tokens[title.first - 1]?.text !== ',' || isNamePhrase(doc, title)) return null;
  // "Sen. Ann Holm (D-Ore.), a sponsor of the water bill told …": over a bracketed aside.
  const name = phraseBeforeComma(doc, title.first - 1, floor);
  // "During a visit to Harlow, Essex, the minister repeated": a name after a comma ends a place, not a clause's start.
  // A name with a bracketed aside ("Sen. Ann Holm (D-NY),") is a person's, after an adjunct or not.
  const afterComma = doc.tokens[(name?.first ?? 0) - 1]?.text === ',' && doc.tokens[title.first - 2]?.text !== ')';
  return name &&
    isNamePhrase(doc, name) &&
    opensClause(doc, name.first, floor) &&
    !afterComma &&
    !opensInsideWord(doc, name.first)
    ? name
    : null;
}

/** "all African-Americans, top lawmakers said": the phrase after a hyphen is the end of a word, no name of its own. */
function opensInsideWord(doc: TextDocument, first: number): boolean {
  return doc.tokens[first - 1]?.text === '-' && isWrittenBetweenWords(doc.tokens, first - 1);
}

/** The phrase ending right before the comma at `comma`, over a bracketed aside ("Sen. Jack Reed (D-R.I.),"). */
function phraseBeforeComma(doc: TextDocument, comma: number, floor: number): Phrase | null {
  let end = comma;
  if (doc.tokens[end - 1]?.text === ')') {
    const open = openingBracket(doc, end - 1, floor);
    if (open < 0) return null;
    end = open;
  }
  const phrase = nounPhraseEndingAt(doc, end, floor);
  return phrase ? withCoordinatedHead(doc, phrase, floor) : null;
}

/**
 * The subject before one or more parentheticals set off by commas: "Rep. Bobby Scott (D-Va.), ranking member
 * of the committee, said", "Dana Whitfield, chief economist at Harbor Bank, which advised on the deal, said",
 * "the state governor, Henry McMaster, said". The candidates are the phrase opening the chain (when it opens a
 * clause, not "In a press conference, …") and the parentheticals that are noun phrases; a name is preferred,
 * the leftmost one, else the phrase opening the chain.
 */
function subjectBeforeParentheticals(
  doc: TextDocument,
  comma: number,
  floor: number,
): { subject: Phrase; start: number } | null {
  let closing = comma;
  let name: Phrase | null = null;
  let nearestName: Phrase | null = null;
  let opener: Phrase | null = null;
  let appositive: Phrase | null = null;
  // The leftmost parenthetical set off by a comma on both sides, and the leftmost that is a description.
  let leftmostParenthetical: Phrase | null = null;
  let firstDescription: Phrase | null = null;
  let fromAdjunct = false;
  let postmodified: { phrase: Phrase; after: number } | null = null;
  for (let n = 0; n <= MAX_PARENTHETICALS; n++) {
    const opening = openingComma(doc, closing, floor);
    // "Mitch McConnell, R-Ky., said": a party code belongs to the name before it, as a bracketed one does.
    if (opening !== null && isPartyCodeBetween(doc, opening, closing)) {
      closing = opening;
      continue;
    }
    // "The plaintiffs' lawyer, Dale Ho of the ACLU, said": a name before where its bearer works.
    const affiliated = opening === null ? null : nameBeforeAffiliation(doc, { first: opening + 1, end: closing });
    if (affiliated) {
      name = affiliated;
      nearestName ??= affiliated;
      appositive ??= affiliated;
      leftmostParenthetical = affiliated;
      closing = opening as number;
      continue;
    }
    const before = phraseBeforeComma(doc, closing, floor);
    // "…, Ayat al-Qormozi, a poet, …": a name set off whole between commas, which the phrase reader cut at a hyphen.
    const between = opening === null ? null : { first: opening + 1, end: closing };
    const phrase = before && between && before.first > between.first && isNamePhrase(doc, between) ? between : before;
    const whole = phrase !== null && (opening === null ? true : phrase.first === opening + 1);
    if (opening === null) fromAdjunct = opensWithAdjunct(doc, floor);
    // "Government officials in Mexico, the epicenter of the outbreak, have said": a name in a post-modifier of the
    // chain's first phrase is not who speaks; the phrase it modifies is.
    const modified =
      phrase && whole && opening === null && isNamePhrase(doc, phrase)
        ? subjectAroundPostmodifier(doc, phrase, floor)
        : null;
    // "When asked about it, Master Sgt. Corine Lombardo from Scotia, N.Y., said": a phrase whose post-modifier
    // ends at this comma, right after the one before.
    if (phrase && !whole && opening !== null) {
      const around = subjectAroundPostmodifier(doc, phrase, opening + 1);
      if (around?.first === opening + 1) postmodified = { phrase: around, after: opening };
    }
    // Not a participle opening the sentence: "Boasting 108,000 residents who …, with its capital in Terre Haute, …".
    if (modified && (doc.tokens[modified.first] as Token).pos !== 'VERB') opener = modified;
    else if (phrase && whole) {
      if ((isNamePhrase(doc, phrase) || isTitledName(doc, phrase)) && !isPlaceTail(doc, phrase)) {
        name = phrase;
        // A full name, not a post-nominal ("Tom Molomby, SC,") or a state ("Marlow, OR,").
        if (phrase.end - phrase.first > 1) nearestName ??= phrase;
      }
      // "Meanwhile, the Democratic Alliance, South Africa's principal opposition party, stated": after a sentence
      // adverb and its comma, the chain's first phrase opens the clause.
      const afterSentenceAdverb = opening === floor + 1 && (doc.tokens[floor] as Token).pos === 'ADV';
      if (opening === null || phrase.first <= floor || afterSentenceAdverb) {
        if (opensClause(doc, phrase.first, floor) || opensReportedClause(doc, phrase.first)) opener = phrase;
      } else {
        appositive ??= phrase;
        leftmostParenthetical = phrase;
        if (!isPlaceTail(doc, phrase) && !isNamePhrase(doc, phrase)) firstDescription = phrase;
      }
    }
    // "…, his top aide, Tad Devine, said": a title after a possessive is a parenthetical too.
    if (phrase && opening !== null && phrase.first === opening + 2 && opensWithPossessive(doc, opening + 1))
      leftmostParenthetical = { first: opening + 1, end: phrase.end };
    // The chain may open mid-sentence: "…, and Dana Whitfield, an economist, said", "LISBON, May 3 (Reuters) -
    // Portugal's centre-right party leader, Rui Costa, said": the words before a dash are a dateline, and no name in it speaks.
    // "…, even though the terrorists, who call themselves the Brigades, stated": a clause opened by a subordinator
    // after the comma starts the chain.
    const subordinated =
      phrase !== null &&
      !whole &&
      opening !== null &&
      CONCESSIVE_OPENERS.has(doc.tokens[phrase.first - 1]?.lower ?? '') &&
      (phrase.first - 1 === opening + 1 || doc.tokens[opening + 1]?.lower === 'even');
    if (opening === null || (phrase && !whole && dashBetween(doc, opening, phrase.first)) || subordinated) {
      if (phrase && !whole && opensClause(doc, phrase.first, floor)) opener = phrase;
      break;
    }
    closing = opening;
  }
  // "Sunday at Kell Park in Marlow, Oregon, after the count, Mayor Ann Bell (D-OR), said": names inside an
  // opening adjunct are places; the name nearest the verb speaks.
  // "On Monday, the mayor, a Democrat, said": after an opening adjunct, the description that opens the clause.
  // "When asked about it, Master Sgt. Corine Lombardo from Scotia, N.Y., said", "On Tuesday, astronomers of the
  // Carnegie Institution in Washington, DC, United States, announced": after an opening adjunct, the phrase
  // opening the clause, whose post-modifier holds the places that follow it.
  const afterAdjunct = fromAdjunct && postmodified?.after === closing ? postmodified.phrase : null;
  const subject =
    (fromAdjunct ? (nearestName ?? name ?? afterAdjunct ?? firstDescription) : name) ?? opener ?? appositive;
  if (!subject) return null;
  // The attribution's own words start where the chain does: "The judge presiding over the case, Bernard
  // Schwartz, said" reports nothing before it. A chain of a title and a name opened mid-sentence ("…, the top
  // aide, Mara Quint, said") starts at its title, and what comes before is the report.
  const titleBeforeName =
    subject === name &&
    leftmostParenthetical !== null &&
    leftmostParenthetical.end <= name.first &&
    hasMainClause(doc, floor, leftmostParenthetical.first - 1, fromAdjunct);
  const chainStart = titleBeforeName && leftmostParenthetical ? leftmostParenthetical.first : floor;
  const start = opener
    ? Math.min(opener.first, subject.first)
    : subject === name && appositive
      ? chainStart
      : subject.first;
  return { subject, start };
}

/** "Ana Berg of Dover, Del., said": one word after a capitalised word and a comma ends a place's name. */
function isPlaceTail(doc: TextDocument, phrase: Phrase): boolean {
  const comma = doc.tokens[phrase.first - 1];
  const place = doc.tokens[phrase.first - 2];
  if (comma?.text !== ',' || place?.pos !== 'PROPN' || !CAPITALISED.test(place.text)) return false;
  // "in Washington, DC, United States,": a country after a place is its tail too, however many words it has.
  const words = doc.tokens.slice(phrase.first, phrase.end).map((token) => token.text);
  return words.length === 1 || countryNamed(words.join(' ')) !== undefined;
}

function dashBetween(doc: TextDocument, from: number, end: number): boolean {
  for (let k = from + 1; k < end; k++) if (isDash(doc, k)) return true;
  return false;
}

/** A dash at `k`; a hyphen not spaced on both sides is inside a word ("R-NY", "African-American", "100-seat"). */
function isDash(doc: TextDocument, k: number): boolean {
  const token = doc.tokens[k];
  if (token === undefined || !DASHES.has(token.text)) return false;
  return token.text !== '-' || (doc.tokens[k - 1]?.end !== token.start && doc.tokens[k + 1]?.start !== token.end);
}

/**
 * A finite verb between `floor` and `end`: the words before a chain are a report, not "In a press conference,".
 * After an opening adjunct ("After a string of defeats, …") the verb must come past the adjunct's comma.
 */
function hasMainClause(doc: TextDocument, floor: number, end: number, fromAdjunct: boolean): boolean {
  let pastAdjunct = !fromAdjunct;
  for (let k = floor; k < end; k++) {
    const token = doc.tokens[k] as Token;
    if (token.text === ',') pastAdjunct = true;
    else if (pastAdjunct && (token.pos === 'AUX' || (token.pos === 'VERB' && !token.lower.endsWith('ing'))))
      return true;
  }
  return false;
}

function opensWithPossessive(doc: TextDocument, index: number): boolean {
  return POSSESSIVE_DETERMINERS.has(doc.tokens[index]?.lower ?? '');
}

/** "During a visit to Harlow, …", "Sunday at Kell Park in Marlow, …", "After winning the final, …". */
function opensWithAdjunct(doc: TextDocument, first: number): boolean {
  let k = first;
  if (isDateWord((doc.tokens[k] as Token).text)) k++;
  const token = doc.tokens[k];
  return (
    token !== undefined &&
    (token.pos === 'ADP' ||
      token.pos === 'SCONJ' ||
      SUBORDINATING_ADVERBS.has(token.lower) ||
      (token.pos === 'VERB' && token.lower.endsWith('ing')))
  );
}

/** Adverbs that open an adverbial clause, as "when" does ("When asked about it, …"), which the tagger reads as ADV. */
const SUBORDINATING_ADVERBS = new Set(['when', 'whenever', 'once', 'where', 'wherever']);

const CAPITALISED = /^\p{Lu}/u;
const MAX_VERB_DISTANCE = 40;
const MAX_SUBJECT_DEPTH = 3;

/**
 * The subject of the nearest verb before `from` in the sentence: "condemned the attack and said …",
 * "…, which tried to rally support by saying …", "Hawk Sawyer acknowledged shortages, telling lawmakers …".
 */
function subjectOfEarlierVerb(
  doc: TextDocument,
  from: number,
  floor: number,
  depth: number,
  withinRelative = false,
): Phrase | null {
  if (depth >= MAX_SUBJECT_DEPTH) return null;
  const participle = (doc.tokens[from] as Token).lower.endsWith('ing');
  for (let i = from - 1; i >= floor && from - i <= MAX_VERB_DISTANCE; i--) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0 || isQuoteMark(token)) continue;
    // A finite verb: "condemned", "is comparing".
    const previous = doc.tokens[i - 1];
    const finite = token.pos === 'VERB' && (!token.lower.endsWith('ing') || previous?.pos === 'AUX');
    // Not an infinitive ("made an attempt to deflect", "to immediately lift"), nor a noun the tagger read as a
    // verb ("a follow-up").
    if (!finite || afterInfinitiveMarker(doc.tokens, i) || previous?.pos === 'DET' || previous?.pos === 'ADJ') continue;
    // "Sen. Ted Cruz": a capitalised word between capitalised words is a name's, whatever its tag.
    if (insideCapitalisedRun(doc, i, floor)) continue;
    // The verb of a clause of its own ("the man who was diagnosed", "the deal it signed") is skipped only
    // when its subject is found; otherwise keep looking further back.
    const found = subjectBefore(doc, i, floor, depth + 1);
    // "theorized that an attack had occurred, and wrote …": a verb inside a clause after "that" is what was
    // said; the verb that reports it is further back.
    if (found && doc.tokens[found.subject.first - 1]?.lower === 'that' && found.link === 'subject') continue;
    // A verb of a relative clause ("a petition which now has …, asking …") belongs to the clause's own noun,
    // unless the cue is inside that clause ("Likud, which tried to rally support by saying …").
    if (found && (withinRelative || found.link !== 'relative')) return found.subject;
    // "… filed with the 9th Circuit Court of Appeals, which declined to overturn the ruling, stating …": after a
    // relative clause set off by a comma, the named body or person it describes goes on into the participle.
    const head = found ? doc.tokens[found.subject.end - 1] : undefined;
    if (found && participle && doc.tokens[found.start - 1]?.text === ',' && head && CAPITALISED.test(head.text))
      return found.subject;
  }
  return null;
}

function insideCapitalisedRun(doc: TextDocument, i: number, floor: number): boolean {
  return i > floor && isCapitalisedAt(doc, i) && isCapitalisedAt(doc, i - 1) && isCapitalisedAt(doc, i + 1);
}

function isCapitalisedAt(doc: TextDocument, k: number): boolean {
  return CAPITALISED.test((doc.tokens[k] as Token | undefined)?.text ?? '');
}

/**
 * "the experts I interviewed", "the man she met" ending at the verb at `i`: a noun, a subject pronoun and a past verb
 * with no object, a relative clause without its pronoun.
 */
export function endsContactClause(doc: TextDocument, i: number): boolean {
  const verb = doc.tokens[i];
  const pronoun = doc.tokens[i - 1];
  const noun = doc.tokens[i - 2];
  // A past form ("interviewed", "met"), not a present or a participle in -ing.
  if (!verb || verb.pos !== 'VERB' || verb.lemma === verb.lower || /(?:ing|s)$/.test(verb.lower) || verb.quote >= 0)
    return false;
  if (!pronoun || !SUBJECT_PRONOUNS.has(pronoun.lower) || pronoun.pos !== 'PRON') return false;
  return noun !== undefined && noun.pos === 'NOUN';
}

/** "the experts I interviewed" ending at `i`, as the subject of the cue after it. */
function contactClauseSubject(doc: TextDocument, i: number, floor: number): Phrase | null {
  if (!endsContactClause(doc, i) || i - 2 < floor) return null;
  const phrase = nounPhraseEndingAt(doc, i - 1, floor);
  return phrase && phrase.end === i - 1 && opensClause(doc, phrase.first, floor)
    ? { first: phrase.first, end: i + 1 }
    : null;
}

/** The group before "…, many of whom" / "…, some of which" ending at `i`: the noun phrase before the comma. */
function partitiveRelativeAntecedent(doc: TextDocument, i: number, floor: number): Phrase | null {
  const pronoun = doc.tokens[i];
  if (pronoun?.lower !== 'whom' && pronoun?.lower !== 'which') return null;
  if (doc.tokens[i - 1]?.lower !== 'of' || !isPartitive(doc.tokens[i - 2]?.lower ?? '')) return null;
  if (doc.tokens[i - 3]?.text !== ',' || i - 3 <= floor) return null;
  return nounPhraseEndingAt(doc, i - 3, floor);
}

/** "to overturn", "to immediately lift": "to" before the verb, perhaps past adverbs (a split infinitive). */
function afterInfinitiveMarker(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && (tokens[k] as Token).pos === 'ADV') k--;
  return tokens[k]?.lower === 'to';
}

export interface PreviousCue {
  sentence: number;
  subject: Phrase;
  negated: boolean;
  /** "ACCORDING_TO" for a source named by "according to", which no verb after it shares. */
  kind?: string;
  /** The cue's verb, for verb cues. */
  cue?: Token;
  /** How the cue's subject was found: "relative" for a cue inside a relative clause ("an architect who said …"). */
  link?: SourceLink;
}

/**
 * "speaking on condition of anonymity to comment on …", "declined to say", "authorized to speak": an
 * infinitive reports nothing unless a word before it passes the subject on ("went on to say", "is expected
 * to announce", "were more likely to say").
 */
/** How an infinitive cue ("… to say") gets its subject, if it reports at all. */
type InfinitiveControl = 'none' | 'raising' | 'subject' | 'refused';

// "declined to comment", "refused to say", "authorized to speak": no words were said. So with the nouns of these
// verbs and adjectives ("his refusal to answer", "a failure to disclose", "permission to speak").
const REFUSALS = new Set([
  'refusal',
  'failure',
  'hesitation',
  'reluctance',
  'unwillingness',
  'inability',
  'authorization',
  'authorisation',
  'permission',
  'decline',
  'refuse',
  'fail',
  'hesitate',
  'reluctant',
  'unwilling',
  'unable',
  'authorize',
  'authorized',
  'permit',
  'permitted',
  'allow',
  'allowed',
  'anonymity',
  'condition',
  'want',
  'wish',
  'hope',
  'plan',
  'try',
  'afraid',
]);
// "encouraging citizens to ask …", "urged the board to reject …": what one was told to say is no report yet.
const OBJECT_CONTROL = new Set([
  'prompt',
  'urge',
  'ask',
  'invite',
  'push',
  'press',
  'lead',
  'force',
  'pressure',
  'encourage',
]);

/**
 * "went on to say", "is expected to announce", "were more likely to say" pass the subject on; "went out of his
 * way to say", "took to Twitter to call" take the clause's subject; "prompted Trump to say" the object's;
 * "declined to comment", "on condition of anonymity to discuss", "urged the board to reject" report nothing.
 */
function infinitiveControl(tokens: Token[], cueIndex: number): { control: InfinitiveControl; to: number } {
  let k = cueIndex - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  // "is said to have told": a perfect infinitive.
  if (isPerfectHave(tokens, k)) k--;
  if (tokens[k]?.lower !== 'to') return { control: 'none', to: k };
  const before = tokens[k - 1];
  if (!before) return { control: 'refused', to: k };
  if (before.lower === 'on' && tokens[k - 2]?.lemma === 'go') return { control: 'raising', to: k };
  if (RAISING_WORDS.has(before.lemma) || RAISING_WORDS.has(before.lower)) return { control: 'raising', to: k };
  if (isRaisingPassive(tokens, k - 1)) return { control: 'raising', to: k };
  if (REFUSALS.has(before.lemma) || REFUSALS.has(before.lower)) return { control: 'refused', to: k };
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const word = tokens[j] as Token;
    if (word.pos === 'VERB') {
      if (REFUSALS.has(word.lemma)) return { control: 'refused', to: k };
      return { control: OBJECT_CONTROL.has(word.lemma) && j < k - 1 ? 'refused' : 'subject', to: k };
    }
    if (word.pos === 'PUNCT' || word.pos === 'SCONJ') break;
  }
  return { control: 'subject', to: k };
}

// "The minister is said to have told …", "she was reported to have called …": a passive verb of report or belief
// raises the subject of what was said (Huddleston & Pullum 2002, ch. 14 §4, "X is said to …").
const PASSIVE_RAISING_WORDS = new Set([
  'say',
  'report',
  'believe',
  'understand',
  'know',
  'think',
  'allege',
  'rumour',
  'rumor',
]);

const GERUND_PREPOSITIONS = new Set([
  'by',
  'while',
  'after',
  'before',
  'in',
  'without',
  'when',
  'on',
  'to',
  'for',
  'of',
  'about',
  'with',
  'since',
  'despite',
]);

const QUOTING_VERBS = new Set(['quote', 'cite']);

// How far back from "as" the participle of a passive "was quoted (by the agency) as saying" may stand.
const MAX_QUOTED_AGENT_TOKENS = 8;
// How long the phrase of the one quoted may be: "unnamed sources among officials and members of the group".
export const MAX_QUOTED_OBJECT_TOKENS = 16;

/**
 * The one quoted in "quoted X as saying" (the object, X) or in the passive "X was quoted (by the agency) as
 * saying" (the subject of "was"), when the cue follows "as".
 */
function quotedSubject(doc: TextDocument, cueIndex: number, floor: number): Phrase | null {
  if (doc.tokens[cueIndex - 1]?.lower !== 'as') return null;
  const object = nounPhraseEndingAt(doc, cueIndex - 1, floor);
  const verb = object ? doc.tokens[object.first - 1] : undefined;
  if (object && verb && QUOTING_VERBS.has(verb.lemma)) return object;
  // "cites unnamed sources among officials and members of the survey group as claiming …": the one quoted may be
  // a longer phrase, with its own prepositions and "and", up to the quoting verb.
  for (let k = cueIndex - 2; k >= floor && cueIndex - k <= MAX_QUOTED_OBJECT_TOKENS; k--) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0 || token.text === ',' || token.pos === 'AUX') break;
    if (token.pos !== 'VERB') continue;
    // "was quoted by the agency as saying": a passive's agent is not the one quoted (see below).
    const active = doc.tokens[k - 1]?.pos !== 'AUX';
    if (QUOTING_VERBS.has(token.lemma) && active && k + 1 < cueIndex - 1) return { first: k + 1, end: cueIndex - 1 };
    break;
  }
  for (let k = cueIndex - 2; k >= floor && cueIndex - k <= MAX_QUOTED_AGENT_TOKENS; k--) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0 || token.text === ',') return null;
    if (!QUOTING_VERBS.has(token.lemma) || doc.tokens[k - 1]?.pos !== 'AUX') continue;
    return subjectBefore(doc, k - 1, floor, 0)?.subject ?? null;
  }
  return null;
}

const POSTMODIFYING_PREPOSITIONS = new Set(['for', 'of', 'at', 'from']);

/** The subject of "with X saying …": a noun phrase between "with" and the participle. */
function withAbsoluteSubject(doc: TextDocument, cueIndex: number, floor: number): Phrase | null {
  if (!(doc.tokens[cueIndex] as Token).lower.endsWith('ing')) return null;
  let subject = nounPhraseEndingAt(doc, cueIndex, floor);
  // "with a spokesperson for them saying …": the subject's own phrase after a preposition.
  const tail =
    subject ??
    (OBJECT_PRONOUNS.has(doc.tokens[cueIndex - 1]?.lower ?? '') ? { first: cueIndex - 1, end: cueIndex } : null);
  const preposition = tail ? doc.tokens[tail.first - 1] : undefined;
  if (tail && preposition && POSTMODIFYING_PREPOSITIONS.has(preposition.lower)) {
    const head = nounPhraseEndingAt(doc, preposition.index, floor);
    if (head && doc.tokens[head.first - 1]?.lower === 'with') subject = { first: head.first, end: tail.end };
  }
  if (!subject || doc.tokens[subject.first - 1]?.lower !== 'with') return null;
  // "responded with tweets calling …": "with" after the verb it completes opens no absolute clause.
  return doc.tokens[subject.first - 2]?.pos === 'VERB' && isMuteThing(doc, subject) ? null : subject;
}

/**
 * "…, with officials praising the plan and vowing to …": a participle after "and" that goes on an absolute "with"
 * clause has that clause's subject; the search stops at a comma or a finite verb, which end the clause.
 */
function coordinatedAbsoluteSubject(doc: TextDocument, cueIndex: number, floor: number): Phrase | null {
  const cue = doc.tokens[cueIndex] as Token;
  if (!cue.lower.endsWith('ing') || !/^(?:and|or)$/.test(doc.tokens[cueIndex - 1]?.lower ?? '')) return null;
  for (let k = cueIndex - 2; k > floor; k--) {
    const token = doc.tokens[k] as Token;
    if (/^[,;:]$/.test(token.text) || token.pos === 'AUX') return null;
    if (token.pos === 'VERB' && !token.lower.endsWith('ing')) return null;
    if (token.lower.endsWith('ing') && token.quote < 0) {
      const subject = withAbsoluteSubject(doc, k, floor);
      if (subject) return subject;
    }
  }
  return null;
}

/** "the i reported": an article and a pronoun right before the cue, read as a name. */
function pronounAfterArticle(doc: TextDocument, cueIndex: number, floor: number): Phrase | null {
  const pronoun = doc.tokens[cueIndex - 1];
  if (!pronoun || pronoun.pos !== 'PRON' || cueIndex - 2 < floor) return null;
  return doc.tokens[cueIndex - 2]?.lower === 'the' ? { first: cueIndex - 2, end: cueIndex } : null;
}

/** "tried to rally support by saying …", "after telling reporters …": the clause's subject speaks. */
function isGerundAfterPreposition(tokens: Token[], index: number): boolean {
  return (tokens[index] as Token).lower.endsWith('ing') && GERUND_PREPOSITIONS.has(tokens[index - 1]?.lower ?? '');
}

// What may stand before a gerund in a sentence's opening adjunct: "Despite", "And after", "In addition to".
const OPENING_ADJUNCT_TAGS = new Set(['ADP', 'SCONJ', 'CCONJ', 'ADV', 'NOUN']);

/**
 * "Despite announcing his support for Vale, Alder still backs …": a gerund in the adjunct that opens the sentence
 * has the main clause's subject, the phrase after the adjunct's comma that a finite verb follows.
 */
function subjectAfterOpening(doc: TextDocument, cueIndex: number, floor: number, end: number): Phrase | null {
  for (let k = floor; k < cueIndex; k++) if (!OPENING_ADJUNCT_TAGS.has((doc.tokens[k] as Token).pos)) return null;
  return mainClauseSubject(doc, cueIndex, end);
}

/** Past a parenthesis that opens at `k` ("Governor Ann Cole (D-Ore.) said"), or `k` itself. */
function pastParenthesis(doc: TextDocument, k: number, end: number): number {
  if (doc.tokens[k]?.text !== '(') return k;
  for (let i = k + 1; i < end; i++) if ((doc.tokens[i] as Token).text === ')') return i + 1;
  return k;
}

/** The phrase after the first comma past `cueIndex` when a finite verb follows it: the main clause's subject. */
function mainClauseSubject(doc: TextDocument, cueIndex: number, end: number): Phrase | null {
  for (let k = cueIndex + 1; k < end; k++) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0 || token.text !== ',') continue;
    const subject = phraseStartingAt(doc, k + 1);
    if (!subject) return null;
    let verb = pastParenthesis(doc, subject.end, end);
    while (doc.tokens[verb]?.pos === 'ADV') verb++;
    const next = doc.tokens[verb];
    const finite = (next?.pos === 'VERB' || next?.pos === 'AUX') && !next.lower.endsWith('ing');
    return finite ? subject : null;
  }
  return null;
}

/**
 * "Friday, at a town meeting, while speaking about the strike, Governor Cole said …": a gerund after a comma, in
 * adjuncts that open the sentence without a verb of their own, has the main clause's subject, as in
 * subjectAfterOpening; a day or a place before it is no subject.
 */
function subjectAfterOpeningAdjuncts(doc: TextDocument, cueIndex: number, floor: number, end: number): Phrase | null {
  const preposition = cueIndex - 1;
  const before = doc.tokens[preposition - 1];
  if (preposition <= floor || (before?.text !== ',' && !isQuoteMark(before))) return null;
  for (let k = floor; k < preposition; k++) {
    const token = doc.tokens[k] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') return null;
  }
  return mainClauseSubject(doc, cueIndex, end);
}

// Words that may stand before a perfect participle opening the sentence: "And having said …", "After having …".
const BEFORE_PERFECT_PARTICIPLE_TAGS = new Set(['ADP', 'SCONJ', 'CCONJ', 'ADV']);

/**
 * "Having announced that the ferry would stop in May, Mayor Alder named …": a perfect participle
 * opening the sentence (Quirk et al. 1985, §15.58, a supplementive -ing clause) has the main clause's subject.
 */
function subjectAfterPerfectParticiple(doc: TextDocument, cueIndex: number, floor: number, end: number): Phrase | null {
  let k = cueIndex - 1;
  while (k > floor && (doc.tokens[k] as Token).pos === 'ADV') k--;
  if ((doc.tokens[k] as Token | undefined)?.lower !== 'having' || k < floor) return null;
  for (let i = floor; i < k; i++) if (!BEFORE_PERFECT_PARTICIPLE_TAGS.has((doc.tokens[i] as Token).pos)) return null;
  return mainClauseSubject(doc, cueIndex, end);
}

const MAX_OBJECT_TOKENS = 6;
const OBJECT_WORD_TAGS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** A short noun phrase of a thing fills the tokens from `first` to `end`: "their intentions", "a new plan". */
function isShortObjectBetween(doc: TextDocument, first: number, end: number): boolean {
  if (end <= first || end - first > MAX_OBJECT_TOKENS) return false;
  for (let k = first; k < end; k++) {
    const token = doc.tokens[k] as Token;
    if (!OBJECT_WORD_TAGS.has(token.pos) || token.quote >= 0) return false;
  }
  const head = doc.tokens[end - 1] as Token;
  return head.pos === 'NOUN' && !isPersonNoun(head.lemma);
}

function isParticipleAfterComma(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!token.lower.endsWith('ing')) return false;
  // "…, repeatedly calling for …": an adverb may come between; "… “New York values,” saying …": a comma
  // inside the closing mark counts.
  let k = index - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  if (isQuoteMark(tokens[k]) && tokens[k - 1]?.text === ',') return true;
  const before = tokens[k];
  return before?.text === ',' || before?.text === '—' || before?.text === '–';
}

// Verbs of sending a message by some means (VerbNet's instr_communication-37.4: "emailed supporters", "wired the
// office"), with "write", whose recipient may follow without "to" ("wrote supporters"). As nouns ("an email to
// staff", "a text to voters") they name the message.
const MESSAGING_WORDS = new Set([
  'email',
  'e-mail',
  'text',
  'message',
  'fax',
  'cable',
  'telegraph',
  'wire',
  'phone',
  'telephone',
  'radio',
  'write',
]);

/** Messages a body or a campaign puts out in its own voice: "launched an ad urging …", "passed a resolution condemning …". */
const ISSUED_MESSAGES = new Set(['ad', 'advert', 'advertisement', 'commercial', 'resolution', 'editorial', 'op-ed']);

function isMessageWord(token: Token | undefined): boolean {
  if (token === undefined || token.quote >= 0) return false;
  if (token.pos === 'NOUN') return isReportingNoun(token.lemma) || MESSAGING_WORDS.has(token.lemma);
  return token.pos === 'VERB' && MESSAGING_WORDS.has(token.lemma === 'wrote' ? 'write' : token.lemma);
}

/**
 * The noun phrase ending at `k` is the one a message went to: "sent a letter to farmers", "wrote to the union",
 * "emailed supporters". A participle after it tells what the message said, not what the recipients said.
 */
function isRecipientOfMessage(doc: TextDocument, k: number, floor: number): boolean {
  const recipient = phraseEndingAt(doc, k + 1, floor);
  if (!recipient) return false;
  const before = doc.tokens[recipient.first - 1];
  if (before?.lower === 'to') return isMessageWord(doc.tokens[recipient.first - 2]);
  return before?.pos === 'VERB' && isMessageWord(before);
}

/**
 * "issued a statement Tuesday saying …", "sent a letter urging …", "sent a letter to farmers on Monday saying …",
 * "emailed supporters saying …": the one who issued it speaks.
 */
function isParticipleOfMessage(doc: TextDocument, index: number): boolean {
  const token = doc.tokens[index] as Token;
  if (!token.lower.endsWith('ing')) return false;
  const floor = doc.sentences[token.sentence]?.firstToken ?? 0;
  let k = index - 1;
  while (k >= floor && isTimeWord(doc.tokens[k] as Token)) k--;
  if (isMessageNounAt(doc, k)) return true;
  // "to farmers on Monday", "a statement on Tuesday": the preposition of the time goes with it.
  if (k < index - 1 && ADJUNCT_PREPOSITIONS.has(doc.tokens[k]?.lower ?? '')) k--;
  if (k < index - 2 && isMessageNounAt(doc, k)) return true;
  const last = doc.tokens[k];
  if (last === undefined || (last.pos !== 'NOUN' && last.pos !== 'PROPN')) return false;
  // "a message on Facebook saying …": the medium it went out on, a name, stands between.
  let on = k;
  while (on > floor && on > k - MAX_MEDIUM_TOKENS && doc.tokens[on]?.pos === 'PROPN') on--;
  if (on < k && MEDIUM_PREPOSITIONS.has(doc.tokens[on]?.lower ?? '') && isMessageNounAt(doc, on - 1)) return true;
  return isRecipientOfMessage(doc, k, floor);
}

const MEDIUM_PREPOSITIONS = new Set(['on', 'via', 'through']);
const MAX_MEDIUM_TOKENS = 3;

function isMessageNounAt(doc: TextDocument, k: number): boolean {
  const head = doc.tokens[k];
  return head !== undefined && head.pos === 'NOUN' && (isReportingNoun(head.lemma) || ISSUED_MESSAGES.has(head.lemma));
}

/** "based economist John Smith": a participle in lower case and the phrase after it, as one phrase. */
function participleAndPhraseAt(doc: TextDocument, first: number): Phrase | null {
  const participle = doc.tokens[first];
  if (participle?.pos !== 'VERB' || !/^\p{Ll}+$/u.test(participle.text)) return null;
  const rest = phraseStartingAt(doc, first + 1);
  return rest && { first, end: rest.end };
}

/** ", reads a Friday editorial in The Harbor Courier": a day inside the phrase does not end it. */
function invertedSource(doc: TextDocument, start: number): Phrase | null {
  // ", said his best friend at Lehigh": a possessive opens the phrase.
  const opener = doc.tokens[start];
  if (opener && POSSESSIVE_DETERMINERS.has(opener.lower)) {
    const rest = invertedSource(doc, start + 1);
    return rest ? { first: start, end: rest.end } : null;
  }
  let phrase = phraseStartingAt(doc, start);
  // ", said lead author Marit Olsen": a modifier the tagger reads as a verb.
  if (!phrase && opener && (opener.pos === 'VERB' || opener.pos === 'ADJ') && opener.quote < 0) {
    const rest = phraseStartingAt(doc, start + 1);
    if (rest) phrase = { first: start, end: rest.end };
  }
  // ", said former coach and test player John Bracewell": titles joined by "and" before the name.
  if (phrase && doc.tokens[phrase.end]?.lower === 'and') {
    const more = phraseStartingAt(doc, phrase.end + 1);
    if (
      more &&
      (doc.tokens[more.end - 1] as Token).pos === 'PROPN' &&
      (doc.tokens[phrase.end - 1] as Token).pos !== 'PROPN'
    )
      phrase = { first: phrase.first, end: more.end };
  }
  // ", said the 46-year-old lawyer": hyphens join words of one phrase; so they do before a participle the tagger
  // reads as a verb after a name (", said Chicago-based economist John Smith").
  while (phrase && doc.tokens[phrase.end]?.text === '-' && phrase.end - phrase.first < MAX_PARENTHETICAL_TOKENS) {
    const rest =
      phraseStartingAt(doc, phrase.end + 1) ??
      ((doc.tokens[phrase.end - 1] as Token).pos === 'PROPN' ? participleAndPhraseAt(doc, phrase.end + 1) : null);
    if (!rest) break;
    phrase = { first: phrase.first, end: rest.end };
  }
  // ", said the 61-year-old": an age used as a noun ends on "old", which no phrase starts with.
  if (phrase && doc.tokens[phrase.end]?.text === '-' && doc.tokens[phrase.end + 1]?.lower === 'old')
    phrase = { first: phrase.first, end: phrase.end + 2 };
  if (!phrase) return null;
  const last = doc.tokens[phrase.end - 1] as Token;
  const next = doc.tokens[phrase.end];
  // ", said the post by an unknown author": the author of a message follows "by".
  if (next?.lower === 'by' && last.pos === 'NOUN' && isReportingNoun(last.lemma)) {
    const agent = phraseStartingAt(doc, phrase.end + 1);
    if (agent) return { first: phrase.first, end: agent.end };
  }
  if ((last.pos === 'DET' || last.pos === 'ADJ') && next && isDateWord(next.text)) {
    const rest = phraseStartingAt(doc, phrase.end + 1);
    if (rest) return { first: phrase.first, end: rest.end };
  }
  return phrase;
}

/** The comma at `comma` closes an adverb set off by commas after an auxiliary ("have, however,"). */
function closesParentheticalAdverb(tokens: Token[], comma: number): boolean {
  return (
    tokens[comma]?.text === ',' &&
    tokens[comma - 1]?.pos === 'ADV' &&
    tokens[comma - 2]?.text === ',' &&
    tokens[comma - 3]?.pos === 'AUX'
  );
}

/** An inverted cue comes right after a comma or a closing quotation mark: "…,” said X". */
function followsCommaOrQuote(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (previous === undefined) return false;
  if (previous.text === ',') return true;
  // "“…,” said X" closes its quotation on a stop or a comma; "promised to “vigorously and completely” continue the
  // inquiry" goes on with a quoted phrase inside its own clause.
  return isQuoteMark(previous) && CLOSING_STOPS.test(tokens[index - 2]?.text ?? '');
}
const CLOSING_STOPS = /^(?:[,.!?…;:—–-]|\.\.\.)$/;

/**
 * The source of the reporting verb at `cueIndex`: before it ("X said", "X, a lawyer, said", "officials who
 * said"), after it (", said X"), the sentence's own subject for "…, saying" and for coordinated verbs.
 */
export function sourceOfVerb(
  doc: TextDocument,
  cueIndex: number,
  previous: PreviousCue | undefined,
  /** A verb of saying that stands before its subject in news ("…, said X"; not "…, criticized X"). */
  inverts = false,
): CueSource | null {
  const token = doc.tokens[cueIndex] as Token;
  const sentence = doc.sentences[token.sentence];
  if (!sentence) return null;
  const floor = sentence.firstToken;
  // "quoted a Senate aide as saying …": the one quoted speaks.
  const quoted = quotedSubject(doc, cueIndex, floor);
  if (quoted) return { subject: quoted, link: 'subject', start: quoted.first };
  // "the i reported", "with the i reporting": a pronoun after an article names something (the newspaper "i").
  const article = pronounAfterArticle(doc, cueIndex, floor);
  if (article) {
    const absolute = doc.tokens[article.first - 1]?.lower === 'with';
    return absolute
      ? { subject: article, link: 'participial', start: article.first - 1 }
      : { subject: article, link: 'subject', start: article.first };
  }
  // "…, with union leader Ama Osei telling reporters …": the noun phrase after "with" speaks.
  const absolute = withAbsoluteSubject(doc, cueIndex, floor);
  if (absolute) return { subject: absolute, link: 'participial', start: absolute.first - 1 };
  // "…, with officials praising the plan and vowing …": the attribution's own words start at "and".
  const coordinated = coordinatedAbsoluteSubject(doc, cueIndex, floor);
  if (coordinated) return { subject: coordinated, link: 'participial', start: cueIndex - 1 };
  // "Anonymous announced their intentions saying, “…”": a participle of saying right after a thing the sentence's
  // earlier cue took as its object shares that cue's subject; a person or a name as the object is the one doing it
  // ("recalled Mr. Obama talking about …"), and so is whoever a verb of quoting names ("quoted an aide saying").
  // The sentence's earlier cue, whose subject a participle may share.
  const shared =
    previous &&
    !previous.negated &&
    (previous.sentence === token.sentence || isQuotationOfCueBefore(doc, cueIndex, previous))
      ? previous
      : undefined;
  if (
    shared?.cue &&
    token.lower.endsWith('ing') &&
    reportingVerb(token.lemma)?.evidential !== true &&
    !QUOTING_VERBS.has(shared.cue.lemma) &&
    isShortObjectBetween(doc, shared.cue.index + 1, cueIndex)
  )
    return { subject: shared.subject, link: 'participial', start: cueIndex };
  const gerund = isGerundAfterPreposition(doc.tokens, cueIndex);
  if (isParticipleAfterComma(doc.tokens, cueIndex) || gerund || isParticipleOfMessage(doc, cueIndex)) {
    // "Trump was defensive about an architect who said he was stiffed …, saying, “…”": a cue inside a relative
    // clause is not the main clause's, whose subject, when it is a name, goes on with the participle.
    const mainName = shared?.link === 'relative' ? sentenceSubject(doc, token.sentence, shared.subject.first) : null;
    const subject =
      mainName && isNamePhrase(doc, mainName)
        ? mainName
        : shared
          ? shared.subject
          : (subjectOfEarlierVerb(doc, cueIndex, floor, 0, gerund) ??
            (gerund ? subjectAfterOpeningAdjuncts(doc, cueIndex, floor, sentence.endToken) : null) ??
            sentenceSubject(doc, token.sentence, cueIndex) ??
            (gerund ? subjectAfterOpening(doc, cueIndex, floor, sentence.endToken) : null));
    return subject ? { subject, link: 'participial', start: cueIndex } : null;
  }
  const perfect = subjectAfterPerfectParticiple(doc, cueIndex, floor, sentence.endToken);
  if (perfect) return { subject: perfect, link: 'participial', start: cueIndex };
  const { control, to } = infinitiveControl(doc.tokens, cueIndex);
  if (control === 'refused') return null;
  if (control === 'subject') {
    const subject = subjectOfEarlierVerb(doc, to, floor, 0) ?? sentenceSubject(doc, token.sentence, to);
    return subject ? { subject, link: 'participial', start: cueIndex } : null;
  }
  // "Analysts have, however, suggested …": a comma closing a parenthetical adverb is no inversion's.
  const afterComma =
    followsCommaOrQuote(doc.tokens, cueIndex) &&
    !token.lower.endsWith('ing') &&
    !closesParentheticalAdverb(doc.tokens, cueIndex - 1);
  const afterPhrase = afterComma ? invertedSource(doc, cueIndex + 1) : null;
  // "…, Mitch McConnell, R-Ky., said Tuesday.": a time after the cue says when, not who.
  const after = afterPhrase && !isAllTime(doc, afterPhrase) ? afterPhrase : null;
  // "…, said Omar Hale, a spokesman for the union.": a phrase after the cue that ends the clause is its subject,
  // whatever noun phrases the report before it holds.
  if (inverts && after && closesClauseAfterAdjuncts(doc, after.end) && !holdsMisreadVerb(doc, after))
    return { subject: after, link: 'inverted', start: cueIndex };
  // "Analysts have, however, suggested …": the subject stands before the auxiliary.
  const verbGroupStart = closesParentheticalAdverb(doc.tokens, cueIndex - 1) ? cueIndex - 4 : cueIndex;
  const found = subjectBefore(doc, verbGroupStart, floor, 0);
  // "commented about Alberta's royalty dispute saying …", "stood by the view that the trailers were labs saying …":
  // a participle right after a thing that cannot speak is no reduced relative of it; it goes with the clause's
  // subject, as a participle of saying after a comma does.
  if (
    found?.link === 'subject' &&
    SAYING_PARTICIPLES.has(token.lower) &&
    !verbBetween(doc, found.subject.end, cueIndex)
  ) {
    const adjunct = isMuteThing(doc, found.subject) || isAddressed(doc, found.subject);
    const clauseSubject = adjunct
      ? (subjectOfEarlierVerb(doc, cueIndex, floor, 0) ??
        earlierCueSubject(doc, previous, token.sentence, found.subject.first))
      : null;
    if (clauseSubject) return { subject: clauseSubject, link: 'participial', start: cueIndex };
  }
  const sender = found?.link === 'subject' ? senderOfMessage(doc, found.subject, floor) : null;
  const own = found && sender ? { ...found, subject: sender.sender, start: sender.start } : found;
  // "X said the plan failed and added …": the verb before "and" that reports is the earlier cue; "…, according to
  // their attorneys, and said …" shares the clause's subject, not the source.
  const sharesPrevious =
    previous &&
    previous.sentence === token.sentence &&
    !previous.negated &&
    previous.kind !== 'ACCORDING_TO' &&
    !(previous.cue && isReportedConjunct(doc, previous.subject, previous.cue, token));
  // "Varinsky, who worked on …, said the judge would dismiss jurors who said yes …; and said defense lawyers
  // would …": a verb opening a conjunct after a semicolon goes on the sentence's subject, not a relative clause's.
  if (
    own?.link === 'coordinated' &&
    COORDINATORS.has(doc.tokens[verbGroupStart - 1]?.lower ?? '') &&
    doc.tokens[verbGroupStart - 2]?.text === ';'
  ) {
    const main = sentenceSubject(doc, token.sentence, verbGroupStart - 2);
    if (main) return { ...own, subject: main };
  }
  if (own?.link === 'coordinated' && sharesPrevious) return { ...own, subject: previous.subject };
  if (own) return own;
  return after ? { subject: after, link: 'inverted', start: cueIndex } : null;
}

// Conjunctions opening a clause of contrast after a comma ("…, even though the terrorists, who …, stated"); not
// "since" or "as", which also open a phrase ("since the age of 25").
const CONCESSIVE_OPENERS: ReadonlySet<string> = new Set(['though', 'although', 'while', 'whereas']);

// Participles that say or name what is said (Levin 1993 §37.7 say verbs and §29.3 dub verbs, with "condemning" and
// "warning", and "urging", "demanding", "pleading" of VerbNet's urge-58.1); "defending", "expressing" or "showing"
// after a thing may be the thing's own ("his work defending …").
const SAYING_PARTICIPLES = new Set([
  'saying',
  'telling',
  'adding',
  'writing',
  'stating',
  'claiming',
  'insisting',
  'noting',
  'explaining',
  'calling',
  'describing',
  'condemning',
  'warning',
  'urging',
  'demanding',
  'pleading',
]);

/** A verb or auxiliary from `first` to `end`: "the troops were expressing …" is a clause of its own. */
function verbBetween(doc: TextDocument, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (doc.tokens[k]?.pos === 'VERB' || doc.tokens[k]?.pos === 'AUX') return true;
  return false;
}

/**
 * A noun phrase for a thing: no capitalised word, no pronoun, and a head noun that names no person, body or message
 * ("Alberta's" aside: a possessive name only says whose). A message may speak for its sender ("a statement saying").
 */
function isMuteThing(doc: TextDocument, phrase: Phrase): boolean {
  let head: Token | null = null;
  for (let k = phrase.first; k < phrase.end; k++) {
    const token = doc.tokens[k] as Token;
    const possessed = POSSESSIVE_MARKS.has(doc.tokens[k + 1]?.lower ?? '');
    const pronoun = token.pos === 'PRON' && !POSSESSIVE_DETERMINERS.has(token.lower);
    if (pronoun || token.quote >= 0 || (CAPITALISED.test(token.text) && !possessed)) return false;
    if (token.pos === 'NOUN') head = token;
  }
  if (head === null || head.index !== phrase.end - 1 || isPersonNoun(head.lower)) return false;
  const before = doc.tokens[phrase.first - 1]?.lower ?? '';
  // "the trailers were mobile labs saying …": what a copula says the subject is does nothing itself.
  if (COPULAS.has(before)) return true;
  // "responded with tweets calling …": a message the subject answered with is the subject's means of saying.
  const message = isMessageNoun(head) || ISSUED_MESSAGES.has(head.lemma);
  return message ? before === 'with' : !isOrganizationHead(head.lemma);
}

/**
 * The subject of the cue before, when the clause of `sentence` up to `before` goes on with it: in that sentence,
 * or past a quotation whose question mark split the sentence ("she tweeted: “…?”, and addressed Modi demanding …").
 */
function earlierCueSubject(
  doc: TextDocument,
  previous: PreviousCue | undefined,
  sentence: number,
  before: number,
): Phrase | null {
  if (!previous || previous.negated) return null;
  const sameClause =
    previous.sentence === sentence || (previous.sentence === sentence - 1 && opensOnConjunction(doc, sentence, before));
  return sameClause ? previous.subject : null;
}

/** A sentence whose words before `before`, outside a quotation it goes on with, are only marks and a
 *  conjunction: "Have we …?”, and addressed …". */
function opensOnConjunction(doc: TextDocument, sentenceIndex: number, before: number): boolean {
  const first = (doc.sentences[sentenceIndex] as Sentence).firstToken;
  let conjunction = false;
  for (let k = first; k < before; k++) {
    const word = doc.tokens[k] as Token;
    if (word.quote >= 0 && !conjunction) continue;
    if (COORDINATORS.has(word.lower)) conjunction = true;
    else if (word.pos !== 'PUNCT' && !(word.pos === 'VERB' && k === before - 1)) return false;
  }
  return conjunction;
}

/**
 * "addressed Prime Minister Narendra Modi demanding …", "wrote to the mayor urging …": the one a message is
 * addressed to does not say what the participle after it says; the sender does (the participle is an adjunct of
 * the clause, controlled by its subject: Quirk et al. 1985 §15.59).
 */
function isAddressed(doc: TextDocument, phrase: Phrase): boolean {
  const before = doc.tokens[phrase.first - 1];
  const verb = before?.lower === 'to' ? doc.tokens[phrase.first - 2] : before;
  return verb !== undefined && verb.pos === 'VERB' && ADDRESSING_VERBS.has(verb.lemma);
}

// Verbs whose object is the one a message goes to (VerbNet's message-transfer and contact classes:
// transfer_mesg-37.1.1 "address", "petition", "lobby"; "write to", "appeal to").
const ADDRESSING_VERBS = new Set(['address', 'petition', 'lobby', 'write', 'appeal', 'email', 'telephone', 'phone']);

// Verbs that put out a message (VerbNet's send-11.1 and the publishing verbs of the attribution literature):
// "released a statement", "published a report", "drafted a letter".
const ISSUING_VERBS = new Set(['issue', 'release', 'publish', 'post', 'send', 'draft', 'file', 'submit', 'deliver']);

/**
 * "China's foreign ministry released a statement Wednesday that urged …", "the ministry published a report which
 * warned …": a message that says something in a relative clause says it for whoever put it out.
 */
function issuerOfMessage(doc: TextDocument, message: Phrase, floor: number, depth: number): Phrase | null {
  const head = doc.tokens.slice(message.first, message.end).find((t) => t.pos === 'NOUN' && isReportingNoun(t.lemma));
  const verb = doc.tokens[message.first - 1];
  if (!head || !verb || verb.pos !== 'VERB' || !ISSUING_VERBS.has(verb.lemma) || verb.index <= floor) return null;
  return subjectBefore(doc, verb.index, floor, depth + 1)?.subject ?? null;
}

/** Tokens from a cue to the first word of the quotation it opens: “said, “”, “said: “”, “said on Tuesday: “”. */
const MAX_CUE_TO_QUOTATION = 5;

/**
 * "Di Rita said “We regret … . It is not the case,” adding that …": the participle follows a quotation that opened
 * right after the earlier cue, in that cue's sentence, and runs on into this one; the quotation's speaker goes on.
 */
function isQuotationOfCueBefore(doc: TextDocument, cueIndex: number, previous: PreviousCue): boolean {
  if (!previous.cue) return false;
  let k = cueIndex - 1;
  while (k > previous.cue.index && (doc.tokens[k] as Token).quote < 0) {
    const token = doc.tokens[k] as Token;
    if (token.text !== ',' && !isQuoteMark(token)) return false;
    k--;
  }
  const quotation = (doc.tokens[k] as Token).quote;
  if (quotation < 0) return false;
  let first = k;
  while ((doc.tokens[first - 1]?.quote ?? -1) === quotation) first--;
  // The quotation's opening mark, perhaps after a comma or a colon, stands right after the cue.
  return (
    (doc.tokens[first] as Token).sentence === previous.sentence &&
    first > previous.cue.index &&
    first - previous.cue.index <= MAX_CUE_TO_QUOTATION
  );
}

/**
 * "May said that the country would declare its intention … and suggested that …": the earlier cue is inside a clause
 * after "that", in its bare form after a modal or "to" (adverbs between). An inflected verb is no conjunct of it; it
 * goes on the clause that reports.
 */
function isReportedConjunct(doc: TextDocument, subject: Phrase, cue: Token, verb: Token): boolean {
  if (doc.tokens[subject.first - 1]?.lower !== 'that' || cue.lower !== cue.lemma) return false;
  if (verb.lower === verb.lemma || verb.lower.endsWith('ing')) return false;
  let k = cue.index - 1;
  while (doc.tokens[k]?.pos === 'ADV') k--;
  const before = doc.tokens[k];
  return before !== undefined && (before.pos === 'AUX' || before.lower === 'to');
}

/**
 * "…, said the fishing families deserved better": a past form after a noun, that the tagger read as a noun, makes a
 * clause of the phrase after the cue, no speaker of it ("the retired general", "Mary Reed" are phrases).
 */
function holdsMisreadVerb(doc: TextDocument, phrase: Phrase): boolean {
  for (let k = phrase.first + 1; k < phrase.end; k++) {
    const token = doc.tokens[k] as Token;
    const before = doc.tokens[k - 1] as Token;
    if (token.pos === 'NOUN' && /ed$/.test(token.lower) && (before.pos === 'NOUN' || before.pos === 'PROPN'))
      return true;
  }
  return false;
}

// "…, said Ann Lee in a statement on Monday.": adjuncts of place, time and medium between the source and the end.
const MAX_ADJUNCTS_AFTER_SOURCE = 2;

/**
 * The phrase ending at `end` closes its clause, or the sentence past up to two adjuncts after it ("in a statement",
 * "on Monday"). Not a clause that goes on after a comma: ", emailed supporters on Monday evening, telling them …"
 * follows an appositive and is no inverted attribution.
 */
function closesClauseAfterAdjuncts(doc: TextDocument, end: number): boolean {
  if (closesClause(doc, end)) return true;
  let k = end;
  for (let adjuncts = 0; adjuncts < MAX_ADJUNCTS_AFTER_SOURCE; adjuncts++) {
    const preposition = doc.tokens[k];
    if (!preposition || !ADJUNCT_PREPOSITIONS.has(preposition.lower)) return false;
    const object = phraseStartingAt(doc, k + 1);
    if (!object) return false;
    k = object.end;
    const next = doc.tokens[k];
    if (!next || next.sentence !== preposition.sentence || /^[.!?]$/.test(next.text)) return true;
  }
  return false;
}

/** The phrase ending at `end` closes its clause: a comma, a full stop or the sentence's end follows. */
function closesClause(doc: TextDocument, end: number): boolean {
  const next = doc.tokens[end];
  return !next || next.sentence !== (doc.tokens[end - 1] as Token).sentence || /^[,.;!?]$/.test(next.text);
}

/**
 * "keeps in place an Israeli prime minister": a determiner after a noun opens the phrase that is meant;
 * "… that critics": "that" before a plural or a name is no determiner of it.
 */
function fromLastDeterminer(doc: TextDocument, phrase: Phrase | null): Phrase | null {
  if (!phrase) return null;
  const opener = doc.tokens[phrase.first] as Token;
  const next = doc.tokens[phrase.first + 1];
  if (
    opener.lower === 'that' &&
    next &&
    phrase.end - phrase.first > 1 &&
    (next.pos === 'PROPN' || /s$/.test(next.lower))
  )
    return fromLastDeterminer(doc, { first: phrase.first + 1, end: phrase.end });
  // "The rules, which officials said will take effect …": the relative pronoun is the said clause's subject.
  if (opener.lower === 'which' && phrase.end - phrase.first > 1)
    return fromLastDeterminer(doc, { first: phrase.first + 1, end: phrase.end });
  for (let i = phrase.end - 1; i > phrase.first; i--) {
    const token = doc.tokens[i] as Token;
    const before = doc.tokens[i - 1] as Token;
    if (token.pos === 'DET' && (before.pos === 'NOUN' || before.pos === 'PROPN'))
      return fromLastDeterminer(doc, { first: i, end: phrase.end });
  }
  return phrase;
}

const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade']);

/** "A few weeks", "two days", "several months": a stretch of time. */
function isTimePhrase(doc: TextDocument, phrase: Phrase): boolean {
  const last = doc.tokens[phrase.end - 1] as Token;
  if (!TIME_UNITS.has(last.lemma) && !TIME_UNITS.has(last.lower.replace(/s$/, ''))) return false;
  for (let k = phrase.first; k < phrase.end - 1; k++) {
    const token = doc.tokens[k] as Token;
    if (token.pos !== 'DET' && token.pos !== 'NUM' && token.pos !== 'ADJ') return false;
  }
  return true;
}

function isTimeWord(token: Token): boolean {
  return isDateWord(token.text) || TIME_WORDS.has(token.lower) || token.pos === 'NUM';
}

/** "Tuesday", "Friday morning": a phrase of time words alone, not a number alone ("…,” read one."). */
function isAllTime(doc: TextDocument, phrase: Phrase): boolean {
  let named = false;
  for (let k = phrase.first; k < phrase.end; k++) {
    const token = doc.tokens[k] as Token;
    if (!isTimeWord(token)) return false;
    named ||= token.pos !== 'NUM';
  }
  return named;
}

/**
 * "a BBC report released on Wednesday that claimed …": a time after a participle's preposition is no antecedent of
 * the relative clause after it; the noun the participle modifies is.
 */
function beforeTimeOfParticiple(doc: TextDocument, time: Phrase, floor: number): Phrase | null {
  if (!isAllTime(doc, time)) return null;
  let k = time.first - 1;
  if (doc.tokens[k]?.pos === 'ADP') k--;
  const participle = doc.tokens[k];
  if (!participle || participle.pos !== 'VERB' || !PARTICIPLE.test(participle.lower) || k - 1 < floor) return null;
  return nounPhraseEndingAt(doc, k, floor);
}

/** "Hillary Clinton on Tuesday", "Trump Tuesday": a time adjunct at the end of a phrase is not part of it. */
function withoutTrailingTime(doc: TextDocument, phrase: Phrase | null): Phrase | null {
  if (!phrase) return null;
  let end = phrase.end;
  while (end > phrase.first && isTimeWord(doc.tokens[end - 1] as Token)) end--;
  // "Posts on the forum from Friday": the time's preposition goes with it.
  const preposition = end > phrase.first ? (doc.tokens[end - 1] as Token).lower : '';
  if (end < phrase.end && end > phrase.first && (ADJUNCT_PREPOSITIONS.has(preposition) || preposition === 'from'))
    end--;
  return end > phrase.first ? { first: phrase.first, end } : phrase;
}

function nounPhraseEndingAt(doc: TextDocument, end: number, floor: number): Phrase | null {
  return withoutTrailingTime(
    doc,
    withPartitive(
      doc,
      fromLastDeterminer(
        doc,
        withOfPossessive(
          doc,
          withHyphenatedModifier(doc, withAttributiveParticiple(doc, phraseEndingAt(doc, end, floor), floor), floor),
          floor,
        ),
      ),
      floor,
    ),
  );
}

/** "Hillary Clinton's right-hand woman", "the GOP front-runner": a word joined by a hyphen belongs to the phrase. */
function withHyphenatedModifier(doc: TextDocument, phrase: Phrase | null, floor: number): Phrase | null {
  if (!phrase) return null;
  // "a denial-of-service attack", "a state-of-the-art lab": words joined by hyphens are one modifier.
  let first = phrase.first;
  for (;;) {
    const hyphen = doc.tokens[first - 1];
    const left = doc.tokens[first - 2];
    const right = doc.tokens[first] as Token;
    if (!hyphen || !left || hyphen.text !== '-' || left.index < floor) break;
    // A lower-case word after the hyphen: "Council on American-Islamic Relations" is a name's own business.
    if (!isWrittenBetweenWords(doc.tokens, hyphen.index) || !/^\p{Ll}/u.test(right.text)) break;
    first = left.index;
  }
  if (first === phrase.first || !['NOUN', 'ADJ', 'NUM', 'PROPN'].includes((doc.tokens[first] as Token).pos))
    return phrase;
  const before = phraseEndingAt(doc, first + 1, floor);
  return { first: before?.first ?? first, end: phrase.end };
}

// Words that take a part of a group: "some of her followers", "one of them", "most of the delegates".
const PARTITIVES = new Set([
  'some',
  'many',
  'most',
  'one',
  'two',
  'three',
  'several',
  'all',
  'none',
  'each',
  'few',
  'both',
]);

export function isPartitive(word: string): boolean {
  return PARTITIVES.has(word.toLowerCase());
}

/** "some of her followers said": the part speaks, named with its group. */
function withPartitive(doc: TextDocument, phrase: Phrase | null, floor: number): Phrase | null {
  if (!phrase) return null;
  const of = doc.tokens[phrase.first - 1];
  const part = doc.tokens[phrase.first - 2];
  // "Nine in 10 registered voters said": a share written as one number in another.
  const opensWithNumber = (doc.tokens[phrase.first] as Token).pos === 'NUM';
  const inShare =
    opensWithNumber && of?.lower === 'in' && part?.pos === 'NUM' ? numberEndingAt(doc, part.index + 1, floor) : -1;
  if (inShare >= 0) return { first: inShare, end: phrase.end };
  if (of?.lower !== 'of' || !part || part.index < floor) return phrase;
  if (PARTITIVES.has(part.lower)) return { first: part.index, end: phrase.end };
  // "Seventy-four percent of registered voters said": a share of the group, with its number.
  const share = part.lower === 'percent' || part.text === '%' ? numberEndingAt(doc, part.index, floor) : -1;
  return share >= 0 ? { first: share, end: phrase.end } : phrase;
}

/** The first token of the number ending right before `end` ("52", "Seventy-four"), or -1. */
function numberEndingAt(doc: TextDocument, end: number, floor: number): number {
  let first = end;
  while (first - 1 >= floor) {
    const token = doc.tokens[first - 1] as Token;
    const joined = token.text === '-' && doc.tokens[first - 2]?.pos === 'NUM';
    if (token.pos !== 'NUM' && !joined) break;
    first--;
  }
  return first < end ? first : -1;
}

/** "PC World's analysis of its own statistics", "the head of their research unit": "of" and a possessive. */
function withOfPossessive(doc: TextDocument, phrase: Phrase | null, floor: number): Phrase | null {
  if (!phrase) return null;
  const possessive = doc.tokens[phrase.first - 1];
  const of = doc.tokens[phrase.first - 2];
  if (!possessive || !POSSESSIVE_DETERMINERS.has(possessive.lower) || of?.lower !== 'of' || of.index <= floor)
    return phrase;
  const head = phraseEndingAt(doc, of.index, floor);
  return head && (doc.tokens[of.index - 1] as Token).pos === 'NOUN' ? { first: head.first, end: phrase.end } : phrase;
}

/** "a leaked memo", "the self-described socialist": a participle between a determiner and its noun. */
function withAttributiveParticiple(doc: TextDocument, phrase: Phrase | null, floor: number): Phrase | null {
  if (!phrase) return null;
  let first = phrase.first;
  const participle = doc.tokens[first - 1];
  if (participle && participle.pos === 'VERB' && PARTICIPLE.test(participle.lower) && first - 1 > floor) {
    const determiner = doc.tokens[first - 2] as Token;
    if (determiner.pos === 'DET') first -= 2;
    // "Democratic registered voters": a participle after an adjective, with the adjective's own phrase.
    else if (determiner.pos === 'ADJ') first = phraseEndingAt(doc, first - 1, floor)?.first ?? first - 1;
    // "52 percent of registered voters": a participle right after "of" opens the phrase.
    else if (determiner.lower === 'of') first -= 1;
  }
  return { first, end: phrase.end };
}

const DASHES = new Set(['—', '–', '-', '―']);

/** The dash opening a parenthetical that closes with the dash at `close`, or null. */
function openingDash(doc: TextDocument, close: number, floor: number): number | null {
  for (let k = close - 1; k >= floor && close - k <= MAX_PARENTHETICAL_TOKENS; k--) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0 || isQuoteMark(token)) return null;
    if (token.text === (doc.tokens[close] as Token).text && k > floor && isDash(doc, k)) return k;
  }
  return null;
}

/** The opening bracket of the bracketed aside closing at `close` ("Sen. Jack Reed (D-R.I.)"), or -1. */
function openingBracket(doc: TextDocument, close: number, floor: number): number {
  for (let k = close - 1; k >= floor && close - k <= MAX_PARENTHETICAL_TOKENS; k--) {
    const text = (doc.tokens[k] as Token).text;
    if (text === '(') return k;
    if (text === ')') return -1;
  }
  return -1;
}

const TIME_WORDS = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'day',
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'late',
  'early',
  'last',
  'next',
  'this',
  // "this past weekend", "the coming week", "the previous day"
  'past',
  'coming',
  'previous',
]);
const MAX_ADJUNCTS_BEFORE_VERB = 2;
// Prepositions of time, place and medium; not "to", "of" or "for", which tie a name to a title ("Ambassador to
// NATO Julianne Smith", "a spokesman for the campaign").
const ADJUNCT_PREPOSITIONS = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'since',
  'over',
  'through',
  'via',
]);

// Prepositions that also open a clause ("after Trump told …"), as subordinators (Quirk et al. 1985, §14.12).
const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until']);

const PARTICIPLE = /(?:ed|en)$/;
const NAMING_PARTICIPLES = new Set([
  'called',
  'named',
  'dubbed',
  'labeled',
  'labelled',
  'termed',
  'nicknamed',
  'branded',
]);

function isNamingParticiple(token: Token): boolean {
  return NAMING_PARTICIPLES.has(token.lower);
}

const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** A phrase of determiners and adjectives alone ("a", "the whole") is no subject. */
function hasHead(doc: TextDocument, phrase: Phrase): boolean {
  for (let k = phrase.first; k < phrase.end; k++) if (HEAD_TAGS.has((doc.tokens[k] as Token).pos)) return true;
  // "…, while another says": a determiner standing for a noun phrase of its own.
  if (phrase.end - phrase.first === 1 && isQuantifierPronoun((doc.tokens[phrase.first] as Token).text)) return true;
  const last = doc.tokens[phrase.end - 1] as Token;
  return CAPITALISED.test(last.text) || adjectiveHeadsPhrase(doc, phrase);
}

/** "on Friday morning", "in a statement", "late Thursday": an adjunct between the subject and its verb. */
function isAdjunct(doc: TextDocument, phrase: Phrase): boolean {
  const before = doc.tokens[phrase.first - 1];
  if (before && ADJUNCT_PREPOSITIONS.has(before.lower) && before.quote < 0) return true;
  // "A leaked letter seen by Sky News says": the agent of a participle.
  const participle = doc.tokens[phrase.first - 2];
  if (before?.lower === 'by' && participle?.pos === 'VERB' && PARTICIPLE.test(participle.lower)) return true;
  for (let k = phrase.first; k < phrase.end; k++) {
    const token = doc.tokens[k] as Token;
    if (!isDateWord(token.text) && !TIME_WORDS.has(token.lower) && token.pos !== 'NUM') return false;
  }
  return true;
}

function afterPossessiveInAdjunct(doc: TextDocument, phrase: Phrase): Phrase {
  const determiner = doc.tokens[phrase.first - 1];
  const preposition = doc.tokens[phrase.first - 2];
  return determiner &&
    POSSESSIVE_DETERMINERS.has(determiner.lower) &&
    preposition &&
    ADJUNCT_PREPOSITIONS.has(preposition.lower)
    ? { first: phrase.first - 1, end: phrase.end }
    : phrase;
}

const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been']);
// Words of a predicate's list of nouns: "a liar, cheat and bully", "an outspoken, tireless critic".
const PREDICATE_LIST_TAGS = new Set(['NOUN', 'ADJ', 'PROPN', 'CCONJ']);
const CLEFT_SUBJECTS = new Set(['it', 'this', 'that', 'there']);

/**
 * "Ann Lee is a lawyer and activist who has long argued …": a relative clause on a predicate noun after "is a"
 * tells of the copula's subject, who speaks. A cleft ("It was a neighbour who said …") keeps its noun.
 */
function subjectOfPredicateNoun(doc: TextDocument, antecedent: Phrase, floor: number, depth: number): Phrase | null {
  let i = antecedent.end - 1;
  let indefinite = false;
  for (; i >= floor; i--) {
    const token = doc.tokens[i] as Token;
    if (token.lower === 'a' || token.lower === 'an') indefinite = true;
    else if (!PREDICATE_LIST_TAGS.has(token.pos) && token.text !== ',') break;
  }
  const copula = doc.tokens[i];
  if (!indefinite || !copula || i < floor || !COPULAS.has(copula.lower)) return null;
  const subject = subjectBefore(doc, i, floor, depth + 1);
  if (!subject || subject.link === 'relative') return null;
  return CLEFT_SUBJECTS.has((doc.tokens[subject.subject.end - 1] as Token).lower) ? null : subject.subject;
}

/** The subject phrase of the finite verb at `verbIndex`, written before it ("Swire, father of a victim, believes"). */
export function subjectOfVerb(doc: TextDocument, verbIndex: number): Phrase | null {
  const sentence = doc.sentences[(doc.tokens[verbIndex] as Token).sentence];
  return sentence ? (subjectBefore(doc, verbIndex, sentence.firstToken, 0)?.subject ?? null) : null;
}

// Words opening a parenthetical that names members of the group before it.
const INCLUSION_WORDS = new Set(['including', 'notably', 'especially', 'among']);

/** A phrase tied to its verb as the plain subject. */
function plainSubject(subject: Phrase | null): CueSource | null {
  return subject ? { subject, link: 'subject', start: subject.first } : null;
}

/** The subject written before the verb at `verbIndex` (not after it), with how it is tied to the verb. */
function subjectBefore(doc: TextDocument, verbIndex: number, floor: number, depth: number): CueSource | null {
  let i = verbIndex - 1;
  // The phrase first found, kept when nothing better lies past an adjunct.
  let found: CueSource | null = null;
  for (let adjuncts = 0; ; adjuncts++) {
    while (
      i >= floor &&
      (isVerbGroupWord(doc.tokens[i] as Token) ||
        isOnOfGoOn(doc.tokens, i) ||
        isSinceAfterPerfect(doc.tokens, i) ||
        isRaisingPassiveOrPerfect(doc.tokens, i))
    )
      i--;
    const before = doc.tokens[i];
    if (!before || i < floor) return found;
    // "Sen. Ada Lind (D-Ore.) on Monday criticized": a bracketed aside belongs to the name before it.
    if (before.text === ')') {
      const open = openingBracket(doc, i, floor);
      if (open < 0) return found;
      const name = nounPhraseEndingAt(doc, open, floor);
      return name ? { subject: name, link: 'subject', start: name.first } : found;
    }
    if (SUBJECT_PRONOUNS.has(before.lower) && before.pos === 'PRON') return plainSubject({ first: i, end: i + 1 });
    // "all the experts I interviewed said", "the man she met told": a relative clause with no pronoun of its own
    // between the subject's noun and the cue.
    const contact = contactClauseSubject(doc, i, floor);
    if (contact) return plainSubject(contact);
    // "One of them went as far as to say": a part of a group named by a pronoun.
    const part = doc.tokens[i - 2];
    const partOfPronoun =
      OBJECT_PRONOUNS.has(before.lower) && doc.tokens[i - 1]?.lower === 'of' && part && part.index >= floor;
    if (partOfPronoun && isPartitive(part.lower)) return plainSubject({ first: part.index, end: i + 1 });
    const both = before.pos === 'NOUN' || before.pos === 'PROPN' ? firstOfBoth(doc, i, floor) : null;
    if (both) return both;
    // "Noel and Thomas both acknowledged": two names joined by "and" are one subject.
    if (before.pos === 'PROPN') {
      const second = nounPhraseEndingAt(doc, i + 1, floor);
      const joiner = second ? doc.tokens[second.first - 1] : undefined;
      if (second && joiner?.lower === 'and' && doc.tokens[second.first - 2]?.pos === 'PROPN') {
        const firstName = nounPhraseEndingAt(doc, second.first - 1, floor);
        if (firstName && isNamePhrase(doc, firstName)) return plainSubject({ first: firstName.first, end: second.end });
      }
    }
    // "families of the victims, many of whom say …": a part of the antecedent's group speaks for it.
    const partOfAntecedent = partitiveRelativeAntecedent(doc, i, floor);
    if (partOfAntecedent) return { subject: partOfAntecedent, link: 'relative', start: i - 2 };
    if (
      RELATIVE_PRONOUNS.has(before.lower) &&
      (before.pos === 'PRON' || before.pos === 'DET' || before.pos === 'SCONJ')
    ) {
      // "Weaver, who said …", "Clinton — who’s called for …", "officials who said …": the antecedent speaks.
      const antecedentEnd = doc.tokens[i - 1]?.text === ',' || isDash(doc, i - 1) ? i - 1 : i;
      const nearest = nounPhraseEndingAt(doc, antecedentEnd, floor);
      if (!nearest) return null;
      const antecedent = beforeTimeOfParticiple(doc, nearest, floor) ?? nearest;
      // "Overshadowing the remarks was a BBC report … that claimed …": a message says what it says itself, whatever
      // it is the predicate of.
      const message = doc.tokens.slice(antecedent.first, antecedent.end).some(isMessageNoun);
      const described =
        (message ? null : subjectOfPredicateNoun(doc, antecedent, floor, depth)) ??
        nameBeforeAppositive(doc, antecedent, floor) ??
        issuerOfMessage(doc, antecedent, floor, depth);
      return { subject: described ?? antecedent, link: 'relative', start: i };
    }
    if (COORDINATORS.has(before.lower) && i > floor) {
      // "Weaver, who met reporters and said …": a finite verb joined to a relative clause's verb shares its subject;
      // after a comma or a dash closing the relative clause ("…, which let him go in 2015, and said …") the main
      // clause's.
      const closed = doc.tokens[i - 1]?.text === ',' || isDash(doc, i - 1);
      const joinsRelative = !(doc.tokens[verbIndex] as Token).lower.endsWith('ing') && !closed;
      const subject = subjectOfEarlierVerb(doc, i, floor, depth, joinsRelative);
      return subject ? { subject, link: 'coordinated', start: i } : null;
    }
    if (before.text === ',') {
      if (isQuoteMark(doc.tokens[i - 1])) return found;
      // "As many tax experts, including Mr. Goldberg, have pointed out": the members named belong to the group
      // before them, which is the subject.
      const inclusion = openingComma(doc, i, floor);
      if (inclusion !== null && INCLUSION_WORDS.has(doc.tokens[inclusion + 1]?.lower ?? '')) {
        i = inclusion - 1;
        continue;
      }
      const chain = subjectBeforeParentheticals(doc, i, floor);
      const subject: CueSource | null = chain ? { subject: chain.subject, link: 'subject', start: chain.start } : found;
      if (subject) return subject;
      // "Kasich offered the man a job, then says …": a verb after a comma goes on the clause before it.
      const earlier = subjectOfEarlierVerb(doc, i, floor, depth);
      return earlier ? { subject: earlier, link: 'coordinated', start: i + 1 } : null;
    }
    // "Gingrich — mentioned by Newsmax as a running mate — told …": a parenthetical between dashes.
    if (isDash(doc, i)) {
      const opening = openingDash(doc, i, floor);
      const subject = opening === null ? null : nounPhraseEndingAt(doc, opening, floor);
      return subject ? plainSubject(subject) : found;
    }
    if (isQuoteMark(before)) return nameBeforeTitleAppositive(doc, i, floor) ?? found;
    const phrase = nounPhraseEndingAt(doc, i + 1, floor);
    // "Holm was caught on a hot mic telling Berg …": past an adjunct, the verb the participle goes with has
    // the subject.
    const participleCue = (doc.tokens[verbIndex] as Token).lower.endsWith('ing');
    // Not "dubbed himself over footage of Holm talking about …": a name ending the adjunct does the talking.
    const adjunctEndsInName = found !== null && (doc.tokens[found.subject.end - 1] as Token).pos === 'PROPN';
    if (found && participleCue && !adjunctEndsInName && (before.pos === 'VERB' || before.pos === 'AUX') && !phrase) {
      const clauseSubject = subjectOfEarlierVerb(doc, i + 1, floor, depth);
      if (clauseSubject) return { subject: clauseSubject, link: 'participial', start: verbIndex };
    }
    // "Those close to him say …": an object pronoun ends the complement of the subject's adjective.
    if (!phrase && PERSONAL_OBJECTS.has(before.lower) && found === null) {
      const around = subjectAroundPostmodifier(doc, { first: i, end: i + 1 }, floor);
      if (around) return plainSubject(around);
    }
    // "The tenants who wrote to the landlord on Monday said": past an adjunct, a pronoun inside a relative clause.
    if (!phrase || !hasHead(doc, phrase))
      return (
        found && plainSubject(subjectAroundPostmodifier(doc, found.subject, floor, participleCue) ?? found.subject)
      );
    // "… from donors after Sanders endorsed him": a name right after a word that also opens a clause is that
    // clause's subject, not an adjunct to look past ("Ruth Hale after the vote said" keeps its subject).
    if (
      found === null &&
      CLAUSE_PREPOSITIONS.has(doc.tokens[phrase.first - 1]?.lower ?? '') &&
      isNamePhrase(doc, phrase)
    )
      return plainSubject(phrase);
    // "Mayor Dan Cole in his budget speech promised": a possessive opens the adjunct's phrase.
    const subject = afterPossessiveInAdjunct(doc, phrase);
    // "…,” Jack Garner, film critic for Gannet News Service said": a title after a name and a comma.
    const name = titledName(doc, subject, floor);
    if (name) return plainSubject(name);
    // "Trump on Friday morning said", "the ministry in a statement said": look past the adjunct; "A news report
    // published Wednesday said": and past the participle it goes with.
    if (adjuncts < MAX_ADJUNCTS_BEFORE_VERB && subject.first > floor && isAdjunct(doc, subject)) {
      found ??= plainSubject(subject);
      const preposition = doc.tokens[subject.first - 1] as Token;
      i =
        ADJUNCT_PREPOSITIONS.has(preposition.lower) || preposition.lower === 'by'
          ? subject.first - 2
          : subject.first - 1;
      const participle = doc.tokens[i];
      if (participle && participle.pos === 'VERB' && PARTICIPLE.test(participle.lower)) i--;
      continue;
    }
    // "a braking system called positive train control", "money from a charity called the …": a phrase that is a
    // verb's or a preposition's object, then a participle that names it.
    const governor = doc.tokens[subject.first - 1];
    const byPreposition =
      governor?.pos === 'ADP' &&
      /^(?:a|an|the)$/.test((doc.tokens[subject.first] as Token).lower) &&
      subject.end === verbIndex;
    const governed = governor !== undefined && (governor.pos === 'VERB' || byPreposition);
    if (isNamingParticiple(doc.tokens[verbIndex] as Token) && governed && governor.index >= floor) return found;
    // "A few months after Mayor Ruth Hale announced": a stretch of time is no speaker; the name after it is.
    if (found && isTimePhrase(doc, subject)) return found;
    // "McCain issued a statement after Donald Trump told …": a verb's object is no subject; "after" opens a clause
    // of its own, whose subject is the phrase after it.
    const opener = found ? doc.tokens[found.subject.first - 1]?.lower : undefined;
    if (opener && CLAUSE_PREPOSITIONS.has(opener) && governor?.pos === 'VERB' && governor.index >= floor) return found;
    const antecedent =
      antecedentOfRelativeObject(doc, subject, floor) ?? subjectAroundPostmodifier(doc, subject, floor, participleCue);
    // "Jarret Brachman, consultant to the US government on terrorism said": the title with its post-modifier,
    // after a name and a comma, and no comma closing it.
    const titled = antecedent ? titledName(doc, antecedent, floor) : null;
    return plainSubject(titled ?? antecedent ?? subject);
  }
}

const RELATIVE_VERB_GROUP = new Set(['AUX', 'VERB', 'ADV', 'PART']);

/**
 * "The report which had the stamp Secret on every page detailed …", "The man who owns the bakery said …": the
 * phrase before the verb is the object of a relative clause without commas; the clause's antecedent, opening the
 * sentence's clause, is the subject.
 */
function antecedentOfRelativeObject(doc: TextDocument, phrase: Phrase, floor: number): Phrase | null {
  let k = phrase.first - 1;
  while (k > floor && RELATIVE_VERB_GROUP.has((doc.tokens[k] as Token).pos)) k--;
  const pronoun = doc.tokens[k];
  if (k === phrase.first - 1 || !pronoun || (pronoun.lower !== 'which' && pronoun.lower !== 'who')) return null;
  const antecedent = nounPhraseEndingAt(doc, k, floor);
  return antecedent && opensClause(doc, antecedent.first, floor) ? antecedent : null;
}

// Adjectives that take a complement after a subject's noun: "officials familiar with …", "sources close to …".
const POSTMODIFYING_ADJECTIVES = new Set([
  'familiar',
  'close',
  'privy',
  'loyal',
  'opposed',
  'sympathetic',
  'knowledgeable',
  'allied',
  'connected',
  'linked',
]);
/** "familiar" in "officials familiar with the plan": an adjective whose complement follows the noun it modifies. */
export function isPostmodifyingAdjective(word: string): boolean {
  return POSTMODIFYING_ADJECTIVES.has(word.toLowerCase());
}

// Prepositions that open a post-modifier of a noun ("the head of the delegation to the talks").
const POSTMODIFIER_PREPOSITIONS = new Set(['to', 'with', 'from', 'of', 'for', 'on', 'in', 'at', 'about', 'over']);

/**
 * "Port officials familiar with the ledger seized from the harbour master's office said", "sources privy to the talks
 * said", "the deputy head of the Danish delegation to the summit said", "the tenants who wrote to the landlord said": the phrase
 * before the verb lies inside a post-modifier of the subject's noun (an adjective's or a participle's complement,
 * a prepositional phrase, a relative clause). The subject is the phrase opening the clause: with its modifiers
 * up to the verb, or without a relative clause.
 */
function subjectAroundPostmodifier(
  doc: TextDocument,
  phrase: Phrase,
  floor: number,
  /** The cue is a participle, which may modify a noun inside the post-modifier. */
  participleCue = false,
): Phrase | null {
  // "An email from a firm to the minister advises": the sender speaks (senderOfMessage).
  if (senderOfMessage(doc, phrase, floor)) return null;
  let crossedVerb = false;
  for (let k = phrase.first - 1; k > floor && phrase.first - k <= MAX_PARENTHETICAL_TOKENS; k--) {
    const token = doc.tokens[k] as Token;
    const previous = doc.tokens[k - 1] as Token;
    // "the Center for Strategic and International Studies": "and" between capitals is inside a name, unless a
    // person's name or title follows it ("… of the University of Chicago and Professor Knittel").
    const after = doc.tokens[k + 1]?.text ?? '';
    const insideName =
      token.pos === 'CCONJ' &&
      isCapitalisedAt(doc, k - 1) &&
      isCapitalisedAt(doc, k + 1) &&
      !isGivenName(after) &&
      !isRoleHeadWord(after) &&
      honorificGender(after) === undefined;
    if (token.quote >= 0 || token.pos === 'PUNCT' || (token.pos === 'CCONJ' && !insideName) || isQuoteMark(token))
      return null;
    const afterNoun = previous.pos === 'NOUN' || previous.pos === 'PROPN';
    if ((token.lower === 'who' || token.lower === 'that') && afterNoun) {
      const antecedent = crossedVerb ? nounPhraseEndingAt(doc, k, floor) : null;
      // "residents in Dover, Delaware who were voting …": a place's tail after a comma opens no clause.
      const opens = antecedent !== null && opensClause(doc, antecedent.first, floor) && !isPlaceTail(doc, antecedent);
      return opens ? antecedent : null;
    }
    // "Evan Kohlmann, who tracks jihadi Web sites for NBC News said": a relative clause after a name and a comma,
    // with no comma closing it; the name opening the clause speaks. Not for a participle ("…, who released
    // documents through WikiLeaks detailing abuses"), which may modify the noun before it.
    if (token.lower === 'who' && previous.text === ',' && crossedVerb && !participleCue) {
      const name = phraseBeforeComma(doc, k - 1, floor);
      return name && isNamePhrase(doc, name) && opensClause(doc, name.first, floor) ? name : null;
    }
    // "a topic on which the mayor has spoken": a relative clause the cue's subject opens itself.
    if (token.lower === 'which' || token.lower === 'whom' || token.lower === 'whose') return null;
    // "Articles in academic journals including The Lancet have …": "including" opens a post-modifier too.
    const opensPostmodifier =
      (token.pos === 'ADP' && POSTMODIFIER_PREPOSITIONS.has(token.lower)) || token.lower === 'including';
    if (opensPostmodifier && !crossedVerb) {
      // A participle ("the ledger seized from …") only inside the chain: "the mayor called on …" opening the
      // clause is a finite verb.
      const participle = previous.pos === 'VERB' && PARTICIPLE.test(previous.lower);
      const modified = POSTMODIFYING_ADJECTIVES.has(previous.lower) || participle;
      const head = modified ? doc.tokens[k - 2] : previous;
      // "those familiar with the talks": a demonstrative stands for the people described.
      const those = modified && head?.lower === 'those';
      if (head && (head.pos === 'NOUN' || head.pos === 'PROPN' || those) && head.index >= floor) {
        const subject = nounPhraseEndingAt(doc, head.index + 1, floor);
        if (subject && opensClause(doc, subject.first, floor))
          return participle ? null : { first: subject.first, end: phrase.end };
        // A phrase inside the post-modifier of another: go on from its start.
        if (subject) k = subject.first;
      }
      continue;
    }
    // "A new study documenting iodine levels in children has revealed": a participle in "-ing" right after a noun
    // opens its post-modifier (a reduced relative clause, Quirk et al. 1985 §17.27); the noun's phrase opening the
    // clause is the subject.
    if (!crossedVerb && token.pos === 'VERB' && token.lower.endsWith('ing') && afterNoun) {
      const head = nounPhraseEndingAt(doc, k, floor);
      if (head && opensClause(doc, head.first, floor)) return { first: head.first, end: phrase.end };
    }
    if (token.pos === 'VERB' || token.pos === 'AUX') crossedVerb = true;
  }
  return null;
}
