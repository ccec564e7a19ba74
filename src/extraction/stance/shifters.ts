// Words that turn round the praise or blame of what follows them. A content word that undoes its object flips its
// polarity: "prevents floods", "fight corruption", "protection from attacks" speak well of the preventing, not ill of
// it, and "cut benefits" speaks ill (Choi & Cardie 2008, "Learning with Compositional Semantics as Structural
// Inference for Subsentential Sentiment Analysis", EMNLP, their content-word negators). The verbs are the commonest
// English ones of removal and reduction, hand-listed (as removal-words.ts's REMOVAL), with their -ing, -s and -ed
// forms; "end", "clear" and "fix" are left out (as often nouns or adjectives: "in the end", "a clear win"), "against"
// too (a match "against" a side opposes nothing). A concession's object ("despite the cold") is set aside, not
// turned: what the clause asserts is its own (Polanyi & Zaenen 2006, "Contextual Valence Shifters").
import { inflections } from './topic-verbs.ts';

const UNDOING = new Set(
  `prevent stop curb cut reduce lower ease fight combat tackle eliminate remove avoid ban halt`
    .split(/\s+/)
    .flatMap(inflections)
    .concat(['fought']),
);
/** wink-nlp reads bare "prevent" as a negation of what follows, up to a pause: its flag there is this one. */
const WINK_NEGATOR = 'prevent';
/** Verbs of damaging, the commonest hand-listed: they turn round their object ("undermines the values" speaks
 *  ill, as "cut the benefits" does) and, unlike the verbs of removal, keep their own blame ("undermines the plan"). */
const DAMAGING = new Set(
  `undermine erode damage weaken harm hurt threaten jeopardize jeopardise endanger sabotage destroy ruin`
    .split(/\s+/)
    .flatMap(inflections),
);
/** The same as nouns, whose object follows "of" ("the prevention of floods"); before them it is a compound's
 *  ("flood prevention is important"), and what follows is said of the whole. */
const UNDOING_NOUNS = new Set(['prevention', 'reduction', 'elimination', 'removal']);
/** Words of keeping safe, whose "from" undoes what follows: "protection from", "safe from", "shielded from". */
const KEEPING =
  /^(?:protect\w*|shield\w*|safe|safer|safety|guard\w*|immune|immunity|spare[sd]?|save[sd]?|saving|rescue[sd]?)$/;
/** How many words after the shifter its object may run: "protection from these attacks and threats". */
const OBJECT_REACH = 6;
/** Words that end the object before its reach: a new clause or a pause. */
const OBJECT_END = /^(?:[^\p{L}\p{N},]+|that|which|who|but|and then|while|because)$/u;

/** How many words a concession, or wink-nlp's negation after "prevent", may run; and what ends it first: any pause,
 *  a comma too. */
const LONG_REACH = 12;
const PAUSE = /^[^\p{L}\p{N}]+$/u;

/** Whether the word at `i` opens its sentence: first, or after a pause. */
function opens(words: readonly string[], i: number): boolean {
  return i === 0 || PAUSE.test(words[i - 1]!);
}

/** Sets `value` on the words from `from` on, up to `reach` of them or a word `end` matches (shifts below). A function
 *  of its own, not an arrow in shifts: tsx names each arrow function as it is made. */
function mark(
  words: readonly string[],
  shift: Int8Array,
  from: number,
  value: number,
  reach = OBJECT_REACH,
  end = OBJECT_END,
): void {
  for (let j = from; j < words.length && j < from + reach && !end.test(words[j]!); j++)
    shift[j] = value === -1 && words[from - 1] === WINK_NEGATOR ? 2 : value;
}

/** For each word: 1 where its praise or blame counts as it is, -1 where it is turned round, 0 where it is set
 *  aside; 2 where it is turned round by a word wink-nlp also reads as a negation, whose flag it replaces. */
export function shifts(words: readonly string[]): Int8Array {
  const shift = new Int8Array(words.length).fill(1);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "fight for", "stop by": a preposition after the verb makes it no undoing of an object. The word of undoing
    // itself judges nothing: wink-nlp scores "prevent" as blame, which "nothing will prevent us" is not.
    if (UNDOING.has(word) && !/^(?:for|by|at|in|to|short)$/.test(words[i + 1] ?? '')) {
      mark(words, shift, i + 1, -1);
      // wink-nlp's own negation after "prevent" runs to the next pause: the turn must cover it all.
      if (word === WINK_NEGATOR) mark(words, shift, i + 1, -1, LONG_REACH, PAUSE);
      shift[i] = 0;
    } else if (DAMAGING.has(word)) mark(words, shift, i + 1, -1);
    else if (UNDOING_NOUNS.has(word) && words[i + 1] === 'of') mark(words, shift, i + 2, -1);
    else if (word === 'from' && i > 0 && KEEPING.test(words[i - 1]!)) mark(words, shift, i + 1, -1);
    // A concession runs on, a gerund's clause and all ("despite having been brought up in a long war"): opening
    // its sentence, to the comma that closes it ("Despite the rain, …"); closing it, to the next full pause, past
    // the commas of a list ("… despite long, cold winters"). The concession word itself judges nothing
    // (wink-nlp's lexicon scores "despite" as blame).
    else if (word === 'despite') mark(words, shift, i, 0, LONG_REACH, opens(words, i) ? PAUSE : OBJECT_END);
    else if (word === 'spite' && words[i - 1] === 'in' && words[i + 1] === 'of')
      mark(words, shift, i + 2, 0, LONG_REACH, opens(words, i - 1) ? PAUSE : OBJECT_END);
  }
  return shift;
}
