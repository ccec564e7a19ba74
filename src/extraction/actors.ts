import { remembered } from './remembered.ts';
import { tokenIndexAt, type Sentence, type TextDocument, type Token } from './text/document.ts';
import type { ActorKind, Gender } from './types.ts';
import { namesListedWithBodies, standsAlone, type ListMember } from './listed-names.ts';
import { isPartyLabel, isTitleComplement, type NameSpan } from './names.ts';
import { isInDateline } from './datelines.ts';
import { ActorRegistry, type ActorRecord } from './actor-registry.ts';
import { appositiveAfter, appositiveBefore } from './appositives.ts';
import {
  countryNamed,
  bodySeatedIn,
  countryOfCapital,
  countryOfDemonym,
  isOrganizationSuffix,
  isMemberNoun,
  isPersonNoun,
  isPlace,
  knownOrganization,
  organizationKey,
} from './gazetteer.ts';
import {
  endsRoleTitle,
  findRoleHead,
  honorificGender,
  isCutTitle,
  isKinNoun,
  isTitleModifier,
  normalizeRole,
  singularTitle,
  splitTitles,
} from './roles.ts';
import { genderOfGivenName, isGivenName } from './given-names.ts';
import { photoCreditSpans } from './credit-lines.ts';
import { facesBody, headsTeamTitle } from './match-sides.ts';

/**
 * The actor a linked name's tokens stand for, with the role title the mention gives. Made by a constructor rather
 * than an object literal: links live through the article, and V8 pretenured the literal's allocation site (see
 * ReadToken in text/document.ts).
 */
export class NameLink {
  actor: ActorRecord;
  name: NameSpan;
  roleTitle: string | null;
  constructor(actor: ActorRecord, name: NameSpan, roleTitle: string | null) {
    this.actor = actor;
    this.name = name;
    this.roleTitle = roleTitle;
  }
}

export interface NamedActors {
  registry: ActorRegistry;
  /** Place names (for events): "Brussels", "Manhattan". */
  places: NameSpan[];
  /** For each token of a linked name, the actor and the role title the mention gives. */
  actorAtToken: Map<number, NameLink>;
  /** Single capitalised words not linked to anyone; they become people when they speak ("Likud said"). */
  unlinked: NameSpan[];
  /** Each place name's place in `places`, by its first token: looked up per token, since a story may hold thousands. */
  placeOrderAt: Map<number, number>;
  /** The same for `unlinked`. */
  unlinkedOrderAt: Map<number, number>;
}

/** Each name's index in `names`, by its first token. */
function orderByFirstToken(names: NameSpan[]): Map<number, number> {
  const order = new Map<number, number>();
  names.forEach((name, index) => {
    if (!order.has(name.firstToken)) order.set(name.firstToken, index);
  });
  return order;
}

/** The token indexes from `first` to `end` (exclusive) of each name. */
function tokensOf(names: NameSpan[], firstOf: (n: NameSpan) => number, endOf: (n: NameSpan) => number): Set<number> {
  const tokens = new Set<number>();
  for (const n of names) for (let t = firstOf(n); t < endOf(n); t++) tokens.add(t);
  return tokens;
}

function nameWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const MAX_MEMOISED_NAMES = 10_000;

/** The lower-cased words of a name, memoised (bounded): every lookup compares against every person. */
const lowerNameWords = remembered(MAX_MEMOISED_NAMES, (name) =>
  // "Kim Jong-Un" and "Kim Jong Un" are one name.
  nameWords(name.toLowerCase().replace(/[-‐‑]/g, ' ')),
);

/** "Zelensky" is the tail of "Volodymyr Zelensky", "Hawk Sawyer" of "Kathleen Hawk Sawyer" (lower-cased words). */
function isTailOf(short: string[], long: string[]): boolean {
  if (short.length > long.length) return false;
  const offset = long.length - short.length;
  for (let i = 0; i < short.length; i++) if (short[i] !== long[offset + i]) return false;
  return true;
}

const INITIAL = /^\p{Lu}\.$|^\p{Lu}\.\p{Lu}\.$/u;

/** "Donald J. Trump" and "Donald Trump": the same first and last word, the longer adding only middle names. */
function sameFirstAndLast(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2 || a.length === b.length) return false;
  return a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
}

/** The actor was mentioned by this one lower-case word before `at`. */
function calledBefore(actor: ActorRecord, word: string, at: number): boolean {
  return actor.mentions.some((m) => m.start < at && m.text.toLowerCase() === word);
}

/**
 * How surely the name's words at `at` are this actor's, whose last mention before is at `seen`: 3 when the story
 * already called the actor by this one word, 2 when it named the actor since `recentFrom`, 1 when before, 0 never.
 */
function surnameRank(actor: ActorRecord, lower: string[], at: number, seen: number, recentFrom: number): number {
  if (lower.length === 1 && calledBefore(actor, lower[0] as string, at)) return 3;
  if (seen >= recentFrom) return 2;
  return seen >= 0 ? 1 : 0;
}

/**
 * The person these words name: one whose name ends with them or whose words end this name
 * ("Zelensky", "Hawk Sawyer"), or has the same first and last word. A lone word that opens the name of
 * exactly one person is that person too: a first name ("Hillary") or a family name written first ("Lee" of
 * "Lee Jae-myung", "Xi" of "Xi Jinping").
 */
function findPerson(registry: ActorRegistry, words: string[], at = -1, recentFrom = at): ActorRecord | undefined {
  const lower = lowerNameWords(words.join(' '));
  // Where two people share a surname ("Ted Cruz" and his wife, "Heidi Cruz"), the one the article has already
  // called by it alone keeps it: news names the other in full, or by the first name. Before that, of those named
  // in this paragraph or the one before, the one named first in the article, its subject, takes it (the other is
  // met later: "his wife, Heidi Cruz"); else the one named last before it.
  let chosen: ActorRecord | undefined;
  let chosenRank = -1;
  let chosenOrder = -Infinity;
  for (let i = registry.actors.length - 1; i >= 0; i--) {
    const actor = registry.actors[i] as ActorRecord;
    if (actor.kind !== 'PERSON') continue;
    const own = lowerNameWords(actor.name);
    if (!isTailOf(lower, own) && !isTailOf(own, lower) && !sameFirstAndLast(lower, own)) continue;
    if (at < 0) return actor;
    const seen = registry.lastMentionBefore(actor, at);
    const rank = surnameRank(actor, lower, at, seen, recentFrom);
    // Within a rank: the earlier first mention where both are recent, else the later last one.
    const order = rank >= 2 ? -(actor.mentionStarts[0] as number) : seen;
    if (rank > chosenRank || (rank === chosenRank && order > chosenOrder)) {
      chosen = actor;
      chosenRank = rank;
      chosenOrder = order;
    }
  }
  if (chosen) return chosen;
  if (lower.length !== 1 || INITIAL.test(words[0] ?? '')) return undefined;
  let opened: ActorRecord | undefined;
  for (const actor of registry.actors) {
    if (actor.kind !== 'PERSON') continue;
    const own = lowerNameWords(actor.name);
    if (own.length < 2 || own[0] !== lower[0]) continue;
    if (opened && opened !== actor) return undefined;
    opened = actor;
  }
  return opened;
}

