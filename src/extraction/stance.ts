// The stance a statement takes toward a topic: SUPPORTS, OPPOSES, NEUTRAL or MIXED (the conventions of
// shared/gold/queries/README.md). Read from how the statement is built, not from words fitted to examples:
// - stance/read-text.ts cuts it into clauses at contrast and concession and reads each one's sentiment
//   and modality; stance/features.ts weighs them (asserted over conceded, naming the topic over not)
//   into how far the statement leans, and what kind of statement it is;
// - stance/topic-reading.ts reads what kind of thing the topic is: a harm, or a claim of one;
// - the lean is then read toward that kind (stance/judge.ts).
import { judgeStance } from './stance/judge.ts';
import { stanceFeatures } from './stance/features.ts';
import type { Stance } from './types.ts';

/** The stance of `text` toward a topic named by `topicWords` (lower-case words; none: toward what it is about). */
export function stanceToward(text: string, topicWords: Iterable<string> = []): Stance {
  return judgeStance(stanceFeatures(text, topicWords));
}
