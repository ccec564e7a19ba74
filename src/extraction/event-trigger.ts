import type { EventType } from './types.ts';

/** A word or phrase that signals an event, with the type and the occasion it tells. */
export interface Trigger {
  type: EventType;
  /** Type and group: mentions of one occasion share it ("charged" and "died" are both OTHER, not one event). */
  occasion: string;
  /** Type and group without the phrase of a 'separate' group: one sentence tells one occasion of a group. */
  group: string;
  words: string[];
  pos: string | null;
  /** A medium of speech ("on Twitter", "in an interview"): an event only where it sets a cue, with its speaker. */
  setting: boolean;
}