/** The words of the title before a name as written: tokens with no space between are one word ("co-founder", "Tunisia's"). */
function titleWords(doc: TextDocument, name: NameSpan): string[] {
  const words: string[] = [];
  let previous: Token | undefined;
  for (const token of doc.tokens.slice(name.titleFirst, name.titleEnd)) {
    if (previous && previous.end === token.start && words.length > 0) words[words.length - 1] += token.text;
    else words.push(token.text);
    previous = token;
  }
  // "Undersecretary for Education Mr. Toccafondi": the honorific before the name is no part of the title.
  while (words.length > 1 && honorificGender(words[words.length - 1] as string) !== undefined) words.pop();
  return words;
}

// Titles of courtesy and learning that go with any position: "Professor Eastman", "Dr. Dempsey".
const COURTESY_TITLES = /^(?:professor|prof\.?|dr\.?|doctor|sir|dame|lord|lady|mr\.?|mrs\.?|ms\.?|reverend|rev\.?)$/i;

function isCourtesyTitle(title: string): boolean {
  return COURTESY_TITLES.test(title.trim());
}

function sharesHead(role: string, courtesy: string): boolean {
  const head = courtesy.toLowerCase().replace(/\.$/, '');
  return role
    .toLowerCase()
    .split(/\s+/)
    .includes(head === 'prof' ? 'professor' : head);
}

/**
 * The titles a mention gives a person: before the name ("Defense Minister …", "The leader of X, …") and in
 * an appositive after it ("…, spokesman for the military,"). Each is stated at the mention, in text order;
 * the appositive, which says most, is the mention's own title.
 */
export function rolesAtMention(
  doc: TextDocument,
  registry: ActorRegistry,
  actor: ActorRecord,
  name: NameSpan,
  isPersonName: (token: number) => boolean,
): string | null {
  const appositive = name.inQuote ? null : appositiveAfter(doc, name.titleFirst, name.endToken, isPersonName);
  const titleBefore = name.inQuote ? null : appositiveBefore(doc, name.firstToken, name.endToken);
  const titles = [
    ...(titleBefore ? [titleBefore] : []),
    ...splitTitles(titleWords(doc, name)).map((t) =>
      kinOfPossessor(doc, registry, actor, name, singularTitle(t).join(' ')),
    ),
  ].filter((t) => !isCutTitle(t));
  const withParty = titles.map((t) =>
    appositive?.party && normalizeRole(t).kind === 'LAWMAKER' ? `${normalizeRole(t).title} (${appositive.party})` : t,
  );
  const appositiveRoles = (appositive?.roles ?? [])
    .filter((role) => !isCutTitle(role))
    .map((role) => {
      // "who represents Noel" is Tova Noel's attorney: "attorney for Tova Noel".
      const client = /^lawyer representing (\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)$/u.exec(role)?.[1];
      const person = client ? findPerson(registry, nameWords(client)) : undefined;
      const full = person ? `attorney for ${person.name}` : client ? `attorney for ${client}` : role;
      const short = withoutLocation(full);
      return short === full ? [full] : [short, full];
    });
  const stored = [...withParty.map((t) => [t]), ...appositiveRoles].map((variants) =>
    variants.map((t) => registry.addRole(actor, t)),
  );
  // Each role is stated here once, in its short form ("… expert", not "… expert from San Diego"), in text
  // order. The appositive, which says most, is the title of this mention ("Major General Fuad Basya,
  // spokesman for …"). A courtesy title alone ("Professor Gaudi said") restates no role the story gave.
  // (It does restate a role it names: "astronomy professor Scott Gaudi", then "Professor Gaudi said".)
  const courtesyOnly = appositiveRoles.length === 0 && titles.length > 0 && titles.every(isCourtesyTitle);
  const earlier = courtesyOnly ? registry.roleAt(actor, name.start - 1) : null;
  if (earlier && actor.statedRoles.some((r) => r.at < name.start) && !sharesHead(earlier, titles[0] as string))
    return earlier;
  // "U.S. Senator John Cornyn, Republican from Texas,": a party label after the name leaves the office
  // before it as the mention's title.
  const partyOnly = withParty.length > 0 && (appositive?.roles ?? []).every(isPartyLabel);
  const statedHere = partyOnly ? stored.slice(withParty.length).concat(stored.slice(0, withParty.length)) : stored;
  for (const variants of statedHere) registry.stateRole(actor, name.start, variants[0] as string);
  return (partyOnly ? undefined : stored[withParty.length])?.[0] ?? stored[0]?.[0] ?? null;
}

const POSSESSIVE_PRONOUN_GENDER: Record<string, Gender | null> = { his: 'male', her: 'female', their: null };

/**
 * "His brother Mohammed al-Megrahi": a kinship title after "his"/"her" names the relative it is told of, the
 * person last named before it in the paragraph (of that gender when known): "Abdelbaset
 * al-Megrahi's brother".
 */
