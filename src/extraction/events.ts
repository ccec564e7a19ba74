import type { EventType, ExtractedEvent, ExtractedEventParticipant, TextSpan } from './types.ts';
import type { Sentence, TextDocument, Token } from './text/document.ts';
import type { NamedActors } from './actors.ts';
import type { ActorRecord } from './actor-registry.ts';
import { countryOfDemonym } from './gazetteer.ts';
import { findDate, mayHoldDate } from './dates.ts';
import triggerData from './data/event-triggers.json' with { type: 'json' };

interface Trigger {
  type: EventType;
  words: string[];
  pos: string | null;
}

// Trigger phrases indexed by their first word, so each token costs one map lookup.
const triggersByFirstWord = new Map<string, Trigger[]>();
for (const entry of triggerData.triggers) {
  for (const written of entry.words) {
    const [phrase, pos] = written.split('/') as [string, string | undefined];
    const trigger: Trigger = { type: entry.type as EventType, words: phrase.split(' '), pos: pos ?? null };
    const first = trigger.words[0] as string;
    const list = triggersByFirstWord.get(first) ?? [];
    list.push(trigger);
    list.sort((a, b) => b.words.length - a.words.length);
    triggersByFirstWord.set(first, list);
  }
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from']);
const MAX_DESCRIPTION_CHARS = 160;
// Participants, dates and places are looked for this many tokens around the trigger, inside its sentence.
const WINDOW_BEFORE = 14;
const WINDOW_AFTER = 14;
const MAX_PARTICIPANTS = 6;
const CLAUSE_BREAKS = new Set([';', '—', '–', ':']);
const PERSON_PRONOUNS: Record<string, 'male' | 'female'> = { he: 'male', his: 'male', she: 'female', her: 'female' };

function tokenMatches(token: Token | undefined, word: string): boolean {
  return token !== undefined && token.quote < 0 && (token.lower === word || token.lemma === word);
}

function triggerAt(tokens: Token[], i: number, end: number): Trigger | null {
  const token = tokens[i] as Token;
  if (token.quote >= 0) return null;
  const candidates = [
    ...(triggersByFirstWord.get(token.lower) ?? []),
    ...(token.lemma !== token.lower ? (triggersByFirstWord.get(token.lemma) ?? []) : []),
  ];
  for (const trigger of candidates) {
    if (trigger.pos && token.pos !== trigger.pos && !(trigger.pos === 'VERB' && token.pos === 'AUX')) continue;
    if (i + trigger.words.length > end) continue;
    if (trigger.words.every((w, k) => tokenMatches(tokens[i + k], w))) return trigger;
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
  const quoted = (offset: number) => {
    // Binary search over tokens by start.
    let low = 0;
    let high = doc.tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((doc.tokens[mid] as Token).start < offset) low = mid + 1;
      else high = mid;
    }
    return (doc.tokens[low]?.quote ?? -1) >= 0;
  };
  const all: Mention[] = [];
  for (const actor of actors)
    for (const m of actor.mentions) if (!quoted(m.start)) all.push({ actor, start: m.start, end: m.end });
  all.sort((a, b) => a.start - b.start);
  return all;
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

/** The window of the trigger's clause: bounded by the sentence, a semicolon or dash, and a token budget. */
function clauseWindow(doc: TextDocument, sentence: Sentence, first: number, end: number): { from: number; to: number } {
  let from = first;
  while (from > sentence.firstToken && first - from < WINDOW_BEFORE) {
    const previous = doc.tokens[from - 1] as Token;
    if (CLAUSE_BREAKS.has(previous.text) && previous.quote < 0) break;
    from--;
  }
  let to = end;
  while (to < sentence.endToken && to - end < WINDOW_AFTER) {
    const token = doc.tokens[to] as Token;
    if (CLAUSE_BREAKS.has(token.text) && token.quote < 0) break;
    to++;
  }
  return { from, to };
}

/** "he met …": the most recent person of that gender mentioned before, outside quotations. */
function personBefore(mentions: Mention[], offset: number, gender: 'male' | 'female'): ActorRecord | null {
  for (let i = firstMentionAtOrAfter(mentions, offset) - 1; i >= 0; i--) {
    const actor = (mentions[i] as Mention).actor;
    if (actor.kind === 'PERSON' && (actor.gender === null || actor.gender === gender)) return actor;
  }
  return null;
}

function participantsIn(
  doc: TextDocument,
  named: NamedActors,
  mentions: Mention[],
  from: number,
  to: number,
  triggerStart: number,
): ExtractedEventParticipant[] {
  const start = (doc.tokens[from] as Token).start;
  const end = (doc.tokens[to - 1] as Token).end;
  const found: Array<{ actor: ActorRecord; distance: number; before: boolean }> = [];
  const add = (actor: ActorRecord, at: number) => {
    const distance = Math.abs(at - triggerStart);
    const seen = found.find((f) => f.actor === actor);
    if (seen) seen.distance = Math.min(seen.distance, distance);
    else found.push({ actor, distance, before: at < triggerStart });
  };
  for (let i = firstMentionAtOrAfter(mentions, start); i < mentions.length; i++) {
    const mention = mentions[i] as Mention;
    if (mention.start >= end) break;
    add(mention.actor, mention.start);
  }
  for (let t = from; t < to; t++) {
    const token = doc.tokens[t] as Token;
    if (token.quote >= 0) continue;
    // "Russian strikes on Ukrainian energy infrastructure": a demonym names its country.
    if (token.pos === 'ADJ' || token.pos === 'PROPN') {
      const country = countryOfDemonym(token.text);
      const actor = country ? named.registry.findByName(country.name, 'COUNTRY') : undefined;
      if (actor) add(actor, token.start);
    }
    const gender = PERSON_PRONOUNS[token.lower];
    if (gender && token.pos === 'PRON' && t < to && token.start < triggerStart + 1) {
      const person = personBefore(mentions, token.start, gender);
      if (person) add(person, token.start);
    }
  }
  // The agent is the nearest actor before the trigger; the others follow by distance.
  found.sort((a, b) => a.distance - b.distance);
  const agent = found.find((f) => f.before);
  const ordered = agent ? [agent, ...found.filter((f) => f !== agent)] : found;
  return ordered
    .slice(0, MAX_PARTICIPANTS)
    .map((f, i) => ({ actorRef: f.actor.ref, part: i === 0 && f.before ? 'AGENT' : 'PARTICIPANT' }));
}

/** "in Brussels", "at The Hague", "visited Vienna": a place name after a preposition of place or the trigger. */
function placeIn(doc: TextDocument, named: NamedActors, from: number, to: number, triggerEnd: number): string | null {
  for (const place of named.places) {
    if (place.firstToken < from || place.endToken > to) continue;
    const before = doc.tokens[place.firstToken - 1];
    if (place.firstToken === triggerEnd || (before && PLACE_PREPOSITIONS.has(before.lower))) return place.text;
  }
  return null;
}

function describe(doc: TextDocument, from: number, to: number): string {
  let first = from;
  let last = to - 1;
  while (first < last && (doc.tokens[first] as Token).pos === 'PUNCT') first++;
  while (last > first && (doc.tokens[last] as Token).pos === 'PUNCT' && (doc.tokens[last] as Token).quote < 0) last--;
  const plain = doc.body
    .slice((doc.tokens[first] as Token).start, (doc.tokens[last] as Token).end)
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= MAX_DESCRIPTION_CHARS) return plain;
  const cut = plain.lastIndexOf(' ', MAX_DESCRIPTION_CHARS);
  return `${plain.slice(0, cut > 0 ? cut : MAX_DESCRIPTION_CHARS)}…`;
}

function sameOccasion(
  a: ExtractedEvent,
  type: EventType,
  participants: ExtractedEventParticipant[],
  when: ExtractedEvent['when'],
): boolean {
  if (a.type !== type) return false;
  const datesAgree = !a.when || !when || a.when.start === when.start;
  if (!datesAgree) return false;
  if (a.when && when && a.when.start === when.start && a.when.precision === 'DAY') return true;
  return participants.some((p) => a.participants.some((q) => q.actorRef === p.actorRef));
}

/**
 * Events from trigger words outside quotations (visits, meetings, summits, statements, agreements,
 * attacks, votes, rulings, arrests and other legal steps): participants are the actors of the trigger's
 * clause (names, pronouns resolved to the last person of that gender, demonyms as countries), the agent
 * the nearest before the trigger; a place and a date from the clause, the date resolved against
 * publishedAt. Mentions of one occasion (same type, agreeing dates, a shared participant) are merged.
 */
export function findEvents(
  doc: TextDocument,
  named: NamedActors,
  publishedAt: string | null | undefined,
): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  const mentions = mentionIndex(doc, named.registry.actors);
  for (const sentence of doc.sentences) {
    const typesInSentence = new Set<EventType>();
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const trigger = triggerAt(doc.tokens, i, sentence.endToken);
      if (!trigger) continue;
      const triggerEndToken = i + trigger.words.length;
      if (typesInSentence.has(trigger.type)) {
        i = triggerEndToken - 1;
        continue;
      }
      typesInSentence.add(trigger.type);
      const first = doc.tokens[i] as Token;
      const last = doc.tokens[triggerEndToken - 1] as Token;
      const { from, to } = clauseWindow(doc, sentence, i, triggerEndToken);
      const participants = participantsIn(doc, named, mentions, from, to, first.start);
      i = triggerEndToken - 1;
      if (participants.length === 0) continue;
      const windowText = doc.body.slice((doc.tokens[from] as Token).start, (doc.tokens[to - 1] as Token).end);
      const when = mayHoldDate(windowText) ? (findDate(windowText, publishedAt)?.date ?? null) : null;
      const place = placeIn(doc, named, from, to, triggerEndToken);
      const mention: TextSpan = { start: first.start, end: last.end, text: doc.body.slice(first.start, last.end) };
      const same = events.find((e) => sameOccasion(e, trigger.type, participants, when));
      if (same) {
        same.mentions.push(mention);
        same.when ??= when;
        same.place ??= place;
        for (const p of participants)
          if (!same.participants.some((q) => q.actorRef === p.actorRef) && same.participants.length < MAX_PARTICIPANTS)
            same.participants.push({ ...p, part: 'PARTICIPANT' });
        continue;
      }
      events.push({
        ref: `e${events.length + 1}`,
        type: trigger.type,
        description: describe(doc, from, to),
        place,
        when,
        participants,
        mentions: [mention],
      });
    }
  }
  return events;
}
