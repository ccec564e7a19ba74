// The stance a statement takes toward a topic: SUPPORTS, OPPOSES, NEUTRAL or MIXED (the conventions of
// shared/gold/queries/README.md). Read from how the statement is built and what kind of topic it is
// asked about, not from words fitted to examples:
// - stance/read-text.ts cuts the statement into clauses at contrast and concession and reads each one's
//   praise and blame (wink-nlp's lexicon, negated words turned round), modality and hedges;
// - stance/topic-reading.ts reads the topic: a harm ("train crash"), a claim of one ("X abusing Y"), a
//   sanction ("charges against X"), or anything else;
// - stance/topic-verbs.ts reads a side taken in so many words toward the topic ("fight the charges");
// - stance/features.ts weighs the clauses (asserted over conceded, naming the topic over not; the
//   topic's own words judge nothing) and notes voice, counts, restatement and negation of the topic;
// - stance/denied-frames.ts reads a statement opening on a frame of denial or doubt ("it is not true that",
//   "I doubt") as its complement turned round;
// - stance/undoing.ts reads a statement of the thing a topic takes away ("the ban", asked about lifting it)
//   toward that thing, and turns it round;
// - stance/judge.ts reads them toward the kind of topic, surest readings first.
import { judgeStance } from './stance/judge.ts';
import { stanceFeatures } from './stance/features.ts';
import { readTowardUndone } from './stance/undoing.ts';
import { deniedComplement, turned } from './stance/denied-frames.ts';
import type { StanceTopic } from './stance/topic-reading.ts';
import type { Stance } from './types.ts';

export type { StanceTopic };

/**
 * The stance of `text` toward a topic: given by its words alone (lower case; none: toward what the text is
 * about), or with its name as typed, which tells what kind of topic it is (a harm, a claim, a question);
 * and, where known, who says it.
 */
export function stanceToward(
  text: string,
  topic: StanceTopic | readonly string[] | ReadonlySet<string> = [],
  /** Who says it, by name, where known: named in the topic, a party voices its own side. */
  speaker = '',
  /** The cue it is reported with ("said", "condemned", "denied"), where known: its own side toward what it reports. */
  cue = '',
  /** The role it is said in, as written ("attorney for the driver"), where known: a party's side by its role. */
  role = '',
): Stance {
  // "It is not true that X", "I doubt X": X's stance, turned round.
  const complement = deniedComplement(text);
  if (complement !== null) return turned(stanceToward(complement, topic, speaker, cue, role));
  // Toward "lifting the ban", a statement of the ban alone is read toward the ban, and turned round.
  const undone = readTowardUndone(text, topic);
  if (undone) return undone.turn(judgeStance(stanceFeatures(text, undone.topic, speaker, cue, role)));
  return judgeStance(stanceFeatures(text, topic, speaker, cue, role));
}
