import type { ActorKind } from './types.ts';
import { sentenceAt, tokenIndexAt, type TextDocument, type Token } from './text/document.ts';
import type { ActorRecord } from './actor-registry.ts';
import { isInCapitals, NameLink, rolesAtMention } from './actors.ts';
import { appositiveAfter, beforeBrackets } from './appositives.ts';
import type { DiscourseState } from './discourse.ts';
import { adjectiveHeadsPhrase, phraseText, sentenceSubject, type Phrase } from './noun-phrases.ts';
import {
  countryOfDemonym,
  isMemberNoun,
  isOrganizationHead,
  isPersonNoun,
  isOrganizationSuffix,
  isPluralDemonym,
  organizationKey,
  singularForms,
} from './gazetteer.ts';
import { isCapitalisedName, midSentenceCapitalised } from './names.ts';
import { isInnerHyphen } from './name-joins.ts';
import { findRoleHead, findTitleHead, normalizeRole } from './roles.ts';
import { isReportingNoun } from './reporting-words.ts';
import { endsContactClause, isPartitive, isPostmodifyingAdjective } from './sources.ts';
import { genderOfNoun } from './gendered-nouns.ts';
import { isQuantifierPronoun } from './quantifier-pronouns.ts';
import {
  HEAD_PREPOSITIONS,
  POSSESSIVE_TO_SUBJECT,
  PRONOUN_GENDER,
  descriptionHead,
  isPlural,
  mentionOutsideQuotes,
  resolvePronoun,
} from './pronouns.ts';

export type { DiscourseState } from './discourse.ts';

export interface ResolvedSpeaker {
  actor: ActorRecord;
  roleTitle: string | null;
}

// Object pronouns after "according to", and the subject pronoun each stands for.
const OBJECT_TO_SUBJECT: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
// Heads that describe the top of a state or government without naming the office.
const LEADER_WORDS = new Set(['leader', 'head']);
const RANK_WORDS = new Set(['deputy', 'vice', 'assistant', 'acting', 'former', 'interim']);
// Plural heads through which an organisation or country speaks as a body.
const COLLECTIVE_HEADS = new Set(['leader', 'member', 'government', 'negotiator']);

/** "studies" → "study", "authorities" → "authority", "spokesmen" → "spokesman". */
function singularHead(word: string): string {
  const lower = word.toLowerCase();
  return singularForms(lower).at(-1) ?? lower;
}

/** The role most recently stated for the actor before `at` ("Indyk said" takes the last title given him). */
function roleAt(state: DiscourseState, actor: ActorRecord, at: number): string | null {
  return state.named.registry.roleAt(actor, at);
}

/**
 * How well a definite description ("the Ukrainian leader", "the official") fits an actor; `countries` are
 * those its modifiers name as demonyms ("Ukrainian").
 */
function describes(
  actor: ActorRecord,
  head: string,
  countries: string[],
  parties: string[],
  complemented: boolean,
): boolean {
  const roleFits = actor.roles.some((role) => {
    // The country test first: it needs no words of the title.
    if (!countries.every((c) => role.country === c)) return false;
    const words = role.title.toLowerCase().split(/\s+/);
    // "the Democratic presidential nominee" is not the Republican one: a party the title names must be the same.
    if (!sameParties(parties, words)) return false;
    return (
      words.some((w) => singularHead(w) === head) ||
      (LEADER_WORDS.has(head) && !complemented && (role.kind === 'HEAD_OF_STATE' || role.kind === 'HEAD_OF_GOVERNMENT'))
    );
  });
  if (roleFits) return true;
  if (actor.kind !== 'ANONYMOUS' || countries.length > 0) return false;
  const nameWords = actor.name.toLowerCase().split(/\s+/);
  if (!sameParties(parties, nameWords)) return false;
  return singularHead(nameWords[nameWords.length - 1] ?? '') === head;
}

// The parties of a two-party or Westminster system that titles name ("the Republican nominee", "the Labour leader"),
// each word with the party it names.
const PARTY_OF_WORD: Record<string, string> = {
  republican: 'republican',
  gop: 'republican',
  democratic: 'democratic',
  democrat: 'democratic',
  labour: 'labour',
  conservative: 'conservative',
  tory: 'conservative',
};

function partyOf(word: string): string | null {
  return PARTY_OF_WORD[word.toLowerCase()] ?? null;
}

/** No party of `parties` differs from one that `words` name. */
function sameParties(parties: string[], words: string[]): boolean {
  const named = words.map(partyOf).filter((p): p is string => p !== null);
  return parties.every((party) => named.every((other) => other === party));
}

function withoutDeterminer(text: string): string {
  return text.replace(/^(?:the|a|an|this|that|these|those|one|another)\s+/i, '');
}

const DETERMINER_WORD = /^(?:The|A|An|This|That|These|Those|One|Another)\b/;

// Adjectives of regions and blocs, capitalised wherever they stand (demonyms of countries are in the gazetteer).
const PROPER_ADJECTIVES = new Set([
  'baltic',
  'nordic',
  'scandinavian',
  'balkan',
  'arab',
  'european',
  'asian',
  'african',
  'latin',
  'caribbean',
  'mediterranean',
  'western',
  'gulf',
  'democratic',
  'republican',
]);

// Prefixes written with a hyphen before a capitalised base (Quirk et al. 1985, App. I.11–I.21: "anti-TPP",
// "pro-Kremlin", "ex-Labour", "non-EU", "post-Soviet", "pan-African").
const WORD_PREFIXES: ReadonlySet<string> = new Set([
  'anti',
  'pro',
  'ex',
  'non',
  'pre',
  'post',
  'neo',
  'pan',
  'mid',
  'co',
  'counter',
  'semi',
  'sub',
  'super',
  'trans',
  'ultra',
  'inter',
  'un',
]);

/** Capitalised for its own sake ("Baltic nations", "Republican senators"), not because it opens the sentence. */
function isProperWord(state: DiscourseState, word: string): boolean {
  return (
    PROPER_ADJECTIVES.has(word.toLowerCase()) ||
    countryOfDemonym(word) !== undefined ||
    midSentenceCapitalised(state.doc).has(word)
  );
}

