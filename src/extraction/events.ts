import type { EventDate, EventType, ExtractedEvent, ExtractedEventParticipant, Span, TextSpan } from './types.ts';
import { tokenIndexAt, type Sentence, type TextDocument, type Token } from './text/document.ts';
import type { NamedActors } from './actors.ts';
import type { NameSpan } from './names.ts';
import type { ActorRecord } from './actor-registry.ts';
import { countryOfDemonym, isOrganizationHead, isPersonNoun } from './gazetteer.ts';
import { endsRoleTitle } from './roles.ts';
import { aroundDateWords, findDate, mayHoldDate, opensDate } from './dates.ts';
import { eventSpeaksAhead } from './event-tense.ts';
import {
  isDescribingParticiple,
  isDenied,
  isHabitual,
  isHypothesisComplement,
  isInsideName,
  isModifyingParticiple,
  isNominalParticiple,
  isUnrealisedObject,
  isUnrealisedVerb,
  isSupposed,
  evidentialSource,
} from './event-mood.ts';
import { isLocativeMention, isSettingLike } from './actor-salience.ts';
import { isMatchMoment } from './match-moments.ts';
import { gappedConjuncts } from './gapped-events.ts';
import {
  ACTIVITY_STARTS,
  BE_FORMS,
  BINDING_VERBS,
  BUYING,
  DISPUTES,
  MAX_TOKENS_TO_PERMISSION,
  PERMISSIONS,
  MAX_TOKENS_TO_LAW,
  MAX_TOKENS_TO_REGARD,
  OPPONENT_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  REGARD,
  bindsAgreement,
  buysBody,
  approvesOf,
  attacksInWords,
  isDealIdiom,
  countsVotes,
  demonstratesProposition,
  drawsMatch,
  enactingAt,
  eruptsInReaction,
  isFacultyOfJudging,
  winsOverPerson,
  isDrawVerb,
  liesOffShore,
  shootingAt,
  stormsPlace,
  firingAt,
  losesContest,
  namesToOffice,
  passesLaw,
  phraseHolds,
  startsActivity,
  verdictAt,
  killingAt,
  issuingAt,
  tellingBodyAt,
  SENSE_OPENING_WORDS,
} from './event-senses.ts';
import { NOUN_PHRASE_TAGS } from './noun-phrases.ts';
import triggerData from './data/event-triggers.json' with { type: 'json' };
import type { Trigger } from './event-trigger.ts';
import { CLAUSE_ACTIONS, clauseActionAt } from './clause-actions.ts';
import { VERB_GROUP_TAGS, beforeVerbGroup } from './verb-groups.ts';

// Trigger phrases indexed by their first word, so each token costs one map lookup.
const triggersByFirstWord = new Map<string, Trigger[]>();
for (const entry of triggerData.triggers) {
  for (const written of entry.words) {
    const [phrase, pos] = written.split('/') as [string, string | undefined];
    const group = 'group' in entry ? String(entry.group) : '';
    const trigger: Trigger = {
      type: entry.type as EventType,
      occasion: `${entry.type}:${group}${'separate' in entry && entry.separate ? `:${phrase}` : ''}`,
      group: `${entry.type}:${group}`,
      words: phrase.split(' '),
      pos: pos ?? null,
      setting: 'setting' in entry && entry.setting === true,
    };
    const first = trigger.words[0] as string;
    const list = triggersByFirstWord.get(first) ?? [];
    list.push(trigger);
    list.sort((a, b) => b.words.length - a.words.length);
    triggersByFirstWord.set(first, list);
  }
}

// Every word an event opens on, as written or as lemma: a token with none of them is read by no kind of event.
const EVENT_OPENING_WORDS = new Set([...triggersByFirstWord.keys(), ...SENSE_OPENING_WORDS]);

/** Whether `lemma` is a verb that tells an event of its own ("travel", "sign", "resign"). */
export function isEventVerb(lemma: string): boolean {
  return triggersByFirstWord.get(lemma)?.some((t) => t.words.length === 1 && t.pos === 'VERB') ?? false;
}

const COMPETITIONS = 'OTHER:competition';
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from']);
const MAX_DESCRIPTION_CHARS = 160;
// Participants, dates and places are looked for this many tokens around the trigger, inside its sentence.
const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 30;
const MAX_PARTICIPANTS = 6;
const CLAUSE_BREAKS = new Set([';', '—', '–', ':']);
const PERSON_PRONOUNS: Record<string, 'male' | 'female'> = { he: 'male', his: 'male', she: 'female', her: 'female' };
// Right after a verb, its object: "won her a Grammy", "sentenced him to life".
const OBJECT_PRONOUNS: Record<string, 'male' | 'female'> = { him: 'male', her: 'female' };

function tokenMatches(token: Token | undefined, word: string): boolean {
  return token !== undefined && token.quote < 0 && (token.lower === word || token.lemma === word);
}

function triggerAt(tokens: Token[], i: number, end: number): Trigger | null {
  const token = tokens[i] as Token;
  if (token.quote >= 0) return null;
  // By the word as written first, then by its lemma; no list is built for the many tokens that match nothing.
  const byWord = triggersByFirstWord.get(token.lower);
  const byLemma = token.lemma !== token.lower ? triggersByFirstWord.get(token.lemma) : undefined;
  return (
    (byWord && firstMatching(byWord, tokens, i, end)) ?? (byLemma && firstMatching(byLemma, tokens, i, end)) ?? null
  );
}

function firstMatching(candidates: Trigger[], tokens: Token[], i: number, end: number): Trigger | null {
  const token = tokens[i] as Token;
  for (const trigger of candidates) {
    if (trigger.pos && token.pos !== trigger.pos && !(trigger.pos === 'VERB' && token.pos === 'AUX')) continue;
    if (i + trigger.words.length > end) continue;
    let k = 0;
    while (k < trigger.words.length && tokenMatches(tokens[i + k], trigger.words[k] as string)) k++;
    if (k === trigger.words.length) return trigger;
  }
  return null;
}

interface Mention {
  actor: ActorRecord;
  start: number;
  end: number;
}

/** Every actor mention outside quotations, in text order. */
function mentionIndex(doc: TextDocument, actors: ActorRecord[]): Mention[] {
  const all: Mention[] = [];
  for (const actor of actors) for (const m of actor.mentions) all.push({ actor, start: m.start, end: m.end });
  all.sort((a, b) => a.start - b.start);
  // A mention inside a quotation is left out: the first token from its start tells, found by one walk over the
  // tokens alongside the mentions in order.
  let t = 0;
  return all.filter((m) => {
    while (t < doc.tokens.length && (doc.tokens[t] as Token).start < m.start) t++;
    return (doc.tokens[t]?.quote ?? -1) < 0;
  });
}

function firstMentionAtOrAfter(mentions: Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid] as Mention).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A semicolon, colon or dash outside quotations; a dash between numbers is a score or a range ("won 3 – 0"). */
function isClauseBreak(doc: TextDocument, token: Token): boolean {
  if (!CLAUSE_BREAKS.has(token.text) || token.quote >= 0) return false;
  return !(doc.tokens[token.index - 1]?.pos === 'NUM' && doc.tokens[token.index + 1]?.pos === 'NUM');
}

/** The window of the trigger's clause: bounded by the sentence, a semicolon or dash, and a token budget. */
function clauseWindow(doc: TextDocument, sentence: Sentence, first: number, end: number): { from: number; to: number } {
  let from = first;
  while (from > sentence.firstToken && first - from < WINDOW_BEFORE) {
    const previous = doc.tokens[from - 1] as Token;
    if (isClauseBreak(doc, previous)) break;
    from--;
  }
  let to = end;
  while (to < sentence.endToken && to - end < WINDOW_AFTER) {
    const token = doc.tokens[to] as Token;
    if (isClauseBreak(doc, token)) break;
    to++;
  }
  return { from, to };
}

/** "he met …": the most recent person of that gender mentioned before, outside quotations. */
function personBefore(mentions: Mention[], offset: number, gender: 'male' | 'female'): ActorRecord | null {
  // A person known to be of that gender among the last few named wins over a nearer one of unknown gender
  // ("Daniel Montalvo … the Sea Org. He was released …").
  let unknown: ActorRecord | null = null;
  let people = 0;
  for (let i = firstMentionAtOrAfter(mentions, offset) - 1; i >= 0 && people < MAX_PEOPLE_BACK; i--) {
    const actor = (mentions[i] as Mention).actor;
    if (actor.kind !== 'PERSON') continue;
    people++;
    if (actor.gender === gender) return actor;
    if (actor.gender === null) unknown ??= actor;
  }
  return unknown;
}

const MAX_PEOPLE_BACK = 4;

function kindOf(named: NamedActors, ref: string): ActorRecord['kind'] | undefined {
  return named.registry.actors.find((a) => a.ref === ref)?.kind;
}

function isTraveller(named: NamedActors, ref: string, bodiesToo: boolean): boolean {
  const kind = kindOf(named, ref);
  return kind === 'PERSON' || kind === 'ANONYMOUS' || (bodiesToo && kind === 'ORGANIZATION');
}

interface Found {
  actor: ActorRecord;
  distance: number;
  before: boolean;
}

function inSource(source: Span | null, offset: number): boolean {
  return source !== null && offset >= source.start && offset < source.end;
}

/** An actor found at `at`, kept once at its distance nearest the trigger. (Outside participantsIn: under tsx a
 *  named closure costs a name-keeping call each time it is made.) */
function addFound(found: Found[], actor: ActorRecord, at: number, triggerStart: number): void {
  const distance = Math.abs(at - triggerStart);
  const seen = found.find((f) => f.actor === actor);
  if (seen) seen.distance = Math.min(seen.distance, distance);
  else found.push({ actor, distance, before: at < triggerStart });
}

