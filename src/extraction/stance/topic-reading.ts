// What stance is read toward: the topic phrase's stems, and what kind of thing it names.
// - A harm ("train crash", "security lapses", "death of the singer"): a word of the phrase that
//   wink-nlp's sentiment lexicon scores below zero, not undone by a word of removal before it
//   ("cutting ozone pollution" is an aim, not a harm).
// - A claim about its subject: a harm stated with a verb ("Intel abusing its monopoly", "CSX to blame"):
//   describing the harm asserts the claim.
import { stemsOf, tagger, wordSentiment } from './read-text.ts';

export interface TopicReading {
  words: Set<string>;
  stems: string[];
  harmful: boolean;
  /** The phrase says something of its subject, by a verb ("harbour bridge closed", "Ukraine joining NATO"). */
  predicative: boolean;
  /** A harm said of a subject, by a verb. */
  claim: boolean;
}

// Verbs and nouns of removal and reduction, hand-listed (the commonest English ones, with their -ing and
// noun forms; not drawn from any gold): what follows them is taken away, so a harm after them makes an aim.
const REMOVAL = new Set(
  `cut cutting cuts reduce reducing reduction curb curbing end ending fight fighting tackle tackling stop stopping
  prevent preventing prevention ban banning lower lowering clear clearing fix fixing ease easing combat combating
  eliminate eliminating elimination remove removing removal avoid avoiding against anti`.split(/\s+/),
);

const read = new Map<string, TopicReading>();
const TOPICS_KEPT = 2_000;

export function readTopic(topicWords: Iterable<string>): TopicReading {
  const words = [...new Set(topicWords)];
  const key = words.join(' ');
  let reading = read.get(key);
  if (!reading) {
    const nlp = tagger();
    const doc = nlp.readDoc(key);
    const removalAt = words.findIndex((word) => REMOVAL.has(word));
    const harmAt = words.findIndex((word) => !REMOVAL.has(word) && wordSentiment(word) < 0);
    const harmful = harmAt >= 0 && !(removalAt >= 0 && removalAt < harmAt);
    const pos = doc.tokens().out(nlp.its.pos) as string[];
    const predicative = pos.some((tag, i) => tag === 'VERB' && i > 0);
    reading = {
      words: new Set(words),
      stems: [...new Set(stemsOf(doc))],
      harmful,
      predicative,
      claim: harmful && predicative,
    };
    if (read.size >= TOPICS_KEPT) read.clear();
    read.set(key, reading);
  }
  return reading;
}
