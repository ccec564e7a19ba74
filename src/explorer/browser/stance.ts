// Stances as the explorer shows them: a word always, and colours from the Okabe–Ito palette, which
// people with any common colour-vision deficiency can tell apart.
import type { Stance } from '../../client/generated/operations.ts';

export const STANCES: readonly Stance[] = ['SUPPORTS', 'OPPOSES', 'MIXED', 'NEUTRAL'];

export const STANCE_LABEL: Record<Stance, string> = {
  SUPPORTS: 'supports',
  OPPOSES: 'opposes',
  MIXED: 'mixed',
  NEUTRAL: 'neutral',
};

/** Blue, vermilion, reddish purple and grey (Okabe & Ito, 2008). */
export const STANCE_COLOUR: Record<Stance, string> = {
  SUPPORTS: '#0072B2',
  OPPOSES: '#D55E00',
  MIXED: '#CC79A7',
  NEUTRAL: '#7A7A7A',
};

/** How many statements took each stance. */
export interface StanceTally {
  supports: number;
  opposes: number;
  neutral: number;
  mixed: number;
}

export function stanceCount(tally: StanceTally, stance: Stance): number {
  return { SUPPORTS: tally.supports, OPPOSES: tally.opposes, MIXED: tally.mixed, NEUTRAL: tally.neutral }[stance];
}