function participantsIn(
  doc: TextDocument,
  named: NamedActors,
  mentions: Mention[],
  from: number,
  to: number,
  triggerStart: number,
  /** The token after a verb trigger, where its object pronoun stands; -1 for a noun. */
  objectAt: number,
  /** "according to officials": who vouches for the event, not who took part. */
  source: Span | null,
  /** Prepositions whose object takes part: "lost to England", "strikes on Ukraine" name no place. */
  partyPrepositions: ReadonlySet<string> | null,
): ExtractedEventParticipant[] {
  const start = (doc.tokens[from] as Token).start;
  const end = (doc.tokens[to - 1] as Token).end;
  const found: Found[] = [];
  for (let i = firstMentionAtOrAfter(mentions, start); i < mentions.length; i++) {
    const mention = mentions[i] as Mention;
    if (mention.start >= end) break;
    if (inSource(source, mention.start)) continue;
    // "in Australia", "at the Museum of Flight": where it happened, not who took part.
    if (
      isSettingLike(mention.actor) &&
      isLocativeMention(doc, mention.start) &&
      !(partyPrepositions && isPartyMention(doc, mention.start, partyPrepositions))
    )
      continue;
    addFound(found, mention.actor, mention.start, triggerStart);
  }
  for (let t = from; t < to; t++) {
    const token = doc.tokens[t] as Token;
    if (token.quote >= 0 || inSource(source, token.start)) continue;
    // "Russian strikes on Ukrainian energy infrastructure": a demonym names its country.
    if (token.pos === 'ADJ' || token.pos === 'PROPN') {
      const country = countryOfDemonym(token.text);
      const actor = country ? named.registry.findByName(country.name, 'COUNTRY') : undefined;
      if (actor) addFound(found, actor, token.start, triggerStart);
    }
    // The tag first: looking up every word of the clause in the pronoun tables was a dear miss.
    if (token.pos !== 'PRON') continue;
    const gender = t === objectAt ? OBJECT_PRONOUNS[token.lower] : PERSON_PRONOUNS[token.lower];
    if (gender && (t === objectAt || token.start < triggerStart + 1)) {
      const person = personBefore(mentions, token.start, gender);
      if (person) addFound(found, person, token.start, triggerStart);
    }
  }
  // The subject of the trigger's verb, beyond an appositive: "Ahmed Mohamed, a 14-year-old boy from Irving,
  // Texas, was arrested".
  const subject = subjectOfVerb(doc, mentions, from, triggerStart);
  if (subject && !inSource(source, subject.start)) addFound(found, subject.actor, subject.start, triggerStart);
  // The agent is the nearest actor before the trigger; the others follow by distance. The nearest right after
  // a verb is its object: "beat Denmark", "attacked Ukraine".
  found.sort((a, b) => a.distance - b.distance);
  const agent = found.find((f) => f.before);
  const ordered = agent ? [agent, ...found.filter((f) => f !== agent)] : found;
  const target = found.find((f) => !f.before && f.distance <= MAX_CHARS_TO_OBJECT);
  return ordered.slice(0, MAX_PARTICIPANTS).map((f, i) => ({
    actorRef: f.actor.ref,
    part: i === 0 && f.before ? 'AGENT' : f === target ? 'TARGET' : 'PARTICIPANT',
  }));
}

// FrameNet Attack and Shoot_projectiles: "strikes on Ukraine", "fired at Israel" name the Victim/Target.
const TARGET_OF_ATTACK = new Set(['on', 'against', 'at']);

function isPartyMention(doc: TextDocument, start: number, prepositions: ReadonlySet<string>): boolean {
  let i = tokenIndexAt(doc, start) - 1;
  if (doc.tokens[i]?.lower === 'the') i--;
  return prepositions.has(doc.tokens[i]?.lower ?? '');
}

// How far after the trigger's start its object may begin: "attacked the town of …" is too far.
const MAX_CHARS_TO_OBJECT = 24;

const REPLIES = new Set(['retaliate']);
const MAX_APPOSITIVE_TOKENS = 30;
// "the ruling", "his arrest", "Epstein's death": a noun with these points back at an event already told.
const TIME_CLAUSE_OPENERS = new Set(['before', 'after', 'since', 'until', 'when', 'once']);
const ANAPHORIC_DETERMINERS = new Set(['the', 'that', 'this', 'his', 'her', 'their', 'its', "'s", '’s']);

/** The actor named as the subject before a verb, skipping its auxiliaries and an appositive between commas. */
function subjectOfVerb(doc: TextDocument, mentions: Mention[], from: number, verbStart: number): Mention | null {
  const verb = tokenIndexAt(doc, verbStart);
  const sentence = (doc.tokens[verb] as Token).sentence;
  const i = beforeVerbGroup(doc, verb, 0);
  const before = doc.tokens[i];
  if (!before || before.sentence !== sentence || before.text !== ',' || i < from) return null;
  // The actor whose mention is followed by the comma that opens the appositive.
  for (let k = i - 1; k >= 0 && i - k <= MAX_APPOSITIVE_TOKENS; k--) {
    const token = doc.tokens[k] as Token;
    if (token.sentence !== sentence) return null;
    if (token.text !== ',') continue;
    const m = firstMentionAtOrAfter(mentions, token.start) - 1;
    const mention = mentions[m];
    if (mention && mention.end === (doc.tokens[k - 1] as Token | undefined)?.end) return mention;
  }
  return null;
}

/** The names of `names` that open within tokens [from, to), in the order of `names`. */
function namesWithin(names: NameSpan[], orderAt: Map<number, number>, from: number, to: number): NameSpan[] {
  const orders: number[] = [];
  for (let k = from; k < to; k++) {
    const order = orderAt.get(k);
    if (order !== undefined) orders.push(order);
  }
  return orders.sort((a, b) => a - b).map((order) => names[order] as NameSpan);
}

/** "in Brussels", "at The Hague", "visited Vienna": a place name after a preposition of place or the trigger. */
function placeIn(doc: TextDocument, named: NamedActors, from: number, to: number, triggerEnd: number): string | null {
  for (const place of namesWithin(named.places, named.placeOrderAt, from, to)) {
    if (place.endToken > to) continue;
    const before = doc.tokens[place.firstToken - 1];
    if (place.firstToken === triggerEnd || (before && PLACE_PREPOSITIONS.has(before.lower))) return place.text;
  }
  // A name the gazetteer does not know, linked to no one, right after "in" (the preposition of a happening's
  // location, Quirk et al. 1985 §9.17): "attacked a bus station in Garissa". Not a name that modifies a noun or
  // owns one ("in Garissa county", "in Garissa's market" tell the place by their head).
  for (const name of namesWithin(named.unlinked, named.unlinkedOrderAt, from, to)) {
    if (name.endToken > to || doc.tokens[name.firstToken - 1]?.lower !== 'in') continue;
    const next = doc.tokens[name.endToken];
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.lower === "'s" || next.lower === '’s')) continue;
    return name.text;
  }
  return null;
}

// Whitespace folded to one space: a lone space, nearly every gap between words, is left alone (no match to
// replace) and only the other gaps are matched.
const WHITESPACE_TO_FOLD = /\s{2,}|[^\S ]/g;

function describe(doc: TextDocument, from: number, to: number): string {
  let first = from;
  let last = to - 1;
  while (first < last && (doc.tokens[first] as Token).pos === 'PUNCT') first++;
  while (last > first && (doc.tokens[last] as Token).pos === 'PUNCT' && (doc.tokens[last] as Token).quote < 0) last--;
  const plain = doc.body
    .slice((doc.tokens[first] as Token).start, (doc.tokens[last] as Token).end)
    .replace(WHITESPACE_TO_FOLD, ' ')
    .trim();
  if (plain.length <= MAX_DESCRIPTION_CHARS) return plain;
  const cut = plain.lastIndexOf(' ', MAX_DESCRIPTION_CHARS);
  return `${plain.slice(0, cut > 0 ? cut : MAX_DESCRIPTION_CHARS)}…`;
}

const MAX_SUBHEAD_TOKENS = 16;
const SENTENCE_END = /^[.!?"”’)]$/;

/**
 * "Indictments unsealed as head of prison agency testified before Congress": a short paragraph of one
 * sentence without a final stop is a subheading, which repeats what the story tells; it adds no event.
 */
function isSubhead(doc: TextDocument, sentence: Sentence): boolean {
  const paragraph = doc.paragraphs[sentence.paragraph];
  if (!paragraph || paragraph.endSentence - paragraph.firstSentence !== 1) return false;
  const last = doc.tokens[sentence.endToken - 1] as Token;
  return sentence.endToken - sentence.firstToken <= MAX_SUBHEAD_TOKENS && !SENTENCE_END.test(last.text);
}

// "a backdrop of the election", "his stance on the negotiations", "an address to a joint meeting": a noun
// trigger in a phrase hanging on another noun through these prepositions is context, not an event told.
const DEPENDENT_PREPOSITIONS = new Set([
  'of',
  'on',
  'about',
  'over',
  'to',
  'against',
  'regarding',
  'toward',
  'towards',
  'for',
]);
// "court hearing", "plea agreement", "bail hearing": proceedings of a court, not meetings or agreements.
const LEGAL_MODIFIERS = new Set([
  'court',
  'plea',
  'bail',
  'sentencing',
  'detention',
  'custody',
  'extradition',
  'parole',
  'probation',
  'immunity',
]);
// Conditions and embedded questions: "if he is re-elected", "how he escaped", "whether they met".
const CONDITIONALS = new Set(['if', 'unless', 'whether', 'how', 'why']);
const FIGURATIVE_DISASTERS = new Set(['storm', 'flood']);
const PUT_IN_CHARGE = new Set(['put', 'puts', 'placed', 'places', 'left', 'named', 'appointed', 'installed']);
// Particles of phrasal verbs that wink tags as prepositions: "hammering out the framework of an agreement".
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'back', 'away']);
const MAX_NOUN_PHRASE_TOKENS = 8;

/** The first token of the noun phrase a noun ends: "not just the U.S. election", "U.S.-led negotiations". */
function nounPhraseStart(doc: TextDocument, sentence: Sentence, noun: number): number {
  let first = noun;
  for (let i = noun - 1; i >= sentence.firstToken && noun - i <= MAX_NOUN_PHRASE_TOKENS; i--) {
    const token = doc.tokens[i] as Token;
    const inPhrase =
      NOUN_PHRASE_TAGS.has(token.pos) ||
      token.lower === "'s" ||
      token.lower === '’s' ||
      token.lower === 'not' ||
      (token.pos === 'ADV' && (token.lower === 'just' || token.lower === 'only' || token.lower === 'even')) ||
      (token.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(token.lower)) ||
      token.text === '-' ||
      doc.tokens[i - 1]?.text === '-';
    if (!inPhrase || token.quote >= 0) break;
    first = i;
  }
  return first;
}

/**
 * A trigger that names an event only in passing: a noun inside a phrase that depends on another noun
 * ("against a backdrop of … the U.S. election"), a court proceeding ("attended the court hearing"),
 * a hypothesis ("If a deal is reached"), or "signed" without an agreement signed.
 */
