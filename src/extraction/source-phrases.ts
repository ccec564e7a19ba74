import type { Token } from './text/document.ts';
import { isAccordingTo } from './cue-verbs.ts';

const SOURCE_OPENERS = new Set(['DET', 'PROPN']);

/** "Per the statement, …", "…, per a court filing": not "per cent", "per year", "$5 per hour". */
function isPer(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.lower !== 'per') return false;
  const before = tokens[i - 1];
  const opens =
    before === undefined || before.sentence !== token.sentence || before.text === ',' || before.text === '(';
  return opens && SOURCE_OPENERS.has(tokens[i + 1]?.pos ?? '');
}

/**
 * The number of words of a phrase that names a source the way "according to" does, at token `i`, or 0:
 * "according to X", "per X", "in the words of X".
 */
export function sourcePhraseAt(tokens: Token[], i: number): number {
  if (isAccordingTo(tokens, i)) return 2;
  if (isPer(tokens, i)) return 1;
  if (tokens[i]?.lower !== 'in') return 0;
  const words = tokens.slice(i, i + 4).map((t) => t.lower);
  if (words.join(' ') === 'in the words of') return 4;
  return 0;
}
