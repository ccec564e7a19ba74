import type { EventType, ExtractedEvent, ExtractedEventParticipant, TextSpan } from './types.ts';
import { tokenIndexAt, type TextDocument, type Token } from './text/document.ts';
import type { NamedActors } from './actors.ts';
import type { ActorRecord } from './actor-registry.ts';
import { findDate } from './dates.ts';
import triggerData from './data/event-triggers.json' with { type: 'json' };

interface Trigger {
  type: EventType;
  words: string[][];
}

const triggers: Trigger[] = triggerData.triggers.map((t) => ({
  type: t.type as EventType,
  words: t.words.map((w) => w.split(' ')),
}));
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from']);
const MAX_DESCRIPTION_CHARS = 160;
// chrono reads the text around the trigger only; a pathological sentence must not make it slow.
const DATE_WINDOW_CHARS = 300;

function matchAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => {
    const token = tokens[i + k];
    return token !== undefined && token.quote < 0 && (token.lower === w || token.lemma === w);
  });
}

/** The first trigger of the sentence, in the order of the trigger table. */
function findTrigger(tokens: Token[]): { type: EventType; first: number; end: number } | null {
  for (const trigger of triggers) {
    for (let i = 0; i < tokens.length; i++) {
      for (const words of trigger.words)
        if (matchAt(tokens, i, words)) return { type: trigger.type, first: i, end: i + words.length };
    }
  }
  return null;
}

function describe(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= MAX_DESCRIPTION_CHARS) return plain;
  const cut = plain.lastIndexOf(' ', MAX_DESCRIPTION_CHARS);
  return `${plain.slice(0, cut > 0 ? cut : MAX_DESCRIPTION_CHARS)}…`;
}

function participantsIn(
  actors: ActorRecord[],
  start: number,
  end: number,
  doc: TextDocument,
): ExtractedEventParticipant[] {
  const found: Array<{ actor: ActorRecord; at: number }> = [];
  for (const actor of actors) {
    const mention = actor.mentions.find((m) => m.start >= start && m.end <= end && !insideQuote(doc, m.start));
    if (mention) found.push({ actor, at: mention.start });
  }
  found.sort((a, b) => a.at - b.at);
  return found.map((f, i) => ({ actorRef: f.actor.ref, part: i === 0 ? 'AGENT' : 'PARTICIPANT' }));
}

function insideQuote(doc: TextDocument, offset: number): boolean {
  return (doc.tokens[tokenIndexAt(doc, offset)]?.quote ?? -1) >= 0;
}

/** "in Brussels", "at The Hague", "visited Vienna": a place name after a preposition of place or the trigger. */
function placeIn(
  doc: TextDocument,
  named: NamedActors,
  firstToken: number,
  endToken: number,
  triggerEnd: number,
): string | null {
  for (const place of named.places) {
    if (place.firstToken < firstToken || place.endToken > endToken) continue;
    const before = doc.tokens[place.firstToken - 1];
    if (place.firstToken === triggerEnd || (before && PLACE_PREPOSITIONS.has(before.lower))) return place.text;
  }
  return null;
}

/**
 * Events from trigger words outside quotations (visits, meetings, summits, statements, attacks, votes,
 * rulings), with the actors of the sentence as participants, a place and a date resolved against publishedAt.
 */
export function findEvents(
  doc: TextDocument,
  named: NamedActors,
  publishedAt: string | null | undefined,
): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  const actors = named.registry.actors;
  for (const sentence of doc.sentences) {
    const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
    const trigger = findTrigger(tokens);
    if (!trigger) continue;
    const triggerStart = (tokens[trigger.first] as Token).start;
    const triggerEnd = (tokens[trigger.end - 1] as Token).end;
    const windowStart = Math.max(sentence.start, triggerStart - DATE_WINDOW_CHARS);
    const window = doc.body.slice(windowStart, Math.min(sentence.end, triggerEnd + DATE_WINDOW_CHARS));
    const when = findDate(window, publishedAt)?.date ?? null;
    const participants = participantsIn(actors, sentence.start, sentence.end, doc);
    const place = placeIn(doc, named, sentence.firstToken, sentence.endToken, sentence.firstToken + trigger.end);
    if (participants.length === 0 && !when && !place) continue;
    const mention: TextSpan = { start: triggerStart, end: triggerEnd, text: doc.body.slice(triggerStart, triggerEnd) };
    const same = events.find(
      (e) => e.type === trigger.type && e.when?.start === when?.start && e.place === place && when !== null,
    );
    if (same) {
      same.mentions.push(mention);
      for (const p of participants)
        if (!same.participants.some((q) => q.actorRef === p.actorRef))
          same.participants.push({ ...p, part: 'PARTICIPANT' });
      continue;
    }
    events.push({
      ref: `e${events.length + 1}`,
      type: trigger.type,
      description: describe(doc.body.slice(sentence.start, sentence.end)),
      place,
      when,
      participants,
      mentions: [mention],
    });
  }
  return events;
}