function isPassingMention(
  doc: TextDocument,
  named: NamedActors,
  sentence: Sentence,
  first: number,
  end: number,
  trigger: Trigger,
): boolean {
  const head = doc.tokens[first] as Token;
  // "a storm of criticism", "a flood of complaints": a figure of speech, no weather.
  if (FIGURATIVE_DISASTERS.has(head.lemma) && doc.tokens[end]?.lower === 'of') return true;
  // "put X in charge" is a change of office; "who is in charge of …" is a state.
  if (head.lower === 'in' && trigger.words[1] === 'charge') {
    for (let t = first - 1; t >= Math.max(sentence.firstToken, first - 6); t--)
      if (PUT_IN_CHARGE.has((doc.tokens[t] as Token).lower)) return false;
    return true;
  }
  // "signed a contract", "signed in 2004 with Atlantic Records"; not "signed the forms", "contracted measles".
  if (BINDING_VERBS.has(head.lemma) && trigger.type === 'AGREEMENT' && trigger.words.length === 1)
    return !bindsAgreement(doc, named, sentence, end);
  // "run for whatever distance": a candidacy only when an office or an election follows.
  if (trigger.words.length === 2 && trigger.words[0] === 'run' && trigger.words[1] === 'for')
    return !doc.tokens.slice(end, Math.min(sentence.endToken, end + 4)).some((t) => isOfficeWord(t));
  // "met with violent resistance", "met with criticism": what met the deed was no one.
  if (head.lemma === 'meet' && doc.tokens[end]?.lower === 'with' && metWithNoOne(doc, sentence, end + 1)) return true;
  // "discussed social problems" in a speech; a meeting is discussed with someone, or by two sides.
  if (head.lemma === 'discuss' && !discussedTogether(doc, sentence, first, end)) return true;
  // "pleaded with him to send her to a doctor": begging, not a plea in court.
  if (head.lemma === 'plead' && doc.tokens[end]?.lower === 'with') return true;
  // "His victory deals a blow": the verb, not a deal.
  if (head.lemma === 'deal' && ['a', 'an'].includes(doc.tokens[end]?.lower ?? '')) return true;
  // "is going to win": the future, not a journey.
  if (trigger.type === 'VISIT' && head.lemma === 'go' && doc.tokens[end]?.pos === 'VERB') return true;
  // "holds a lead", "holding a gun": only a gathering is held as an event ("held a ceremony", "was held").
  if (head.lemma === 'hold' && trigger.words.length === 1 && !holdsGathering(doc, sentence, first, end)) return true;
  // "Senator Ames attacked Governor Pike": words against a person, no violence.
  if (
    head.lemma === 'attack' &&
    head.pos === 'VERB' &&
    (attacksPerson(doc, named, sentence, end) || attackedInWords(doc, named, sentence, first, end))
  )
    return true;
  // "The researchers found that ozone …", "found him to be honest": a finding or a judgement, not a founding.
  if (head.lower === 'found' && findsOrJudges(doc, sentence, first, end)) return true;
  // "held the company responsible": blame, not a gathering held.
  if (head.lemma === 'hold' && heldTo(doc, sentence, end)) return true;
  // "fled the country and went to Canada": the journey is the flight, told by its own verb.
  if (trigger.type === 'VISIT' && fleesInSentence(doc, sentence)) return true;
  // "offered his assessment", "offered the crowd an evaluation": words given, not an offer.
  if (head.lemma === 'offer' && head.pos === 'VERB' && offersWords(doc, sentence, end)) return true;
  // "bought Twitter" (FrameNet Commerce_buy, Getting): a takeover when a named body is bought; not "bought a car".
  if (BUYING.has(head.lemma) && trigger.type === 'AGREEMENT' && !buysBody(doc, named, sentence, end)) return true;
  // "settled the lawsuit", "a settlement with the regulator"; not "settled in Texas".
  if (head.lemma === 'settle' && !phraseHolds(doc, sentence, end, DISPUTES, MAX_TOKENS_TO_LAW, GATHERING_PHRASE_TAGS))
    return true;
  // "passed the bill", "the law was passed": a legislature's vote; not "passed away", "passed the ball".
  if (head.lemma === 'pass' && trigger.type === 'VOTE' && !passesLaw(doc, sentence, first, end)) return true;
  // "approve of the mayor's record" (FrameNet Judgment): an opinion, not a vote.
  if (trigger.type === 'VOTE' && head.lemma === 'approve' && approvesOf(doc, end)) return true;
  // "190 electoral votes", "two fewer votes": ballots counted, not a vote held.
  if (trigger.type === 'VOTE' && head.lemma === 'vote' && head.pos === 'NOUN' && countsVotes(doc, sentence, first))
    return true;
  // "questioning the governor's judgment": a person's faculty of judging, not a court's ruling.
  if (trigger.type === 'COURT_RULING' && /^judge?ment$/.test(head.lower) && isFacultyOfJudging(doc, sentence, first))
    return true;
  // "demonstrated that the plan works", "demonstrate how" (FrameNet Evidence): a proof, not a protest.
  if (head.lemma === 'demonstrate' && demonstratesProposition(doc, sentence, end)) return true;
  // "Cheers erupted", "exploded in laughter": a reaction bursting out, no disaster.
  if (trigger.group === DISASTERS && eruptsInReaction(doc, sentence, first, end)) return true;
  // "won over the mayor" (FrameNet Suasion): a person persuaded, not a contest won.
  if (head.lemma === 'win' && head.pos === 'VERB' && winsOverPerson(doc, named, sentence, end)) return true;
  // "He tweets @ana_reyes": a credit line giving an account, no tweet told.
  if (doc.tokens[end]?.text.startsWith('@')) return true;
  // "hosts a Sunday talk show", "hosted a radio programme": a job held, not a gathering hosted (FrameNet
  // Performers_and_roles).
  if (head.lemma === 'host' && head.pos === 'VERB' && phraseHolds(doc, sentence, end, SHOWS, 5, GATHERING_PHRASE_TAGS))
    return true;
  // "ruled out a tax rise" (FrameNet Avoiding / WordNet rule out.v "eliminate from consideration"): no ruling.
  if (trigger.type === 'COURT_RULING' && head.lemma === 'rule' && doc.tokens[end]?.lower === 'out') return true;
  // "an attack on her record": words against a person's deeds or views, no violence.
  if (trigger.type === 'ATTACK' && head.pos === 'NOUN' && attacksInWords(doc, sentence, end)) return true;
  // "a great deal of", "no big deal", "a good deal.": a quantity or a judgement, no agreement.
  if (trigger.type === 'AGREEMENT' && head.lemma === 'deal' && isDealIdiom(doc, sentence, first, end)) return true;
  // "he typically votes Democratic", "usually travels in May": a habit, not a happening.
  if (head.pos === 'VERB' && isHabitual(doc, sentence, first)) return true;
  // "going to the polls": voters casting ballots, no journey (WordNet go to the polls: "cast one's vote").
  if (trigger.type === 'VISIT' && head.lemma === 'go' && doc.tokens[end + 1]?.lower === 'polls') return true;
  // "vetoed the bill", "the measure was vetoed" (WordNet veto.v); not "vetoed the idea".
  if (head.lemma === 'veto' && !passesLaw(doc, sentence, first, end)) return true;
  // "laid off 300 workers" (FrameNet Firing); not "the tanker lay off the coast" (Being_located).
  if (trigger.group === 'OTHER:business' && trigger.words[1] === 'off' && liesOffShore(doc, sentence, end)) return true;
  // "was named foreign minister" (FrameNet Appointing); not "named after her grandmother".
  if (head.lemma === 'name' && head.pos === 'VERB' && !namesToOffice(doc, named, sentence, end)) return true;
  // "started to broadcast", "began issuing forms"; not "started the match", nor "began to attack" (the attack is
  // told), nor "the crowds began to cheer" (whoever starts must be named).
  if (ACTIVITY_STARTS.has(head.lemma) && !startsNamedActivity(doc, named, sentence, first, end)) return true;
  // "The temple was built by Ptolemy II" (FrameNet Building): a building's making is told in the passive, with
  // the builder named in the clause; "built stadia" in a list of a life's deeds describes the man, and "was built
  // on trust" tells a basis (FrameNet Basis), not a building.
  if (
    BUILDING.has(head.lemma) &&
    head.pos === 'VERB' &&
    (!isPassive(doc, sentence, first) || BASIS_PREPOSITIONS.has(doc.tokens[end]?.lower ?? ''))
  )
    return true;
  // "were denied visas", "denied him bail" (FrameNet Deny_or_grant_permission); not "denied the claims" (a denial).
  if (
    head.lemma === 'deny' &&
    !phraseHolds(doc, sentence, end, PERMISSIONS, MAX_TOKENS_TO_PERMISSION, GATHERING_PHRASE_TAGS)
  )
    return true;
  // "won praise", "won the backing of": regard gained (FrameNet Getting), not a contest won.
  if (
    head.lemma === 'win' &&
    trigger.group === COMPETITIONS &&
    phraseHolds(doc, sentence, end, REGARD, MAX_TOKENS_TO_REGARD, GATHERING_PHRASE_TAGS)
  )
    return true;
  // "lost 1 – 2 to Mali", "lost the final"; not "crops lose more yield" (FrameNet Losing, not Finish_competition).
  if (head.lemma === 'lose' && trigger.group === COMPETITIONS && !losesContest(doc, sentence, end)) return true;
  // "drew 1-1 with Kestrel Town", "tied with Vale" (FrameNet Finish_competition); not "drew criticism".
  if (trigger.group === COMPETITIONS && isDrawVerb(head) && !drawsMatch(doc, named, sentence, end)) return true;
  // "stormed the embassy" (FrameNet Attack); not "stormed out of the room".
  if (trigger.type === 'ATTACK' && head.lemma === 'storm' && !stormsPlace(doc, sentence, end)) return true;
  // "quit as chairman", "quit on Monday" (FrameNet Quitting); not "quit smoking".
  if (head.lemma === 'quit' && quitsHabit(doc.tokens[end])) return true;
  // "arrived in Kabul" (FrameNet Arriving: the Goal named); not "arrived in the form of a protest".
  if (head.lemma === 'arrive' && !namesPlaceAt(named, end) && !namesPlaceAt(named, end + 1)) return true;
  // "charged with assault", "convicted of bombing": the offence a charge names, not an attack told.
  if (trigger.type === 'ATTACK' && namesOffence(doc, sentence, first)) return true;
  // "leads with 22 percent among respondents": in a sentence on a poll a win is a standing, not a result.
  if (head.lemma === 'win' && head.pos === 'VERB' && tellsOfPoll(doc, sentence)) return true;
  // "what if the senator wins", "should the mayor win": a condition on the verb's own subject.
  if (head.pos === 'VERB' && isConditionedSubject(doc, sentence, first)) return true;
  // "when a document has been found, the government says": a present perfect in a time clause tells what happens
  // whenever, or will have happened, never one happening (that is told in the past: "when it was found").
  if (head.pos === 'VERB' && isPerfectInTimeClause(doc, sentence, first)) return true;
  // "If a deal is reached …, he will try to scuttle the accord": the whole sentence is a hypothesis.
  const opening = (doc.tokens[sentence.firstToken] as Token).lower;
  if (CONDITIONALS.has(opening) || CONDITIONALS.has(clauseOpening(doc, sentence, first))) return true;
  if (isInsideName(doc, sentence, first) || isHypothesisComplement(doc, sentence, first)) return true;
  if (isDenied(doc, sentence, first) || isSupposed(doc, sentence, first)) return true;
  if (
    head.pos === 'VERB' &&
    (isUnrealisedVerb(doc, sentence, first) ||
      isModifyingParticiple(doc, first) ||
      isDescribingParticiple(doc, sentence, first) ||
      isNominalParticiple(doc, sentence, first))
  )
    return true;
  if (head.pos !== 'NOUN' || trigger.words.length > 1) return false;
  // "Warhol's death", "her death", "the death of the senator": a death is one person's; "death rates" are not.
  if (head.lemma === 'death' && !isOwnedNoun(doc, first, end)) return true;
  const modifier = doc.tokens[first - 1];
  if (modifier && modifier.sentence === head.sentence && LEGAL_MODIFIERS.has(modifier.lower)) return true;
  // "will hold talks", "is seeking a deal": a new happening not yet real. A definite or owned one is told
  // elsewhere as real: "will investigate the attack", "refused to waive HP's failure".
  const phraseStart = nounPhraseStart(doc, sentence, first);
  if (!isDefinite(doc, phraseStart, first) && isUnrealisedObject(doc, sentence, phraseStart - 1)) return true;
  // "to prevent future attacks", "a possible deal": what has not happened.
  if (modifier && modifier.sentence === head.sentence && UNREALISED_MODIFIERS.has(modifier.lower)) return true;
  // "No such election occurred", "no attack was reported": a happening denied by its own determiner.
  if ((doc.tokens[phraseStart] as Token | undefined)?.lower === 'no') return true;
  // "election night", "election law expert": a noun that modifies another noun names a kind, not a happening.
  const next = doc.tokens[end];
  if (next && next.sentence === head.sentence && next.pos === 'NOUN' && next.quote < 0 && !DEICTIC_DAYS.has(next.lower))
    return true;
  // "twelve years of negotiations", "months of talks": plural happenings measured by a span of time are a long
  // course of them in the background, not one told.
  if (head.lower !== head.lemma && isSpanOf(doc, sentence, first)) return true;
  // "other attacks", "those attacks": a class of events in the background, not one told.
  if (
    modifier &&
    modifier.sentence === head.sentence &&
    head.lower !== head.lemma &&
    BACKGROUND_SETS.has(modifier.lower)
  )
    return true;
  // "the anniversary of Warhol's death in 1987": a noun dated on the spot tells its event, wherever it hangs.
  if (opensDate(next?.lower, doc.tokens[end + 1]?.lower)) return false;
  return dependsOnNoun(doc, sentence, first, 0);
}

