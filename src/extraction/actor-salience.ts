import { tokenIndexAt, type TextDocument, type Token } from './text/document.ts';
import type { ActorRecord } from './actor-registry.ts';
import {
  isOrganizationHead,
  isOrganizationSuffix,
  isPersonNoun,
  isPlaceLikeHead,
  organizationKey,
} from './gazetteer.ts';
import { isRoleHeadWord } from './roles.ts';
import { isGivenName } from './given-names.ts';

// "in Australia", "across Europe", "at the Tate Gallery": a name after these is where something happens.
const LOCATIVE = new Set([
  'in',
  'across',
  'throughout',
  'within',
  'inside',
  'outside',
  'near',
  'around',
  'at',
  'from',
  'into',
  'via',
  'toward',
  'towards',
  'around',
  'beyond',
]);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/**
 * The mention at `start` names a place where something happens: "in Australia", "from the Museum of Flight";
 * `prepositions` narrows the ones that say so.
 */
export function isLocativeMention(
  doc: TextDocument,
  start: number,
  prepositions: ReadonlySet<string> = LOCATIVE,
): boolean {
  let i = tokenIndexAt(doc, start) - 1;
  const sentence = (doc.tokens[i + 1] as Token | undefined)?.sentence;
  if (doc.tokens[i]?.lower === 'the') i--;
  const before = doc.tokens[i];
  return before !== undefined && before.sentence === sentence && prepositions.has(before.lower);
}

// Capitals that name no body: time zones (the abbreviations of the IANA time zone database news uses), currencies
// (ISO 4217 codes) and illnesses and procedures named by their initials.
const NO_ACTOR_ABBREVIATIONS = new Set([
  'GMT',
  'UTC',
  'EST',
  'EDT',
  'CST',
  'CDT',
  'MST',
  'MDT',
  'PST',
  'PDT',
  'BST',
  'CET',
  'CEST',
  'JST',
  'AEST',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'AUD',
  'CAD',
  'CHF',
  'AIDS',
  'HIV',
  'SARS',
  'MERS',
  'CPR',
  'DNA',
]);

// Prepositions that put a body as the medium of what was said: "on Twitter", "via YouTube".
const MEDIUM_PREPOSITIONS = new Set(['on', 'via']);
// Verbs and nouns of putting words out (FrameNet Statement, Text_creation, Communication, and the media words
// of event-triggers.json's settings) whose "on" names the medium: "wrote on Twitter", "an interview on CNN".
const PUBLISHING_WORDS = new Set([
  'say',
  'tell',
  'write',
  'post',
  'tweet',
  'appear',
  'speak',
  'announce',
  'broadcast',
  'air',
  'publish',
  'share',
  'comment',
  'talk',
  'interview',
  'appearance',
  'statement',
  'video',
  'message',
  'remark',
  'show',
  'programme',
  'program',
]);

/**
 * The mention at `start`–`end` names the medium of words put out: "wrote on Twitter", "an interview on CNN", "a
 * video posted via YouTube"; not one addressed ("called on Citibank to …").
 */
function isMediumMention(doc: TextDocument, start: number, end: number): boolean {
  const first = tokenIndexAt(doc, start);
  const preposition = doc.tokens[first - 1];
  if (!preposition || !MEDIUM_PREPOSITIONS.has(preposition.lower)) return false;
  if (doc.tokens[tokenIndexAt(doc, end)]?.lower === 'to') return false;
  let k = first - 2;
  if (doc.tokens[k]?.pos === 'ADV') k--;
  const word = doc.tokens[k];
  return word !== undefined && word.sentence === preposition.sentence && PUBLISHING_WORDS.has(word.lemma);
}

// Prepositions that put a country as where someone is or comes from: "in Saudi Arabia", "a player from Brazil";
// not "to", "at" or "against", which name a side met ("lost to Mali", "fired missiles at Israel").
const PLACING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'inside',
  'within',
  'across',
  'throughout',
  'near',
  'from',
]);

/**
 * The mention of a country at `start`–`end` places another: an owner of a person, a title or a body ("South
 * Africa's former first lady", "Belgium's KU Leuven"), a modifier of one ("U.S. actor Bill Cosby", "U.S. Senator
 * John Cornyn"), the complement of one ("the president of Egypt"), or a place ("in Saudi Arabia").
 */