/** "The patient" → "the patient", "Federal prosecutors" → "federal prosecutors"; "New York's …", "Baltic nations" keep their capital. */
function lowerFirstWord(state: DiscourseState, text: string, startsWithName: boolean): string {
  if (DETERMINER_WORD.test(text)) return text.charAt(0).toLowerCase() + text.slice(1);
  if (startsWithName || !/^\p{Lu}\p{Ll}/u.test(text)) return text;
  const firstWord = /^[\p{L}'’-]+/u.exec(text)?.[0] ?? '';
  // "Al-Jazeera", "Mexican-American voters": a capital after the hyphen shows the word is a name, unless what
  // precedes the hyphen is a prefix ("Anti-TPP activists").
  if (/-\p{Lu}/u.test(firstWord) && !WORD_PREFIXES.has(firstWord.slice(0, firstWord.indexOf('-')).toLowerCase()))
    return text;
  return isProperWord(state, firstWord) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function anonymousActor(state: DiscourseState, text: string, startsWithName: boolean): ActorRecord {
  const { registry } = state.named;
  const actor = registry.create(
    lowerFirstWord(state, text, startsWithName),
    'ANONYMOUS',
    genderOfNoun(descriptionHead(text)),
  );
  const role = withoutDeterminer(text);
  if (findRoleHead(role)) registry.addRole(actor, role);
  return actor;
}

/** A bare plural ("Federal prosecutors", "prosecutors") is the same group as an earlier one whose words it ends or extends. */
function groupActor(state: DiscourseState, text: string, startsWithName: boolean): ActorRecord {
  const words = text.toLowerCase().split(/\s+/);
  const lastWord = words[words.length - 1] as string;
  for (const actor of state.named.registry.actors) {
    if (actor.kind !== 'ANONYMOUS') continue;
    // Either name ends the other, so both end on the same word: a name that does not is not split.
    const name = actor.name.toLowerCase();
    if (!name.endsWith(lastWord)) continue;
    const own = name.split(/\s+/);
    const shorter = own.length <= words.length ? own : words;
    const longer = own.length <= words.length ? words : own;
    if (shorter.every((w, i) => w === longer[longer.length - shorter.length + i])) {
      if (words.length > own.length) state.named.registry.rename(actor, lowerFirstWord(state, text, startsWithName));
      else state.named.registry.addAlias(actor, text);
      return actor;
    }
  }
  return anonymousActor(state, text, startsWithName);
}

// Nouns for people and bodies that speak; together with role words and agent suffixes below.
const SPEAKING_NOUNS = new Set([
  'people',
  'person',
  'man',
  'woman',
  'family',
  'group',
  'source',
  'party',
  'government',
  'administration',
  'authority',
  'authorities',
  'police',
  'agency',
  'committee',
  'court',
  'union',
  'campaign',
  'office',
  'ministry',
  'company',
  'firm',
  'team',
  'board',
  'council',
  'patient',
  'victim',
  'witness',
  'resident',
  'student',
  'parent',
  'child',
  'staff',
  'employee',
  'army',
  'military',
  'record',
  'document',
  'report',
  'study',
  'statement',
  'survey',
  'poll',
  // Evidence that "shows" or "finds" something, as documents do ("the data showed", "the audit found").
  'data',
  'figure',
  'statistic',
  'research',
  'analysis',
  'finding',
  'investigation',
  'inquiry',
  'review',
  'audit',
  'census',
  'filing',
  'estimate',
  'count',
  'tally',
  'projection',
  'forecast',
  // News media and bodies that report: "several outlets reported", "the newspaper noted".
  'outlet',
  'media',
  'press',
  'broadcaster',
  'tabloid',
  'newspaper',
  'paper',
  'network',
  'magazine',
  'publication',
  'organization',
  'organisation',
  'association',
  'commission',
  'coalition',
  'nation',
  'country',
  'state',
  'ally',
  'neighbor',
  'neighbour',
  'member',
  // People by their relation to others or to a cause: "some individuals reported", "his sister noted".
  'individual',
  'citizen',
  'critic',
  'pundit',
  'fan',
  'friend',
  'colleague',
  'relative',
  'athlete',
  'veteran',
  'scholar',
  'mother',
  'father',
  'daughter',
  'son',
  'wife',
  'husband',
  'brother',
  'sister',
  'sibling',
  'spouse',
]);
const AGENT_SUFFIXES = ['er', 'or', 'ist', 'ian', 'ant', 'ent', 'ee'];
// Words for words: "the term refers to …", "an old slogan promised …" name what an expression means, not a speaker.
const EXPRESSION_NOUNS = new Set([
  'jargon',
  'slang',
  'slogan',
  'motto',
  'term',
  'phrase',
  'word',
  'expression',
  'idiom',
  'acronym',
  'abbreviation',
  'nickname',
]);

// "according to plan", "according to their preference", "according to tradition": a measure that something
// conforms to, never a source (English's "according to" in its sense "in agreement with").
const NORM_NOUNS = new Set([
  'plan',
  'schedule',
  'preference',
  'preferences',
  'instinct',
  'instincts',
  'taste',
  'tastes',
  'wish',
  'wishes',
  'tradition',
  'custom',
  'need',
  'needs',
  'ability',
  'means',
]);

/** "The Israeli election results suggest …" reports no speaker; "the official", "prosecutors" do. */
function canSpeak(head: string): boolean {
  return (
    SPEAKING_NOUNS.has(head) || findRoleHead(head) !== null || AGENT_SUFFIXES.some((suffix) => head.endsWith(suffix))
  );
}

/** The word a body's name is a kind of: its last word before a complement ("Board" of "Illinois Board of Elections"). */
function nameHead(name: string): string {
  const words = name.split(/\s+/);
  const complement = words.findIndex((word, i) => i > 0 && /^\p{Ll}/u.test(word));
  return singularHead(words[(complement > 0 ? complement : words.length) - 1] ?? '');
}

/**
 * The organisation named earlier that a definite description names again in its own words: "the university"
 * after "Ohio State University", "the foundation" after "the Andy Warhol Foundation", "the court" after "the
 * Supreme Court of Cassation". Every word of the description is a word of the name and its head is the name's
 * head ("the platform" is no "Platform Committee"), so it needs no list of kinds of body. Of several such, the one
 * mentioned last before `at`, in this paragraph or the one before: further back, "the network" is more likely the
 * network the story is about than a "Dish Network" named in passing.
 */
function organizationOfOwnWords(state: DiscourseState, words: Token[], at: number): ActorRecord | null {
  if (words.length === 0 || words.some((word) => !/^\p{L}/u.test(word.text))) return null;
  const wanted = words.map((word) => singularHead(word.text));
  const head = wanted[wanted.length - 1] as string;
  const paragraph = (words[0] as Token).paragraph;
  const from = state.doc.paragraphs[Math.max(0, paragraph - 1)]?.start ?? 0;
  return organizationNamedLast(state, at, from, (actor) => {
    if (nameHead(actor.name) !== head) return false;
    const nameWords = new Set(actor.name.toLowerCase().split(/\s+/).map(singularHead));
    return wanted.every((word) => nameWords.has(word));
  });
}

/** Of the organisations `fits` accepts, the one named last before `at`, if named at `from` or after. */
function organizationNamedLast(
  state: DiscourseState,
  at: number,
  from: number,
  fits: (actor: ActorRecord) => boolean,
): ActorRecord | null {
  let last: ActorRecord | null = null;
  let lastAt = from - 1;
  for (const actor of state.named.registry.actors) {
    if (actor.kind !== 'ORGANIZATION' || !fits(actor)) continue;
    const named = state.named.registry.lastMentionBefore(actor, at);
    if (named > lastAt) {
      last = actor;
      lastAt = named;
    }
  }
  return last;
}

// Nouns for a kind of body that news uses to name a company or club again ("the airline said", "the firm said"),
// beyond the heads of bodies' names (gazetteer.ts) and the trade nouns (names.ts): WordNet's hyponyms of business
// and organisation that newswire uses so.
const BODY_KIND_NOUNS = new Set(['firm', 'airline', 'carrier', 'automaker', 'carmaker']);
// Nouns left as written: the government and the courts are the country's; a "party", "campaign", "team" or "group" as
// often a person's side or a gathering; and an outlet ("the network", "the newspaper") or a broadcast ("the programme")
// is often one the story cites without naming it as a body that acts.
const NOT_NAMED_AGAIN = new Set([
  'government',
  'court',
  'party',
  'campaign',
  'school',
  'hospital',
  'team',
  'group',
  'network',
  'newspaper',
  'paper',
  'magazine',
  'station',
  'programme',
  'program',
]);

/**
 * "Toyota recalled 40,000 cars. The automaker said …": "the" and a noun for a kind of body, alone, name the body
 * named last, in this sentence or the one before, as a pronoun would; a description in the body's own words is
 * organizationOfOwnWords's. Further back, a body the reader cannot have recognised may stand between ("EgyptAir
 * cancelled flights. The airline said …" after a club named earlier): the description is then left as written.
 */
function organizationOfKind(state: DiscourseState, head: string, at: number): ActorRecord | null {
  if (NOT_NAMED_AGAIN.has(head) || !(isOrganizationHead(head) || BODY_KIND_NOUNS.has(head))) return null;
  const { doc } = state;
  const described = organizationCalled(state, head, at);
  if (described) return described;
  const sentence = doc.tokens[tokenIndexAt(doc, at)]?.sentence ?? 0;
  const fits = BUSINESS_KIND_NOUNS.has(head) ? mayBeBusiness : anyBody;
  return organizationNamedLast(state, at, doc.sentences[Math.max(0, sentence - 1)]?.start ?? 0, fits);
}

/**
 * "Irish budget airline Ryanair have dismissed … The airline says": the body the article has called by the noun, right
 * before its name, is the one the noun names again, whichever body was named since (the one it called so last).
 */
function organizationCalled(state: DiscourseState, noun: string, at: number): ActorRecord | null {
  const { doc } = state;
  let called: ActorRecord | null = null;
  let calledAt = -1;
  for (const actor of state.named.registry.actors) {
    if (actor.kind !== 'ORGANIZATION') continue;
    for (const mention of actor.mentions) {
      if (mention.start >= at) break;
      if (mention.start <= calledAt) continue;
      if (doc.tokens[tokenIndexAt(doc, mention.start) - 1]?.lower !== noun) continue;
      called = actor;
      calledAt = mention.start;
    }
  }
  return called;
}

const anyBody = (): boolean => true;

// Nouns that name a business again, and the heads of bodies' names a business may bear ("Ford Motor Company",
// "Goldman Sachs Group"); a body named by another head ("Westboro Baptist Church", "Ohio State University") is no
// business, whatever was named last.
const BUSINESS_KIND_NOUNS = new Set(['company', ...BODY_KIND_NOUNS]);
const BUSINESS_HEADS = new Set(['company', 'corporation', 'group', 'bank', 'fund', 'trust', 'exchange', 'network']);

function mayBeBusiness(actor: ActorRecord): boolean {
  const head = nameHead(actor.name);
  return !isOrganizationHead(head) || BUSINESS_HEADS.has(head);
}

/** The word a token ends, with the parts the tokenizer split at its hyphens: "front-runner", "co-founder". */
function hyphenatedWordEndingAt(doc: TextDocument, k: number): string {
  let first = k;
  while (first >= 2 && isInnerHyphen(doc.tokens, first - 1)) first -= 2;
  return doc.body.slice((doc.tokens[first] as Token).start, (doc.tokens[k] as Token).end);
}

function resolveDescription(
  state: DiscourseState,
  phrase: Phrase,
  at: number,
  anySource: boolean,
): ResolvedSpeaker | null {
  const { doc } = state;
  const { registry } = state.named;
  const tokens = doc.tokens.slice(phrase.first, phrase.end);
  const text = phraseText(doc, phrase);
  const determiner = (tokens[0] as Token).lower;
  // "Experts on jail suicide": the head comes before a prepositional complement; "one of the mayor's
  // advisers": after a part, the group's head.
  const group = tokens[1]?.lower === 'of' && isPartitive(determiner) ? tokens.slice(2) : tokens;
  const preposition = group.findIndex((t, k) => k > 0 && t.pos === 'ADP');
  const core = preposition > 0 ? group.slice(0, preposition) : group;
  const head = singularHead(hyphenatedWordEndingAt(doc, (core[core.length - 1] as Token).index));
  const modifiers = core.slice(1, -1).map((t) => t.text);
  // "the deputy head of the delegation": a head of something named, or of a lower rank, is not the leader.
  const complemented = preposition > 0 || modifiers.some((m) => RANK_WORDS.has(m.toLowerCase()));

  if (EXPRESSION_NOUNS.has(head) || NORM_NOUNS.has(head)) return null;
  const body =
    DEFINITE.has(determiner) && preposition < 0
      ? (organizationOfOwnWords(state, core.slice(1), at) ??
        (determiner === 'the' && core.length === 2 ? organizationOfKind(state, head, at) : null))
      : null;
  if (body) {
    registry.addAlias(body, text);
    return { actor: body, roleTitle: null };
  }
  if (!anySource && !canSpeak(head)) return null;
  const firstToken = tokens[0] as Token;
  const startsWithName =
    state.named.actorAtToken.has(firstToken.index) || state.named.placeOrderAt.has(firstToken.index);
  if (INDEFINITE.has(determiner)) return { actor: anonymousActor(state, text, startsWithName), roleTitle: null };
  // "NATO leaders agreed …", "EU members said …": the body speaks, in the words given.
  const namedBody = startsWithName ? state.named.actorAtToken.get(firstToken.index)?.actor : undefined;
  if (
    namedBody &&
    (namedBody.kind === 'ORGANIZATION' || namedBody.kind === 'COUNTRY') &&
    COLLECTIVE_HEADS.has(head) &&
    !INDEFINITE.has(determiner)
  )
    return { actor: namedBody, roleTitle: registry.addRole(namedBody, text) };
  if (!DEFINITE.has(determiner)) return { actor: groupActor(state, text, startsWithName), roleTitle: null };

  const countries = modifiers.map((m) => countryOfDemonym(m)?.name).filter((c): c is string => c !== undefined);
  const parties = modifiers.map(partyOf).filter((p): p is string => p !== null);
  let best: ActorRecord | null = null;
  let bestAt = -1;
  // "the Armenians of Israel": a people named by its plural is no one person's title.
  const people = isPluralDemonym((core[core.length - 1] as Token).text);
  for (const actor of people ? [] : registry.actors) {
    if (!describes(actor, head, countries, parties, complemented)) continue;
    const seen = registry.lastMentionBefore(actor, at);
    if (seen > bestAt) {
      best = actor;
      bestAt = seen;
    }
  }
  // "the envoy" that fits no one named: the same description again is the same source.
  if (!best) {
    const same = registry.findByName(lowerFirstWord(state, text, false), 'ANONYMOUS');
    return { actor: same ?? anonymousActor(state, text, false), roleTitle: null };
  }
  registry.addAlias(best, text);
  if (best.kind === 'ANONYMOUS') return { actor: best, roleTitle: null };
  const described = withoutDeterminer(text);
  let roleTitle: string | null;
  if (modifiers.length > 0 && findRoleHead(described)) {
    roleTitle = registry.addRole(best, normalizeRole(described).title);
    registry.stateRole(best, at, roleTitle);
  } else roleTitle = roleAt(state, best, at);
  return { actor: best, roleTitle };
}

const OWNER_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/**
 * The possessive determiner right before a description ("his critics", "their lawyer"), which the phrase found
 * before the cue leaves out; null when there is none, or the phrase is a name, or "her" may be a verb's object.
 */
function ownerOfDescription(state: DiscourseState, phrase: Phrase): number | null {
  const { doc, named } = state;
  const owner = doc.tokens[phrase.first - 1];
  const first = doc.tokens[phrase.first] as Token;
  if (!owner || !OWNER_DETERMINERS.has(owner.lower) || owner.sentence !== first.sentence || owner.quote >= 0)
    return null;
  if (first.pos === 'DET' || first.pos === 'PRON' || named.actorAtToken.has(phrase.first)) return null;
  if ((doc.tokens[phrase.end - 1] as Token).pos !== 'NOUN') return null;
  const beforeOwner = doc.tokens[phrase.first - 2];
  if (owner.lower === 'her' && beforeOwner?.pos === 'VERB') return null;
  return owner.index;
}

const FIGURE_NOUNS = new Set(['average', 'total']);
const SHARE_OF_GROUP = /^[\p{L}\d.-]+\s+(?:percent\s+of|%\s+of|in\s+\d+)\s/iu;

/**
 * The actor a speaker phrase refers to: a name, a pronoun, a definite description matched to an
 * earlier actor, or an anonymous source (each indefinite "a senior official" is a new actor).
 * `anySource` admits documents and data as sources ("according to company filings").
 */
export function resolveSpeaker(state: DiscourseState, phrase: Phrase, anySource = false): ResolvedSpeaker | null {
  const { doc, named } = state;
  const first = doc.tokens[phrase.first] as Token;
  const last = doc.tokens[phrase.end - 1] as Token;
  // "Holm shot back, saying …", "Lind fired back": a verb before "back" read as a noun ends no name.
  if (phrase.end - phrase.first > 1 && doc.tokens[phrase.end]?.lower === 'back' && /^\p{Ll}/u.test(last.text)) {
    const name = doc.tokens[phrase.end - 2] as Token;
    if (isCapitalisedName(name)) return resolveSpeaker(state, { first: phrase.first, end: phrase.end - 1 }, anySource);
  }
  // "his critics said", "her brother told": the possessive belongs to the description it opens.
  const owner = ownerOfDescription(state, phrase);
  if (owner !== null) return resolveSpeaker(state, { first: owner, end: phrase.end }, anySource);
  // "One of them": a part of a group named by a pronoun is a source of its own.
  const partOfPronoun =
    phrase.end - phrase.first === 3 &&
    isPartitive(first.lower) &&
    doc.tokens[phrase.first + 1]?.lower === 'of' &&
    last.pos === 'PRON';
  if (partOfPronoun) {
    const actor = anonymousActor(state, phraseText(doc, phrase), false);
    named.registry.addMention(actor, { start: first.start, end: last.end }, phraseText(doc, phrase), null);
    return { actor, roleTitle: null };
  }
  // "Six in 10 Americans", "52 percent of registered voters": a share of a group is a source of its own.
  if (SHARE_OF_GROUP.test(phraseText(doc, phrase))) {
    const actor = anonymousActor(state, phraseText(doc, phrase), false);
    named.registry.addMention(actor, { start: first.start, end: last.end }, phraseText(doc, phrase), null);
    return { actor, roleTitle: null };
  }
  // "the i reported": an article before a pronoun makes a name of it (a newspaper).
  if (phrase.end - phrase.first === 2 && first.lower === 'the' && last.pos === 'PRON') {
    const text = phraseText(doc, phrase);
    const actor = named.registry.findByName(text) ?? named.registry.create(text, 'ORGANIZATION');
    named.registry.addMention(actor, { start: first.start, end: last.end }, text, null);
    return { actor, roleTitle: null };
  }
  // "democratic socialist", "the military": a noun of a follower, or a fused head, the tagger reads as an adjective
  // heads the phrase.
  // "the polling average", "a running total": nouns of figures the tagger reads as adjectives.
  // "NATO chief says", "the army chief": a title word the tagger reads as an adjective after the noun or name it
  // is the title of.
  const before = doc.tokens[phrase.end - 2];
  const titleAfterModifier =
    last.pos === 'ADJ' &&
    findTitleHead(last.lower) !== null &&
    (before?.pos === 'PROPN' || before?.pos === 'NOUN') &&
    phrase.end - 2 >= phrase.first;
  // "according to recent counts", "company filings show": a plural ending a source's phrase, which the tagger
  // reads as a verb ("counts", "filings"), is its head noun.
  const pluralAsVerb = anySource && last.pos === 'VERB' && /[^s]s$/.test(last.lower) && last.lemma !== last.lower;
  // "according to preliminary exit polling": so is a gerund after the noun it is compounded with.
  const gerundAsVerb =
    anySource && last.pos === 'VERB' && last.lower.endsWith('ing') && before !== undefined && before.pos === 'NOUN';
  const followerNoun =
    titleAfterModifier ||
    pluralAsVerb ||
    gerundAsVerb ||
    adjectiveHeadsPhrase(doc, phrase) ||
    (last.pos === 'ADJ' && FIGURE_NOUNS.has(last.lower)) ||
    isAgeNoun(doc, phrase) ||
    // "aides close to her", "those loyal to him": a pronoun ends the complement of the noun that heads the phrase.
    (last.pos === 'PRON' && describesThroughPreposition(doc, phrase, undefined)) ||
    // "all the experts I interviewed": a relative clause without its pronoun after the noun that heads the phrase.
    (phrase.end - phrase.first >= 3 && endsContactClause(doc, phrase.end - 1));
  if (
    phrase.end - phrase.first > 1 &&
    last.pos !== 'NOUN' &&
    last.pos !== 'PROPN' &&
    !followerNoun &&
    !/^\p{Lu}/u.test(last.text)
  )
    return null;
  // "Cornyn's statement said", "PC World's recent analysis of its traffic concluded", "the post by an
  // unknown author said": whoever the message is from speaks.
  const author = authorOfMessage(doc, phrase);
  if (author) return resolveSpeaker(state, author, anySource);
  // "according to the team's coach, Alireza Mehraban, …": a name set after a description is who it describes.
  const appositive = appositiveName(state, phrase);
  if (appositive) {
    const title = withoutDeterminer(phraseText(doc, phrase));
    const roleTitle = findTitleHead(title) ? named.registry.addRole(appositive, title) : null;
    if (roleTitle) named.registry.stateRole(appositive, first.start, roleTitle);
    return { actor: appositive, roleTitle: roleTitle ?? roleAt(state, appositive, first.start) };
  }
  const member = memberEpithet(state, phrase) ?? ageEpithet(state, phrase);
  if (member) {
    named.registry.addAlias(member, phraseText(doc, phrase));
    named.registry.addMention(member, { start: first.start, end: last.end }, phraseText(doc, phrase), null);
    return { actor: member, roleTitle: roleAt(state, member, first.start) };
  }
  // "The astronomer also said": the occupation that names the speaker again is the title given where they speak.
  const worker = occupationEpithet(state, phrase);
  if (worker) {
    const title = findTitleHead(last.text) ? named.registry.addRole(worker, last.text) : null;
    named.registry.addAlias(worker, phraseText(doc, phrase));
    named.registry.addMention(worker, { start: first.start, end: last.end }, phraseText(doc, phrase), title);
    return { actor: worker, roleTitle: title ?? roleAt(state, worker, first.start) };
  }
  let resolved: ResolvedSpeaker | null = null;
  // "Later someone asked …": an indefinite pronoun is a source of its own, like "a member of the audience".
  if (phrase.end - phrase.first === 1 && (INDEFINITE_PRONOUNS.has(first.lower) || isQuantifierPronoun(first.text)))
    resolved = { actor: anonymousActor(state, first.text, false), roleTitle: null };
  else if (phrase.end - phrase.first === 1 && (first.pos === 'PRON' || POSSESSIVE_TO_SUBJECT[first.lower])) {
    // "according to him", "according to her": the object pronoun stands for the one who speaks, as a subject would.
    const accordingTo =
      doc.tokens[first.index - 1]?.lower === 'to' && doc.tokens[first.index - 2]?.lower === 'according';
    const asSubject = accordingTo ? OBJECT_TO_SUBJECT[first.lower] : undefined;
    const pronoun = asSubject ?? POSSESSIVE_TO_SUBJECT[first.lower] ?? first.lower;
    const possessive = pronoun !== first.lower && asSubject === undefined;
    const actor = resolvePronoun(state, pronoun, first.start, first.paragraph, possessive);
    resolved = actor ? { actor, roleTitle: roleAt(state, actor, first.start) } : null;
  } else resolved = resolveNounPhrase(state, phrase, anySource);
  if (resolved)
    named.registry.addMention(
      resolved.actor,
      { start: first.start, end: last.end },
      phraseText(doc, phrase),
      resolved.roleTitle,
    );
  return resolved;
}

/** The speaker a phrase that is no pronoun names or describes. */
function resolveNounPhrase(state: DiscourseState, phrase: Phrase, anySource: boolean): ResolvedSpeaker | null {
  const { doc, named } = state;
  const first = doc.tokens[phrase.first] as Token;
  const last = doc.tokens[phrase.end - 1] as Token;
  // "Lydia Buchtmann for Food Standards Australia New Zealand", "the Cyber Security Centre of the UK": the name
  // heads the phrase.
  const head = nameBeforePreposition(state, phrase);
  if (head) return { actor: head.actor, roleTitle: head.roleTitle ?? roleAt(state, head.actor, first.start) };
  if (anySource && isPlaceName(state, phrase)) {
    // "Texas said", "Kosovo said": a place that speaks is its government, not an anonymous source.
    const text = phraseText(doc, phrase);
    const actor = named.registry.findByName(text) ?? named.registry.create(text, 'COUNTRY');
    return { actor, roleTitle: null };
  }
  // "astronomers at Ohio State University", "a spokesman for the campaign": the people described speak, not
  // the body named after the preposition.
  if (describesThroughPreposition(doc, phrase, named.actorAtToken.get(last.index)))
    return resolveDescription(state, phrase, first.start, anySource);
  // "Hillary Clinton and Martin O'Malley have pledged": of two people named together, the first heads the
  // coordination and speaks for both.
  const named_ = firstOfCoordinatedPeople(state, phrase) ?? named.actorAtToken.get(last.index);
  if (named_) return { actor: named_.actor, roleTitle: named_.roleTitle ?? roleAt(state, named_.actor, first.start) };
  // "according to Billboard": a source named only there is a publication or a body; "Kowalczyk said": a
  // lone name that speaks is a person unless it names a known body.
  const bySurname = phrase.end - phrase.first === 1 ? personBySurname(state, last) : null;
  if (bySurname) {
    named.registry.addAlias(bySurname, last.text);
    return { actor: bySurname, roleTitle: roleAt(state, bySurname, first.start) };
  }
  return (
    resolveUnlinkedName(state, last, loneNameKind(doc, phrase, last)) ??
    resolveDescription(state, phrase, first.start, anySource)
  );
}

/** The first of two people named in the phrase and joined by "and": "Noel and Thomas", "Sens. Ann Lee and Tom Hale". */
function firstOfCoordinatedPeople(
  state: DiscourseState,
  phrase: Phrase,
): { actor: ActorRecord; roleTitle: string | null } | null {
  const { doc, named } = state;
  for (let k = phrase.first + 1; k < phrase.end - 1; k++) {
    if ((doc.tokens[k] as Token).lower !== 'and') continue;
    // "Sen. Ada Lind (D-Ore.) and …": the first name ends before its bracketed code.
    const first = named.actorAtToken.get(beforeBrackets(doc, k) - 1);
    const second = named.actorAtToken.get(phrase.end - 1);
    if (first?.actor.kind === 'PERSON' && second?.actor.kind === 'PERSON' && first.actor !== second.actor) return first;
    return null;
  }
  return null;
}

/**
 * "…," the Spaniard added', "the Democrat said": a member of a people, party or faith named for a person already in
 * the story (the news writer's elegant variation) is the one who spoke last, in this paragraph or the one before,
 * unless a sentence after it named someone else; else the subject of the last sentence naming a person. An age is
 * read more narrowly (ageEpithet).
 */
function memberEpithet(state: DiscourseState, phrase: Phrase): ActorRecord | null {
  const { doc, named } = state;
  const [article, noun] = [doc.tokens[phrase.first] as Token, doc.tokens[phrase.end - 1] as Token];
  if (phrase.end - phrase.first !== 2 || article.lower !== 'the' || !isMemberNoun(noun.text)) return null;
  let best: ActorRecord | null = null;
  let bestSentence = -1;
  let bestStart = Infinity;
  for (const actor of named.registry.actors) {
    if (actor.kind !== 'PERSON') continue;
    const seen = named.registry.lastMentionBefore(actor, article.start);
    if (seen < 0) continue;
    const sentence = sentenceAt(doc, seen);
    if (!sentence) continue;
    // The person whose mention opens the latest sentence naming anyone: its subject, as a rule.
    const opening = actor.mentionStarts.find((start) => start >= sentence.start) ?? seen;
    if (sentence.index > bestSentence || (sentence.index === bestSentence && opening < bestStart)) {
      best = actor;
      bestSentence = sentence.index;
      bestStart = opening;
    }
  }
  // The last speaker, unless someone was named after it spoke: "Chelsea coach Enzo Maresca was less pleased. '…,'
  // the Italian said" is Maresca, whoever spoke before him.
  const last = state.lastSpeaker;
  if (last && last.actor.kind === 'PERSON' && noun.paragraph - last.paragraph <= 1) {
    const seen = named.registry.lastMentionBefore(last.actor, article.start);
    if (!best || (seen >= 0 && (sentenceAt(doc, seen)?.index ?? -1) >= bestSentence)) return last.actor;
  }
  return best && noun.paragraph - (doc.tokens[doc.sentences[bestSentence]!.firstToken] as Token).paragraph <= 1
    ? best
    : null;
}

/**
 * "Striker Leo Banks scored twice. “…,” the 25-year-old told Sky Sports": "the" and an age, speaking, are the person
 * named first, outside quotations, in this sentence or the one before; further back, or where no one is named
 * there, it is a description of its own ("the Slovenia-born former model … said the 46-year-old").
 */
function ageEpithet(state: DiscourseState, phrase: Phrase): ActorRecord | null {
  const { doc, named } = state;
  const article = doc.tokens[phrase.first] as Token;
  if (phrase.end - phrase.first !== 6 || article.lower !== 'the' || !isAgeNoun(doc, phrase)) return null;
  const sentence = article.sentence;
  let best: ActorRecord | null = null;
  let bestAt = -1;
  let bestSentence = -1;
  for (const actor of named.registry.actors) {
    if (actor.kind !== 'PERSON') continue;
    for (const mention of actor.mentions) {
      if (mention.start >= article.start) continue;
      const token = doc.tokens[tokenIndexAt(doc, mention.start)] as Token;
      if (token.quote >= 0 || token.sentence < sentence - 1) continue;
      // The latest sentence first; in it, the mention that comes first, its subject as a rule.
      if (token.sentence > bestSentence || (token.sentence === bestSentence && mention.start < bestAt)) {
        best = actor;
        bestAt = mention.start;
        bestSentence = token.sentence;
      }
    }
  }
  return best;
}

/**
 * "Sheppard said, “…”. The astronomer also said, “…”": "the" and a noun for a person that the article has not used
 * before, speaking right after a person spoke (in this sentence or the one before, in the same paragraph) with no one
 * named since, is that person named again by their occupation; a noun the article used already ("a lawyer", "the
 * coach") describes someone of its own.
 */
function occupationEpithet(state: DiscourseState, phrase: Phrase): ActorRecord | null {
  const { doc, named } = state;
  const [article, noun] = [doc.tokens[phrase.first] as Token, doc.tokens[phrase.end - 1] as Token];
  if (phrase.end - phrase.first !== 2 || article.lower !== 'the' || noun.pos !== 'NOUN') return null;
  if (!isPersonNoun(noun.text) || /[^s]s$/.test(noun.lower)) return null;
  const last = state.lastSpeaker;
  if (!last || last.actor.kind !== 'PERSON' || last.paragraph !== noun.paragraph) return null;
  const seen = named.registry.lastMentionBefore(last.actor, article.start);
  const seenSentence = seen >= 0 ? (sentenceAt(doc, seen)?.index ?? -1) : -1;
  if (seenSentence < article.sentence - 1) return null;
  // No one else named since the speaker was, outside quotations.
  for (const actor of named.registry.actors) {
    if (actor !== last.actor && actor.kind === 'PERSON' && mentionOutsideQuotes(state, actor, article.start) > seen)
      return null;
  }
  // A title of office the speaker is not known by names someone else: "…," Hansman, a professor, said. The mayor
  // told …" is no professor.
  const titles = last.actor.roles.map((role) => role.title.toLowerCase());
  if (titles.length > 0 && findRoleHead(noun.text) !== null && !titles.some((title) => title.includes(noun.lower)))
    return null;
  // The noun is new to the article.
  const used = doc.tokens.slice(0, noun.index).some((t) => t.lower === noun.lower && t.quote < 0);
  return used ? null : last.actor;
}

/** "the 61-year-old", "a 19-year-old": an age used as a noun names a person of that age. */
function isAgeNoun(doc: TextDocument, phrase: Phrase): boolean {
  const words = doc.tokens.slice(Math.max(phrase.first, phrase.end - 5), phrase.end).map((t) => t.lower);
  return (
    words.length === 5 &&
    /^(?:\d+|\p{L}+)$/u.test(words[0] ?? '') &&
    words[1] === '-' &&
    /^years?$/.test(words[2] ?? '') &&
    words[3] === '-' &&
    words[4] === 'old'
  );
}

// Words that open a clause inside the sentence: "…, where they claimed", "… because she said".
const CLAUSE_OPENERS = new Set([
  'where',
  'when',
  'as',
  'because',
  'after',
  'before',
  'while',
  'since',
  'although',
  'though',
  'if',
  'that',
  'and',
  'but',
  'so',
]);

/**
 * "Scientology officials went to the station, where they claimed …", "Ms. Reyes left early because she said …":
 * a pronoun opening a clause inside the sentence refers to the sentence's own subject when that fits it.
 */
export function resolveSentencePronoun(state: DiscourseState, phrase: Phrase): ResolvedSpeaker | null {
  const { doc } = state;
  const pronoun = doc.tokens[phrase.first] as Token;
  if (phrase.end - phrase.first !== 1 || pronoun.pos !== 'PRON') return null;
  const gender = PRONOUN_GENDER[pronoun.lower];
  if (!gender && pronoun.lower !== 'they') return null;
  if (!CLAUSE_OPENERS.has(doc.tokens[phrase.first - 1]?.lower ?? '')) return null;
  const subject = sentenceSubject(doc, pronoun.sentence, phrase.first);
  if (!subject || subject.end >= phrase.first - 1) return null;
  const head = doc.tokens[subject.end - 1] as Token;
  if (gender ? head.pos !== 'PROPN' : !/[^s]s$/.test(head.lower)) return null;
  const resolved = resolveSpeaker(state, subject);
  if (!resolved) return null;
  const { actor } = resolved;
  const fits = gender
    ? actor.kind === 'PERSON' && (actor.gender === null || actor.gender === gender)
    : isPlural(actor) || actor.kind === 'ANONYMOUS';
  return fits ? { actor, roleTitle: roleAt(state, actor, pronoun.start) } : null;
}

// Nouns of messages, documents and the media they appear in, whose author speaks through them (beside the
// reporting nouns of reporting-words.json: "statement", "report", "post").
const MESSAGE_NOUNS = new Set([
  'analysis',
  'study',
  'review',
  'survey',
  'research',
  'finding',
  'website',
  'site',
  'blog',
  'account',
  'page',
  'posting',
]);

function isMessageNoun(token: Token): boolean {
  return token.pos === 'NOUN' && (isReportingNoun(token.lemma) || MESSAGE_NOUNS.has(token.lemma));
}

/**
 * The author of a message phrase: the possessor in "Cornyn's statement", "PC World's recent analysis of its
 * statistics", or the agent in "the post by an unknown author".
 */
function authorOfMessage(doc: TextDocument, phrase: Phrase): Phrase | null {
  let head = phrase.end - 1;
  for (let k = phrase.first + 1; k < phrase.end - 1; k++) {
    const token = doc.tokens[k] as Token;
    if (token.pos !== 'ADP') continue;
    head = k - 1;
    if (token.lower === 'by' && isMessageNoun(doc.tokens[head] as Token)) return { first: k + 1, end: phrase.end };
    break;
  }
  if (!isMessageNoun(doc.tokens[head] as Token)) return null;
  let k = head - 1;
  while (k > phrase.first && ((doc.tokens[k] as Token).pos === 'ADJ' || (doc.tokens[k] as Token).pos === 'NOUN')) k--;
  const mark = doc.tokens[k];
  return mark && POSSESSIVE_MARK.test(mark.text) && k > phrase.first ? { first: phrase.first, end: k } : null;
}

/** A person's name set off by commas right after a description: "the Afghan team's coach, Alireza Mehraban,". */
function appositiveName(state: DiscourseState, phrase: Phrase): ActorRecord | null {
  const { doc, named } = state;
  const first = doc.tokens[phrase.first] as Token;
  if (
    !DEFINITE.has(first.lower) &&
    !OWNER_DETERMINERS.has(first.lower) &&
    !POSSESSIVE_MARK.test(doc.tokens[phrase.end - 2]?.text ?? '')
  ) {
    if (!doc.tokens.slice(phrase.first, phrase.end).some((t) => POSSESSIVE_MARK.test(t.text))) return null;
  }
  if (named.actorAtToken.has(phrase.end - 1) || doc.tokens[phrase.end]?.text !== ',') return null;
  const name = named.actorAtToken.get(phrase.end + 1);
  if (!name || name.actor.kind !== 'PERSON') return null;
  const after = doc.tokens[name.name.endToken];
  return !after || after.text === ',' || after.sentence !== first.sentence || after.text === '.' ? name.actor : null;
}

/** The phrase is a place's name and nothing more: "Texas", "Hong Kong". */
function isPlaceName(state: DiscourseState, phrase: Phrase): boolean {
  const order = state.named.placeOrderAt.get(phrase.first);
  return order !== undefined && state.named.places[order]?.endToken === phrase.end;
}

const INDEFINITE_PRONOUNS = new Set(['someone', 'somebody']);
const POSSESSIVE_MARK = /^['’]s?$/;

/** The named person a phrase opens with, before a preposition ("Lydia Buchtmann for Food Standards …"). */
function nameBeforePreposition(
  state: DiscourseState,
  phrase: Phrase,
): { actor: ActorRecord; roleTitle: string | null } | null {
  const { doc } = state;
  for (let k = phrase.first + 1; k < phrase.end - 1; k++) {
    const token = doc.tokens[k] as Token;
    if (token.pos !== 'ADP' || !HEAD_PREPOSITIONS.has(token.lower)) continue;
    const named = state.named.actorAtToken.get(k - 1);
    if (named?.actor.kind === 'PERSON') return named;
    // "National Cyber Security Centre of the UK": a body of a country is the body.
    const after = state.named.actorAtToken.get(phrase.end - 1);
    if (named?.actor.kind === 'ORGANIZATION' && after?.actor.kind === 'COUNTRY') return named;
    // "Dodds of Time Magazine", "Kowalczyk of the Warsaw Institute": a lone name before "of" a body is a person of
    // it, known by the surname.
    if (!named && k - 1 === phrase.first && token.lower === 'of' && after?.actor.kind === 'ORGANIZATION')
      return resolveUnlinkedName(state, doc.tokens[k - 1] as Token, 'PERSON');
    return null;
  }
  return null;
}

/**
 * A common noun heads the phrase before a preposition: "researchers at the institute", "aides to the mayor",
 * "officials familiar with the plan", "sources briefed on the talks" (an adjective or a participle between).
 */
function describesThroughPreposition(doc: TextDocument, phrase: Phrase, lastName: NameLink | undefined): boolean {
  const endsWithPerson = lastName?.actor.kind === 'PERSON';
  for (let k = phrase.first + 1; k < phrase.end - 1; k++) {
    const token = doc.tokens[k] as Token;
    // "the former secretary of State Hillary Clinton": a preposition inside the person's own title describes no one.
    if (endsWithPerson && k >= lastName.name.titleFirst) return false;
    // "groups including the Harbor Trust": the groups speak.
    if (token.lower === 'including') return (doc.tokens[k - 1] as Token).pos === 'NOUN';
    if (token.pos !== 'ADP' || (!HEAD_PREPOSITIONS.has(token.lower) && token.lower !== 'to')) continue;
    const before = doc.tokens[k - 1] as Token;
    // "Peru's Ambassador to Spain": a title, however tagged, before "to". "the Armenians of Israel": the people of a
    // nation, named by its plural, are a group of their own where they live.
    if (before.pos === 'NOUN' || isPluralDemonym(before.text)) return true;
    // "Lawyers for Ann Vale said": a plural of people opening the sentence, which its capital makes a PROPN to
    // the tagger, speaks, not the person after the preposition.
    if (k - 1 === phrase.first && opensSentence(doc, k - 1) && isPluralOfSpeakers(before.text)) return true;
    if (token.lower === 'to' && findRoleHead(before.text) !== null) return !endsWithPerson;
    const modifies =
      before.pos === 'ADJ' ||
      isPostmodifyingAdjective(before.text) ||
      (before.pos === 'VERB' && /(?:ed|en)$/.test(before.lower));
    // "Officials close to …": a capital opening the sentence may make the noun a PROPN; "those close to …" stands
    // for the people described.
    if (!modifies || k - 2 < phrase.first) return false;
    const noun = doc.tokens[k - 2] as Token;
    return noun.pos === 'NOUN' || (noun.pos === 'PROPN' && k - 2 === phrase.first) || noun.lower === 'those';
  }
  return false;
}

/** The token opens its sentence, or follows punctuation there (a quotation mark, a dash). */
function opensSentence(doc: TextDocument, index: number): boolean {
  const previous = doc.tokens[index - 1];
  const token = doc.tokens[index] as Token;
  return !previous || previous.sentence !== token.sentence || previous.pos === 'PUNCT';
}

/** "Investigators", "Lawyers": the plural of a noun for people who can speak. */
function isPluralOfSpeakers(word: string): boolean {
  return word.toLowerCase().endsWith('s') && canSpeak(singularHead(word));
}

/** The kind of a lone capitalised word that speaks: a body after "according to" or when known as one, else a person. */
function loneNameKind(doc: TextDocument, phrase: Phrase, name: Token): ActorKind {
  const accordingTo =
    doc.tokens[phrase.first - 1]?.lower === 'to' && doc.tokens[phrase.first - 2]?.lower === 'according';
  return accordingTo || organizationKey(name.text) !== undefined || isOrganizationSuffix(name.text)
    ? 'ORGANIZATION'
    : 'PERSON';
}

/**
 * "Angus King said …. King added": a surname that is also a title word (King, Judge, Marshal, Bishop) is no name to
 * the name finder; written alone and capitalised, without an article, it is the one person named before with it.
 * So is a transcript's label in capitals ("WALLACE:").
 */
function personBySurname(state: DiscourseState, word: Token): ActorRecord | null {
  // "WALLACE: Do you …": a transcript's label in capitals is a surname too.
  const capitals = isInCapitals(word.text);
  if (!capitals && !/^\p{Lu}\p{Ll}+$/u.test(word.text)) return null;
  const ending = ` ${word.text}`;
  let found: ActorRecord | null = null;
  for (const actor of state.named.registry.actors) {
    const name = capitals ? actor.name.toUpperCase() : actor.name;
    if (actor.kind !== 'PERSON' || !name.endsWith(ending)) continue;
    if (state.named.registry.lastMentionBefore(actor, word.start) < 0) continue;
    // Two people of that surname: the word names neither surely.
    if (found) return null;
    found = actor;
  }
  return found;
}

/** A lone capitalised word that speaks ("Likud said") is taken for a person of that name. */
function resolveUnlinkedName(state: DiscourseState, head: Token, kind: ActorKind = 'PERSON'): ResolvedSpeaker | null {
  const name = state.named.unlinked.find((n) => n.firstToken === head.index && n.endToken === head.index + 1);
  if (!name) return null;
  // "Investigators said": a capitalised plural noun opening a sentence is a description, not a name.
  if (opensSentence(state.doc, head.index) && isPluralOfSpeakers(head.text)) return null;
  const { registry } = state.named;
  const actor = registry.findByName(name.text) ?? registry.create(name.text, kind);
  // "Peskov, the Kremlin spokesman, said", "Mr. Obi, a lawyer, told": a lone name states its titles as a full one does.
  const isPerson = (token: number) => state.named.actorAtToken.get(token)?.actor.kind === 'PERSON';
  // A person's title is singular: "Worse, companies gave …" names no one.
  const plural = appositiveAfter(state.doc, name.titleFirst, name.endToken, isPerson)?.roles.some((r) =>
    /[^s]s$/i.test(r),
  );
  const stated = kind === 'PERSON' && !plural ? rolesAtMention(state.doc, registry, actor, name, isPerson) : null;
  state.named.actorAtToken.set(head.index, new NameLink(actor, name, stated));
  return { actor, roleTitle: stated ?? roleAt(state, actor, head.start) };
}

/** "Hawk Sawyer said she …": a pronoun opening the reported clause refers to the speaker. */
export function learnGenderFromClause(actor: ActorRecord, firstClauseWord: Token | undefined): void {
  if (!firstClauseWord || actor.gender !== null || actor.kind !== 'PERSON') return;
  const gender =
    PRONOUN_GENDER[firstClauseWord.lower] ??
    (firstClauseWord.lower === 'his' ? 'male' : firstClauseWord.lower === 'her' ? 'female' : undefined);
  if (gender) actor.gender = gender;
}
