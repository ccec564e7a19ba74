import { remembered } from './remembered.ts';
import type { ExtractedRole, Gender, RoleKind } from './types.ts';
import roleWords from './data/role-words.json' with { type: 'json' };
import {
  countryNamed,
  countryOfDemonym,
  knownOrganization,
  isOrganizationHead,
  isPersonNoun,
  singularForms,
} from './gazetteer.ts';

interface HeadPhrase {
  words: string[];
  kind: RoleKind;
}

// Longest phrases first, so "prime minister" wins over "minister" and "vice president" over "president".
const headPhrases: HeadPhrase[] = roleWords.heads
  .flatMap((h) => h.words.map((w) => ({ words: w.split(' '), kind: h.kind as RoleKind })))
  .sort((a, b) => b.words.length - a.words.length);
const headWords = new Set(headPhrases.flatMap((h) => h.words));
// Words that can end a head phrase: "president" does, "vice" does not.
// "state" ends "secretary of state", "parliament" ends "member of parliament", but they name far more bodies
// ("Colorado State University", "European Parliament"): a word that heads a body's name ends no title alone.
const headEndWords = new Set(
  headPhrases.map((h) => h.words[h.words.length - 1] as string).filter((w) => w !== 'state' && !isOrganizationHead(w)),
);
// Neighbouring words inside one title phrase: "secretary general", "prime minister".
const headBigrams = new Set(headPhrases.flatMap((h) => h.words.slice(1).map((w, i) => `${h.words[i]} ${w}`)));
const modifiers = new Set(roleWords.modifiers);
const honorifics = new Map(Object.entries(roleWords.honorifics as Record<string, Gender | null>));

const ABBREVIATIONS: Record<string, string> = {
  'sen.': 'Senator',
  'rep.': 'Representative',
  'del.': 'Delegate',
  // "Sens. Ann Lee and Tom Hale": a plural title before names gives each of them the title.
  'sens.': 'Senator',
  'reps.': 'Representative',
  'gov.': 'Governor',
  'gen.': 'General',
  'adm.': 'Admiral',
  'col.': 'Colonel',
  'lt.': 'Lieutenant',
  'sgt.': 'Sergeant',
  'prof.': 'Professor',
  'capt.': 'Captain',
  'cmdr.': 'Commander',
  'maj.': 'Major',
  'cpl.': 'Corporal',
  'pvt.': 'Private',
  'lt.col.': 'Lieutenant Colonel',
  'supt.': 'Superintendent',
  'det.': 'Detective',
  'insp.': 'Inspector',
  'atty.': 'Attorney',
  'rev.': 'Reverend',
  'fr.': 'Father',
  'msgr.': 'Monsignor',
  'amb.': 'Ambassador',
  'sec.': 'Secretary',
  'pres.': 'President',
  // British usage writes contractions without a stop (New Hart's Rules §10.2.1): "Sgt Ron Long", "Det Insp Tom
  // Reyes", "Cllr Mark Bell".
  supt: 'Superintendent',
  sgt: 'Sergeant',
  capt: 'Captain',
  lt: 'Lieutenant',
  col: 'Colonel',
  cpl: 'Corporal',
  pte: 'Private',
  brig: 'Brigadier',
  cdr: 'Commander',
  det: 'Detective',
  insp: 'Inspector',
  ch: 'Chief',
  cllr: 'Councillor',
  prof: 'Professor',
};
const COMPLEMENT_WORDS = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'to', 'on']);
const LOWERCASE_IN_TITLES = new Set(['of', 'to', 'for', 'the', 'and', 'former', 'at', 'on']);

// Nouns of kinship: a relation to another person, who is named with it ("al-Megrahi's brother").
const KIN_NOUNS = new Set(
  (
    'father mother parent brother sister sibling son daughter child husband wife spouse partner uncle aunt ' +
    'nephew niece cousin grandfather grandmother grandson granddaughter stepfather stepmother stepson ' +
    'stepdaughter fiance fiancee widow widower'
  ).split(' '),
);

export function isKinNoun(word: string): boolean {
  return KIN_NOUNS.has(word.toLowerCase());
}

export function isRoleHeadWord(word: string): boolean {
  return headWords.has(word.toLowerCase());
}