function kinOfPossessor(
  doc: TextDocument,
  registry: ActorRegistry,
  actor: ActorRecord,
  name: NameSpan,
  title: string,
): string {
  const possessive = doc.tokens[name.titleFirst - 1]?.lower ?? '';
  // The kinship noun ends the title: "brother", "older sister".
  if (!(possessive in POSSESSIVE_PRONOUN_GENDER) || !isKinNoun(title.slice(title.lastIndexOf(' ') + 1))) return title;
  const gender = POSSESSIVE_PRONOUN_GENDER[possessive];
  // Only a person named in this paragraph: further back, "his" may be anyone.
  const paragraph = (doc.tokens[name.titleFirst] as Token).paragraph;
  let relativeAt = (doc.paragraphs[paragraph] as { start: number }).start - 1;
  let relative: ActorRecord | null = null;
  for (const other of registry.actors) {
    if (other === actor || other.kind !== 'PERSON' || (gender && other.gender && other.gender !== gender)) continue;
    const at = registry.lastMentionBefore(other, name.start);
    if (at > relativeAt) {
      relative = other;
      relativeAt = at;
    }
  }
  return relative ? `${relative.name}'s ${title}` : title;
}

function linkPerson(
  doc: TextDocument,
  registry: ActorRegistry,
  name: NameSpan,
  isPersonName: (token: number) => boolean,
): { actor: ActorRecord; roleTitle: string | null } {
  const words = nameWords(name.text);
  let actor = findPerson(registry, words);
  if (!actor) actor = registry.create(name.text, 'PERSON', name.gender);
  // A fuller name renames the actor, unless it is written inside a quotation ("Crooked Hillary Clinton").
  else if (words.length > nameWords(actor.name).length && !name.inQuote) registry.rename(actor, name.text);
  else registry.addAlias(actor, name.text);
  actor.gender ??= name.gender ?? (words.length > 1 ? genderOfGivenName(words[0] as string) : null);

  const roleTitle = rolesAtMention(doc, registry, actor, name, isPersonName);
  registry.addMention(actor, name, name.text, roleTitle);
  return { actor, roleTitle };
}

// Occupations are titles on their own: "a pulmonologist at the Aberdeen Royal Infirmary" is a pulmonologist
// (the institution is where, not what), unlike positions such as "senior fellow at the Council on …".
const OCCUPATION = /(?:ologist|iatrist|ician|doctor|surgeon|nurse|scientist|pharmacist|dentist|therapist|expert)$/i;

/** A role without its trailing place ("… from San Diego") and, for occupations, without "at <institution>". */
function withoutLocation(role: string): string {
  let short = role.replace(/\s+(?:from|in)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*$/u, '');
  const at = /^(.+?)\s+at\s+(?:the\s+)?\p{Lu}/u.exec(short);
  if (at?.[1] && OCCUPATION.test(at[1])) short = at[1];
  return short;
}

const ACRONYM = /^\p{Lu}[\p{Lu}&.]{1,7}$/u;
const INITIAL_GLUE = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'to', '&']);