function placesOther(doc: TextDocument, start: number, end: number): boolean {
  if (isLocativeMention(doc, start, PLACING_PREPOSITIONS)) return true;
  // "the Cyber Security Centre of the UK", "the president of Egypt": "of" after a body's or a title's name.
  let before = tokenIndexAt(doc, start) - 1;
  if (doc.tokens[before]?.lower === 'the') before--;
  if (doc.tokens[before]?.lower === 'of' && namesSomeone(doc.tokens[before - 1])) return true;
  let k = tokenIndexAt(doc, end);
  if (POSSESSIVE.has(doc.tokens[k]?.lower ?? '')) k++;
  while (doc.tokens[k]?.pos === 'ADJ') k++;
  return namesSomeone(doc.tokens[k]);
}

/** A word that heads the name or title of a person or a body: "president", "Senator", "KU", "actor". */
function namesSomeone(token: Token | undefined): boolean {
  if (!token || (token.pos !== 'NOUN' && token.pos !== 'PROPN')) return false;
  const word = token.lower;
  return (
    isPersonNoun(word) ||
    isRoleHeadWord(word) ||
    isOrganizationHead(word) ||
    (token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text))
  );
}

/** The mention is the subject of a verb or an owner: "Australia announced", "the museum's director". */
function actsInMention(doc: TextDocument, end: number): boolean {
  const after = doc.tokens[tokenIndexAt(doc, end)];
  if (!after) return false;
  if (POSSESSIVE.has(after.lower)) return true;
  let next = after;
  if (next.pos === 'ADV') next = doc.tokens[next.index + 1] ?? next;
  return (next.pos === 'VERB' || next.pos === 'AUX') && next.sentence === after.sentence;
}

/** Kinds of actor that news names as settings as often as agents: countries, and bodies named as buildings. */
export function isSettingLike(actor: ActorRecord): boolean {
  return actor.kind === 'COUNTRY' || (actor.kind === 'ORGANIZATION' && isPlaceLikeHead(actor.name));
}

/**
 * Whether a named actor is an actor of the story. A country, a museum or an acronym no list knows is one
 * only when it does something there: it speaks, takes part in an event, owns something or is the subject of
 * a verb ("in Australia", "at the Riverside Museum", "at 10:00 GMT" only say where and when). A name met only
 * inside quotations is none. Other actors are kept as they are named.
 */
export function actsInStory(
  doc: TextDocument,
  actor: ActorRecord,
  speaks: boolean,
  takesPart: boolean,
  leads: boolean,
): boolean {
  // A country must lead an event ("Russian strikes …") or act itself: near an event, it is as often the
  // setting as a party.
  if (speaks) return true;
  // "South Africa's former first lady Graca Machel", "U.S. actor Bill Cosby", "the Cyber Security Centre of the
  // UK", "in Saudi Arabia": a country named only to place someone or somewhere is no party to what they do.
  if (actor.kind === 'COUNTRY' && actor.mentions.every((m) => placesOther(doc, m.start, m.end))) return false;
  // "at 10:00 GMT", "US$1.5 billion (USD)", "the AIDS epidemic": a time zone, a currency or an illness is no actor.
  if (NO_ACTOR_ABBREVIATIONS.has(actor.name)) return false;
  // "posted on Twitter", "said in an interview on CNN": a medium something was said through, unless it acts itself.
  if (actor.kind === 'ORGANIZATION' && !leads && actor.mentions.every((m) => isMediumMention(doc, m.start, m.end)))
    return false;
  // "the Campbell Soup cans": a name that only modifies a thing's noun is no party to what happens to it.
  if ((actor.kind === 'PERSON' || !isWellFormedName(actor)) && actor.mentions.every((m) => modifiesAThing(doc, m.end)))
    return false;
  if (leads || (takesPart && actor.kind !== 'COUNTRY')) return true;
  // "Big Guy", "Blue Eyed Arabs": nicknames inside someone's words are not actors of the story; a full name
  // or a body's name quoted there still is ("Commanders of the Korean People's Army were …").
  if (actor.mentions.every((m) => isQuoted(doc, m.start)) && !isWellFormedName(actor)) return false;
  if (ROMAN_NUMERAL.test(actor.name)) return false;
  // "the Kenyan government" is named in passing as often as it acts.
  const mustAct = isSettingLike(actor) || isUnknownAcronym(actor) || /\s\p{Ll}+$/u.test(actor.name);
  return (
    !mustAct ||
    actor.mentions.some(
      (m) => (!isLocativeMention(doc, m.start) && actsInMention(doc, m.end)) || receivesTransfer(doc, actor, m.start),
    )
  );
}