/** A word that can end a role title: "minister", "general", but not "vice". */
export function endsRoleTitle(word: string): boolean {
  return headEndWords.has(word.toLowerCase());
}

export function isTitleModifier(word: string): boolean {
  return modifiers.has(word.toLowerCase());
}

/** "Mr." → male, "Dr." → null (an honorific without gender); undefined when not an honorific. */
export function honorificGender(word: string): Gender | null | undefined {
  return honorifics.get(word.toLowerCase());
}

// Head phrases by their first word (in the order above), so a title costs one lookup per word.
const headPhrasesByFirstWord = new Map<string, HeadPhrase[]>();
for (const phrase of headPhrases) {
  const first = phrase.words[0] as string;
  const list = headPhrasesByFirstWord.get(first);
  if (list) list.push(phrase);
  else headPhrasesByFirstWord.set(first, [phrase]);
}

/** The head phrase of a title: the longest role phrase in the part before its complement ("of the …"). */
export function findRoleHead(title: string): { start: number; end: number; kind: RoleKind } | null {
  const written = title.split(/\s+/).filter(Boolean);
  return curatedHead(
    written.map((word) => word.toLowerCase()),
    complementStart(written),
  );
}

const CAPITALISED_WORD = /^\p{Lu}/u;

/**
 * Where a title's complement starts ("leader | of the party"): its first complement word, or its length. In a title
 * that ends on a lower-case head after a body's name ("Bank of America analyst", "Joint Council for the Welfare of
 * Immigrants campaigner"), a connector between capitalised words is the name's own, no complement of the head.
 */
function complementStart(written: string[]): number {
  const endsLowerCase = !CAPITALISED_WORD.test(written[written.length - 1] ?? '');
  for (let i = 1; i < written.length; i++) {
    const word = (written[i] as string).toLowerCase();
    if (!COMPLEMENT_WORDS.has(word)) continue;
    const after = written[i + 1] === 'the' ? written[i + 2] : written[i + 1];
    // "Bank of America analyst": a connector between capitalised words inside the name of a body; not after a noun
    // for a person, which heads the title ("Security Professional with the Black Lotus team").
    const before = written[i - 1] ?? '';
    const insideName =
      endsLowerCase && CAPITALISED_WORD.test(before) && CAPITALISED_WORD.test(after ?? '') && !isPersonNoun(before);
    if (!insideName) return i;
  }
  return written.length;
}

/**
 * The head of a title as `findRoleHead` finds it, or else any noun for a person ending the title's core
 * ("billionaire investor", "pastor", "the victim's mother"), as a role of no special kind.
 */
