// A phrase someone typed as a topic ("cross-border shelling between the two Koreas"), turned into the
// terms statements are matched by: its content words, each weighted by how much it says (rare words say
// more than common ones), each with the words nearest to it in meaning ("shelling": "bombardment",
// "artillery"), and its adjacent pairs ("davis cup"), which say more together than apart.
import { informativeness, nearestWords } from './word-vectors.ts';

export interface PhraseTerm {
  /** A lexeme for PostgreSQL's `to_tsquery('english', …)`: letters and digits only, or two joined by `<->`. */
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

export function phraseTerms(phrase: string, options: PhraseTermOptions = {}): PhraseTerms {
  const typed = typedWords(phrase);
  const names = nameFlags(typed);
  const all = typed.map((word) => word.toLowerCase());
  const terms: PhraseTerm[] = [];
  const words: string[] = [];
  let previous: { word: string; weight: number } | null = null;
  for (const [index, word] of all.entries()) {
    const framing = FRAMING_VERB.test(word) && all.slice(index + 1, index + 3).some((next) => QUESTION_WORDS.has(next));
    const own = isStopWord(word) || QUESTION_WORDS.has(word) || PREPOSITIONS.has(word) || framing ? null : lexeme(word);
    if (!own || words.length >= MAX_WORDS) {
      previous = null;
      continue;
    }
    const group = words.length;
    words.push(own);
    const weight = informativeness(own);
    terms.push({ query: own, group, weight, credit: 1 });
    if (options.nearWords !== false) {
      for (const near of nearestWords(own, NEAR_WORDS, NEAR_WORD_SIMILARITY)) {
        // Forms of the word itself always stand in; other near words not for a name, nor when much commoner.
        if (!sameStem(own, near.word) && (names[index] || informativeness(near.word) < weight - NEAR_WORD_COMMONER))
          continue;
        const nearLexeme = isStopWord(near.word) ? null : lexeme(near.word);
        const credit = near.similarity * (options.nearWordCredit ?? NEAR_WORD_CREDIT);
        if (nearLexeme) terms.push({ query: nearLexeme, group, weight, credit });
      }
    }
    if (previous) {
      terms.push({
        query: `${previous.word} <-> ${own}`,
        group: -1 - group,
        weight: ((previous.weight + weight) / 2) * PAIR_WEIGHT,
        credit: 1,
      });
    }
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