/**
 * "South Korea had started to broadcast", "she began rationing water": a named actor or a personal pronoun right
 * before the starting verb (past its auxiliaries, adverbs and a day word: "today is to begin"), and an activity
 * after it that carries no event noun ("began staging raids" tells the raids).
 */
// FrameNet Notification_of_charges, Verdict and Suspicion: the Charges after "charged with", "accused of",
// "convicted of", "guilty of", "suspected of", "arrested for" name an offence.
const CHARGING = new Set([
  'charge',
  'accuse',
  'convict',
  'indict',
  'guilty',
  'suspect',
  'suspicion',
  'acquit',
  'arrest',
]);
const OFFENCE_PREPOSITIONS = new Set(['with', 'of', 'for']);
const MAX_TOKENS_TO_OFFENCE = 3;

/** A name (an actor's or a place's) opens at token `k`. */
function namesPlaceAt(named: NamedActors, k: number): boolean {
  return named.actorAtToken.has(k) || named.placeOrderAt.has(k);
}

function namesOffence(doc: TextDocument, sentence: Sentence, first: number): boolean {
  for (let k = first - 1; k >= Math.max(sentence.firstToken + 1, first - MAX_TOKENS_TO_OFFENCE); k--) {
    const token = doc.tokens[k] as Token;
    if (OFFENCE_PREPOSITIONS.has(token.lower)) {
      const governor = doc.tokens[k - 1] as Token;
      return CHARGING.has(governor.lemma) || CHARGING.has(governor.lower);
    }
    if (!['DET', 'ADJ', 'NOUN'].includes(token.pos)) return false;
  }
  return false;
}

/** "quit smoking", "quit drinking": a gerund after "quit" (tagged a verb or a noun) is a habit given up. */
function quitsHabit(next: Token | undefined): boolean {
  return next !== undefined && (next.pos === 'VERB' || (next.pos === 'NOUN' && next.lower.endsWith('ing')));
}

function startsNamedActivity(doc: TextDocument, named: NamedActors, sentence: Sentence, first: number, end: number) {
  const head = doc.tokens[first] as Token;
  if (head.pos !== 'VERB') return false;
  const isTrigger = (k: number) =>
    triggerAt(doc.tokens, k, sentence.endToken) !== null || carriesEventNoun(doc, sentence, k, k + 1, false);
  if (!startsActivity(doc, sentence, end, isTrigger)) return false;
  let k = first - 1;
  while (
    k >= sentence.firstToken &&
    (VERB_GROUP_TAGS.has((doc.tokens[k] as Token).pos) || DEICTIC_DAYS.has((doc.tokens[k] as Token).lower))
  )
    k--;
  const subject = doc.tokens[k];
  if (!subject || k < sentence.firstToken) return false;
  if (subject.pos === 'PRON') return PERSONAL_SUBJECTS.has(subject.lower);
  return (
    named.actorAtToken.has(k) ||
    named.registry.actors.some((a) => a.mentions.some((m) => m.start <= subject.start && subject.end === m.end))
  );
}

// FrameNet Building: build, construct, erect.
const BUILDING = new Set(['build', 'construct', 'erect']);
const BASIS_PREPOSITIONS = new Set(['on', 'upon', 'around']);

/** "was built", "were recently constructed": a form of "be" before the verb, past adverbs; not "is building". */
function isPassive(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  if ((doc.tokens[verb] as Token).lower.endsWith('ing')) return false;
  let k = verb - 1;
  while (k >= sentence.firstToken && (doc.tokens[k] as Token).pos === 'ADV') k--;
  return k >= sentence.firstToken && BE_FORMS.has((doc.tokens[k] as Token).lower);
}

// Time clauses whose present perfect is generic or future ("since" takes the perfect of a real past).
const GENERIC_TIME_OPENERS = new Set(['when', 'whenever', 'once', 'until', 'after', 'before']);
const PRESENT_PERFECT = new Set(['has', 'have', "'s", '’s', "'ve", '’ve']);

/** "when a document has been found", "once he has served his term": a present perfect opened by a time word. */
function isPerfectInTimeClause(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  let k = verb - 1;
  while (k >= sentence.firstToken && ['AUX', 'ADV'].includes((doc.tokens[k] as Token).pos) && verb - k <= 3) {
    if (PRESENT_PERFECT.has((doc.tokens[k] as Token).lower)) break;
    k--;
  }
  const auxiliary = doc.tokens[k];
  if (!auxiliary || k < sentence.firstToken || !PRESENT_PERFECT.has(auxiliary.lower)) return false;
  // The time word opens the clause: after a comma, or the sentence, a few words before the auxiliary.
  for (let t = k - 1; t >= Math.max(sentence.firstToken, k - MAX_TOKENS_TO_CLAUSE_OPENING); t--) {
    const token = doc.tokens[t] as Token;
    if (GENERIC_TIME_OPENERS.has(token.lower)) return true;
    if (token.text === ',' || token.pos === 'VERB') return false;
  }
  return false;
}

// Units of a span of time (WordNet time_unit.n.01 kinds used for spans).
const TIME_SPANS = new Set(['hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries']);

/** "years of negotiations", "two decades of conflict": the noun follows "of" after a span of time. */
function isSpanOf(doc: TextDocument, sentence: Sentence, noun: number): boolean {
  let k = noun - 1;
  while (k > sentence.firstToken && (doc.tokens[k] as Token).pos === 'ADJ') k--;
  return (
    k - 1 >= sentence.firstToken &&
    (doc.tokens[k] as Token).lower === 'of' &&
    TIME_SPANS.has((doc.tokens[k - 1] as Token).lower)
  );
}

// FrameNet Travel's verbs that take a Co_participant ("toured with", "travelled with"), as Visiting's do not.
const TRAVEL_VERBS = new Set(['tour', 'travel', 'journey']);
const MAX_TOKENS_TO_COMPANION = 4;

/**
 * "with whom she toured", "toured with the band": travel in someone's company and to no place named ("to")
 * is a tour, an OTHER deed, not a visit; "travelled with the minister to Kyiv" is still a visit.
 */
function travelsInCompany(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  const head = doc.tokens[verb] as Token;
  if (head.pos !== 'VERB' || !TRAVEL_VERBS.has(head.lemma)) return false;
  // A destination after the verb, within the clause's reach, makes it a visit.
  const end = Math.min(sentence.endToken, verb + 1 + MAX_TOKENS_TO_CLAUSE_OPENING);
  if (doc.tokens.slice(verb + 1, end).some((t) => t.lower === 'to')) return false;
  let companion = false;
  for (let k = verb - 1; k >= Math.max(sentence.firstToken, verb - MAX_TOKENS_TO_COMPANION); k--)
    if ((doc.tokens[k] as Token).lower === 'with' && doc.tokens[k + 1]?.lower === 'whom') companion = true;
  let next = verb + 1;
  while (next < sentence.endToken && (doc.tokens[next] as Token).pos === 'ADV') next++;
  return companion || doc.tokens[next]?.lower === 'with';
}

function asTour(trigger: Trigger): Trigger {
  return { ...trigger, type: 'OTHER', occasion: ACTIONS, group: ACTIONS };
}

/** A noun phrase opened by "the", "this", an owner or a name ("HP's failure"). */
function isDefinite(doc: TextDocument, start: number, noun: number): boolean {
  for (let k = start; k < noun; k++) {
    const token = doc.tokens[k] as Token;
    if (ANAPHORIC_DETERMINERS.has(token.lower) || POSSESSIVE_PRONOUNS.has(token.lower) || token.lower === 'these')
      return true;
  }
  return false;
}