export function findTitleHead(title: string): { start: number; end: number; kind: RoleKind } | null {
  const curated = findRoleHead(title);
  if (curated) return curated;
  const written = title.split(/\s+/).filter(Boolean);
  const words = written.map((word) => word.toLowerCase());
  const coreEnd = complementStart(written);
  // "co-founder": the last part of a hyphenated word is its head.
  const last = (words[coreEnd - 1] ?? '').replace(/['’]s$/, '');
  const head = last.slice(last.lastIndexOf('-') + 1);
  const hyphenated = head !== last ? curatedHead([head], 1) : null;
  if (hyphenated) return { start: coreEnd - 1, end: coreEnd, kind: hyphenated.kind };
  return isPersonNoun(last) || isPersonNoun(head) ? { start: coreEnd - 1, end: coreEnd, kind: 'OTHER' } : null;
}

function curatedHead(words: string[], coreEnd: number): { start: number; end: number; kind: RoleKind } | null {
  let best: { start: number; end: number; kind: RoleKind } | null = null;
  for (let i = 0; i < coreEnd; i++) {
    const phrases = headPhrasesByFirstWord.get(words[i] as string);
    if (!phrases) continue;
    for (const phrase of phrases) {
      const end = i + phrase.words.length;
      if (end > words.length) continue;
      if (!phrase.words.every((w, k) => words[i + k] === w)) continue;
      // Prefer the head ending rightmost in the core ("Defense Minister"), the longest on ties ("Prime Minister").
      if (!best || end > best.end || (end === best.end && i < best.start)) best = { start: i, end, kind: phrase.kind };
    }
  }
  return best;
}

/** Drops a sentence's trailing punctuation but keeps an abbreviation's period ("R-Neb.", "U.S."). */
function trimTrailingPunctuation(text: string): string {
  const trimmed = text.trim().replace(/[,;:]+$/, '');
  const lastWord = trimmed.slice(trimmed.lastIndexOf(' ') + 1);
  const isAbbreviation = /^\p{Lu}[\p{L}.-]{0,5}\.$/u.test(lastWord) && lastWord.length <= 7;
  return trimmed.endsWith('.') && !isAbbreviation ? trimmed.slice(0, -1) : trimmed;
}

function stripDeterminer(text: string): string {
  // "Another expert, Bong Young-shik": "another" only says the story has named one before; "One protester, Kim
  // In-seok," that the story picks one of many (not "One Nation leader", a party's).
  return text.replace(/^(?:a|an|the|another)\s+/i, '').replace(/^[Oo]ne\s+(?=\p{Ll})/u, '');
}

/** "NATO's secretary general" → owner "NATO", rest "secretary general". */
function splitPossessiveOwner(text: string): { owner: string | null; rest: string } {
  const match = /^([\p{L}][\p{L}.\s-]{0,40}?)['’]s\s+(.+)$/u.exec(text);
  // "lawyer representing some of Epstein’s accusers": a possessive inside a complement is not the owner.
  if (!match || /\s(?:of|for|at|to|with|representing)\s/i.test(match[1] ?? '')) return { owner: null, rest: text };
  return { owner: match[1] ?? null, rest: match[2] ?? text };
}

// "Sens. Ann Lee and Tom Hale": a plural abbreviation gives each one the title in the singular, written out.
const PLURAL_ABBREVIATIONS = new Set(['sens.', 'reps.']);

/** An abbreviation the written title keeps: "Sen.", "Lt. Gen."; not the plural "Sens.". */
function keepsWritten(word: string): boolean {
  const lower = word.toLowerCase();
  return ABBREVIATIONS[lower] !== undefined && !PLURAL_ABBREVIATIONS.has(lower);
}

function expandAbbreviations(words: string[]): string[] {
  return words.map((w) => ABBREVIATIONS[w.toLowerCase()] ?? w);
}

function titleCase(words: string[]): string[] {
  return words.map((w, i) =>
    (i > 0 && LOWERCASE_IN_TITLES.has(w.toLowerCase())) || w.toLowerCase() === 'former'
      ? w.toLowerCase()
      : w.charAt(0).toUpperCase() + w.slice(1),
  );
}

// Heads that describe rather than entitle: "a senior NATO official" stays lower case.
const DESCRIPTIVE_HEADS = new Set([
  'official',
  'officials',
  'officer',
  'officers',
  'analyst',
  'analysts',
  'expert',
  'experts',
  'lawmaker',
  'lawmakers',
  'leader',
  'aide',
  'adviser',
  'advisor',
  'diplomat',
  'diplomats',
  'soldier',
  'soldiers',
  'agent',
  'guard',
  'head',
  'coach',
]);

/** A formal title ("Ukrainian president", "secretary general") is short and made of title words and names. */
function isFormalTitle(words: string[], head: { start: number; end: number }): boolean {
  if (words.length > 6) return false;
  if (DESCRIPTIVE_HEADS.has((words[head.end - 1] ?? '').toLowerCase())) return false;
  return words.every(
    (w) =>
      isRoleHeadWord(w) ||
      isTitleModifier(w) ||
      LOWERCASE_IN_TITLES.has(w.toLowerCase()) ||
      /^[\p{Lu}]/u.test(w) ||
      countryOfDemonym(w) !== undefined,
  );
}

function findCountry(words: string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const two = i + 1 < words.length ? `${w} ${words[i + 1]}` : '';
    const country = (two && (countryNamed(two) || countryOfDemonym(two))) || countryNamed(w) || countryOfDemonym(w);
    if (country) return country.name;
  }
  return null;
}

const ORGANIZATION_CONNECTORS = new Set(['of', 'on', 'for', 'the', 'and']);

// "two-term president", "first-time mayor": a tenure counted, no body named.
const TENURE = /-(?:term|time)$/i;
// Words that place a title in time or rank, never a firm's name: "Former Chief Executive", "Interim Chair".
const OFFICE_PREMODIFIERS = new Set(
  'former acting interim then new longtime current incoming outgoing founding co senior joint executive'.split(' '),
);

/** A word placing a title in time or rank ("former", "acting", "deputy"), which names no body. */
function placesTitle(word: string): boolean {
  return OFFICE_PREMODIFIERS.has(word.toLowerCase()) || isTitleModifier(word);
}

/**
 * "Best Buy Chief Executive", "Silver Lake Founder": the capitalised words opening an executive's title name the
 * firm, as a title opened by a country ("U.S. Ambassador") names the state. A person's name opening another
 * title ("Trump Spokeswoman") is the person served, so only the heads of firms (EXECUTIVE) are read so.
 */
function firmOpeningTitle(words: string[], head: { start: number; kind: RoleKind } | null): string | null {
  if (head?.kind !== 'EXECUTIVE' || head.start === 0) return null;
  // "then-Intel CEO", "ex-Compaq chairman": the prefix places the title in time.
  const run = words.slice(0, head.start).map((word, i) => (i === 0 ? word.replace(/^(?:then|ex)-/i, '') : word));
  const named = run.every((word) => /^\p{Lu}/u.test(word) && !placesTitle(word));
  if (!named || findCountry(run)) return null;
  // One capitalised word may just open the sentence ("Campaign chair Paul Manafort"): it names a firm only as
  // an acronym ("DNC Chair") or a firm known by name.
  if (run.length === 1) return ACRONYM.test(run[0]!) ? run[0]! : (knownOrganization(run[0]!) ?? null);
  return run.join(' ');
}
const ACRONYM = /^\p{Lu}[\p{Lu}&.]+$/u;

const CAPITALISED = /^\p{Lu}/u;

function capitalised(word: string): boolean {
  return CAPITALISED.test(word);
}

/** A known organisation in the words, else a capitalised run holding an organisation word ("Council on Foreign Relations"). */
function findOrganization(words: string[], owner: string | null): string | null {
  if (owner && !countryNamed(owner)) return knownOrganization(owner) ?? owner;
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.min(words.length, i + 6); j > i; j--) {
      const known = knownOrganization(words.slice(i, j).join(' '));
      if (known && capitalised(words[i] as string)) return known;
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (!capitalised(words[i] as string)) continue;
    let j = i + 1;
    while (
      j < words.length &&
      (capitalised(words[j] as string) ||
        (ORGANIZATION_CONNECTORS.has(words[j] as string) && capitalised(words[j + 1] ?? '')))
    )
      j++;
    const run = words.slice(i, j);
    while (run.length > 1 && headEndWords.has((run[run.length - 1] as string).toLowerCase())) run.pop();
    if (run.some(isOrganizationHead)) return run.join(' ');
    i = j - 1;
  }
  return null;
}

/**
 * The one place a role title is normalised and classified: trims articles, expands "Sen." style
 * abbreviations, title-cases formal titles ("the Ukrainian president" → "Ukrainian President"),
 * and finds the RoleKind, country and organisation. Used by extraction and by query filters alike.
 */
// Words a title never ends with: "leader of", "Ambassador to the", "Man of the" are cut titles.
const DANGLING = /\s(?:of|to|for|the|and|at|on|in|with|from|a|an)$/i;

/** A title cut short ("leader of", "Chairman of the"): the words it governs are missing. */
export function isCutTitle(title: string): boolean {
  return DANGLING.test(title.trim());
}

export function normalizeRole(raw: string): ExtractedRole {
  return { ...normalizedRole(raw) };
}

const MAX_MEMOISED_ROLES = 5000;
// Titles repeat within and across articles; the memo is bounded so a stream of articles cannot grow it.
const normalizedRole = remembered(MAX_MEMOISED_ROLES, normalizeRoleUncached);

function normalizeRoleUncached(raw: string): ExtractedRole {
  const cleaned = stripDeterminer(trimTrailingPunctuation(raw.replace(/\s+/g, ' ')));
  const { owner, rest } = splitPossessiveOwner(cleaned);
  const asWritten = rest.split(' ').filter(Boolean);
  let words = expandAbbreviations(asWritten);
  const head = findTitleHead(words.join(' '));
  // Read before title case, which would make "campaign chair" look like a firm's.
  const firm = firmOpeningTitle(words, head);
  if (head && isFormalTitle(words, head)) words = titleCase(words);
  // The owner stays in the title: "Tunisia's coach", "the club's president" are not any coach or president.
  const ownerPrefix = owner ? `${owner}${cleaned.charAt(owner.length)}s ` : '';
  const title = ownerPrefix + words.join(' ');
  // "Sen.", "Det Ch Insp": the abbreviations the title writes out, as the article wrote them.
  const written =
    ownerPrefix + words.map((word, i) => (keepsWritten(asWritten[i] as string) ? asWritten[i] : word)).join(' ');
  const country = findCountry(owner ? [owner, ...words] : words);
  const organization = findOrganization(words, owner) ?? firm;
  return {
    title,
    written,
    kind: head ? refineKind(head.kind, words, head, country) : 'OTHER',
    organization,
    country,
  };
}

/** A "president" of something that is not a country (a union, a think tank) is not a head of state. */
function refineKind(
  kind: RoleKind,
  words: string[],
  head: { start: number; end: number },
  country: string | null,
): RoleKind {
  if (kind !== 'HEAD_OF_STATE') return kind;
  const complement = words.slice(head.end).join(' ');
  if (complement && !countryNamed(complement.replace(/^(?:of|the)\s+/gi, ''))) return country ? kind : 'OFFICIAL';
  // "Labour leader", "union president": a body named before the head, with no country, leads that body. Words
  // placing the title in time or rank ("former President", "Vice President") name none.
  const body = words.slice(0, head.start).filter((word) => !placesTitle(word) && !TENURE.test(word));
  if (body.length > 0 && !country) return 'OFFICIAL';
  return kind;
}

/**
 * Splits a run of title words into titles at a head followed by a new title's start:
 * "Democratic presidential nominee Vice President" → ["Democratic presidential nominee", "Vice President"].
 */
export function splitTitles(words: string[]): string[][] {
  const titles: string[][] = [];
  let current: string[] = [];
  // "Lt. Gen.": abbreviations are read as the words they stand for ("Lieutenant General" is one title).
  const expanded = expandAbbreviations(words).map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    current.push(words[i] as string);
    const word = expanded[i] as string;
    const next = expanded[i + 1];
    if (next === undefined) break;
    const endsHead = headEndWords.has(word);
    // "Executive director": a word that may also modify a head does so when a head follows.
    const modifiesNext = modifiers.has(word) && headWords.has(next);
    // "former coach and former test player": titles joined by "and" are one title of one person.
    const nextContinues =
      headBigrams.has(`${word} ${next}`) || COMPLEMENT_WORDS.has(next) || modifiesNext || next === 'and';
    if (endsHead && !nextContinues) {
      titles.push(current);
      current = [];
    }
  }
  if (current.length > 0) titles.push(current);
  return titles.filter((t) => findTitleHead(t.join(' ')) !== null);
}

/** "Senators Charles Grassley and Patrick Leahy": a plural title before names is each one's in the singular. */
export function singularTitle(words: string[]): string[] {
  const last = words[words.length - 1];
  // "Ambassador to the United States": a complement's last word is no head.
  if (!last || words.some((w) => COMPLEMENT_WORDS.has(w.toLowerCase()))) return words;
  const lower = last.toLowerCase();
  const singular = isRoleHeadWord(lower) ? undefined : singularForms(lower).find(isRoleHeadWord);
  if (!singular) return words;
  const cased = /^\p{Lu}/u.test(last) ? `${singular.charAt(0).toUpperCase()}${singular.slice(1)}` : singular;
  return [...words.slice(0, -1), cased];
}

/** Same title, ignoring case and articles: used to keep one role per title on an actor. */
export function sameRoleTitle(a: string, b: string): boolean {
  return roleTitleKey(a) === roleTitleKey(b);
}

function roleTitleKey(title: string): string {
  return stripDeterminer(title.toLowerCase()).replace(/[^\p{L}\p{N} ]/gu, '');
}
