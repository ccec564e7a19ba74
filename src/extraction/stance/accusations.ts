// An accusation dismissed: a copula whose subject is a noun of accusing and whose predicate says it is false or
// blames it ("the allegations are baseless", "these accusations are false", "the charges are ridiculous") denies what
// it accuses of. Toward a claim of a harm ("Acme dumping waste") or a sanction ("charges against the mayor") that is
// the side against it. The predicates of falsity are WordNet's false.a.01 (false, untrue) and unfounded.s.01
// (baseless, groundless, unfounded, unwarranted), with fabricated.s.01 and inaccurate.a.01; wink-nlp scores few of
// them. So does the accused said to be innocent ("the mayor is innocent": innocent.a.01 and its similar blameless,
// guiltless), of a party the topic names.
import { predicated } from './subject-sides.ts';

const ACCUSATIONS = new Set([
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'claim',
  'claims',
  'charge',
  'charges',
]);
const FALSITY = new Set([
  'false',
  'untrue',
  'baseless',
  'groundless',
  'unfounded',
  'unwarranted',
  'fabricated',
  'inaccurate',
]);
const INNOCENCE = new Set(['innocent', 'blameless', 'guiltless']);
/** The weight a word of falsity is read with: as a word of blame of wink-nlp's middling strength. */
const FALSE = -0.5;

/** Whether a clause's words (lower case) dismiss an accusation, or clear the accused the topic names. */
export function dismissesAccusation(
  words: readonly string[],
  namesTopic: (word: string) => boolean,
  sentimentOf: (word: string) => number,
): boolean {
  if (
    words.some((word) => INNOCENCE.has(word)) &&
    predicated(words, namesTopic, (word) => (INNOCENCE.has(word) ? FALSE : 0)) < 0
  )
    return true;
  return (
    words.some((word) => ACCUSATIONS.has(word)) &&
    predicated(
      words,
      (word) => ACCUSATIONS.has(word),
      (word) => (FALSITY.has(word) ? FALSE : sentimentOf(word)),
    ) < 0
  );
}