/** A noun with its owner: after "'s" or a possessive pronoun, or before "of". */
function isOwnedNoun(doc: TextDocument, first: number, end: number): boolean {
  const before = doc.tokens[first - 1]?.lower ?? '';
  return before === "'s" || before === '’s' || POSSESSIVE_PRONOUNS.has(before) || doc.tokens[end]?.lower === 'of';
}

/** The object after "met with" is a thing: its head noun, past adjectives, is no person and no name. */
function metWithNoOne(doc: TextDocument, sentence: Sentence, from: number): boolean {
  let k = from;
  while (k < sentence.endToken && ['ADJ', 'ADV', 'DET'].includes((doc.tokens[k] as Token).pos)) k++;
  const head = doc.tokens[k];
  return head !== undefined && k < sentence.endToken && head.pos === 'NOUN' && !isPersonNoun(head.text);
}

// What is held as an event: "held a ceremony", "holding a rally"; a trigger noun ("held talks") is read itself.
const GATHERINGS = new Set([
  'ceremony',
  'rally',
  'rallies',
  'event',
  'events',
  'celebration',
  'funeral',
  'memorial',
  'service',
  'parade',
  'march',
  'protest',
  'protests',
  'demonstration',
  'exhibition',
  'concert',
  'festival',
  'competition',
  'contest',
  'tournament',
  'session',
  'debate',
  'party',
  'primary',
  'forum',
  'vigil',
  'launch',
  'auction',
  'workshop',
  'conference',
  'convention',
  'congress',
  'inquiry',
  'inquest',
]);
const MAX_TOKENS_TO_GATHERING = 5;

/** "held a memorial service", "a vigil was held", "the event held at": hold with a gathering as its object, or in the passive. */
function holdsGathering(doc: TextDocument, sentence: Sentence, first: number, end: number): boolean {
  const before = doc.tokens[first - 1]?.lower ?? '';
  if (BE_FORMS.has(before) || GATHERINGS.has(before)) return true;
  return phraseHolds(doc, sentence, end, GATHERINGS, MAX_TOKENS_TO_GATHERING, GATHERING_PHRASE_TAGS);
}
const GATHERING_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

// What a person is attacked in words on or for: "has been attacked on her record", "was attacked over his
// record", "attacked as a hypocrite" (FrameNet Judgment_communication); violence takes "by", "with", "in", "at".
const TOPIC_PREPOSITIONS = new Set(['on', 'over', 'for', 'as']);

/** "Governor Amaral has been attacked on her record by Okafor": a person criticised, in the passive. */
function attackedInWords(doc: TextDocument, named: NamedActors, sentence: Sentence, first: number, end: number) {
  if (!TOPIC_PREPOSITIONS.has(doc.tokens[end]?.lower ?? '')) return false;
  let k = first - 1;
  while (k > sentence.firstToken && (doc.tokens[k] as Token).pos === 'ADV') k--;
  if (!BE_FORMS.has(doc.tokens[k]?.lower ?? '')) return false;
  while (k > sentence.firstToken && ['AUX', 'ADV', 'PART'].includes((doc.tokens[k - 1] as Token).pos)) k--;
  const subject = k - 1;
  const actor = named.actorAtToken.get(subject)?.actor;
  if (actor) return actor.kind === 'PERSON';
  const token = doc.tokens[subject];
  return token !== undefined && token.pos === 'PRON' && PERSONAL_SUBJECTS.has(token.lower);
}

/** The object right after "attacked" is a named person, not their possession ("attacked Pike's convoy"). */
function attacksPerson(doc: TextDocument, named: NamedActors, sentence: Sentence, end: number): boolean {
  let k = end;
  while (k < sentence.endToken && ['DET', 'ADJ', 'PROPN', 'NOUN'].includes((doc.tokens[k] as Token).pos)) {
    const actor = named.actorAtToken.get(k)?.actor;
    if (actor) {
      let after = k + 1;
      while (named.actorAtToken.get(after)?.actor === actor) after++;
      return actor.kind === 'PERSON' && !["'s", '’s'].includes(doc.tokens[after]?.lower ?? '');
    }
    k++;
  }
  return false;
}

// Broadcasts a presenter hosts (WordNet show.n.03 "a social event involving a public performance or
// entertainment", programme.n.02 "a radio or television show", podcast.n).
const SHOWS = new Set(['show', 'shows', 'program', 'programme', 'programs', 'programmes', 'podcast', 'series']);

const UNREALISED_MODIFIERS = new Set([
  'future',
  'possible',
  'potential',
  'proposed',
  'planned',
  'prospective',
  'upcoming',
  'forthcoming',
  'coming',
  'next',
]);
// "a storm yesterday": a day after the noun dates it, it does not modify it.
const DEICTIC_DAYS = new Set(['yesterday', 'today', 'tonight', 'tomorrow']);
// Before a plural event noun, words that set a class of events apart from the one told.
// Quantifiers of a class count too: "a veteran of many summits".
const BACKGROUND_SETS = new Set([
  'other',
  'those',
  'these',
  'such',
  'similar',
  'previous',
  'earlier',
  'many',
  'numerous',
  'countless',
]);
// What is offered when words are given: "offered his assessment", "offered their thoughts and prayers".
const UTTERANCES = new Set([
  'assessment',
  'evaluation',
  'opinion',
  'view',
  'views',
  'thoughts',
  'prayers',
  'condolences',
  'comment',
  'comments',
  'remarks',
  'explanation',
  'analysis',
  'prediction',
  'promise',
  'praise',
  'criticism',
  'caveats',
  'apology',
  'advice',
]);
const MAX_TOKENS_TO_OFFERED = 6;

/** The object of "offered", past an indirect object, is something said. */
function offersWords(doc: TextDocument, sentence: Sentence, end: number): boolean {
  return phraseHolds(doc, sentence, end, UTTERANCES, MAX_TOKENS_TO_OFFERED, OFFERED_PHRASE_TAGS);
}
const OFFERED_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'ADV']);

// "a poll", "the survey"; not "went to the polls", where votes are cast.
const POLL_WORDS = new Set(['poll', 'survey', 'surveys', 'respondent', 'respondents', 'match-up', 'matchup']);

/**
 * A test of a whole sentence, answered once per sentence: asked for every trigger, a scan of the sentence each
 * time would make a long sentence cost the square of its length.
 */
function oncePerSentence(test: (doc: TextDocument, sentence: Sentence) => boolean) {
  const answers = new WeakMap<Sentence, boolean>();
  return (doc: TextDocument, sentence: Sentence): boolean => {
    let answer = answers.get(sentence);
    if (answer === undefined) answers.set(sentence, (answer = test(doc, sentence)));
    return answer;
  };
}

const tellsOfPoll = oncePerSentence((doc, sentence) => {
  for (let k = sentence.firstToken; k < sentence.endToken; k++)
    if (POLL_WORDS.has((doc.tokens[k] as Token).lower)) return true;
  return false;
});

const SUBJECT_TAGS = new Set(['PROPN', 'NOUN', 'DET', 'PRON', 'ADJ', 'PART']);
const MAX_SUBJECT_TOKENS = 6;

/** "if Trump wins", "should the council approve": the subject before the verb is opened by a condition. */
function isConditionedSubject(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  let k = verb - 1;
  while (k >= sentence.firstToken && ['AUX', 'ADV'].includes((doc.tokens[k] as Token).pos)) {
    if ((doc.tokens[k] as Token).lower === 'should') break;
    k--;
  }
  const subjectEnd = k;
  while (
    k >= sentence.firstToken &&
    subjectEnd - k < MAX_SUBJECT_TOKENS &&
    SUBJECT_TAGS.has((doc.tokens[k] as Token).pos)
  )
    k--;
  if (k === subjectEnd || k < sentence.firstToken) return false;
  const opener = doc.tokens[k] as Token;
  if (opener.lower === 'if' || opener.lower === 'unless') return true;
  // "should X win" is inverted only at the opening of a clause.
  const before = doc.tokens[k - 1];
  return opener.lower === 'should' && (k === sentence.firstToken || before?.pos === 'PUNCT' || before?.pos === 'ADV');
}
const MAX_TOKENS_TO_JUDGEMENT = 4;

// Who find out rather than find things (FrameNet Research: researcher, scientist, scholar), beside the works
// that report what was found (WORKS, and Scrutiny's review, audit, inquiry, poll).
const FINDERS_OUT = new Set(['scientist', 'researcher', 'scholar', 'review', 'audit', 'inquiry', 'poll']);

/**
 * "found that …", "found it to be a deterrent", and "the scientists found yields fell", "the study found": what
 * research finds is a conclusion (FrameNet Coming_to_believe), not a thing found.
 */
function findsOrJudges(doc: TextDocument, sentence: Sentence, verb: number, end: number): boolean {
  if (doc.tokens[end]?.lower === 'that') return true;
  const k = beforeVerbGroup(doc, verb, sentence.firstToken);
  // "…, the survey found.": with no object, "found" is the past of find (FrameNet Intentionally_create's found.v
  // takes the thing created: "founded the party"). "The document was found." is a find in the passive, an event.
  const objectless = end >= sentence.endToken || (doc.tokens[end] as Token).pos === 'PUNCT';
  if (objectless && !doc.tokens.slice(k + 1, verb).some((t) => BE_FORMS.has(t.lower))) return true;
  const subject = doc.tokens[k];
  if (
    k >= sentence.firstToken &&
    subject?.pos === 'NOUN' &&
    (FINDERS_OUT.has(subject.lemma) || WORKS.has(subject.lemma))
  )
    return true;
  for (let k = end; k < Math.min(sentence.endToken - 1, end + MAX_TOKENS_TO_JUDGEMENT); k++)
    if ((doc.tokens[k] as Token).lower === 'to' && (doc.tokens[k + 1] as Token).lower === 'be') return true;
  return false;
}

const BLAME_WORDS = new Set(['responsible', 'accountable', 'liable', 'culpable']);
const MAX_TOKENS_TO_BLAME = 5;

/** "held CSX responsible", "holds the board accountable". */
function heldTo(doc: TextDocument, sentence: Sentence, end: number): boolean {
  for (let k = end; k < Math.min(sentence.endToken, end + MAX_TOKENS_TO_BLAME); k++)
    if (BLAME_WORDS.has((doc.tokens[k] as Token).lower)) return true;
  return false;
}

const FLIGHT_VERBS = new Set(['flee', 'escape']);

const fleesInSentence = oncePerSentence((doc, sentence) => {
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const token = doc.tokens[k] as Token;
    if (token.quote < 0 && token.pos === 'VERB' && FLIGHT_VERBS.has(token.lemma)) return true;
  }
  return false;
});

const MAX_TOKENS_TO_PARTNER = 10;

