// A statement opening on a frame that denies or doubts what follows ("it is not true that …", "nobody believes …",
// "I doubt …", "I don't think …", "there is no evidence that …") says its complement is not so: the complement's
// stance, turned round. "I don't think X" is read as "I think not X", the negation raised from the complement
// (L. R. Horn, A Natural History of Negation, 1989, ch. 5, neg-raising predicates think, believe, expect, suppose).
// The frames are the commonest English ones of their kinds, hand-listed: a proposition called untrue, belief in it
// denied to all, doubt of it, and its evidence denied.
import type { Stance } from '../types.ts';

const FRAME = new RegExp(
  [
    // "It is not true that", "that's simply false", "it is not the case that".
    String.raw`(?:it|that|this)(?:\s+is|['’]s)\s+(?:simply\s+|just\s+|absolutely\s+|completely\s+)?(?:not\s+true|untrue|false|not\s+the\s+case)\s+that`,
    // "Nobody believes", "no one thinks that".
    String.raw`(?:nobody|no\s+one)\s+(?:seriously\s+|really\s+)?(?:believes|thinks|expects)(?:\s+that)?`,
    // "I doubt", "we doubt whether".
    String.raw`(?:i|we)\s+(?:seriously\s+|really\s+|strongly\s+)?doubt(?:\s+that|\s+whether|\s+if)?`,
    // "I don't think", "we do not believe that".
    String.raw`(?:i|we)\s+(?:really\s+)?(?:do\s+not|don['’]t|did\s+not|didn['’]t)\s+(?:really\s+)?(?:think|believe|expect|suppose)(?:\s+that)?`,
    // "There is no evidence that", "there's little sign".
    String.raw`there(?:\s+is|['’]s)\s+(?:no|little)\s+(?:evidence|proof|sign|indication)(?:\s+that)?`,
  ].join('|'),
  'i',
);
/** The frame opens the statement: after its opening marks, or "but", "and", "frankly". */
const OPENING = new RegExp(
  String.raw`^[\s"'“‘(\[]*(?:(?:but|and|so|frankly|honestly),?\s+)?(?:${FRAME.source})\s+`,
  'i',
);

/** The complement of a frame of denial or doubt opening the text, or null where none opens it. */
export function deniedComplement(text: string): string | null {
  const frame = OPENING.exec(text);
  if (!frame) return null;
  const complement = text.slice(frame[0].length);
  // A complement of fewer than two words ("I doubt it") says nothing to turn round.
  return /\p{L}+\W+\p{L}+/u.test(complement) ? complement : null;
}

const TURNED: Record<Stance, Stance> = { SUPPORTS: 'OPPOSES', OPPOSES: 'SUPPORTS', NEUTRAL: 'NEUTRAL', MIXED: 'MIXED' };

/** A stance turned round: what is said not to be so. */
export function turned(stance: Stance): Stance {
  return TURNED[stance];
}
