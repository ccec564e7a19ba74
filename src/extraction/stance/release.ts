// Toward a sanction, a call to free the one it holds is against it, and freedom denied is for it: "they should be
// released", "he deserves to walk free" / "she must never be freed", "they will not be paroled". A release said to
// have happened, or to be due, takes no side. The verbs are the commonest of freeing from custody or punishment
// (VerbNet's free-80 class, "free", "release", "liberate", with "pardon", "acquit", "parole", "exonerate"), hand-
// listed with their inflections.
import type { Clause } from './read-text.ts';
import { inflections } from './topic-verbs.ts';

const FREEING = new Set(
  `release free liberate pardon acquit parole exonerate`.split(/\s+/).flatMap(inflections).concat(['freed']),
);
/** Deserving, as a demand: "he deserves to be released". */
const DESERVING = /\bdeserv(?:e|es|ed|ing)\b/i;

/** The side toward a sanction of a clause that speaks of freeing its subject: 1 where freedom is denied, -1 where
 *  it is called for, 0 where it is told or not spoken of. */
export function releaseSide(clause: Clause): number {
  if (!clause.words.some((word) => FREEING.has(word))) return 0;
  if (clause.modality < 0) return 1;
  return clause.deontic || DESERVING.test(clause.text) ? -1 : 0;
}