/** "discussed it with Biden", "Biden and Xi discussed trade": a discussion with a partner named. */
function discussedTogether(doc: TextDocument, sentence: Sentence, first: number, end: number): boolean {
  for (let k = end; k < Math.min(sentence.endToken, end + MAX_TOKENS_TO_PARTNER); k++)
    if ((doc.tokens[k] as Token).lower === 'with') return true;
  for (let k = first - 1; k >= Math.max(sentence.firstToken, first - 6); k--) {
    const token = doc.tokens[k] as Token;
    if ((token.lower === 'and' && doc.tokens[k - 1]?.pos === 'PROPN') || ['they', 'we'].includes(token.lower))
      return true;
    if (token.pos === 'VERB' || token.text === ',') break;
  }
  return false;
}

const CONTESTS = new Set(['office', 'election', 're-election', 'reelection', 'seat', 'presidency', 'nomination']);

/** "run for president", "run for office", "run for the Senate": what a candidate runs for. */
function isOfficeWord(token: Token): boolean {
  return CONTESTS.has(token.lower) || endsRoleTitle(token.text) || isOrganizationHead(token.text);
}

/**
 * The noun at `noun` heads a phrase hanging on another noun: "stance on [negotiations]". With "of", the
 * other noun must hang on a preposition in turn ("against a backdrop of [the election]"): "the framework of
 * [an agreement]" tells of the agreement itself.
 */
function dependsOnNoun(doc: TextDocument, sentence: Sentence, noun: number, depth: number): boolean {
  const start = nounPhraseStart(doc, sentence, noun);
  const preposition = doc.tokens[start - 1];
  if (depth > 0)
    return start - 1 >= sentence.firstToken && preposition?.pos === 'ADP' && !PARTICLES.has(preposition.lower);
  const governor = doc.tokens[start - 2];
  if (
    start - 2 < sentence.firstToken ||
    !preposition ||
    !governor ||
    preposition.pos !== 'ADP' ||
    !DEPENDENT_PREPOSITIONS.has(preposition.lower) ||
    governor.pos !== 'NOUN'
  )
    return false;
  return preposition.lower !== 'of' || dependsOnNoun(doc, sentence, start - 2, depth + 1);
}

// A conditional opens the clause within this many tokens of the trigger ("If a deal is reached").
const MAX_TOKENS_TO_CLAUSE_OPENING = 12;

/** The first word of the clause holding a token: after the last comma, semicolon or dash before it (nearby). */
function clauseOpening(doc: TextDocument, sentence: Sentence, at: number): string {
  let i = at;
  while (i > sentence.firstToken && at - i < MAX_TOKENS_TO_CLAUSE_OPENING) {
    const previous = doc.tokens[i - 1] as Token;
    if (previous.quote < 0 && (previous.text === ',' || isClauseBreak(doc, previous))) break;
    i--;
  }
  return (doc.tokens[i] as Token).lower;
}

function sharesParticipant(event: ExtractedEvent, participants: ExtractedEventParticipant[]): boolean {
  return participants.some((p) => event.participants.some((q) => q.actorRef === p.actorRef));
}

function datesAgree(a: ExtractedEvent['when'], b: ExtractedEvent['when']): boolean {
  return !a || !b || a.start === b.start;
}

/** Two days told apart ("on Saturday", "on Sunday"); a year ("since 1958") is the background's, no day of its own. */
function onOtherDays(a: ExtractedEvent['when'], b: ExtractedEvent['when']): boolean {
  return a?.precision === 'DAY' && b?.precision === 'DAY' && a.start !== b.start;
}

function sameOccasion(
  a: ExtractedEvent,
  aOccasion: string | undefined,
  occasion: string,
  participants: ExtractedEventParticipant[],
  when: ExtractedEvent['when'],
): boolean {
  if (aOccasion !== occasion || !datesAgree(a.when, when)) return false;
  if (a.when && when && a.when.start === when.start && a.when.precision === 'DAY') return true;
  return sharesParticipant(a, participants);
}

/**
 * Events from trigger words outside quotations (visits, meetings, summits, statements, agreements,
 * attacks, votes, rulings, arrests and other legal steps): participants are the actors of the trigger's
 * clause (names, pronouns resolved to the last person of that gender, demonyms as countries), the agent
 * the nearest before the trigger; a place and a date from the clause, the date resolved against
 * publishedAt. Mentions of one occasion (same type, agreeing dates, a shared participant) are merged.
 */
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * In reported words, what the speaker says they did, what a named actor did, or the event a cue names by
 * its object is told as an event
 * ("Zelensky said he discussed it with Biden", "the department said Kerry contacted …"); claims about
 * things and the unnamed are not ("told lawmakers no evidence supports that the inmate was murdered").
 */
function isOwnDeed(doc: TextDocument, named: NamedActors, sentence: Sentence, verb: number): boolean {
  const i = beforeVerbGroup(doc, verb, sentence.firstToken);
  const subject = doc.tokens[i];
  if (subject === undefined) return false;
  // "announced the signing of …", "confirmed the arrest": the event a cue reports by its noun, its object. A
  // noun a verb follows is the reported clause's subject, which the source judges: "said the verdict was unjust".
  const trigger = doc.tokens[verb] as Token;
  const subjectOfClause = ['AUX', 'VERB'].includes(doc.tokens[verb + 1]?.pos ?? '');
  if (trigger.pos === 'NOUN' && subject.pos === 'DET' && doc.tokens[i - 1]?.pos === 'VERB' && !subjectOfClause)
    return true;
  // "The department said John Kerry contacted Thailand's foreign minister": a named actor's deed, reported; so is
  // one whose name an appositive follows ("Jan Kowal, 64, died …").
  return (
    (subject.pos === 'PRON' && PERSONAL_SUBJECTS.has(subject.lower)) ||
    named.actorAtToken.has(i) ||
    (subject.text === ',' && named.actorAtToken.has(appositiveOpening(doc, sentence, i) - 1))
  );
}

/** The comma opening the appositive that the comma at `close` ends ("Kowal, 64, died"), or -1. */
function appositiveOpening(doc: TextDocument, sentence: Sentence, close: number): number {
  for (let k = close - 1; k > sentence.firstToken && close - k <= MAX_APPOSITIVE_TOKENS; k--)
    if ((doc.tokens[k] as Token).text === ',') return k;
  return -1;
}

// "won the 2020 presidential election", "launched a missile attack": a determiner, a year, an adjective and a
// noun may stand before the noun.
const MAX_TOKENS_TO_CARRIED_NOUN = 4;

/**
 * "launched an attack", "held talks", "the attack was launched": a verb whose object or subject is an event noun;
 * for a clause's action, an event noun after a preposition too ("gathered at a summit").
 */
function carriesEventNoun(
  doc: TextDocument,
  sentence: Sentence,
  verb: number,
  verbEnd: number,
  throughPreposition: boolean,
): boolean {
  if ((doc.tokens[verb] as Token).pos !== 'VERB') return false;
  const isEventNoun = (k: number) => {
    const token = doc.tokens[k];
    return token !== undefined && token.pos === 'NOUN' && triggerAt(doc.tokens, k, sentence.endToken) !== null;
  };
  const objectStart = throughPreposition && doc.tokens[verbEnd]?.pos === 'ADP' ? verbEnd + 1 : verbEnd;
  for (let k = objectStart; k < Math.min(sentence.endToken, objectStart + MAX_TOKENS_TO_CARRIED_NOUN); k++) {
    if (isEventNoun(k)) return true;
    // A noun before the head is its modifier in a compound: "launched a missile attack", "signed a trade deal".
    if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes((doc.tokens[k] as Token).pos)) break;
  }
  const k = beforeVerbGroup(doc, verb, sentence.firstToken);
  return k >= sentence.firstToken && (isEventNoun(k) || isEventNoun(headBeforeOf(doc, k, sentence.firstToken)));
}

/** The head a subject's "of" phrase ending at `k` belongs to: "summit" of "the summit of NATO leaders opens"; or -1. */
function headBeforeOf(doc: TextDocument, k: number, first: number): number {
  for (let j = k; j > first && k - j < MAX_TOKENS_TO_CARRIED_NOUN; j--) {
    const token = doc.tokens[j] as Token;
    if (token.lower === 'of') return j - 1;
    if (!NOUN_PHRASE_TAGS.has(token.pos)) return -1;
  }
  return -1;
}

const DISASTERS = 'OTHER:disaster';
const FINDS = new Set(['find', 'found', 'excavate', 'unearth', 'discover']);

/**
 * A disaster, or a find told in the passive ("were found", "was excavated"): no one need be named. A plural
 * disaster noun is a kind of thing ("weather events such as floods"), not one that happened.
 */
function happensUnpeopled(doc: TextDocument, trigger: Trigger, first: number): boolean {
  const head = doc.tokens[first] as Token;
  if (trigger.group === DISASTERS) return head.pos !== 'NOUN' || head.lower === head.lemma;
  if (!FINDS.has(head.lemma) || head.pos !== 'VERB') return false;
  let k = first - 1;
  while (k >= 0 && (doc.tokens[k] as Token).pos === 'ADV') k--;
  return BE_FORMS.has(doc.tokens[k]?.lower ?? '');
}

// Works that are published: FrameNet Text (paper, article, report) and Research/Scrutiny (study, research,
// analysis), with what they yield (findings, results).
const WORKS = new Set(['study', 'paper', 'report', 'research', 'analysis', 'article', 'findings', 'results', 'survey']);
const MAX_TOKENS_TO_WORK = 3;

/** "The study was published", "the findings were published": a work in the subject of a passive "published". */
function isPublishedWork(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  if ((doc.tokens[verb] as Token).lemma !== 'publish') return false;
  let k = verb - 1;
  while (k >= sentence.firstToken && (doc.tokens[k] as Token).pos === 'ADV') k--;
  if (!BE_FORMS.has(doc.tokens[k]?.lower ?? '')) return false;
  for (let w = k - 1; w >= Math.max(sentence.firstToken, k - MAX_TOKENS_TO_WORK); w--)
    if (WORKS.has((doc.tokens[w] as Token).lemma)) return true;
  return false;
}

