// The tagger reads a plural noun opening a sentence as the present of a verb when an adverb-like word stands before
// it: "Earlier studies have suggested …" comes out ADV VERB AUX, "Earlier estimates had indicated …" likewise. A
// verb's present is never followed by a finite auxiliary (Quirk et al. 1985 §3.21: the operator comes first in a
// verb phrase), so a plural form right before one heads the subject: it is a noun, and the word before it, which
// modifies it, an adjective.
import type { TextDocument, Token } from './text/document.ts';

// Finite auxiliaries that agree with a plural subject, and the modals.
const PLURAL_OPERATORS = new Set([
  'have',
  'had',
  'are',
  'were',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'do',
  'did',
]);

/** Retags "studies" in "Earlier studies have suggested" as a noun, and "Earlier" as its adjective. */
export function retagNounsBeforeAuxiliaries(doc: TextDocument): void {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length - 1; i++) {
    const word = tokens[i] as Token;
    if (word.pos !== 'VERB' || !word.lower.endsWith('s') || word.lower === word.lemma) continue;
    const next = tokens[i + 1] as Token;
    if (next.sentence !== word.sentence || !PLURAL_OPERATORS.has(next.lower)) continue;
    const before = tokens[i - 1];
    const opensSentence = !before || before.sentence !== word.sentence;
    if (!opensSentence && before.pos !== 'ADV' && before.pos !== 'ADJ' && before.pos !== 'DET') continue;
    word.pos = 'NOUN';
    if (
      !opensSentence &&
      before.pos === 'ADV' &&
      before.index > 0 &&
      tokens[before.index - 1]?.sentence !== before.sentence
    )
      before.pos = 'ADJ';
  }
}
