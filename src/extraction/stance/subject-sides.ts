// A side taken toward the topic named as the subject of its clause, not as an object after a verb
// (topic-verbs.ts):
// - a verb of taking sides in the passive: "the plan was rejected", "the bill was quickly blocked" says what
//   "rejected the plan" says (Quirk et al. 1985 §3.63-3.65: the passive keeps the active's roles);
// - a verb of stalling or of going ahead, said of it: "talks have stalled", "the project was shelved", "the
//   tunnel will go ahead" (README: presented as stalled is against, as likely is for). The verbs are the
//   commonest English ones of delay and abandonment (WordNet postpone.v.01, shelve.v.01, suspend.v.03, abandon.v.01,
//   stall.v.01, derail.v.02) and of progress (proceed.v.01, go ahead.v.01), hand-listed with their forms;
// - a verb of ending said to be needed of it: "the blockade must end";
// - a verb of wanting or hoping with the speaker as subject: "we want the tunnel built", "I hope the plan
//   works", "we look forward to the opening" (Levin's want-32.1 and admire-31.2; with a third party as subject it is
//   relayed, attitude.ts).
import { inflections, namedIn, NEGATORS as SIDE_NEGATORS, noOneBefore, SIDE_NOUNS, sideOfWord } from './topic-verbs.ts';
import { LIFTED } from './removal-words.ts';
import { wordPlaces } from './word-places.ts';

const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);
/** Past participles: a regular "-ed" form, or an irregular one of the side verbs. */
const PARTICIPLE = /(?:ed|fought|sought)$/;
/** A participle's lemma, roughly ("lifted" → "lift", "scrapped" → "scrap"), to tell a participle that restates the
 *  topic's own verb ("the ban was lifted", asked about lifting the ban). */
function lemmaOf(participle: string): string {
  return participle.replace(/(?:ed|en)$/, '').replace(/([bdgmnpt])\1$/, '$1');
}

/** The side a participle of a passive takes toward its subject: a verb of taking sides' own, or against where it
 *  lifts or undoes it; none where it is one of the topic's own verbs. */
function passiveSideOf(participle: string, namesTopic: (word: string) => boolean): number | undefined {
  if (inflections(lemmaOf(participle)).some(namesTopic) || inflections(`${lemmaOf(participle)}e`).some(namesTopic))
    return undefined;
  return sideOfWord(participle) ?? (LIFTED.has(participle) ? -1 : undefined);
}

const SETBACK = new Set(
  // "founder" is left out, as often the one who founded something.
  `stall delay postpone shelve suspend abandon derail falter languish`.split(/\s+/).flatMap(inflections),
);
/** Going ahead: one word, or two ("go ahead", "move forward", "on track"). */
// "advance" is left out: "advanced" describes as often ("advanced weapons").
const PROGRESS_WORDS = new Set(`proceed progress`.split(/\s+/).flatMap(inflections));
const PROGRESS_PAIRS = new Set(
  `go ahead|goes ahead|went ahead|going ahead|gone ahead|push ahead|pushing ahead|pushed ahead|press ahead|pressing ahead|pressed ahead|move forward|moving forward|moved forward|on track`.split(
    '|',
  ),
);
/** The first words of those pairs: only after one is the pair put together. */
const PROGRESS_PAIR_OPENERS = new Set([...PROGRESS_PAIRS].map((pair) => pair.split(' ')[0]!));
// Ending said to be needed of the subject: "the blockade must end", "the strikes have to stop", "the levy needs to
// go" (the intransitive verbs of ending, WordNet end.v.01, stop.v.01, cease.v.01, with "go" as in go.v.11, "be
// abolished"), after a modal of necessity, and its denial ("must never end") for it; told as a fact ("the strikes
// stopped") it says no side.
const ENDING = new Set(['end', 'stop', 'cease', 'halt', 'go']);
const NECESSITY_BEFORE = new Set(['must', 'should']);
/** "Has to", "needs to", "ought to": the words before "to" that make it necessity. */
const NECESSITY_TO = new Set(['has', 'have', 'had', 'need', 'needs', 'ought']);

/** "Go" ends its subject only closing the clause or before a word of time: "must go now", not "must go on". */
const GO_CLOSING = new Set(['now', 'immediately', 'soon', 'too', 'altogether']);

/** Whether the verb of ending at `i` follows a modal of necessity: "must end", "has to stop". */
function necessary(words: readonly string[], i: number): boolean {
  if (words[i] === 'go' && i + 1 < words.length && !GO_CLOSING.has(words[i + 1]!)) return false;
  // Past a negation: "must never end".
  const k = NEGATORS.has(words[i - 1] ?? '') ? i - 2 : i - 1;
  return NECESSITY_BEFORE.has(words[k] ?? '') || (words[k] === 'to' && NECESSITY_TO.has(words[k - 1] ?? ''));
}