/** The actors named in the previous sentence before its first verb, who did the work it told, come first. */
function withAuthors(
  doc: TextDocument,
  mentions: Mention[],
  sentence: Sentence,
  participants: ExtractedEventParticipant[],
): ExtractedEventParticipant[] {
  const previous = doc.sentences[sentence.index - 1];
  if (!previous || previous.paragraph !== sentence.paragraph) return participants;
  let verb = previous.firstToken;
  while (verb < previous.endToken && !['VERB', 'AUX'].includes((doc.tokens[verb] as Token).pos)) verb++;
  const end = (doc.tokens[verb] as Token | undefined)?.start ?? previous.end;
  const authors: ExtractedEventParticipant[] = [];
  for (let m = firstMentionAtOrAfter(mentions, previous.start); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.start >= end || authors.length === MAX_PARTICIPANTS) break;
    if (!authors.some((a) => a.actorRef === mention.actor.ref))
      authors.push({ actorRef: mention.actor.ref, part: authors.length === 0 ? 'AGENT' : 'PARTICIPANT' });
  }
  const others = participants
    .filter((p) => !authors.some((a) => a.actorRef === p.actorRef))
    .map((p) => ({ ...p, part: 'PARTICIPANT' as const }));
  return [...authors, ...others].slice(0, MAX_PARTICIPANTS);
}

/** A test of whether an offset lies inside one of the spans (sorted once, then searched). */
function insideAny(spans: Span[]): (offset: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return (offset) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] as Span).start <= offset) low = mid + 1;
      else high = mid;
    }
    // Spans may nest or overlap: look back over the few that start before the offset.
    for (let k = low - 1; k >= 0 && k >= low - 4; k--) if ((sorted[k] as Span).end > offset) return true;
    return false;
  };
}

/** A speech cue and its speaker, for "X said in a news release": the release is X's. */
export interface SpeechCue {
  sentence: number;
  /** Token index after the cue phrase. */
  cueEnd: number;
  actor: ActorRecord;
}

// Settings of speech: the speaker of a cue right before them is their agent ("said at a news conference").
const SPEECH_EVENTS = new Set<EventType>(['STATEMENT_ISSUED', 'BRIEFING']);
const MAX_TOKENS_FROM_CUE_TO_SETTING = 3;

/**
 * The speaker of a cue ending just before the trigger, or, for a setting that frames the sentence ("In a
 * statement, X said", "X, in remarks to al-Ikhbariya, said"), of the first cue after it; cues come in text order.
 */
function speakerOfSetting(cues: SpeechCue[], sentence: number, trigger: number, frames: boolean): ActorRecord | null {
  if (frames) {
    const next = cues.find((c) => c.sentence === sentence && c.cueEnd > trigger);
    if (next) return next.actor;
  }
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cues[mid] as SpeechCue).cueEnd < trigger - MAX_TOKENS_FROM_CUE_TO_SETTING) low = mid + 1;
    else high = mid;
  }
  for (let k = low; k < cues.length && (cues[k] as SpeechCue).cueEnd <= trigger; k++)
    if ((cues[k] as SpeechCue).sentence === sentence) return (cues[k] as SpeechCue).actor;
  return null;
}

// The helpers below stand outside findEvents' loops: under tsx a closure named there costs a name-keeping
// call each time it is made.

/**
 * An attack or a disaster a source tells by its verb ("gunmen opened fire on a bus, killing 12, police said"):
 * news tells such harm through the police or officials who report it, so it is an event all the same; whether it
 * happened or is only feared is read as for any other mention (isPassingMention). Named by a noun in someone's
 * words ("the Paris attacks highlight …") it is mostly a passing mention of harm told elsewhere.
 */
function isToldHarm(trigger: Trigger, first: Token, before: Token | undefined): boolean {
  if (!(trigger.type === 'ATTACK' || trigger.group === DISASTERS) || first.pos !== 'VERB') return false;
  // A verb after a preposition or "to" tells no happening: "refrain from attacking", "vowed to attack".
  return before === undefined || !(before.pos === 'ADP' || before.pos === 'PART');
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/** A person told of between `from` and `to` by a pronoun: "attacked him", "his record". */
function namesPeople(doc: TextDocument, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const token = doc.tokens[k] as Token;
    if (PERSONAL_PRONOUNS.has(token.lower)) return true;
  }
  return false;
}

/** A clause vouched for "according to" a source is reported, yet tells what happened. */
function isVouched(source: Span | null, offset: number): boolean {
  return source !== null && (offset < source.start || offset >= source.end);
}

function isSentenceMatchMoment(doc: TextDocument, sentence: Sentence): boolean {
  return isMatchMoment(
    doc.body.slice((doc.tokens[sentence.firstToken] as Token).start, (doc.tokens[sentence.endToken - 1] as Token).end),
  );
}

/** "Belgium beat Panama": two sides, neither a person, make a result of its own, not a moment of another match. */
function namesTwoSides(named: NamedActors, participants: ExtractedEventParticipant[]): boolean {
  let sides = 0;
  for (const p of participants) if (kindOf(named, p.actorRef) !== 'PERSON') sides++;
  return sides >= 2;
}

/** The event's latest mention stands in this sentence before the clause now read. */
function toldInEarlierClause(e: ExtractedEvent, sentence: Sentence, clauseStart: number): boolean {
  const last = lastMention(e);
  return last >= sentence.start && last < clauseStart;
}

// "his escape", "their arrest": after these the word is a noun, whatever the tagger says ("her" may be an
// object: "helped her escape").
const POSSESSIVE_DETERMINERS = new Set(['his', 'their', 'its', 'our', 'my', 'your']);

function isPossessedVerb(trigger: Token, previous: Token | undefined): boolean {
  return trigger.pos === 'VERB' && previous !== undefined && POSSESSIVE_DETERMINERS.has(previous.lower);
}

const ACTIONS = 'OTHER:action';

/** Other actions share no occasion by their group alone: "his escape" points back at "fled", not at "banned". */
function sameAction(lemmas: Set<string> | undefined, lemma: string): boolean {
  if (!lemmas) return false;
  if (lemmas.has(lemma)) return true;
  return FLIGHT_VERBS.has(lemma) && [...lemmas].some((l) => FLIGHT_VERBS.has(l));
}

/**
 * "In the first game, Sweden faced Korea. … Korea substituted Park in the 28th minute": a moment naming no side
 * of a match told belongs to the latest match with a side the paragraph names before it.
 */
function matchOfParagraph(
  doc: TextDocument,
  events: ExtractedEvent[],
  occasionOf: Map<ExtractedEvent, string>,
  mentions: Mention[],
  trigger: Token,
): ExtractedEvent | undefined {
  const paragraph = doc.paragraphs[trigger.paragraph];
  if (!paragraph) return undefined;
  const named: ExtractedEventParticipant[] = [];
  for (let m = firstMentionAtOrAfter(mentions, paragraph.start); m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.start >= trigger.start) break;
    named.push({ actorRef: mention.actor.ref, part: 'PARTICIPANT' });
  }
  const matches = events.filter((e) => occasionOf.get(e) === COMPETITIONS);
  // Else the match told last: "Lukaku won the Man of the Match award" closes the report of his match.
  return (
    matches.findLast((e) => sharesParticipant(e, named)) ??
    matches.reduce<ExtractedEvent | undefined>(
      (latest, e) => (!latest || lastMention(e) > lastMention(latest) ? e : latest),
      undefined,
    )
  );
}

function lastMention(e: ExtractedEvent): number {
  return e.mentions[e.mentions.length - 1]?.start ?? -1;
}

/** "In a statement, X said", "In her opening remarks, X noted": a setting opened by "in" frames the cue after it. */
function framesSentence(doc: TextDocument, sentence: Sentence, first: number, trigger: Trigger): boolean {
  if (trigger.words[0] === 'in') return true;
  const before = doc.tokens[nounPhraseStart(doc, sentence, first) - 1];
  return before !== undefined && before.index >= sentence.firstToken && before.lower === 'in';
}

function isClauseJoint(token: Token): boolean {
  return token.text === ';' && token.quote < 0;
}

/** An event told before that has everyone the clause names. */
function toldOf(e: ExtractedEvent, participants: ExtractedEventParticipant[]): boolean {
  return participants.every((p) => e.participants.some((q) => q.actorRef === p.actorRef));
}

