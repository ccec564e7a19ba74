// The tagger reads a reporting verb after a noun as the head of a compound: "Police state she contacted them"
// comes out "Police/NOUN state/NOUN she/PRON", a "police state". A compound noun is not followed by a subject
// pronoun, nor by "that" and one ("police state that they are confident"); a reporting verb is, opening the clause
// it reports (Quirk et al. 1985 §15.3, the zero "that" of a reported clause). Such a word is that verb.
import { reportingVerb } from './reporting-words.ts';
import type { TextDocument, Token } from './text/document.ts';

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'they']);
// Nouns plural in meaning without a plural ending (Quirk et al. 1985 §5.78): "police say", "people claim".
const UNMARKED_PLURALS = new Set(['police', 'people', 'staff', 'clergy', 'personnel']);

/** Retags "state" in "Police state she contacted them" as a verb. */
export function retagVerbsBeforeClauses(doc: TextDocument): void {
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length - 2; i++) {
    const word = tokens[i] as Token;
    if (word.pos !== 'NOUN' || reportingVerb(word.lemma)?.frame !== 'clause') continue;
    const before = tokens[i - 1] as Token;
    // The base form after a plural, as the verb agrees with it ("Police state", "Witnesses claim"): not "news
    // reports they saw", a compound with a relative clause.
    if (word.lower !== word.lemma || before.sentence !== word.sentence || !isPluralNoun(before)) continue;
    const next = tokens[i + 1] as Token;
    const opener = next.lower === 'that' ? tokens[i + 2] : next;
    if (opener && opener.sentence === word.sentence && SUBJECT_PRONOUNS.has(opener.lower)) word.pos = 'VERB';
  }
}

function isPluralNoun(token: Token): boolean {
  return (token.pos === 'NOUN' && token.lower !== token.lemma) || UNMARKED_PLURALS.has(token.lower);
}
