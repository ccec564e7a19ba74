// The tagger reads the present of a verb right after "who" as a plural noun: "Evan Kohlmann, who tracks jihadi Web
// sites for NBC News said …" comes out "who/PRON tracks/NOUN". A relative "who" is the subject of its clause or,
// as an object, is followed by the clause's own subject ("who officials say was …", "who members of the team
// admired"). A plural right after it and before the start of an object (a determiner, an adjective, a name, a
// number, a possessive) is neither: it is the clause's verb, agreeing with "who" (Quirk et al. 1985 §17.9).
import { POSSESSIVE_DETERMINERS } from './noun-phrases.ts';
import type { TextDocument, Token } from './text/document.ts';

// What an object opens on: "heads the agency", "tracks jihadi sites", "runs Acme", "owns two shops", "leads his party".
const OBJECT_OPENERS = new Set(['DET', 'ADJ', 'PROPN', 'NUM']);

/** Retags "tracks" in "who tracks jihadi Web sites" as a verb. */
export function retagVerbsAfterRelatives(doc: TextDocument): void {
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    const word = tokens[i] as Token;
    if (word.pos !== 'NOUN' || word.lower !== `${word.lemma}s`) continue;
    const who = tokens[i - 1] as Token;
    if (who.lower !== 'who' || who.sentence !== word.sentence) continue;
    const next = tokens[i + 1] as Token;
    if (next.sentence !== word.sentence) continue;
    if (OBJECT_OPENERS.has(next.pos) || POSSESSIVE_DETERMINERS.has(next.lower)) word.pos = 'VERB';
  }
}
