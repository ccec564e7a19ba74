// What stance is read toward: the topic phrase's stems, and what kind of thing it names.
// - A harm ("train crash", "security lapses", "death of the singer"): a word of the phrase that
//   wink-nlp's sentiment lexicon scores below zero, not undone by a word of removal before it
//   ("cutting ozone pollution" is an aim, not a harm).
// - A claim about its subject: a harm stated with a verb ("Intel abusing its monopoly", "CSX to blame"):
//   describing the harm asserts the claim.
import { taggingWink } from '../text/wink.ts';
import { stemsOf, wink, wordSentiment } from './read-text.ts';

/** Words of one stem begin alike: this many letters in common make a word one of the topic's. */
export const SAME_STEM = 5;

export interface TopicReading {
  words: Set<string>;
  /** The first SAME_STEM letters of its words that long: a word beginning so names the topic. */
  beginnings: Set<string>;
  /** Its words' stems, read when first asked. */
  stems: () => string[];
  harmful: boolean;
  /** The phrase says something of its subject, by a verb ("harbour bridge closed", "Ukraine joining NATO"). */
  predicative: () => boolean;
  /** A harm said of a subject, by a verb. */
  claim: () => boolean;
  /** Few enough words to be one phrase as typed, not a subject's list of phrases (the taxonomy's). */
  onePhrase: boolean;
}

// Verbs and nouns of removal and reduction, hand-listed (the commonest English ones, with their -ing and
// noun forms; not drawn from any gold): what follows them is taken away, so a harm after them makes an aim.
const REMOVAL = new Set(
  `cut cutting cuts reduce reducing reduction curb curbing end ending fight fighting tackle tackling stop stopping
  prevent preventing prevention ban banning lower lowering clear clearing fix fixing ease easing combat combating
  eliminate eliminating elimination remove removing removal avoid avoiding against anti`.split(/\s+/),
);

/** A phrase as typed has at most this many content words; a subject's list of phrases has more. */
const ONE_PHRASE_WORDS = 8;

const read = new Map<string, TopicReading>();
const TOPICS_KEPT = 2_000;

/** Whether a verb follows the phrase's first word: tagging is dear, so it is done only when asked. */
function saysOfSubject(phrase: string): boolean {
  const nlp = taggingWink();
  const pos = nlp.readDoc(phrase).tokens().out(nlp.its.pos) as string[];
  return pos.some((tag, i) => tag === 'VERB' && i > 0);
}

// Callers ask with the same list of words for every statement of an article: known lists skip the key.
const readLists = new WeakMap<object, TopicReading>();

export function readTopic(topicWords: readonly string[] | ReadonlySet<string>): TopicReading {
  const known = readLists.get(topicWords);
  if (known) return known;
  const reading = readTopicWords([...new Set(topicWords)]);
  readLists.set(topicWords, reading);
  return reading;
}

function readTopicWords(words: string[]): TopicReading {
  const key = words.join(' ');
  let reading = read.get(key);
  if (!reading) {
    const removalAt = words.findIndex((word) => REMOVAL.has(word));
    const harmAt = words.findIndex((word) => !REMOVAL.has(word) && wordSentiment(word) < 0);
    const harmful = harmAt >= 0 && !(removalAt >= 0 && removalAt < harmAt);
    let stems: string[] | undefined;
    let predicative: boolean | undefined;
    const saysOf = () => (predicative ??= saysOfSubject(key));
    reading = {
      words: new Set(words),
      beginnings: new Set(words.filter((word) => word.length >= SAME_STEM).map((word) => word.slice(0, SAME_STEM))),
      stems: () => (stems ??= [...new Set(stemsOf(wink().readDoc(key)))]),
      harmful,
      predicative: saysOf,
      claim: () => harmful && saysOf(),
      onePhrase: words.length <= ONE_PHRASE_WORDS,
    };
    if (read.size >= TOPICS_KEPT) read.clear();
    read.set(key, reading);
  }
  return reading;
}