const WANTING = new Set(`want hope wish like love`.split(/\s+/).flatMap(inflections).concat(['look', 'looking']));
// With the participles of Levin's amuse-31.1 verbs of worry, whose experiencer fears what they are about: "we are
// concerned about the plan", "I am worried about it".
const FEARING = new Set(
  `fear dread hate`.split(/\s+/).flatMap(inflections).concat(['concerned', 'worried', 'troubled', 'alarmed']),
);
/** Verbs of receiving, whose object a side noun may be: "the plan faces opposition", "the bill won broad support",
 *  "drew criticism", "met with resistance" (the subject receives the side the noun takes toward it). */
const RECEIVING = new Set(
  `face draw attract meet win gain earn receive`
    .split(/\s+/)
    .flatMap(inflections)
    .concat(['drew', 'drawn', 'met', 'won']),
);
/** The words of all the kinds above, asked of every word of a clause (subjectCues) with one look-up, not seven. */
const CUE_WORDS = new Set([
  ...SETBACK,
  ...PROGRESS_WORDS,
  ...PROGRESS_PAIR_OPENERS,
  ...RECEIVING,
  ...ENDING,
  ...WANTING,
  ...FEARING,
]);
/** How many words after a verb of receiving its side noun may stand: "faces fierce and growing opposition". */
const RECEIVED_REACH = 4;
const FIRST_PERSON = new Set(['i', 'we']);
/** Negations, and the quantifiers that deny what follows ("little progress", "a lack of progress"). */
const NEGATORS = new Set([...SIDE_NEGATORS, 'little', 'lack', 'without']);
/** How many words before its verb (or auxiliary) a subject may name the topic: "work on the new tunnel has". */
const SUBJECT_REACH = 6;
/** How many words after a verb of wanting its object may name the topic. */
const OBJECT_REACH = 8;

/** Whether a negation stands within three words before `at`: "has not stalled", "was never rejected". */
function negatedBefore(words: readonly string[], at: number): boolean {
  return [1, 2, 3].some((k) => NEGATORS.has(words[at - k] ?? ''));
}

/** Where a clause's words (lower case) may take a side toward a subject, whatever the topic: a participle after
 *  a passive's auxiliary, a verb of stalling, going ahead, receiving, wanting or fearing. */
export function subjectCues(words: readonly string[]): number[] {
  const cues: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (
      CUE_WORDS.has(word) ||
      ((PASSIVE_AUXILIARIES.has(words[i - 1]!) || PASSIVE_AUXILIARIES.has(words[i - 2] ?? '')) &&
        (PARTICIPLE.test(word) || LIFTED.has(word)))
    )
      cues.push(i);
  }
  return cues;
}

/** Words that may stand between the speaker as subject and a verb of wanting or fearing: auxiliaries and adverbs of
 *  degree ("we very much want", "I am deeply worried", "we really do hope"). */
const BETWEEN_SUBJECT = new Set(
  `am are do does did really very much so deeply truly sincerely still also all genuinely greatly`.split(/\s+/),
);

/** Whether the speaker ("I", "we") is the subject of the verb at `i`: right before it, or before words of degree. */
function speakerSubject(words: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && j >= i - 4 && BETWEEN_SUBJECT.has(words[j]!)) j--;
  return j >= 0 && FIRST_PERSON.has(words[j]!);
}

/** What is wanted done to the object of a verb of wanting: -1 where a participle of lifting or of taking sides
 *  against follows the topic's word ("we want the ban scrapped", "I hope the plan is rejected"), else 1. */
function wantedDone(words: readonly string[], from: number, namesTopic: (word: string) => boolean): number {
  const to = Math.min(words.length, from + OBJECT_REACH);
  let named = false;
  for (let j = from; j < to; j++) {
    if (namesTopic(words[j]!)) named = true;
    else if (named && (LIFTED.has(words[j]!) || (PARTICIPLE.test(words[j]!) && sideOfWord(words[j]!) === -1)))
      return -1;
  }
  return 1;
}

/** Whether the words before `end` name the topic as a subject. */
function subjectNamed(words: readonly string[], end: number, namesTopic: (word: string) => boolean): boolean {
  return namedIn(words, end - SUBJECT_REACH, end, namesTopic);
}

/** The side so far with one more taken: 2 once two sides are taken. */
function taken(side: number, own: number): number {
  return side !== 0 && side !== own ? 2 : own;
}

/** The side a clause's words (lower case) take toward a topic named as a subject, or by the speaker's wanting: 1,
 *  -1, 0 for none or both. */
