// Words related to a word in WordNet (wordnet-related-words.json): those of one root across parts of speech
// (a reader types "burial" where news writes "buried", "expelled" where it writes "expulsion"), which
// PostgreSQL's stemmer does not join as it joins inflections ("crossing", "crosses"), and the synonyms of its
// commonest sense ("threat": "menace").
import wordnetRelatedWords from './data/wordnet-related-words.json' with { type: 'json' };

const wordsOf = (lists: Record<string, string>) =>
  new Map<string, readonly string[]>(Object.entries(lists).map(([word, others]) => [word, others.split(' ')]));
const derivationsOf = wordsOf(wordnetRelatedWords.derivations);
const synonymsOf = wordsOf(wordnetRelatedWords.synonyms);
const isLemma = (word: string) => derivationsOf.has(word) || synonymsOf.has(word);

// WordNet's detachment rules (its morphy), and "ied" for "y" ("buried"), which WordNet lists word by word:
// an inflected word's endings, and what its lemma ends in instead.
const DETACHMENTS: ReadonlyArray<[string, string]> = [
  ['ies', 'y'],
  ['ied', 'y'],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['men', 'man'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
];

/** The lemmas an inflected word may be a form of ("expelled": "expel"), itself first when it is one. */
export function lemmasOf(word: string): string[] {
  const lemmas = new Set<string>();
  if (isLemma(word)) lemmas.add(word);
  for (const [ending, replacement] of DETACHMENTS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length) + replacement;
    if (isLemma(stem)) lemmas.add(stem);
    // A doubled final consonant before "ed" or "ing" ("planned", "expelling") is the lemma's single one.
    const undoubled = replacement === '' && /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : null;
    if (undoubled && isLemma(undoubled)) lemmas.add(undoubled);
  }
  return [...lemmas];
}

/** The words WordNet derives from or to this word's lemmas ("buried": "burial"), its lemmas aside. */
export function derivedWords(word: string): string[] {
  const lemmas = lemmasOf(word);
  const derived = new Set(lemmas.flatMap((lemma) => derivationsOf.get(lemma) ?? []));
  for (const lemma of [word, ...lemmas]) derived.delete(lemma);
  return [...derived];
}

/** The synonyms of this word's lemmas in their commonest sense ("hurt": "injured"), its lemmas aside. */
export function synonymWords(word: string): string[] {
  const lemmas = lemmasOf(word);
  const synonyms = new Set(lemmas.flatMap((lemma) => synonymsOf.get(lemma) ?? []));
  for (const lemma of [word, ...lemmas]) synonyms.delete(lemma);
  return [...synonyms];
}
