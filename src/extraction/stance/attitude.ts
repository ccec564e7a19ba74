// Verbs of attitude: what their subject likes, fears or wants ("he liked the way photo booths looked", "he
// wanted to be rich and famous"). With a subject other than the speaker, the praise or blame from the verb on is
// that subject's, relayed, not the speaker's own judgement (shared/gold/queries/README.md, "Relayed
// positions"); said of the speaker ("I love this"), it is the speaker's own. Lemmas from Levin's classes
// (B. Levin, English Verb Classes and Alternations, 1993): admire-31.2 (like, love, fear, hate …) and want-32.1.
import { inflections } from './topic-verbs.ts';

const ATTITUDE = new Set(
  `admire adore appreciate cherish enjoy like love relish respect treasure value abhor despise detest dislike dread
  fear hate loathe resent want desire wish crave covet prefer`
    .split(/\s+/)
    .flatMap(inflections)
    // "like" bare is a preposition as often ("countries like Albania").
    .filter((form) => form !== 'like'),
);

/** The speaker as subject, or the generic "you" an argument speaks to: "I liked", "we want", "if you want". */
const FIRST_PERSON = new Set(['i', 'we', 'you']);
/** How many words before the verb its subject may stand: "we really do want". */
const SUBJECT_REACH = 3;

/** Where a clause's words (lower case) begin to relay a third party's attitude: the first verb of attitude whose
 *  subject is not the speaker; the clause's length where none does. */
export function relayedFrom(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    // After "to" it is what someone is asked or means to do ("urged them to respect the ruling"), not an attitude held.
    if (!ATTITUDE.has(words[i]!) || words[i - 1] === 'to') continue;
    const before = words.slice(Math.max(0, i - SUBJECT_REACH), i);
    if (!before.some((word) => FIRST_PERSON.has(word))) return i;
  }
  return words.length;
}
