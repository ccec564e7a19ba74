import type { TextDocument, Token } from './text/document.ts';

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);

/**
 * "denied AMD access to the consortium", "denied them entry", "denied him a visa": with two objects, the one
 * refused and what was withheld, "deny" refuses a thing, it does not deny a claim. True when the words at
 * `first` are such a pair: a pronoun or a name, then a noun phrase that is not the name's possession.
 */
export function withholdsSomething(doc: TextDocument, first: number): boolean {
  const start = doc.tokens[first];
  if (!start || start.quote >= 0) return false;
  let k = first + 1;
  if (start.pos === 'PROPN') while (doc.tokens[k]?.pos === 'PROPN') k++;
  else if (start.pos !== 'PRON' || !OBJECT_PRONOUNS.has(start.lower)) return false;
  const next = doc.tokens[k] as Token | undefined;
  if (!next || next.quote >= 0 || POSSESSIVE_MARKS.has(next.lower)) return false;
  return next.pos === 'NOUN' || next.pos === 'DET';
}
