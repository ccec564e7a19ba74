// The topic as the agent of an outcome: what it is said to do, or to have done, judges it ("the tax will cost
// jobs", "the plan has failed", "the scheme will help families", "the rules led to losses"). A reported
// consequence presents the topic as good or bad for something (README of the topic gold: presented as
// desirable or not), where a word of praise or blame alone ("jobs", "failed") would be a fact.
// Verbs hand-listed, the commonest English ones of each kind, with their regular forms:
// - of failing and succeeding (WordNet fail.v.01 with its near synonyms backfire, flop; succeed.v.01, work.v.03
//   "be effective", pay off);
// - of damaging and of benefiting (Levin's amuse-31.1 has no outcome sense; these are the verbs of harming and
//   helping of WordNet's verb.change and verb.social files: cost.v.02 "be the cause of a loss", hurt, harm,
//   damage, undermine, weaken, worsen, cripple, ruin, endanger; help, benefit, improve, boost, strengthen);
// - of causing, whose object carries the judgement (cause.v.01, lead to, result in, bring about, trigger).
// Toward a harm, saying what it did ("the crash killed two") reports it: judge.ts reads outcomes only where the
// topic names no harm.
import { inflections, NEGATORS } from './topic-verbs.ts';
import { wordPlaces } from './word-places.ts';

const forms = (list: string, irregular: string[] = []) =>
  new Set(list.split(/\s+/).filter(Boolean).flatMap(inflections).concat(irregular));

const BAD_OUTCOME = forms(
  `fail backfire flop cost hurt harm damage undermine weaken worsen cripple ruin endanger jeopardize jeopardise
  devastate wreck`,
);
const GOOD_OUTCOME = forms(`succeed work help benefit improve boost strengthen`, ['paid']);
/** Words after "work" that make it an effort or a task ("working to", "worked on the plan"), not a plan that works. */
const WORK_AFTER = new Set(['to', 'on', 'for', 'with', 'at', 'in', 'as', 'out', 'through', 'toward', 'towards']);
/** Verbs of causing: the side is what their object is, good or bad ("led to losses", "caused chaos"). */
const CAUSING = forms(`cause trigger spark produce`, [
  'led',
  'leads',
  'lead',
  'leading',
  'result',
  'results',
  'resulted',
]);
/** Verbs of causing that take their object after a preposition: "lead to", "result in". */
const CAUSING_PREPOSITION = new Set(['to', 'in']);

/** What may stand between a subject and its verb: auxiliaries, modals, negations, adverbs of time and degree. */
const VERB_GROUP = new Set(
  `will would shall should can could may might must has have had does do did is are was were be been being not never
  cannot doesn don didn won wouldn couldn shouldn isn aren wasn weren hasn haven hadn t also already only really even just probably likely certainly surely still soon eventually ultimately clearly
  simply`.split(/\s+/),
);
/** Pronouns pointing back to what the statement is about, as the subject of its verb: "it will cost jobs" ("they",
 *  "that" and "which" as often point back to people or to anything named before: "things that trigger it"). */
const POINTING_BACK = new Set(['it', 'this']);
/** How many words after a verb of causing its object may run. */
const OBJECT_REACH = 6;
/** A sum of money after "cost" makes it a price, not a loss: "costs $5 billion", "cost millions of dollars". */
const SUM = /^(?:\d.*|dollars?|pounds?|euros?|yuan|yen|cents?|money|bucks)$/;

/** Words after which a verb's form is an adjective or a noun, not a verb said of a subject: "a devastating blow",
 *  "the help of", "for the cost". */
const NOT_BEFORE_A_VERB = new Set(
  `a an the these those its his her their our my your of in on for with by to at from as any some no every each
  more most less very so such`.split(/\s+/),
);
/** Auxiliaries of the progressive: an "-ing" form after none of them is read as an adjective ("a crippling blow"). */
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'isn', 'aren', 'wasn', 'weren']);

/** Where the verb group before the verb at `i` opens (the verb itself where none stands before it). */
function groupStart(words: readonly string[], i: number): number {
  let start = i;
  while (start > 0 && VERB_GROUP.has(words[start - 1]!)) start--;
  return start;
}

/** Whether the verb whose group opens at `start` is said of the topic: the head of its subject, right before the
 *  group, names the topic ("the new fuel tax will", not "prison officials are"), or is a pronoun pointing back. */
function saidOfTopic(words: readonly string[], start: number, namesTopic: (word: string) => boolean): boolean {
  if (start === 0) return false;
  const head = words[start - 1]!;
  return POINTING_BACK.has(head) || namesTopic(head);
}

/** Determiners that deny their noun: "no harm", "nothing bad", "little damage" (Quirk et al. 1985 §10.60). */
const DENIED_OBJECT = new Set(['no', 'nothing', 'little']);

/** The lean of a verb of causing's object: the sign of its words' sentiment, the topic's own words left out. */
function objectLean(
  words: readonly string[],
  from: number,
  namesTopic: (word: string) => boolean,
  sentimentOf: (word: string) => number,
): number {
  let lean = 0;
  for (let j = from; j < words.length && j < from + OBJECT_REACH; j++)
    if (words[j]!.length >= 3 && !namesTopic(words[j]!)) lean += sentimentOf(words[j]!);
  return Math.sign(lean);
}

/** The places of the words of failing, succeeding, harming, helping or causing in a clause, past the first. */
const outcomeWords = wordPlaces((word) => BAD_OUTCOME.has(word) || GOOD_OUTCOME.has(word) || CAUSING.has(word));

/** The side an outcome said of the topic gives: 1 good, -1 bad, 0 none (or both). */
export function outcomeSide(
  words: readonly string[],
  namesTopic: (word: string) => boolean,
  sentimentOf: (word: string) => number,
): number {
  let side = 0;
  for (const i of outcomeWords(words)) {
    const word = words[i]!;
    let own = 0;
    if (BAD_OUTCOME.has(word)) {
      // "costs $5 billion" is a price; a cost of anything else is a loss.
      if (word.startsWith('cost') && words.slice(i + 1, i + 4).some((next) => SUM.test(next))) continue;
      own = -1;
    } else if (GOOD_OUTCOME.has(word)) {
      // "working to fill", "worked on", "help with": an effort or a task, not an outcome.
      if (word.startsWith('work') && WORK_AFTER.has(words[i + 1] ?? '')) continue;
      own = 1;
    } else if (CAUSING.has(word)) {
      const prepositional = word.startsWith('lead') || word === 'led' || word.startsWith('result');
      if (prepositional && !CAUSING_PREPOSITION.has(words[i + 1] ?? '')) continue;
      const object = prepositional ? i + 2 : i + 1;
      // An object denied ("caused no harm", "led to nothing bad") turns its lean round.
      own = objectLean(words, object, namesTopic, sentimentOf) * (DENIED_OBJECT.has(words[object] ?? '') ? -1 : 1);
    }
    if (own === 0 || namesTopic(word)) continue;
    const start = groupStart(words, i);
    if (NOT_BEFORE_A_VERB.has(words[i - 1]!)) continue;
    if (word.endsWith('ing') && !words.slice(start, i).some((w) => PROGRESSIVE.has(w))) continue;
    if (!saidOfTopic(words, start, namesTopic)) continue;
    // "will not help", "hasn't failed": a negation in the verb group turns the outcome round.
    if (words.slice(start, i).some((w) => NEGATORS.has(w))) own = -own;
    if (side !== 0 && side !== own) return 0;
    side = own;
  }
  return side;
}
