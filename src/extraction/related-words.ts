// Words related to a word in WordNet (wordnet-related-words.json): those of one root across parts of speech
// (a reader types "burial" where news writes "buried", "expelled" where it writes "expulsion"), which
// PostgreSQL's stemmer does not join as it joins inflections ("crossing", "crosses"), and the synonyms of its
// commonest sense ("threat": "menace").
import wordnetRelatedWords from './data/wordnet-related-words.json' with { type: 'json' };
import { frequencyRank, informativeness } from './word-vectors.ts';

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
export function lemmasOf(word: string, known: (word: string) => boolean = isLemma): string[] {
  const lemmas = new Set<string>();
  if (known(word)) lemmas.add(word);
  for (const [ending, replacement] of DETACHMENTS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length) + replacement;
    if (known(stem)) lemmas.add(stem);
    // A doubled final consonant before "ed" or "ing" ("planned", "expelling") is the lemma's single one.
    const undoubled = replacement === '' && /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : null;
    if (undoubled && known(undoubled)) lemmas.add(undoubled);
  }
  return [...lemmas];
}

/** The words a list gives this word's lemmas, the word and its lemmas aside. */
function relatedIn(list: ReadonlyMap<string, readonly string[]>, word: string): string[] {
  const lemmas = lemmasOf(word);
  const related = new Set(lemmas.flatMap((lemma) => list.get(lemma) ?? []));
  for (const lemma of [word, ...lemmas]) related.delete(lemma);
  return [...related];
}

/** The words WordNet derives from or to this word's lemmas ("buried": "burial"), its lemmas aside. */
export function derivedWords(word: string): string[] {
  return relatedIn(derivationsOf, word);
}

/** The synonyms of this word's lemmas in their commonest sense ("hurt": "injured"), its lemmas aside. */
export function synonymWords(word: string): string[] {
  return relatedIn(synonymsOf, word);
}

// The particles English joins to a verb or noun in closed compounds, before it ("understaffing",
// "overcrowding") or after it ("shootdown", "lockdown", "walkout"). PostgreSQL's english stop list drops
// them from a query, so a compound read apart is its head word alone.
const PARTICLES = ['under', 'over', 'out', 'down', 'up', 'off'];
/** A head word has this many letters or more. */
const MIN_HEAD_LETTERS = 3;
/**
 * A compound news seldom writes as one word (ranked past about the 10,000th word) is written apart or
 * reworded ("short-staffed", "shot down"); a common one ("output", "upset", "crackdown") is a word of its own.
 */
const RARE_COMPOUND = 0.8;
/** Its head must be commoner than it by this much (the head is the word news uses) … */
const COMMONER_HEAD = 0.05;
/** … but not one of the commonest words ("black" of "blackout", "hand" of "handout"), which name too little. */
const COMMONEST_HEAD = 0.65;

/**
 * The head word of a rare closed compound of a word and a particle, as written and as the news words it may be
 * a form of ("understaffing": "staffing", "staff"; the stemmer reads "staffing" as "staf"), or none.
 */
export function compoundHeads(word: string): string[] {
  const head = compoundHead(word);
  return head ? [head, ...lemmasOf(head, (form) => frequencyRank(form) !== null).filter((form) => form !== head)] : [];
}

function compoundHead(word: string): string | null {
  if (informativeness(word) < RARE_COMPOUND) return null;
  for (const particle of PARTICLES) {
    if (word.length < particle.length + MIN_HEAD_LETTERS) continue;
    const head = word.startsWith(particle)
      ? word.slice(particle.length)
      : word.endsWith(particle)
        ? word.slice(0, -particle.length)
        : null;
    if (!head || frequencyRank(head) === null) continue;
    const headSays = informativeness(head);
    if (headSays <= informativeness(word) - COMMONER_HEAD && headSays >= COMMONEST_HEAD) return head;
  }
  return null;
}

// A past participle in "-n" or "-en" ("thrown", "taken", "beaten"), read back to its verb only where the verb and
// the particle after it make a phrasal verb WordNet knows: elsewhere "-n" ends words of their own ("warn").
const PARTICIPLE_ENDINGS: ReadonlyArray<[string, string]> = [
  ['n', ''],
  ['en', ''],
  ['en', 'e'],
];

/** The synonyms of a phrasal verb's commonest sense ("thrown" + "out": "expel"), or none. */
export function phrasalVerbSynonyms(word: string, particle: string): string[] {
  const known = (verb: string) => synonymsOf.has(`${verb} ${particle}`);
  const verbs = new Set(lemmasOf(word, known));
  for (const [ending, replacement] of PARTICIPLE_ENDINGS) {
    const verb = word.endsWith(ending) ? word.slice(0, -ending.length) + replacement : null;
    if (verb && known(verb)) verbs.add(verb);
  }
  return [...new Set([...verbs].flatMap((verb) => synonymsOf.get(`${verb} ${particle}`) ?? []))];
}
