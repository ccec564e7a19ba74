// A phrase someone typed as a topic ("cross-border shelling between the two Koreas"), turned into the
// terms statements are matched by: its content words, each weighted by how much it says (rare words say
// more than common ones), each with the words nearest to it in meaning ("shelling": "bombardment",
// "artillery") and WordNet's words of its root or meaning ("burial" for "buried"), and its adjacent pairs
// ("davis cup"), which say more together than apart. A country typed by any of its names ("U.S.", "US", "Britain", "South Korea") is one word standing for all of them: news writes
// "U.S." where a reader types "US", and "the United Kingdom" where one types "Britain".
import { antonyms } from './antonyms.ts';
import { compoundHeads, derivedWords, phrasalVerbSynonyms, synonymWords } from './related-words.ts';
import { countryNamed, type Country } from './gazetteer.ts';
import { frequencyRank, informativeness, nearestWords, wordSimilarity } from './word-vectors.ts';

export interface PhraseTerm {
  /** A lexeme for PostgreSQL's `to_tsquery('english', …)`: letters and digits only (an initialism with its
   *  points, "u.s"), or several joined by `<->`. */
  query: string;
  /** The content word of the phrase this term stands for (its index); pairs have their own. */
  group: number;
  /** How much this group weighs in the phrase: the informativeness of its word. */
  weight: number;
  /** How fully this term stands for its group: 1 for the word itself, less for a near word. */
  credit: number;
}

export interface PhraseTerms {
  terms: PhraseTerm[];
  /** The phrase's content words, as typed (lower case). */
  words: string[];
}

