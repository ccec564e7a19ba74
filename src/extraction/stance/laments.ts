// A harm judged in words of the speaker's own: a copula whose subject is the harm, or points back to it, and whose
// predicate blames it ("the abuse was horrific", "it is a tragedy", "what happened to them is sickening"). Toward a
// harm, telling it is reporting; judging it so is condemning or lamenting it (shared/gold/queries/README.md: events,
// "condemning or lamenting it = OPPOSES"). Only adjectives judge here (Martin & White 2005, §2.2, the attribute of
// appraisal): a passive's participle ("the children were beaten") tells what was done, and a noun ("the cause was
// cancer") names what happened.
import { taggingWink } from '../text/wink.ts';
import { predicated } from './subject-sides.ts';

/** Subjects that point back to what was spoken of, or stand for it: "it", "this", "what happened". */
const POINTING = new Set(['it', 'this', 'that', 'what']);
/** A past participle, regular: the passive's verb, not an attribute, however a tagger reads it. */
const PARTICIPLE = /ed$/;
const COPULA = /\b(?:is|are|was|were|be|been|remains|remained|seems|seemed|looks|looked|becomes|became)\b/;

/** The clause's adjectives, lower case, tagged by the extractor's tagger. */
function adjectives(text: string): Set<string> {
  const nlp = taggingWink();
  const tokens = nlp.readDoc(text).tokens();
  const pos = tokens.out(nlp.its.pos) as string[];
  const normal = tokens.out(nlp.its.normal) as string[];
  return new Set(normal.filter((word, i) => pos[i] === 'ADJ' && !PARTICIPLE.test(word)));
}

/** Whether a clause (lower-case words) blames the topic by a copula's predicate. */
export function laments(
  text: string,
  words: readonly string[],
  namesTopic: (word: string) => boolean,
  sentimentOf: (word: string) => number,
): boolean {
  if (!COPULA.test(text.toLowerCase())) return false;
  const judging = adjectives(text);
  const subject = (word: string) => namesTopic(word) || POINTING.has(word);
  return predicated(words, subject, (word) => (judging.has(word) ? sentimentOf(word) : 0)) < 0;
}
