import { remembered } from './remembered.ts';
import type { ActorKind, ExtractedActor, ExtractedMention, Gender, Span } from './types.ts';
import { normalizeRole, sameRoleTitle } from './roles.ts';

export interface ActorRecord extends ExtractedActor {
  /** Offsets of the mentions, in text order, for "most recent" questions. */
  mentionStarts: number[];
  /** Each role title where the text states it, in text order: a later statement takes the latest. */
  statedRoles: Array<{ at: number; title: string }>;
}

/**
 * A mention as recorded, made by a constructor rather than an object literal: mentions live through the article
 * (and into its output), and V8 pretenured the literal's allocation site, making each an old-generation allocation
 * with write barriers (as with the tokens: see ReadToken in text/document.ts).
 */
class Mention implements ExtractedMention {
  start: number;
  end: number;
  text: string;
  roleTitle: string | null;
  constructor(start: number, end: number, text: string, roleTitle: string | null) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.roleTitle = roleTitle;
  }
}

const MAX_MEMOISED_KEYS = 10_000;
const SPAN_KEY_BASE = 2 ** 26;

/** Names are compared over and over while an article is read; their keys are memoised (bounded). */
const lowerKey = remembered(MAX_MEMOISED_KEYS, (text) =>
  text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim(),
);

/** The actors of one article, with the lookups the resolvers need. */
export class ActorRegistry {
  readonly actors: ActorRecord[] = [];
  // Spans already recorded per actor, so adding a mention stays constant time on long texts.
  private readonly mentionKeys = new Map<ActorRecord, Set<number>>();

  create(name: string, kind: ActorKind, gender: Gender | null = null): ActorRecord {
    const actor: ActorRecord = {
      ref: `a${this.actors.length + 1}`,
      name,
      kind,
      gender,
      aliases: [],
      roles: [],
      mentions: [],
      mentionStarts: [],
      statedRoles: [],
    };
    this.actors.push(actor);
    return actor;
  }

  /** Exact name or alias, ignoring case. */
  findByName(name: string, kind?: ActorKind): ActorRecord | undefined {
    const key = lowerKey(name);
    return this.actors.find(
      (a) =>
        (!kind || a.kind === kind) && (lowerKey(a.name) === key || a.aliases.some((alias) => lowerKey(alias) === key)),
    );
  }

  addAlias(actor: ActorRecord, alias: string): void {
    if (lowerKey(alias) === lowerKey(actor.name) || actor.aliases.some((a) => lowerKey(a) === lowerKey(alias))) return;
    actor.aliases.push(alias);
  }

  /** Makes `fuller` the canonical name, keeping the old one as an alias. */
  rename(actor: ActorRecord, fuller: string): void {
    const old = actor.name;
    actor.name = fuller;
    actor.aliases = actor.aliases.filter((a) => lowerKey(a) !== lowerKey(fuller));
    this.addAlias(actor, old);
  }

  /** Adds the role unless the actor already holds the same title; returns the title as stored. */
  addRole(actor: ActorRecord, rawTitle: string): string {
    const role = normalizeRole(rawTitle);
    const existing = actor.roles.find((r) => sameRoleTitle(r.title, role.title));
    if (existing) return existing.title;
    actor.roles.push(role);
    return role.title;
  }

  /** Records that the text gives the actor this title at `at` (the title as `addRole` stored it). */
  stateRole(actor: ActorRecord, at: number, title: string): void {
    const stated = actor.statedRoles;
    let i = stated.length;
    while (i > 0 && (stated[i - 1] as { at: number }).at > at) i--;
    stated.splice(i, 0, { at, title });
  }

  /** The title most recently stated for the actor at or before `at`, else its first role. */
  roleAt(actor: ActorRecord, at: number): string | null {
    let title: string | null = null;
    for (const stated of actor.statedRoles) {
      if (stated.at > at) break;
      title = stated.title;
    }
    return title ?? actor.roles[0]?.title ?? null;
  }

  addMention(actor: ActorRecord, span: Span, text: string, roleTitle: string | null): void {
    // A span as one number (exact below 2^53: any text shorter than 2^26 characters) hashes cheaper than a string.
    const key = span.start * SPAN_KEY_BASE + span.end;
    let keys = this.mentionKeys.get(actor);
    if (!keys) this.mentionKeys.set(actor, (keys = new Set()));
    if (keys.has(key)) return;
    keys.add(key);
    actor.mentions.push(new Mention(span.start, span.end, text, roleTitle));
    let i = actor.mentionStarts.length;
    while (i > 0 && (actor.mentionStarts[i - 1] as number) > span.start) i--;
    actor.mentionStarts.splice(i, 0, span.start);
  }

  /** Offset of the actor's last mention before `offset`, or -1. */
  lastMentionBefore(actor: ActorRecord, offset: number): number {
    const starts = actor.mentionStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? (starts[low - 1] as number) : -1;
  }

  /** Actors with no mention at all (made while resolving and then left unused) are dropped. */
  mentioned(): ActorRecord[] {
    return this.actors.filter((a) => a.mentions.length > 0);
  }
}