export function findEvents(
  doc: TextDocument,
  named: NamedActors,
  publishedAt: string | null | undefined,
  cues: SpeechCue[] = [],
  /** What the article reports others said: their words tell claims, not the story's events. */
  reported: Span[] = [],
): ExtractedEvent[] {
  const isReported = insideAny(reported);
  const events: ExtractedEvent[] = [];
  const occasionOf = new Map<ExtractedEvent, string>();
  const lemmasOf = new Map<ExtractedEvent, Set<string>>();
  const mentions = mentionIndex(doc, named.registry.actors);
  // Triggers of one clause often leave the same text around its date words: it is parsed once (the parse is
  // the dearest step here), and each event gets its own copy of the date.
  const datesAround = new Map<string, EventDate | null>();
  // A weekday alone lies before the story unless the event's clause speaks ahead (event-tense.ts).
  const dateAround = (windowText: string, ahead: boolean): EventDate | null => {
    const text = aroundDateWords(windowText);
    const key = `${ahead ? '+' : '-'}${text}`;
    let date = datesAround.get(key);
    if (date === undefined) {
      date = findDate(text, publishedAt, ahead)?.date ?? null;
      datesAround.set(key, date);
    }
    return date && { ...date };
  };
  const claimedSentences = new Set(
    cues.filter((c) => doc.tokens[c.cueEnd - 2]?.lower !== 'according').map((c) => c.sentence),
  );
  for (const sentence of doc.sentences) {
    if (isSubhead(doc, sentence)) continue;
    const typesInSentence = new Set<string>();
    let clauseStart = sentence.start;
    // Unless another cue in the sentence makes the clause someone's belief or claim ("X believes …").
    const source = claimedSentences.has(sentence.index) ? null : evidentialSource(doc, sentence);
    // Read only for an event of no type of its own, the one kind a moment of a match can be.
    let matchMoment: boolean | undefined;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i] as Token;
      // "Sweden beat Korea; Belgium beat Panama": a semicolon joins clauses that each tell their own event.
      if (isClauseJoint(token)) {
        typesInSentence.clear();
        clauseStart = token.end;
      }
      // Most tokens open no event: one look-up, before each kind's own reading, passes them by; a verb may tell
      // its clause's action (clause-actions.ts). No kind reads a token inside a quotation.
      if (
        token.quote >= 0 ||
        !(EVENT_OPENING_WORDS.has(token.lower) || EVENT_OPENING_WORDS.has(token.lemma) || token.pos === 'VERB')
      )
        continue;
      const found =
        verdictAt(doc, sentence, i) ??
        firingAt(doc, sentence, i) ??
        enactingAt(doc, sentence, i) ??
        killingAt(doc, sentence, i) ??
        issuingAt(doc, sentence, i) ??
        tellingBodyAt(doc, named, sentence, i) ??
        triggerAt(doc.tokens, i, sentence.endToken) ??
        shootingAt(doc, named, sentence, i) ??
        clauseActionAt(doc, named, sentence, i);
      const trigger = found?.type === 'VISIT' && travelsInCompany(doc, sentence, i) ? asTour(found) : found;
      const at = (doc.tokens[i] as Token).start;
      if (!trigger) continue;
      const reportedHere = isReported(at) && !isVouched(source, at);
      const toldBySource = reportedHere && !isOwnDeed(doc, named, sentence, i);
      if (toldBySource && !isToldHarm(trigger, doc.tokens[i] as Token, doc.tokens[i - 1])) continue;
      const triggerEndToken = i + trigger.words.length;
      if (isPassingMention(doc, named, sentence, i, triggerEndToken, trigger)) {
        i = triggerEndToken - 1;
        continue;
      }
      // One clause tells one event of a type: "put Hawk Sawyer in charge and ordered a review" is one. A
      // verb that only carries a noun of an event ("launched an attack", "the attack was launched") is none.
      if (
        typesInSentence.has(trigger.type) ||
        carriesEventNoun(doc, sentence, i, triggerEndToken, trigger.group.startsWith(CLAUSE_ACTIONS))
      ) {
        i = triggerEndToken - 1;
        continue;
      }
      typesInSentence.add(trigger.type);
      const first = doc.tokens[i] as Token;
      const last = doc.tokens[triggerEndToken - 1] as Token;
      const { from, to } = clauseWindow(doc, sentence, i, triggerEndToken);
      const objectAt = first.pos === 'VERB' ? triggerEndToken : -1;
      let participants = participantsIn(
        doc,
        named,
        mentions,
        from,
        to,
        first.start,
        objectAt,
        source,
        trigger.group === COMPETITIONS ? OPPONENT_PREPOSITIONS : trigger.type === 'ATTACK' ? TARGET_OF_ATTACK : null,
      );
      const speaker = SPEECH_EVENTS.has(trigger.type)
        ? speakerOfSetting(cues, sentence.index, i, framesSentence(doc, sentence, i, trigger))
        : null;
      if (trigger.setting && !speaker) continue;
      if (speaker)
        participants = [
          { actorRef: speaker.ref, part: 'AGENT' as const },
          ...participants
            .filter((p) => p.actorRef !== speaker.ref)
            .map((p) => ({ ...p, part: 'PARTICIPANT' as const }))
            .slice(0, MAX_PARTICIPANTS - 1),
        ];
      i = triggerEndToken - 1;
      if (reportedHere) {
        // The source who reports an event takes no part in it unless it did it ("X died, his family said"; but
        // "Zelensky said he met Biden").
        const sources = new Set(cues.filter((c) => c.sentence === sentence.index).map((c) => c.actor.ref));
        participants = participants.filter((p) => p.part === 'AGENT' || !sources.has(p.actorRef));
      }
      // Harm told between people ("Clinton attacked him") is words.
      if (
        toldBySource &&
        (participants.some((p) => kindOf(named, p.actorRef) === 'PERSON') || namesPeople(doc, from, to))
      )
        continue;
      // "A team from Halden University studied … The study was published in …": the work is its authors'.
      if (isPublishedWork(doc, sentence, first.index))
        participants = withAuthors(doc, mentions, sentence, participants);
      // "one in three visits to the site": a visit is a person's; "the silver medal going to Poland" is no
      // travel either, which takes a person or a body.
      // "arrived in Washington", "flew to Ottawa": the name right after the trigger's preposition is where the
      // journey ends, not who travels.
      const destination =
        trigger.type === 'VISIT' && last.pos === 'ADP' ? named.actorAtToken.get(triggerEndToken)?.actor.ref : undefined;
      const travellers = participants.filter(
        (p) => p.actorRef !== destination && isTraveller(named, p.actorRef, first.pos !== 'NOUN'),
      );
      // "Gunmen attacked a bus station", "the crane collapsed", "mummies were excavated": an attack, a disaster
      // or a find is an event even when no one named takes part. A trigger that tells no event leaves its type
      // free for the clause: "Three people were killed when a bomb exploded".
      if (
        (participants.length === 0 && trigger.type !== 'ATTACK' && !happensUnpeopled(doc, trigger, i)) ||
        (trigger.type === 'VISIT' && travellers.length === 0)
      ) {
        typesInSentence.delete(trigger.type);
        continue;
      }
      const windowText = doc.body.slice((doc.tokens[from] as Token).start, (doc.tokens[to - 1] as Token).end);
      const when = mayHoldDate(windowText)
        ? dateAround(windowText, eventSpeaksAhead(doc, sentence, first.index))
        : null;
      const place = placeIn(doc, named, from, to, triggerEndToken);
      const mention: TextSpan = { start: first.start, end: last.end, text: doc.body.slice(first.start, last.end) };
      // A verb dated where the event so far had no date tells of a new occasion: "he discussed it with Biden
      // on his trip" and "he will stop at NATO on Thursday to meet Rutte" are two meetings.
      const newlyDated = when !== null && (first.pos === 'VERB' || first.pos === 'AUX');
      // "appeal the ruling", "after the summit": an undated definite noun points back at the latest
      // event of its kind, whoever its clause names.
      const previous = doc.tokens[first.index - 1];
      // "Three weeks before he died", "after his arrest": a time clause points back at an event told before.
      // A time clause that names someone the event did not have tells of another happening: "since the 1994
      // race, when Ayrton Senna was killed".
      const pointsBackByNoun =
        (first.pos === 'NOUN' && ANAPHORIC_DETERMINERS.has(previous?.lower ?? '')) || isPossessedVerb(first, previous);
      const anaphoric = when === null && (pointsBackByNoun || TIME_CLAUSE_OPENERS.has(clauseOpening(doc, sentence, i)));
      // Another verb of the same kind tells another happening ("was arrested", later "was interrogated",
      // "turned himself in"); the same verb again, a noun, or the same day tells the same one.
      const lemma = first.lemma;
      const same =
        events.find(
          (e) =>
            sameOccasion(e, occasionOf.get(e), trigger.occasion, participants, when) &&
            !(newlyDated && e.when === null) &&
            // "The South retaliated": a reply belongs to the exchange it answers.
            (first.pos !== 'VERB' ||
              REPLIES.has(lemma) ||
              (lemmasOf.get(e)?.has(lemma) ?? false) ||
              (when !== null && e.when?.start === when.start && when.precision === 'DAY')),
        ) ??
        (anaphoric
          ? events.findLast(
              (e) =>
                occasionOf.get(e) === trigger.occasion &&
                (pointsBackByNoun || toldOf(e, participants)) &&
                (trigger.group !== ACTIONS || sameAction(lemmasOf.get(e), lemma)),
            )
          : undefined) ??
        // "A document was found … The document was found on Elm Road": told again of no one and on no date,
        // nothing sets the happening apart from the last one so told.
        (participants.length === 0 && when === null
          ? events.findLast((e) => occasionOf.get(e) === trigger.occasion && (lemmasOf.get(e)?.has(lemma) ?? false))
          : undefined) ??
        // "Peru beat Chile 3 – 0. … Peru dominated in Lima": a side's action after its match is a moment of it.
        (trigger.group.startsWith(CLAUSE_ACTIONS)
          ? events.findLast((e) => occasionOf.get(e) === COMPETITIONS && sharesParticipant(e, participants))
          : undefined) ??
        // A match report tells one match a paragraph: "beat", "scored", "won a penalty" are its moments. A
        // result on another day is another match ("beat Juventus on Saturday … lost to Nadal on Sunday").
        (trigger.group === COMPETITIONS
          ? events.findLast(
              (e) =>
                occasionOf.get(e) === trigger.occasion &&
                !onOtherDays(e.when, when) &&
                doc.tokens[tokenIndexAt(doc, lastMention(e))]?.paragraph === first.paragraph &&
                !toldInEarlierClause(e, sentence, clauseStart) &&
                (sharesParticipant(e, participants) || !namesTwoSides(named, participants)),
            )
          : undefined) ??
        // "In the 62nd minute Sweden won a penalty": a moment of the match told before with that side or player.
        (trigger.type === 'OTHER' && (matchMoment ??= isSentenceMatchMoment(doc, sentence))
          ? (events.findLast((e) => occasionOf.get(e) === COMPETITIONS && sharesParticipant(e, participants)) ??
            matchOfParagraph(doc, events, occasionOf, mentions, first))
          : undefined);
      if (same) {
        lemmasOf.get(same)?.add(lemma);
        same.mentions.push(mention);
        same.when ??= when;
        same.place ??= place;
        for (const p of participants)
          if (!same.participants.some((q) => q.actorRef === p.actorRef) && same.participants.length < MAX_PARTICIPANTS)
            same.participants.push({ ...p, part: 'PARTICIPANT' });
        continue;
      }
      const event: ExtractedEvent = {
        ref: `e${events.length + 1}`,
        type: trigger.type,
        description: describe(doc, from, to),
        place,
        when,
        participants,
        mentions: [mention],
      };
      events.push(event);
      // A moment of a match not told before stands for that match.
      occasionOf.set(
        event,
        trigger.type === 'OTHER' && (matchMoment ??= isSentenceMatchMoment(doc, sentence))
          ? COMPETITIONS
          : trigger.occasion,
      );
      lemmasOf.set(event, new Set([lemma]));
      if (first.pos !== 'VERB') continue;
      // "contracted in 1956 to A, then in 1960 to B": each gapped conjunct is an event of its own.
      for (const conjunct of gappedConjuncts(doc, named, sentence, triggerEndToken)) {
        const agent = event.participants.find((p) => p.part === 'AGENT' && p.actorRef !== conjunct.party.ref);
        event.participants = event.participants.filter((p) => p.actorRef !== conjunct.party.ref);
        const text = doc.body.slice(
          (doc.tokens[conjunct.from] as Token).start,
          (doc.tokens[conjunct.to - 1] as Token).end,
        );
        const told: ExtractedEvent = {
          ref: `e${events.length + 1}`,
          type: trigger.type,
          description: `${describe(doc, from, triggerEndToken)} ${text}`,
          place: null,
          when: dateAround(text, eventSpeaksAhead(doc, sentence, first.index)),
          participants: [...(agent ? [agent] : []), { actorRef: conjunct.party.ref, part: agent ? 'TARGET' : 'AGENT' }],
          mentions: [
            {
              start: (doc.tokens[conjunct.from] as Token).start,
              end: (doc.tokens[conjunct.to - 1] as Token).end,
              text,
            },
          ],
        };
        events.push(told);
        occasionOf.set(told, trigger.occasion);
        lemmasOf.set(told, new Set([lemma]));
      }
    }
  }
  return events;
}