/** "People Power Party" → "PPP", "Center for Strategic and International Studies" → "CSIS". */
function initials(name: string): string {
  return nameWords(name)
    .filter((w) => !INITIAL_GLUE.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

function isAcronym(name: string): boolean {
  return ACRONYM.test(name) && !name.includes(' ');
}

// Legal forms a company's name may drop: "Intel Corporation" is "Intel"; so may a research or advisory firm's
// trade ("Pew Research" is "Pew", "Edison Research" "Edison").
const LEGAL_FORMS = new Set([
  'corporation',
  'corp.',
  'corp',
  'inc.',
  'inc',
  'incorporated',
  'ltd',
  'ltd.',
  'plc',
  'llc',
  'research',
  'consulting',
  'analytics',
  'strategies',
]);
// What may close a fuller name after its short form: a complement ("… Foundation for the Visual Arts").
const COMPLEMENT_OPENERS = new Set(['of', 'for']);

/** A word that says where a body is: "US", "United Kingdom", "Italian", "Dayton". */
function isSettingWord(word: string): boolean {
  return countryNamed(word) !== undefined || countryOfDemonym(word) !== undefined || isPlace(word);
}

// Words that name another body after the one they follow: its political action committee, its programme or
// paper ("Congressional Black Caucus PAC", "Breitbart News Daily").
const OFFSHOOT_SUFFIXES = new Set([
  'pac',
  'daily',
  'weekly',
  'radio',
  'tv',
  'television',
  'news',
  'magazine',
  'journal',
]);

/**
 * The short form `short` is the name `long` without the words that place it or close it: "State Department"
 * of "US State Department", "Supreme Court" of "Italian Supreme Court of Cassation", "Intel" of "Intel
 * Corporation". Words are compared without regard to case.
 */
function isShortFormOf(short: string[], long: string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  for (let at = 0; at + short.length <= long.length; at++) {
    if (short.some((w, i) => long[at + i]?.toLowerCase() !== w.toLowerCase())) continue;
    const before = long.slice(0, at);
    const after = long.slice(at + short.length).map((w) => w.toLowerCase());
    // A one-word short form is a name of its own only before a legal form ("Intel Corporation").
    if (short.length === 1 && (before.length > 0 || !after.every((w) => LEGAL_FORMS.has(w)))) continue;
    const placed = before.length === 0 || isSettingWord(before.join(' ')) || before.every(isSettingWord);
    // "Black Lotus" of "Black Lotus Communications", "Goldman Sachs" of "Goldman Sachs Group": a name of two words
    // or more before the word of trade or legal form that closes the body's name.
    const closed =
      after.length === 0 ||
      COMPLEMENT_OPENERS.has(after[0] as string) ||
      after.every((w) => LEGAL_FORMS.has(w)) ||
      (short.length > 1 &&
        before.length === 0 &&
        after.length === 1 &&
        isOrganizationSuffix(after[0] as string) &&
        !OFFSHOOT_SUFFIXES.has(after[0] as string));
    if (placed && closed) return true;
  }
  return false;
}

/** The one organisation of the article whose name is a fuller or shorter form of `text`, if only one is. */
function organizationByForm(registry: ActorRegistry, text: string): ActorRecord | undefined {
  const words = nameWords(text.replace(/^the\s+/i, ''));
  const lower = text.toLowerCase();
  const firstWord = (words[0] ?? '').toLowerCase();
  const found = registry.actors.filter((actor) => {
    if (actor.kind !== 'ORGANIZATION') return false;
    // A cheap test first: one name must hold the other's first word.
    const name = actor.name.toLowerCase();
    const space = name.indexOf(' ');
    if (!name.includes(firstWord) && !lower.includes(space < 0 ? name : name.slice(0, space))) return false;
    const own = nameWords(actor.name.replace(/^the\s+/i, ''));
    return isShortFormOf(words, own) || isShortFormOf(own, words);
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * "said Jeffrey Lyon, Certified Information Systems Security Professional with the Black Lotus team": capitalised
 * words read as a person's name only by default, set off right after a person's name and ending on a noun for a
 * person, are the title of an appositive (appositives.ts), no one's name.
 */
function isCapitalisedTitleAfterName(doc: TextDocument, name: NameSpan, personEnds: Set<number>): boolean {
  if (!isPersonByDefault(name) || doc.tokens[name.firstToken - 1]?.text !== ',') return false;
  if (!personEnds.has(name.firstToken - 1)) return false;
  const last = doc.tokens[name.endToken - 1] as Token;
  return isPersonNoun(last.text) || endsRoleTitle(last.text);
}

function isShortFormOfBody(registry: ActorRegistry, text: string): boolean {
  const body = organizationByForm(registry, text);
  return body !== undefined && nameWords(body.name).length > nameWords(text).length;
}

/** An organisation already named in the article under another form of the same name. */
function sameOrganization(registry: ActorRegistry, text: string): ActorRecord | undefined {
  const key = organizationKey(text);
  const acronym = isAcronym(text) ? text.replace(/\./g, '') : null;
  const ownInitials = acronym ? null : initials(text);
  return (
    registry.actors.find((actor) => {
      if (actor.kind !== 'ORGANIZATION') return false;
      const forms = [actor.name, ...actor.aliases];
      if (key && forms.some((f) => organizationKey(f) === key)) return true;
      // "PPP" and "People Power Party", in either order.
      if (acronym) return forms.some((f) => !isAcronym(f) && nameWords(f).length >= 2 && initials(f) === acronym);
      return (
        ownInitials !== null &&
        ownInitials.length >= 2 &&
        forms.some((f) => isAcronym(f) && f.replace(/\./g, '') === ownInitials)
      );
    }) ?? (acronym ? undefined : organizationByForm(registry, text))
  );
}

function linkOrganization(registry: ActorRegistry, name: NameSpan): ActorRecord {
  // Curated organisations have one canonical name ("U.S. Congress" for "Congress", "World Health Organization"
  // for "WHO"), unless the article writes the body's full name its own way ("World Health Organisation", "Medecins
  // sans Frontieres"): that names it, and the canonical name stays an alias. The others are named by their fullest
  // form in the article.
  const canonical = knownOrganization(name.text);
  const ownFullName =
    canonical !== undefined &&
    canonical.toLowerCase() !== name.text.toLowerCase() &&
    !isAcronym(name.text) &&
    nameWords(name.text).length > 1;
  let actor =
    (canonical ? registry.findByName(canonical, 'ORGANIZATION') : undefined) ??
    registry.findByName(name.text, 'ORGANIZATION') ??
    sameOrganization(registry, name.text);
  if (!actor) {
    actor = registry.create(ownFullName ? name.text : (canonical ?? name.text), 'ORGANIZATION');
    if (ownFullName) registry.addAlias(actor, canonical);
  } else if (ownFullName && actor.name === canonical && !actor.mentions.some((m) => m.text === canonical)) {
    registry.rename(actor, name.text);
  } else if (
    !knownOrganization(actor.name) &&
    !isAcronym(name.text) &&
    (isAcronym(actor.name) || nameWords(name.text).length > nameWords(actor.name).length)
  )
    registry.rename(actor, name.text);
  registry.addAlias(actor, name.text);
  registry.addMention(actor, name, name.text, null);
  return actor;
}

const POSSESSIVE = new Set(["'s", '’s']);

function actsAsSubject(doc: TextDocument, name: NameSpan): boolean {
  const before = doc.tokens[name.firstToken - 1];
  const after = doc.tokens[name.endToken];
  if (!after || (before && before.pos === 'ADP')) return false;
  return POSSESSIVE.has(after.lower) || after.pos === 'AUX' || (after.pos === 'VERB' && !after.lower.endsWith('ing'));
}

/** "Brussels" for the European Union: the body, with the seat's name as an alias. */
function linkSeatedBody(registry: ActorRegistry, seat: NameSpan, body: string): ActorRecord {
  const actor = registry.findByName(body, 'ORGANIZATION') ?? registry.create(body, 'ORGANIZATION');
  registry.addAlias(actor, seat.text);
  registry.addMention(actor, seat, seat.text, null);
  return actor;
}

function linkCountry(registry: ActorRegistry, name: NameSpan, known?: string): ActorRecord {
  const country = known ? undefined : (countryNamed(name.text) ?? countryOfDemonym(name.text));
  const canonical = known ?? country?.name ?? name.text;
  const actor = registry.findByName(canonical, 'COUNTRY') ?? registry.create(canonical, 'COUNTRY');
  registry.addAlias(actor, name.text);
  registry.addMention(actor, name, name.text, null);
  return actor;
}

// How far back (in the same or the previous sentence) the organisation of a bare "in charge" is looked for.
const MAX_TOKENS_BACK_TO_CHARGE = 60;
const CHARGE_COPULAS = new Set(['is', 'was', 'remains', 'remained', 'be', 'been']);
// Adjectives written between "the" and an organisation's name: "the federal Bureau of Prisons".
const MAX_WORDS_BEFORE_ORGANIZATION = 2;

/** "head of the Bureau of Prisons": the organisation as written, with "the" when the text gives it one. */
function headOf(doc: TextDocument, organization: NameSpan): string {
  for (let i = organization.firstToken - 1; i >= organization.firstToken - 1 - MAX_WORDS_BEFORE_ORGANIZATION; i--) {
    const token = doc.tokens[i];
    if (!token || token.sentence !== (doc.tokens[organization.firstToken] as Token).sentence) break;
    if (token.lower === 'the') return `head of the ${organization.text}`;
    if (token.pos !== 'ADJ' || /^\p{Lu}/u.test(token.text)) break;
  }
  return `head of ${organization.text}`;
}

/**
 * A role given by the story rather than a title: "Barr put Kathleen Hawk Sawyer in charge of the Bureau of
 * Prisons", "Ruiz, who is in charge of the agency". Without "of …", the charge is the organisation named last
 * before, in the same or the previous sentence ("… a shakeup at the Bureau of Prisons. Barr put X in charge").
 */
function roleFromCharge(
  doc: TextDocument,
  registry: ActorRegistry,
  actorAtToken: NamedActors['actorAtToken'],
  name: NameSpan,
): void {
  let i = name.endToken;
  if (doc.tokens[i]?.text === ',' && doc.tokens[i + 1]?.lower === 'who') i += 2;
  if (CHARGE_COPULAS.has(doc.tokens[i]?.lower ?? '')) i++;
  if (doc.tokens[i]?.lower !== 'in' || doc.tokens[i + 1]?.lower !== 'charge') return;
  const sentence = (doc.tokens[name.firstToken] as Token).sentence;
  const isOrganization = (t: number) => {
    const at = actorAtToken.get(t);
    return at !== undefined && at.actor.kind === 'ORGANIZATION' ? at.name : undefined;
  };
  let organization: NameSpan | undefined;
  if (doc.tokens[i + 2]?.lower === 'of') {
    for (let t = i + 3; t < i + 3 + 4 && !organization; t++) {
      const token = doc.tokens[t];
      if (!token || token.sentence !== sentence) break;
      organization = isOrganization(t);
    }
    if (!organization) return;
  } else {
    const previousSentence = doc.sentences[sentence - 1];
    const floor =
      previousSentence && previousSentence.paragraph === (doc.sentences[sentence] as { paragraph: number }).paragraph
        ? previousSentence.firstToken
        : (doc.sentences[sentence] as { firstToken: number }).firstToken;
    const stop = Math.max(floor, name.titleFirst - MAX_TOKENS_BACK_TO_CHARGE);
    for (let t = name.titleFirst - 1; t >= stop && !organization; t--) organization = isOrganization(t);
    if (!organization) return;
  }
  const person = actorAtToken.get(name.firstToken)?.actor;
  if (!person) return;
  const title = registry.addRole(person, headOf(doc, organization));
  registry.stateRole(person, name.start, title);
}

// Titles held in a body: "Amtrak's CEO", "a Marussia spokesman", "Acme employees".
const BODY_TITLE_KINDS = new Set(['EXECUTIVE', 'SPOKESPERSON']);
const BODY_MEMBERS = new Set(['employees', 'staff', 'workers', 'shareholders', 'board', 'management', 'executives']);

// Nouns for gathered figures (WordNet's hyponyms of "information" and "poll" under noun.communication, and
// FrameNet's Research frame): "data from YouGov", "a poll by Gallup", "figures from Eurostat". A study or a
// report is as often a person's ("a study by Okonkwo") and is left out.
const FINDINGS = new Set([
  'data',
  'poll',
  'polls',
  'polling',
  'survey',
  'surveys',
  'figures',
  'statistics',
  'stats',
  'estimates',
  'numbers',
  'projections',
  'forecasts',
  'index',
  'tally',
  'count',
]);

/**
 * "Data from YouGov showed …", "a survey by Pollwise": a lone name after a noun for gathered figures and
 * "from"/"by" is the body that gathered them; a person's own work takes a given name ("a study by Anna Berg").
 */
function compilesFindings(doc: TextDocument, name: NameSpan): boolean {
  return afterNounAndLink(doc, name, FINDINGS, FINDINGS_LINKS) && !isGivenName(name.text);
}
const FINDINGS_LINKS = new Set(['from', 'by']);

/** The name follows one of `nouns` and one of `links`: "data from YouGov", "residents of Brellow". */
function afterNounAndLink(doc: TextDocument, name: NameSpan, nouns: Set<string>, links: Set<string>): boolean {
  const link = doc.tokens[name.firstToken - 1];
  const noun = doc.tokens[name.firstToken - 2];
  return link !== undefined && noun !== undefined && links.has(link.lower) && nouns.has(noun.lower);
}

// Nouns for those who live in a place (FrameNet's Residence and People_by_residence frames), plural: "residents
// of Brellow", "voters in Harlan", "the people of Lund".
const RESIDENTS = new Set([
  'residents',
  'inhabitants',
  'citizens',
  'people',
  'voters',
  'villagers',
  'townspeople',
  'locals',
  'natives',
  'neighbours',
  'neighbors',
  'households',
  'families',
  'homeowners',
  'tenants',
]);

/** "Residents of Brellow protested": a lone name after a plural noun for residents and "of"/"in" is a place. */
function isHomeOfResidents(doc: TextDocument, name: NameSpan): boolean {
  if (!afterNounAndLink(doc, name, RESIDENTS, RESIDENCE_LINKS)) return false;
  // "the people of Brellow's council": an owner is a body's or a person's.
  const next = doc.tokens[name.endToken];
  return !(next && POSSESSIVE.has(next.lower));
}
const RESIDENCE_LINKS = new Set(['of', 'in']);

function ownsBodyTitle(doc: TextDocument, name: NameSpan): boolean {
  let next = doc.tokens[name.endToken];
  if (next && POSSESSIVE.has(next.lower)) next = doc.tokens[name.endToken + 1];
  if (!next || next.sentence !== (doc.tokens[name.firstToken] as Token).sentence) return false;
  if (BODY_MEMBERS.has(next.lower)) return true;
  const head = findRoleHead(next.lower);
  return head !== null && BODY_TITLE_KINDS.has(head.kind);
}

// Verbs in the plural that a subject before them takes and a person's name never does (the plural and
// present-tense forms of "be" and "have").
const PLURAL_AUXILIARIES = new Set(['are', 'were', 'have']);
// Words before a name whose bare verb after it is an infinitive or a subjunctive, not a plural: "let Ryanair
// decide", "demanded that Smith resign".
const BARE_VERB_GOVERNORS = new Set(['that', 'let', 'lets', 'make', 'makes', 'made', 'help', 'helped', 'see', 'saw']);
const GOVERNING_TAGS = new Set(['VERB', 'AUX', 'ADP', 'PART', 'SCONJ']);
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "Irish budget airline Ryanair have dismissed …": a name as the subject of a verb in the plural
 * is a body's, as British English lets a body take a plural verb (notional concord, Quirk et al. 1985 §10.35); a
 * person's name never does.
 */
function takesPluralVerb(doc: TextDocument, name: NameSpan): boolean {
  // The word before the noun phrase the name heads ("Irish budget airline Ryanair").
  let opening = name.firstToken;
  while (opening > 0 && NOUN_PHRASE_TAGS.has((doc.tokens[opening - 1] as Token).pos)) opening--;
  const before = doc.tokens[opening - 1];
  const verb = doc.tokens[name.endToken];
  const first = doc.tokens[name.firstToken] as Token;
  // A plural word agrees in the plural whatever it names: "Democrats have", "the Kochs are".
  if (!verb || verb.sentence !== first.sentence || isGivenName(name.text) || /s$/i.test(name.text)) return false;
  // "Embryonic stem cells", "Democrat politicians": a verb's tag on a noun's modifier; "God forbid": a wish.
  const after = doc.tokens[name.endToken + 1];
  if (after?.pos === 'NOUN' || isMemberNoun(name.text) || name.text === 'God') return false;
  // Not an object or a complement: "dismissed Smith", "with Smith", "to Smith".
  const governed =
    before !== undefined &&
    before.sentence === first.sentence &&
    (BARE_VERB_GOVERNORS.has(before.lower) || GOVERNING_TAGS.has(before.pos));
  return !governed && isPluralVerb(verb);
}

function isPluralVerb(token: Token): boolean {
  if (PLURAL_AUXILIARIES.has(token.lower)) return true;
  // Not a plural noun the tagger read as a verb ("Broadway hits").
  const noun = token.lower.endsWith('s') && !token.lower.endsWith('ss');
  return token.pos === 'VERB' && token.lower === token.lemma && !token.lower.endsWith('ing') && !noun;
}

/**
 * "Paris Saint-Germain (PSG)", "The Union of Rationalist Atheists and Agnostics (UAAR)": an acronym in
 * brackets right after a body's name is that body's short form, whatever its letters; the name it follows is
 * a body's even where it reads like a person's. "CEI (Italian Episcopal Conference)": the full name in
 * brackets after an acronym names it fully. Returns the actor the name was added to.
 */
function parentheticalShortForm(
  doc: TextDocument,
  registry: ActorRegistry,
  actorAtToken: NamedActors['actorAtToken'],
  name: NameSpan,
): ActorRecord | undefined {
  const open = doc.tokens[name.firstToken - 1];
  if (open?.text !== '(' || doc.tokens[name.endToken]?.text !== ')') return undefined;
  // "Home Office (UK)": a country is no short form.
  if (name.kind === 'COUNTRY' || name.kind === 'PLACE') return undefined;
  const before = actorAtToken.get(name.firstToken - 2);
  if (!before || before.name.endToken !== name.firstToken - 1 || before.actor.kind === 'COUNTRY') return undefined;
  const actor = before.actor;
  const known = knownOrganization(name.text);
  const knownBefore = knownOrganization(actor.name);
  if (known && knownBefore && known !== knownBefore) return undefined;
  if (isAcronym(name.text) && !isAcronym(actor.name)) {
    if (actor.kind === 'PERSON' && nameWords(actor.name).length > 1) actor.kind = 'ORGANIZATION';
    if (actor.kind !== 'ORGANIZATION') return undefined;
  } else if (
    isAcronym(name.text) ||
    !(isAcronym(actor.name) && actor.kind === 'ORGANIZATION' && name.kind === 'ORGANIZATION')
  ) {
    return undefined;
  }
  if (isAcronym(actor.name)) registry.rename(actor, name.text);
  else registry.addAlias(actor, name.text);
  registry.addMention(actor, name, name.text, null);
  return actor;
}

const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West']);

/** "the North" in a story that names North Korea: the one country of the article named "North …". */
function countryByHalf(doc: TextDocument, registry: ActorRegistry, name: NameSpan): ActorRecord | undefined {
  if (!COMPASS_WORDS.has(name.text) || doc.tokens[name.firstToken - 1]?.lower !== 'the') return undefined;
  const countries = registry.actors.filter((a) => a.kind === 'COUNTRY' && a.name.startsWith(`${name.text} `));
  return countries.length === 1 ? countries[0] : undefined;
}

/**
 * Acronyms in brackets after a body's name that were read as no name ("The World Health Organisation
 * (WHO)", where "WHO" reads as a pronoun): the body's short form all the same.
 */
function bracketedAcronyms(
  doc: TextDocument,
  actorAtToken: NamedActors['actorAtToken'],
): Array<{ actor: ActorRecord; name: NameSpan }> {
  const found: Array<{ actor: ActorRecord; name: NameSpan }> = [];
  const introduced = new Map<string, ActorRecord>();
  // The brackets are found in the body, not by reading every token.
  for (let at = doc.body.indexOf('('); at >= 0; at = doc.body.indexOf('(', at + 1)) {
    const i = tokenIndexAt(doc, at);
    if (i < 1 || i + 2 >= doc.tokens.length) continue;
    const token = doc.tokens[i + 1] as Token;
    if (doc.tokens[i]?.text !== '(' || doc.tokens[i + 2]?.text !== ')' || actorAtToken.has(i + 1)) continue;
    const before = actorAtToken.get(i - 1);
    if (!before || before.name.endToken !== i || before.actor.kind !== 'ORGANIZATION' || !isAcronym(token.text))
      continue;
    // A known acronym stays with its own body: "the agency (NASA)" names no short form of the agency.
    const known = knownOrganization(token.text);
    const knownBefore = knownOrganization(before.actor.name);
    if (countryNamed(token.text) || (known && knownBefore && known !== knownBefore)) continue;
    introduced.set(token.text, before.actor);
  }
  // Once introduced, the acronym names the body wherever it stands ("WHO say …"). Most articles introduce none.
  if (introduced.size === 0) return found;
  for (const token of doc.tokens) {
    const actor = introduced.get(token.text);
    if (actor && !actorAtToken.has(token.index)) found.push({ actor, name: tokenName(token) });
  }
  return found;
}

function tokenName(token: Token): NameSpan {
  return {
    kind: 'ORGANIZATION',
    firstToken: token.index,
    endToken: token.index + 1,
    start: token.start,
    end: token.end,
    text: token.text,
    titleFirst: token.index,
    titleEnd: token.index,
    gender: null,
    inQuote: token.quote >= 0,
  };
}

/** The names that start at a token and that end before one, linked or not, as members of lists. */
function listMembers(
  actorAtToken: NamedActors['actorAtToken'],
  unlinked: NameSpan[],
): [(first: number) => ListMember | undefined, (end: number) => ListMember | undefined] {
  const byFirst = new Map(unlinked.map((n) => [n.firstToken, n]));
  const byEnd = new Map(unlinked.map((n) => [n.endToken, n]));
  const member = (name: NameSpan, kind: ActorKind | null): ListMember => ({
    firstToken: name.firstToken,
    endToken: name.endToken,
    kind,
  });
  const linked = (token: number, at: (name: NameSpan) => number, edge: number) => {
    const link = actorAtToken.get(token);
    return link && at(link.name) === edge ? member(link.name, link.actor.kind) : undefined;
  };
  return [
    (first) => {
      const name = byFirst.get(first);
      return name ? member(name, null) : linked(first, (n) => n.firstToken, first);
    },
    (end) => {
      const name = byEnd.get(end);
      return name ? member(name, null) : linked(end - 1, (n) => n.endToken, end);
    },
  ];
}

const CAPITALS = /^\p{Lu}{3,}$/u;

/** A word of three or more capitals, as a transcript prints its speakers' labels ("PENCE", "WALLACE"). */
export function isInCapitals(word: string): boolean {
  return CAPITALS.test(word);
}

/**
 * The surname, as the article spells it in a full name, that a word in capitals stands for ("PENCE" → "Pence" when
 * "Mike Pence" is named); none when no full name, or two, end in it.
 */
function surnamesInCapitals(persons: NameSpan[]): (word: string) => string | undefined {
  const surnames = new Map<string, string | null>();
  for (const person of persons) {
    const words = nameWords(person.text);
    const last = words[words.length - 1];
    if (words.length < 2 || last === undefined) continue;
    const key = last.toUpperCase();
    const known = surnames.get(key);
    surnames.set(key, known === undefined || known === last ? last : null);
  }
  return (word) => (isInCapitals(word) ? (surnames.get(word) ?? undefined) : undefined);
}

const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/** The name's sentence holds a match score: "4-0", "2–1". */
function hasScore(doc: TextDocument, name: NameSpan): boolean {
  const sentence = doc.sentences[(doc.tokens[name.firstToken] as Token).sentence] as Sentence;
  for (let k = sentence.firstToken; k < sentence.endToken; k++)
    if (SCORE.test((doc.tokens[k] as Token).text)) return true;
  return false;
}

/** A name of two words or more read as a person's for want of another kind: no title, no given name first. */
function isPersonByDefault(name: NameSpan): boolean {
  // The span's own fields first: most names are not people's, and their words need not be split.
  if (name.kind !== 'PERSON' || name.titleFirst !== name.titleEnd || name.gender !== null) return false;
  const words = nameWords(name.text);
  return words.length >= 2 && !isGivenName(words[0] as string);
}

/** People, organisations and countries named in the article, with surname aliases linked to full names. */
export function collectNamedActors(doc: TextDocument, names: NameSpan[], credits: Set<number>): NamedActors {
  const registry = new ActorRegistry();
  const actorAtToken: NamedActors['actorAtToken'] = new Map();
  const places: NameSpan[] = [];
  const unlinked: NameSpan[] = [];
  const remember = (name: NameSpan, actor: ActorRecord, roleTitle: string | null) => {
    // One link for all the name's tokens: nothing changes a link once made.
    const link = new NameLink(actor, name, roleTitle);
    for (let t = name.firstToken; t < name.endToken; t++) actorAtToken.set(t, link);
  };
  const photoCredits = photoCreditSpans(doc);
  const personEnds = new Set(names.filter((n) => n.kind === 'PERSON').map((n) => n.endToken));
  const kept = names.filter(
    (n) =>
      !credits.has((doc.tokens[n.firstToken] as Token).paragraph) &&
      !photoCredits.some((c) => n.start >= c.start && n.end <= c.end) &&
      !isCapitalisedTitleAfterName(doc, n, personEnds),
  );
  const persons = kept.filter((n) => n.kind === 'PERSON');
  const personTokens = tokensOf(
    persons,
    (n) => n.titleFirst,
    (n) => n.endToken,
  );
  const isPersonName = (token: number) => personTokens.has(token);

  // "City Hall press secretary Ana Reyes": an organisation opening a title before a name describes the
  // person; one the title is of ("Executive director of the … Council on American-Islamic Relations Alia
  // Salem") is an actor of its own.
  const titleTokens = tokensOf(
    persons,
    (n) => n.titleFirst,
    (n) => Math.min(n.titleEnd, n.firstToken),
  );
  // Words of a title: a party's ("Republican", "Democratic") or a title's modifier ("Former"); an owner of the title
  // ("Kowal's spokesman") or a person it names ("former Mitt Romney staffer") is someone.
  const isTitleWords = (document: TextDocument, name: NameSpan) =>
    !POSSESSIVE.has(document.tokens[name.endToken]?.lower ?? '') &&
    name.text.split(' ').some((word) => isPartyLabel(word) || isTitleModifier(word));
  const inComplement = (name: NameSpan) => {
    const link = doc.tokens[name.firstToken - 1]?.lower === 'the' ? name.firstToken - 2 : name.firstToken - 1;
    return ['of', 'for', 'at'].includes(doc.tokens[link]?.lower ?? '');
  };
  const actorAt = (token: number) => actorAtToken.get(token)?.actor;
  // The first and last tokens of names that may be the sides of a result: names no person bears yet, and names
  // of two words or more read as a person's only by default ("Bayern Munich", "Borussia Dortmund").
  const sideTokens = new Set(
    kept
      .filter(
        (n) => n.kind === 'UNKNOWN' || (n.kind === 'PLACE' && nameWords(n.text).length === 1) || isPersonByDefault(n),
      )
      .flatMap((n) => [n.firstToken, n.endToken - 1]),
  );
  const isSideName = (token: number) => sideTokens.has(token) && !actorAtToken.has(token);
  const capitalsSurname = surnamesInCapitals(persons);
  // Full names first, so that a surname met before its full name still links to it.
  for (const name of kept) {
    // "PENCE: Well, …", "WALLACE: Do you …": a transcript's speaker label in capitals is a person's surname.
    const surname =
      name.kind === 'ORGANIZATION' && !isInDateline(doc, name.firstToken, name.endToken)
        ? capitalsSurname(name.text)
        : undefined;
    if (surname) {
      const { actor, roleTitle } = linkPerson(doc, registry, { ...name, kind: 'PERSON', text: surname }, isPersonName);
      remember(name, actor, roleTitle);
      continue;
    }
    if (name.kind === 'ORGANIZATION' && titleTokens.has(name.firstToken) && !inComplement(name)) continue;
    // "Republican Presidential candidate Ted Cruz", "Presumptive Democratic nominee …": capitalised words of a
    // person's title are no one's name.
    if (name.kind !== 'ORGANIZATION' && titleTokens.has(name.firstToken) && isTitleWords(doc, name)) continue;
    const named = parentheticalShortForm(doc, registry, actorAtToken, name);
    if (named) {
      remember(name, named, null);
      continue;
    }
    // "Bayern Munich beat Borussia Dortmund 4-0": two names across a result with a score are clubs, whatever they
    // were read as ("Kamala Harris beat Donald Trump in the debate" gives no score).
    if (isPersonByDefault(name) && facesBody(doc, name, actorAt, isSideName) && hasScore(doc, name))
      remember(name, linkOrganization(registry, name), null);
    // "… that is when Black Lotus contacted Anonymous", after "Black Lotus Communications": a name read as a
    // person's only by default that is a short form of a body already named is that body.
    else if (isPersonByDefault(name) && isShortFormOfBody(registry, name.text))
      remember(name, linkOrganization(registry, name), null);
    else if (name.kind === 'PERSON') {
      const { actor, roleTitle } = linkPerson(doc, registry, name, isPersonName);
      remember(name, actor, roleTitle);
    } else if (name.kind === 'ORGANIZATION') remember(name, linkOrganization(registry, name), null);
    else if (name.kind === 'COUNTRY') remember(name, linkCountry(registry, name), null);
    else if (name.kind === 'PLACE' && nameWords(name.text).length > 1) places.push(name);
  }
  for (const name of kept) if (name.kind === 'PERSON') roleFromCharge(doc, registry, actorAtToken, name);
  for (const short of bracketedAcronyms(doc, actorAtToken)) {
    registry.addAlias(short.actor, short.name.text);
    registry.addMention(short.actor, short.name, short.name.text, null);
    remember(short.name, short.actor, null);
  }
  for (const name of kept) {
    if (name.kind !== 'UNKNOWN' && name.kind !== 'PLACE') continue;
    const half = countryByHalf(doc, registry, name);
    if (half) {
      registry.addAlias(half, `the ${name.text}`);
      registry.addMention(half, name, name.text, null);
      remember(name, half, null);
      continue;
    }
    const paragraph = (doc.tokens[name.firstToken] as Token).paragraph;
    const recentFrom = doc.paragraphs[Math.max(0, paragraph - 1)]?.start ?? name.start;
    const person = findPerson(registry, nameWords(name.text), name.start, recentFrom);
    if (name.kind === 'PLACE' && !person) {
      // A one-word place is a person's name when a person of that name is in the article ("Clinton").
      if (nameWords(name.text).length > 1) continue;
      // "Barcelona lost to Real Madrid", "Porto coach Sergio Conceição": a city that plays a body, or whose team
      // has a coach, is its club.
      if (facesBody(doc, name, actorAt, isSideName) || headsTeamTitle(doc, name)) {
        remember(name, linkOrganization(registry, name), null);
        continue;
      }
      places.push(name);
      // "Kyiv was hoping …", "Kyiv’s backers": a capital acting or owning stands for its country, and a seat of a
      // body for the body ("Brussels said").
      const body = bodySeatedIn(name.text);
      const country = countryOfCapital(name.text);
      if (body && actsAsSubject(doc, name)) remember(name, linkSeatedBody(registry, name, body), null);
      else if (country && actsAsSubject(doc, name)) remember(name, linkCountry(registry, name, country.name), null);
      continue;
    }
    // "Solara" after "Solara Corporation": a company's name without its legal form.
    const company = person || name.kind !== 'UNKNOWN' ? undefined : organizationByForm(registry, name.text);
    if (company) {
      registry.addAlias(company, name.text);
      registry.addMention(company, name, name.text, null);
      remember(name, company, null);
      continue;
    }
    if (!person && name.kind === 'UNKNOWN' && isHomeOfResidents(doc, name)) {
      places.push(name);
      continue;
    }
    if (!person && isTitleComplement(doc, name.firstToken)) {
      // "the leader of Ennahda": what a title is of, when no person of that name is in the story.
      remember(name, linkOrganization(registry, name), null);
      continue;
    }
    if (!person) {
      unlinked.push(name);
      continue;
    }
    registry.addAlias(person, name.text);
    // "Kline, now the team captain, said": a surname's appositive states a title too.
    const roleTitle = name.kind === 'UNKNOWN' ? rolesAtMention(doc, registry, person, name, isPersonName) : null;
    registry.addMention(person, name, name.text, roleTitle);
    remember(name, person, roleTitle);
  }
  const bodies = new Set(unlinked.filter((n) => ownsBodyTitle(doc, n) || takesPluralVerb(doc, n)).map((n) => n.text));
  const listed = namesListedWithBodies(doc, unlinked, ...listMembers(actorAtToken, unlinked));
  const stillUnlinked = unlinked.filter((name) => {
    // "such as Dell, Sony and Hitachi": a name listed with bodies is one; so is a later mention of it ("Dell").
    // Written the same way: "HARLOW" opening a dateline is no body called "Harlow".
    const known = standsAlone(doc, name.firstToken, name.endToken) && registry.findByName(name.text, 'ORGANIZATION');
    const body = known && [known.name, ...known.aliases].includes(name.text);
    if (listed.has(name) || body || compilesFindings(doc, name) || facesBody(doc, name, actorAt, isSideName)) {
      remember(name, linkOrganization(registry, name), null);
      return false;
    }
    // "Amtrak's CEO", "a Marussia spokesman": a word that owns the title of a body's officer names the body.
    if (bodies.has(name.text) && !isGivenName(name.text)) {
      remember(name, linkOrganization(registry, name), null);
      return false;
    }
    // "Gloria dies", "Caesar allowed …": a given name alone that acts is a person known by one name.
    if (!isGivenName(name.text) || !unlinked.some((n) => n.text === name.text && actsAsSubject(doc, n))) return true;
    const person = registry.findByName(name.text, 'PERSON') ?? registry.create(name.text, 'PERSON', name.gender);
    person.gender ??= genderOfGivenName(name.text);
    registry.addMention(person, name, name.text, null);
    remember(name, person, null);
    return false;
  });
  return {
    registry,
    places,
    actorAtToken,
    unlinked: stillUnlinked,
    placeOrderAt: orderByFirstToken(places),
    unlinkedOrderAt: orderByFirstToken(stillUnlinked),
  };
}
