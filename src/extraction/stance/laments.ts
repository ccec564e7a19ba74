// A harm judged in words of the speaker's own: a copula whose subject is the harm, or points back to it, and whose
// predicate is an adjective of blame ("the abuse was horrific", "it is sickening", "what happened to them was cruel
// and callous"). Toward a harm, telling it is reporting; judging it so is condemning or lamenting it
// (shared/gold/queries/README.md: events, "condemning or lamenting it = OPPOSES"). Only a predicative adjective judges
// here (Martin & White 2005, §2.2, the attribute of appraisal): a passive's participle ("the children were beaten")
// tells what was done, and a noun phrase ("it was a deadly crash", "the cause was cancer") classes what happened.
import { tagWords } from './tagged-words.ts';
import { rememberedInArticle } from '../remembered.ts';

/** Subjects that point back to what was spoken of, or stand for it: "it", "this", "what happened". */
const POINTING = new Set(['it', 'this', 'that', 'what']);
/** A past participle, regular: the passive's verb, not an attribute, however a tagger reads it. */
const PARTICIPLE = /ed$/;
const COPULA_WORDS = `is are was were be been remains remained seems seemed looks looked becomes became`.split(' ');
const COPULAS = new Set([...COPULA_WORDS, "'s", '’s']);
/** The cheap test before a clause is tagged: one of COPULAS in it. */
const COPULA = new RegExp(String.raw`\b(?:${COPULA_WORDS.join('|')})\b|['’]s\b`, 'i');
const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'hardly', 'scarcely']);
/** What may stand in a predicate of adjectives: "so cruel and callous", "utterly, utterly wrong". */
const PREDICATE_TAGS = new Set(['ADJ', 'ADV', 'CCONJ', 'PUNCT']);
/** How many words before the copula its subject may name the topic: "what went on in that home was". */
const SUBJECT_REACH = 6;
/** Below this the adjectives blame nothing. */
const BLAME = 0.2;

const MAX_TAGGED_CLAUSES = 2000;
// A clause is asked about for each topic of its statement: it is tagged once (tagging is the dear step).
const taggedClause = rememberedInArticle(MAX_TAGGED_CLAUSES, (text: string) => {
  const { pos, normal } = tagWords(text);
  return { pos, words: normal.map((word) => word.toLowerCase()) };
});

/** Whether a clause blames the topic by a predicative adjective after a copula. */
export function laments(
  text: string,
  namesTopic: (word: string) => boolean,
  sentimentOf: (word: string) => number,
): boolean {
  if (!COPULA.test(text)) return false;
  const { pos, words } = taggedClause(text);
  for (let i = 1; i < words.length; i++) {
    if (!COPULAS.has(words[i]!)) continue;
    const subject = words.slice(Math.max(0, i - SUBJECT_REACH), i);
    if (!subject.some((word) => namesTopic(word) || POINTING.has(word))) continue;
    let lean = 0;
    for (let j = i + 1; j < words.length && PREDICATE_TAGS.has(pos[j]!); j++) {
      if (NEGATORS.has(words[j]!)) {
        lean = 0;
        break;
      }
      if (pos[j] === 'ADJ' && !PARTICIPLE.test(words[j]!) && !namesTopic(words[j]!)) lean += sentimentOf(words[j]!);
    }
    if (lean <= -BLAME) return true;
  }
  return false;
}

// Formulas of condolence, the commonest in English news, hand-listed: "our hearts go out to", "thoughts and prayers",
// "(deepest) condolences", "(heartfelt) sympathies", "we mourn", "rest in peace". Said of a harm, they lament it.
const CONDOLENCE =
  /\bhearts?\s+(?:go(?:es)?|went)\s+out\b|\bthoughts\s+and\s+prayers\b|\bcondolences?\b|\bsympath(?:y|ies)\s+(?:to|with|go)\b|\b(?:we|i)\s+(?:mourn|grieve)\b|\brest\s+in\s+peace\b/i;

/** Whether a clause offers condolence. */
export function condoles(text: string): boolean {
  return CONDOLENCE.test(text);
}