export function subjectSide(
  words: readonly string[],
  namesTopic: (word: string) => boolean,
  /** Where its words may take such a side: the clause's own (subjectCues), read once for all topics. */
  cues: readonly number[] = subjectCues(words),
): number {
  if (cues.length === 0) return 0;
  let side = 0;
  for (const i of cues) {
    const word = words[i]!;
    // The auxiliary of a passive: right before the participle, or before one adverb ("was quickly rejected").
    const auxiliary = PASSIVE_AUXILIARIES.has(words[i - 1]!)
      ? i - 1
      : PASSIVE_AUXILIARIES.has(words[i - 2] ?? '')
        ? i - 2
        : -1;
    // The participle's own side is read last, where a passive's subject names the topic: it inflects the verb.
    const passiveSide =
      auxiliary >= 0 &&
      (PARTICIPLE.test(word) || LIFTED.has(word)) &&
      !negatedBefore(words, i) &&
      subjectNamed(words, auxiliary, namesTopic)
        ? passiveSideOf(word, namesTopic)
        : undefined;
    if (passiveSide !== undefined) side = taken(side, passiveSide);
    else if (
      SETBACK.has(word) &&
      !negatedBefore(words, i) &&
      subjectNamed(words, auxiliary >= 0 ? auxiliary : i, namesTopic)
    )
      side = taken(side, -1);
    else if (
      (PROGRESS_WORDS.has(word) ||
        (PROGRESS_PAIR_OPENERS.has(word) && PROGRESS_PAIRS.has(`${word} ${words[i + 1] ?? ''}`))) &&
      !negatedBefore(words, i) &&
      subjectNamed(words, i, namesTopic)
    )
      side = taken(side, 1);
    // Its end said to be needed is against it; denied ("must never end"), for it.
    else if (ENDING.has(word) && necessary(words, i) && subjectNamed(words, i, namesTopic))
      side = taken(side, negatedBefore(words, i) ? 1 : -1);
    else if (RECEIVING.has(word) && !negatedBefore(words, i) && subjectNamed(words, i, namesTopic)) {
      const noun = words.slice(i + 1, i + 1 + RECEIVED_REACH).find((next) => SIDE_NOUNS.has(next));
      if (noun) side = taken(side, SIDE_NOUNS.get(noun)!);
    } else if ((WANTING.has(word) || FEARING.has(word)) && noOneBefore(words, i) && !word.startsWith('look')) {
      // "Nobody wants the plan": wanted by no one, the topic is presented as unwanted.
      if (namedIn(words, i + 1, i + 1 + OBJECT_REACH, namesTopic)) side = taken(side, FEARING.has(word) ? 1 : -1);
    } else if (
      (WANTING.has(word) || FEARING.has(word)) &&
      speakerSubject(words, i) &&
      !negatedBefore(words, i) &&
      // "look" wants only as "look forward to".
      (!word.startsWith('look') || words[i + 1] === 'forward') &&
      namedIn(words, i + 1, i + 1 + OBJECT_REACH, namesTopic)
    )
      side = taken(side, (FEARING.has(word) ? -1 : 1) * wantedDone(words, i + 1, namesTopic));
  }
  return side === 2 ? 0 : side;
}

// A copula with the topic as its subject: what the predicate says judges the subject (the attribute of Martin &
// White 2005, The Language of Evaluation, §2.2): "the tunnel is a mistake", "the plan was a success". One word of
// praise or blame is enough here, where alone it is often a fact: said of the topic by a copula, it is said of it.
const COPULAS = new Set(
  `is are was were be been remains remain remained seems seem seemed looks look looked becomes become became`.split(
    /\s+/,
  ),
);
/** How many words after the copula its predicate may run. */
const PREDICATE_REACH = 6;
/** Below this a predicate says nothing. */
const PREDICATE_LEAN = 0.2;

/** Adverbs of degree that deny what follows: "hardly a success", "scarcely fair", "far from perfect", "anything but
 *  safe" (Quirk et al. 1985 §10.61, approximate negators; "far from" and "anything but" as idioms of denial). */
const APPROXIMATE_NEGATORS = new Set(['hardly', 'scarcely', 'barely']);

function deniesDegree(words: readonly string[], j: number): boolean {
  const word = words[j]!;
  return (
    APPROXIMATE_NEGATORS.has(word) ||
    (word === 'far' && words[j + 1] === 'from') ||
    (word === 'anything' && words[j + 1] === 'but')
  );
}

/** The places of the copulas in a clause, past the first. */
const copulas = wordPlaces((word) => COPULAS.has(word));

/** The sign of what a copula's predicate says of the topic named as its subject: 1, -1, 0 for none. */
export function predicated(
  words: readonly string[],
  namesTopic: (word: string) => boolean,
  sentimentOf: (word: string) => number,
): number {
  for (const i of copulas(words)) {
    if (!namedIn(words, i - SUBJECT_REACH, i, namesTopic)) continue;
    // "be" and "been" before a participle are a passive's auxiliary ("has been placed on alert"), not a copula.
    if ((words[i] === 'be' || words[i] === 'been') && PARTICIPLE.test(words[i + 1] ?? '')) continue;
    let lean = 0;
    let turned = 1;
    for (let j = i + 1; j < words.length && j <= i + PREDICATE_REACH; j++) {
      const word = words[j]!;
      if ((NEGATORS.has(word) || deniesDegree(words, j)) && j <= i + 2) turned = -1;
      // "Too" says a degree beyond what is right (Quirk et al. 1985 §7.88, excess): "too lenient", "too harsh".
      else if (word.length >= 3 && !namesTopic(word))
        lean += words[j - 1] === 'too' ? -Math.abs(sentimentOf(word)) : sentimentOf(word);
    }
    if (Math.abs(lean) >= PREDICATE_LEAN) return Math.sign(lean) * turned;
  }
  return 0;
}
