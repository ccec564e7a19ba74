// Words of opposite meaning (WordNet's lexical antonyms, in wordnet-lexicon.json): word vectors put "public"
// beside "private" and "victory" beside "defeat", since news uses them alike; one never stands for the other.
import wordnetLexicon from './data/wordnet-lexicon.json' with { type: 'json' };

const antonymsOf = new Map<string, string[]>();
for (const pair of wordnetLexicon.antonyms) {
  const [a = '', b = ''] = pair.split(' ');
  antonymsOf.set(a, [...(antonymsOf.get(a) ?? []), b]);
  antonymsOf.set(b, [...(antonymsOf.get(b) ?? []), a]);
}

/** The lower-case words WordNet gives as opposite to this one ("early" for "late"). */
export function antonyms(word: string): readonly string[] {
  return antonymsOf.get(word) ?? [];
}
