// A statement's stance as a word on its colour: readable without telling colours apart.
import type { Stance } from '../../../client/generated/operations.ts';
import { STANCE_LABEL } from '../stance.ts';

export function StanceBadge({ stance }: { stance: Stance | null }) {
  if (!stance) return null;
  return <span class={`stance stance-${stance.toLowerCase()}`}>{STANCE_LABEL[stance]}</span>;
}