// Verbs of giving, whose "to" phrase names a recipient (B. Levin, English Verb Classes and Alternations, 1993:
// give-13.1, contribute-13.2 and future-having-13.3). Verbs of sending (send-11.1) and those that also move
// people or move themselves ("transferred to", "returned to", "assigned to", "left to") are left out: their
// "to" phrase is as often a destination ("Passengers were sent on to Millbrook Airport").
const TRANSFER_VERBS = new Set([
  // give-13.1
  'give',
  'lend',
  'loan',
  'rent',
  'sell',
  'lease',
  'pay',
  'refund',
  // contribute-13.2
  'contribute',
  'donate',
  'distribute',
  'disburse',
  'forfeit',
  'proffer',
  'surrender',
  // future-having-13.3
  'award',
  'allocate',
  'allot',
  'bequeath',
  'grant',
  'offer',
  'promise',
]);
const MAX_TOKENS_TO_TRANSFER_VERB = 8;
const MAX_LIST_TOKENS = 40;

/**
 * "the trainer will be given to the Harbor Air Museum", "sold to the Riverside Gallery, the Lakeside Museum and
 * the Hill Library": a body named as a building is a party when it is the recipient of a verb of giving, alone
 * or as a member of the list after that "to". Only such bodies: not countries, nor acronyms no list knows.
 */
function receivesTransfer(doc: TextDocument, actor: ActorRecord, start: number): boolean {
  if (actor.kind !== 'ORGANIZATION' || !isPlaceLikeHead(actor.name)) return false;
  const first = tokenIndexAt(doc, start);
  const sentence = doc.tokens[first]?.sentence;
  let i = first - 1;
  // Back over earlier members of a list: "to A, B and C".
  while (
    i > 0 &&
    first - i <= MAX_LIST_TOKENS &&
    doc.tokens[i]?.sentence === sentence &&
    doc.tokens[i]?.lower !== 'to'
  ) {
    const token = doc.tokens[i] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX' || (token.pos === 'PUNCT' && token.text !== ',')) return false;
    i--;
  }
  if (doc.tokens[i]?.lower !== 'to' || doc.tokens[i]?.sentence !== sentence) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_TOKENS_TO_TRANSFER_VERB; k--) {
    const token = doc.tokens[k] as Token;
    if (token.sentence !== sentence) return false;
    if (token.pos === 'VERB') return TRANSFER_VERBS.has(token.lemma);
  }
  return false;
}

const ROMAN_NUMERAL = /^[IVXLC]+$/;
// Bodies named by a lower-case noun after a name ("the Obama administration", "the FIA panel"), beside the
// organisation heads of the gazetteer.
const BODY_NOUNS = new Set(['administration', 'government', 'campaign', 'panel', 'family', 'staff', 'team', 'side']);

/**
 * The mention ending at `end` modifies the noun of a thing after it: "the Campbell Soup cans", "an average
 * Red Dwarf star", "the IMU system". A noun for a person, a title or a body keeps the name an actor ("a
 * Marussia spokesman", "the Obama administration").
 */
function modifiesAThing(doc: TextDocument, end: number): boolean {
  const next = doc.tokens[tokenIndexAt(doc, end)];
  const last = doc.tokens[tokenIndexAt(doc, end) - 1];
  if (!next || !last || next.sentence !== last.sentence || next.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.text))
    return false;
  const word = next.lower;
  return (
    !isPersonNoun(word) &&
    !isRoleHeadWord(word) &&
    !isOrganizationHead(word) &&
    !isOrganizationSuffix(word) &&
    !BODY_NOUNS.has(word)
  );
}
const ACRONYM = /^[\p{Lu}.&]{2,7}$/u;

/** "GMT", "USD", "DSB": capitals that no list knows and no full name in the story explains. */
function isUnknownAcronym(actor: ActorRecord): boolean {
  return (
    actor.kind === 'ORGANIZATION' &&
    ACRONYM.test(actor.name) &&
    actor.aliases.length === 0 &&
    organizationKey(actor.name) === undefined
  );
}

function isWellFormedName(actor: ActorRecord): boolean {
  const words = actor.name.split(/\s+/);
  if (actor.kind === 'PERSON') return words.length >= 2 && isGivenName(words[0] as string);
  return (
    actor.kind === 'ORGANIZATION' &&
    (organizationKey(actor.name) !== undefined || words.some((w) => isOrganizationHead(w.replace(/['’]s$/, ''))))
  );
}

function isQuoted(doc: TextDocument, start: number): boolean {
  return (doc.tokens[tokenIndexAt(doc, start)]?.quote ?? -1) >= 0;
}