// The usual English function words (PostgreSQL's english stop list drops them from queries too).
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between
  both but by can could did do does doing down during each few for from further had has have having he her
  here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
  now of off on once only or other our ours ourselves out over own same she should so some such than that the
  their theirs them themselves then there these they this those through to too under until up very was we
  were what when where which while who whom why will with would you your yours yourself yourselves`.split(/\s+/),
);

// Words that frame a question rather than name its subject ("did religion play a role in …", "is it really a
// planet", "what did the mayor say about …"): a statement need not hold them to be on the topic. Dropped from a
// typed phrase only, not from the stop list topic discovery reads names with.
const QUESTION_WORDS = new Set(['role', 'roles', 'really', 'whether', 'actually', 'truly', 'say', 'says', 'said']);
// Prepositions the stop list lacks ("HIV among African children", "rebels behind the attack"): they relate
// the subject's words and name nothing themselves.
const PREPOSITIONS = new Set(
  `among amongst amid amidst across along alongside around behind beside besides beyond despite inside instead
  near onto outside per throughout toward towards upon via versus within without`.split(/\s+/),
);
/** "play a role", "played any role": the verb frames the question along with its noun. */
const FRAMING_VERB = /^play(s|ed|ing)?$/;

/** How alike a word must be to stand in for a phrase's word, and how many may. */
export const NEAR_WORD_SIMILARITY = 0.72;
const NEAR_WORDS = 4;
/**
 * A near word much commoner than the word it stands in for says less and drifts ("suicide" to "attack",
 * "life" to "years"): it may be at most this much less informative (its own forms aside).
 */
const NEAR_WORD_COMMONER = 0.05;
/** A near word counts for this share of its similarity: the phrase's own word always counts more. */
const NEAR_WORD_CREDIT = 0.6;
/** A word of the same root in another part of speech ("burial" for "buried") counts for this share: it says the
 *  same thing, though not always of the same sense. */
const DERIVATION_CREDIT = 0.8;
/** A synonym of the word's commonest sense counts for this share: the word may be meant in another sense. */
const SYNONYM_CREDIT = 0.7;
/** How alike news uses a word and its synonym at least (far below NEAR_WORD_SIMILARITY: WordNet vouches too). */
const SYNONYM_SIMILARITY = 0.4;
/** A rare compound's head word ("staffing" of "understaffing") counts for this share: the particle changes it. */
const COMPOUND_HEAD_CREDIT = 0.6;
/** A country's adjective ("Israeli" for Israel) counts for this share: it names the country less surely. */
const DEMONYM_CREDIT = 0.5;
/** An adjacent pair found together adds this share of its words' weight. */
const PAIR_WEIGHT = 0.5;
const MAX_WORDS = 12;
/** A phrase's words as read (before stop words are dropped) are at most this many. */
export const MAX_KEY_WORDS = MAX_WORDS * 2;
/** Two words are forms of one when they begin with this many of the same letters. */
const SAME_STEM_LETTERS = 4;
/** A phrase of this many content words or more, all capitalised, is in title case ("Ukraine Joining NATO"). */
const TITLE_CASE_WORDS = 3;

export interface PhraseTermOptions {
  /** Add the words nearest in meaning (default true). */
  nearWords?: boolean;
  /** A near word counts for this share of its similarity (default NEAR_WORD_CREDIT). */
  nearWordCredit?: number;
}

/** The words of a phrase: lower case, letters and digits, a possessive's "'s" dropped. */
export function phraseWords(phrase: string): string[] {
  // Lower-cased as a whole, not word by word: topic discovery asks this of every candidate phrase.
  const lower = phrase.toLowerCase();
  // Most phrases topic discovery asks of are one word, which needs no cutting.
  return ONE_WORD.test(lower) ? [lower] : typedWords(lower);
}

const ONE_WORD = /^[\p{L}\p{N}]+$/u;

/** The words of a phrase as typed (case kept), a possessive's "'s" dropped. */
function typedWords(phrase: string): string[] {
  return (phrase.replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_KEY_WORDS);
}

/** Words as typed for matching: an initialism keeps its points ("U.S.", "U.K."), which name a country. */
function typedTokens(phrase: string): string[] {
  return (phrase.replace(/['’]s\b/g, '').match(/(?:\p{L}\.){2,}|[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_KEY_WORDS);
}

/** The commonest words of English news, by rank: an initialism spelling one of them ("US": "us") is no name. */
const COMMON_WORD_RANKS = 1_000;
/** Most words a country's name runs to ("United States of America"). */
const COUNTRY_NAME_WORDS = 4;

/** The country named by the typed words from `start` on, longest name first, with how many words name it. */
function countryAt(typed: string[], start: number): { country: Country; length: number } | null {
  for (let length = Math.min(COUNTRY_NAME_WORDS, typed.length - start); length >= 1; length--) {
    const country = countryNamed(typed.slice(start, start + length).join(' '));
    if (country) return { country, length };
  }
  return null;
}

/**
 * A country's names as tsquery terms: each name and short form ("united <-> states", "u.s", "uk"), an
 * initialism both with its points (PostgreSQL reads "U.S." as "u.s") and without.
 */
function countryQueries(country: Country): string[] {
  const queries = new Set<string>();
  for (const name of [country.name, ...country.aliases]) {
    if (/^(?:\p{L}\.){2,}$/u.test(name)) {
      const letters = name.toLowerCase().replace(/\./g, '');
      queries.add(letters.split('').join('.'));
      // Without points it may spell a common word ("us"), which the index cannot tell from the country.
      if ((frequencyRank(letters) ?? Infinity) >= COMMON_WORD_RANKS) queries.add(letters);
      continue;
    }
    if (/^\p{Lu}{2,}$/u.test(name) && (frequencyRank(name.toLowerCase()) ?? Infinity) < COMMON_WORD_RANKS) continue;
    const words = (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !isStopWord(word));
    if (words.length > 0) queries.add(words.join(' <-> '));
  }
  return [...queries];
}

/**
 * How much finding a country says: as much as its name as typed, when one plain word ("Israel"); else as its
 * commonest one-word name or adjective ("America", "American" for "U.S."; an initialism spells a common word).
 */
function countryWeight(country: Country, typed: string[]): number {
  if (typed.length === 1 && /^\p{L}+$/u.test(typed[0]!)) return informativeness(typed[0]!.toLowerCase());
  const single = [country.name, ...country.aliases, ...country.demonyms].filter((name) =>
    /^\p{Lu}\p{Ll}+$/u.test(name),
  );
  return Math.min(...single.map((name) => informativeness(name.toLowerCase())), 1);
}

// Numbers, ordinals and calendar words: word vectors put each beside the others of its series ("two" beside
// "three", "officials" beside "thursday"), none of which stands for another word.
const SERIES_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million|billion|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Whether a near word may stand for `word` in meaning: not its opposite ("private", "larger" for "public",
 *  "small"), not a word of a series (a number, a day, a month), nor any word for one. */
function standsInFor(word: string, near: string): boolean {
  if (SERIES_WORD.test(word) || SERIES_WORD.test(near)) return false;
  return !antonyms(word).some((opposite) => sameStem(opposite, near));
}

/** Words sharing their first letters ("israel", "israeli"; "iran", "iranian"): forms of one word. */
function sameStem(a: string, b: string): boolean {
  const length = Math.min(SAME_STEM_LETTERS, a.length);
  return a.slice(0, length) === b.slice(0, length);
}

/**
 * Which words of a phrase are names, from how it was typed: a capitalised word ("Houston", "CSX") or one
 * with digits. Word vectors put a name beside others of its kind ("Houston" beside "Dallas" and "Seattle"),
 * not beside its meaning, so a name's near words are only its own forms ("Israeli" for "Israel"). A phrase
 * of several words all capitalised is in title case and says nothing about names.
 */
function nameFlags(typed: string[]): boolean[] {
  const capitalised = typed.map((word) => /^\p{Lu}/u.test(word));
  const content = typed.filter((word) => !isStopWord(word.toLowerCase()));
  const caseSaysNothing = content.length >= TITLE_CASE_WORDS && content.every((word) => /^\p{Lu}/u.test(word));
  return capitalised.map((flag, i) => (caseSaysNothing ? false : flag || /\p{N}/u.test(typed[i]!)));
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Letters and digits only (accents kept): safe inside a tsquery. */
function lexeme(word: string): string | null {
  const clean = word.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '');
  return clean.length > 1 || /\p{N}/u.test(clean) ? clean : null;
}

interface WeighedWord {
  word: string;
  weight: number;
}

/** Two adjacent words found together, as a group of their own (numbered after the second's group). */
function pairTerm(previous: WeighedWord, next: WeighedWord, group: number): PhraseTerm {
  return {
    query: `${previous.word} <-> ${next.word}`,
    group: -1 - group,
    weight: ((previous.weight + next.weight) / 2) * PAIR_WEIGHT,
    credit: 1,
  };
}

/** WordNet's words for the word, as terms of its group: its root as noun or verb ("expulsion" for "expelled"), and
 *  the synonyms of its commonest sense ("menace" for "threat"). */
function relatedTerms(word: string, group: number, weight: number): PhraseTerm[] {
  const related: Array<readonly [string, number]> = [
    ...derivedWords(word).map((other) => [other, DERIVATION_CREDIT] as const),
    // A synonym much commoner than the word drifts as a near word does ("hit" for "collision"); a number has none.
    // News must use the two alike, some: WordNet's commonest sense is not always news's ("johnny" for "rebels").
    ...synonymWords(word)
      .filter(
        (other) =>
          informativeness(other) >= weight - NEAR_WORD_COMMONER &&
          standsInFor(word, other) &&
          (wordSimilarity(word, other) ?? 0) >= SYNONYM_SIMILARITY,
      )
      .map((other) => [other, SYNONYM_CREDIT] as const),
  ];
  for (const head of compoundHeads(word)) related.push([head, COMPOUND_HEAD_CREDIT]);
  return termsOfWords(related, group, weight);
}

/** Words standing for one of the phrase's, each at its credit, as terms of that word's group (stop words none). */
function termsOfWords(words: ReadonlyArray<readonly [string, number]>, group: number, weight: number): PhraseTerm[] {
  return words.flatMap(([other, credit]) => {
    const query = isStopWord(other) ? null : lexeme(other);
    return query ? [{ query, group, weight, credit }] : [];
  });
}

/** A phrasal verb's synonyms ("thrown out": "expel") and their nouns ("expulsion"), as terms of its verb's group. */
function phrasalTerms(word: string, next: string | undefined, group: number, weight: number): PhraseTerm[] {
  if (!next) return [];
  return phrasalVerbSynonyms(word, next).flatMap((synonym) =>
    termsOfWords(
      [
        [synonym, SYNONYM_CREDIT],
        ...derivedWords(synonym).map((derived) => [derived, SYNONYM_CREDIT * DERIVATION_CREDIT] as const),
      ],
      group,
      weight,
    ),
  );
}

export function phraseTerms(phrase: string, options: PhraseTermOptions = {}): PhraseTerms {
  const typed = typedTokens(phrase);
  const names = nameFlags(typed);
  const all = typed.map((word) => word.toLowerCase());
  const terms: PhraseTerm[] = [];
  const words: string[] = [];
  let groups = 0;
  let previous: WeighedWord | null = null;
  for (let index = 0; index < all.length; index++) {
    const word = all[index]!;
    const named = countryAt(typed, index);
    if (named && groups < MAX_WORDS) {
      const group = groups++;
      const weight = countryWeight(named.country, typed.slice(index, index + named.length));
      for (const query of countryQueries(named.country)) terms.push({ query, group, weight, credit: 1 });
      for (const demonym of named.country.demonyms) {
        const query = /\./.test(demonym) ? null : lexeme(demonym.toLowerCase());
        if (query) terms.push({ query, group, weight, credit: DEMONYM_CREDIT });
      }
      // Its words as typed are what stance reads ("korea"); an initialism's letters are not words.
      for (const part of all.slice(index, index + named.length)) {
        const own = /\./.test(part) || isStopWord(part) ? null : lexeme(part);
        if (own) words.push(own);
      }
      // A country typed as one plain word pairs with its neighbours as any word does ("israel <-> ties").
      const plain = named.length === 1 && !/\./.test(word) ? lexeme(word) : null;
      if (plain && previous) terms.push(pairTerm(previous, { word: plain, weight }, group));
      previous = plain ? { word: plain, weight } : null;
      index += named.length - 1;
      continue;
    }
    const framing = FRAMING_VERB.test(word) && all.slice(index + 1, index + 3).some((next) => QUESTION_WORDS.has(next));
    const own = isStopWord(word) || QUESTION_WORDS.has(word) || PREPOSITIONS.has(word) || framing ? null : lexeme(word);
    if (!own || groups >= MAX_WORDS) {
      previous = null;
      continue;
    }
    const group = groups++;
    words.push(own);
    const weight = informativeness(own);
    terms.push({ query: own, group, weight, credit: 1 });
    if (options.nearWords !== false) {
      for (const near of nearestWords(own, NEAR_WORDS, NEAR_WORD_SIMILARITY)) {
        // Forms of the word itself always stand in; other near words not for a name, nor when much commoner.
        if (
          !sameStem(own, near.word) &&
          (names[index] || informativeness(near.word) < weight - NEAR_WORD_COMMONER || !standsInFor(own, near.word))
        )
          continue;
        const nearLexeme = isStopWord(near.word) ? null : lexeme(near.word);
        const credit = near.similarity * (options.nearWordCredit ?? NEAR_WORD_CREDIT);
        if (nearLexeme) terms.push({ query: nearLexeme, group, weight, credit });
      }
    }
    if (!names[index])
      terms.push(...relatedTerms(own, group, weight), ...phrasalTerms(own, all[index + 1], group, weight));
    if (previous) terms.push(pairTerm(previous, { word: own, weight }, group));
    previous = { word: own, weight };
  }
  return { terms, words };
}

/** The key a topic name is known by: its words, lower case, one space apart ("Davis Cup's" → "davis cup"). */
export function topicKey(name: string): string {
  return phraseWords(name).join(' ');
}

/** A slug made from a topic's name ("Davis Cup" → "davis-cup"). */
export function topicSlug(name: string): string {
  return phraseWords(name).join('-').slice(0, 80);
}
