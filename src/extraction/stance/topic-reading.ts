// What stance is read toward: the topic phrase's stems, and what kind of thing it names.
// - A harm ("train crash", "security lapses", "death of the singer"): a word of the phrase that
//   wink-nlp's sentiment lexicon scores below zero, not undone by a word of removal before it
//   ("cutting ozone pollution" is an aim, not a harm).
// - A claim about its subject: a harm stated with a verb ("Intel abusing its monopoly", "CSX to blame"):
//   describing the harm asserts the claim.
// - A question ("how badly the passengers were hurt"): it asks what happened, and no answer takes a side.
// - A sanction ("charges against the guards", "his life sentence", "a jail term"): a penalty for a wrong, which blaming
//   the wrong argues for; it is not a harm, though its words score below zero.
// The kind is read from the topic's name as typed (a phrase, or a taxonomy topic's label) where the caller
// gives it: a taxonomy topic's many phrases name it in texts, but one of them ("irreversible") does not
// make it a harm.
import { tagWords, type TaggedWords } from './tagged-words.ts';
import { phraseWords } from '../phrase-terms.ts';
import { lexiconSentiment, stemsOf, wink, type WordKeys } from './read-text.ts';
import { namesRelationship } from './relations.ts';
import { LIFTING, REMOVAL } from './removal-words.ts';

/** Words of one stem begin alike: this many letters in common make a word one of the topic's. */
export const SAME_STEM = 5;
/** Fewer letters than a stem's, that any word of the stem begins with. */
export const STEM_PREFIX = 3;

/** What a word is matched by against a topic's words: its first SAME_STEM letters, or itself when shorter. A
 *  word of the topic that long gives its beginning, so one look-up tells both whether a word is one of the
 *  topic's and whether it begins like one. */
export function wordKey(word: string): string {
  return word.length >= SAME_STEM ? word.slice(0, SAME_STEM) : word;
}

/** Bits in a topic's filter of keys (a power of two). */
const KEY_BITS = 1024;

/** A key's bit in a topic's filter: a cheap hash of its few letters. */
export function keyBit(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return (hash ^ (hash >>> 10)) & (KEY_BITS - 1);
}

/** The filter of a set of keys: one bit set for each (keyBit), 32 bits a number. */
function keyFilter(keys: Iterable<string>): Uint32Array {
  const filter = new Uint32Array(KEY_BITS / 32);
  for (const key of keys) {
    const bit = keyBit(key);
    filter[bit >>> 5]! |= 1 << (bit & 31);
  }
  return filter;
}

/** Whether `bit` is set in `filter`: a key whose bit is not set is none of the filter's keys. */
export function inFilter(filter: Uint32Array, bit: number): boolean {
  return ((filter[bit >>> 5]! >>> (bit & 31)) & 1) === 1;
}

export type { WordKeys };

/** Words' keys with their bits, cut once for all the topics they are tested against. */
export function wordKeys(words: readonly string[]): WordKeys {
  const keys = words.map(wordKey);
  // Filled by a loop: Uint16Array.from with a mapping function takes a slow path.
  const bits = new Uint16Array(keys.length);
  for (let i = 0; i < keys.length; i++) bits[i] = keyBit(keys[i]!);
  return { keys, bits };
}

export interface TopicReading {
  words: Set<string>;
  /** Its words' keys (wordKey): a word whose key is one of them names the topic. */
  keys: Set<string>;
  /** Its keys' bits (keyBit): most words are told apart from the topic's without a look-up. */
  keyFilter: Uint32Array;
  /** Whether a word is one of its words, or a word of one of their stems (its key is one of `keys`): one predicate
   *  for all the statements read toward the topic. */
  namesWord: (word: string) => boolean;
  /** Its words' stems, read when first asked. */
  stems: () => string[];
  /** Its stems' first STEM_PREFIX letters: a clause whose words begin like fewer than two of its stems cannot
   *  restate it. */
  stemBeginnings: () => StemBeginnings;
  harmful: boolean;
  /** The harm is what the phrase names, in its opening noun phrase ("crane collapse at the mosque", "death of
   *  the singer"), not a word further on ("Kim's offer of better relations with hostile countries", "critics of
   *  the horror film"), where it qualifies something else. */
  harmNamed: boolean;
  /** It names a sanction: a penalty for a wrong, asked for or imposed. */
  sanction: boolean;
  /** It names a relationship between parties (relations.ts): "U.S.-Israel ties", "Israel and the Palestinians". */
  relationship: boolean;
  /** The phrase says something of its subject, by a verb ("harbour bridge closed", "Ukraine joining NATO"). */
  predicative: () => boolean;
  /** A harm said of a subject, by a verb. */
  claim: () => boolean;
  /** Few enough words to be one phrase as typed, not a subject's list of phrases (the taxonomy's). */
  onePhrase: boolean;
  /** Typed as a question of what, how, why, who, when or where: it asks, and claims nothing. */
  question: boolean;
  /** Whether the topic's name names this speaker (its name's last word: a surname, a country, a firm):
   *  a party to what the topic names, whose account of it is its own side. */
  names: (speaker: string) => boolean;
  /** The phrase opens on a verb of removal or lifting, as its -ing form ("lifting the ban", "scrapping the toll"):
   *  that word, else null. What is said of the thing it takes away is said against the phrase. */
  undoing: string | null;
}

/** What stance is read toward: the words that name the topic in a text and, where known, its name as typed. */
export interface StanceTopic {
  /** Lower-case words: the phrase's and its aliases'. */
  words: readonly string[] | ReadonlySet<string>;
  /** The phrase as typed, stop words and all, or a taxonomy topic's label: what kind of topic it is. */
  name?: string;
}

/** A phrase opening on a question word asks something ("how badly …", "why the bridge closed"); "whether"
 *  and "is …" ask yes or no of a claim, and are read as the claim. */
const QUESTION = /^\s*(?:how|why|what|who|whom|whose|which|when|where)\b/i;

// Nouns of sanction: WordNet 3.1's nouns with a sense under punishment.n.01, criminal_prosecution.n.01,
// conviction.n.02 (a sentence), prison_term.n.01, charge.n.06, accusation.n.01 or indictment.n.01, taken
// where that is the word's first sense or a sense of WordNet's criminal-law domain (so "sentence" and
// "charge" are in, "time" and "music" out); self- compounds, spelling variants and rare words dropped, and
// "blame" and "complaint", which name a claim or a grievance more often than a penalty.
const SANCTION = new Set(
  `accusation allegation beheading charge chastisement condemnation conviction countercharge crucifixion
  decapitation electrocution execution flogging imprisonment incrimination indictment penalty prosecution
  punishment sentence stoning whipping`.split(/\s+/),
);

/** A word of sanction, singular or plural ("charges"). */
export function sanctions(word: string): boolean {
  return SANCTION.has(word) || (word.endsWith('s') && SANCTION.has(word.slice(0, -1)));
}

/** A term of imprisonment named by where it is served (WordNet's prison_term.n.01, spoken of by its place): "life in
 *  prison", "ten years in jail", "a prison term", "jail time"; "prison" alone ("prison guards") names a place. */
const CUSTODY = new Set(['prison', 'prisons', 'jail', 'jails', 'gaol']);
const TERMS = new Set(['term', 'terms', 'time']);

function imprisonment(words: readonly string[], i: number): boolean {
  return CUSTODY.has(words[i]!) && (words[i - 1] === 'in' || TERMS.has(words[i + 1] ?? ''));
}

/** A name's last word this long or longer identifies it; shorter ones ("Li", "UN") are read too widely. */
const PARTY_NAME = 3;

/** Whether a word of the speaker's name, capitalised, begins with a proper name of the topic's subject (capitalised
 *  in the phrase as typed): a body named after a country or a people is its party ("the Ruritanian News Agency", "a
 *  Ruritanian official", of "Ruritania's army on alert"), as the name itself is. */
function namedAfter(speaker: string, subject: readonly string[], name: string | undefined): boolean {
  if (!name || subject.length === 0) return false;
  const proper = (name.match(/\p{Lu}\p{L}*/gu) ?? [])
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= PARTY_NAME && subject.includes(word));
  if (proper.length === 0) return false;
  return (speaker.match(/\p{Lu}\p{L}*/gu) ?? []).some((word) => {
    const lower = word.toLowerCase();
    return proper.some((own) => lower.startsWith(own));
  });
}

/** A phrase as typed has at most this many content words; a subject's list of phrases has more. */
const ONE_PHRASE_WORDS = 8;

const read = new Map<string, TopicReading>();
const TOPICS_KEPT = 2_000;

/** Whether a verb follows the phrase's first word. */
function saysOfSubject({ pos }: TaggedWords): boolean {
  return pos.some((tag, i) => tag === 'VERB' && i > 0);
}

/** Tags that end a phrase's opening noun phrase: its subject, or its possessor ("Seattle's bid"). */
const AFTER_SUBJECT = new Set(['VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ', 'PUNCT']);

const PARTICIPLE = /(?:ed|en|wn)$/;

/** The words of a phrase's opening noun phrase where the rest says what it does, lower case, a possessive's "'s"
 *  dropped: its agent; none for a phrase that is all one noun phrase or says what was done to it. */
function subjectOf({ pos, normal }: TaggedWords): string[] {
  const end = pos.findIndex((tag, i) => i > 0 && AFTER_SUBJECT.has(tag));
  // Nothing said of it ("Zelensky's plan") names no one doing anything; a participle ("envoys expelled",
  // "reporters thrown out") says what was done to it. A past tense looks the same, and is left out with it.
  if (end < 0 || (pos[end] === 'VERB' && PARTICIPLE.test(normal[end]!))) return [];
  return normal.slice(0, end).filter((word) => word !== "'s");
}

/** Tags that end a phrase's opening noun phrase, the thing it names: "and" joins two ("warming and ozone threat"). */
const AFTER_NAMED = new Set(['VERB', 'AUX', 'ADP', 'SCONJ', 'PUNCT']);

/** Whether a word of harm stands in the phrase's opening noun phrase, the thing the phrase names. */
function harmOpens({ pos, normal }: TaggedWords, harm: string): boolean {
  const end = pos.findIndex((tag, i) => i > 0 && AFTER_NAMED.has(tag));
  const opening = end < 0 ? normal : normal.slice(0, end + (pos[end] === 'VERB' && end === 0 ? 1 : 0));
  return opening.includes(harm);
}

/** The verb of removal or lifting the phrase opens on, as its -ing form, with its object after it: "lifting the
 *  ban". */
function undoingOpening(kindWords: readonly string[]): string | null {
  const first = kindWords[0] ?? '';
  return first.endsWith('ing') && (REMOVAL.has(first) || LIFTING.has(first)) && kindWords.length > 1 ? first : null;
}

/** A verb's -ing form opening the phrase, with its object after it. */
const OPENING_GERUND = /^\s*\p{L}+ing\s+(?!of\b)\p{L}/iu;

/** A phrase opening on a verb's -ing form with its object names a course of action ("making church schools pay
 *  tax", "closing the border"): a thing proposed or done, argued for or against, not a harm reported, whatever
 *  its words; "killing of the envoy", of its object, names an event. */
function courseOfAction(name: string, tags: () => TaggedWords): boolean {
  return OPENING_GERUND.test(name) && tags().pos[0] === 'VERB';
}

// Callers ask with the same topic for every statement of an article: known topics skip the key.
const readTopics = new WeakMap<object, TopicReading>();

/** A topic, given by its words alone or with its name as typed. */
export function readTopic(topic: StanceTopic | readonly string[] | ReadonlySet<string>): TopicReading {
  const known = readTopics.get(topic);
  if (known) return known;
  const { words, name } = 'words' in topic ? topic : { words: topic, name: undefined };
  const reading = readTopicWords([...new Set(words)], name);
  readTopics.set(topic, reading);
  return reading;
}

/** Stems' first STEM_PREFIX letters: one for each stem, and each with how many of the stems begin so (to count
 *  from whichever side is smaller, the topic's stems or a clause's words). */
export interface StemBeginnings {
  each: string[];
  counts: Map<string, number>;
}

function countBeginnings(stems: string[]): StemBeginnings {
  const each = stems.map((stem) => stem.slice(0, STEM_PREFIX));
  const counts = new Map<string, number>();
  for (const beginning of each) counts.set(beginning, (counts.get(beginning) ?? 0) + 1);
  return { each, counts };
}

/** The phrase's words, lower case, for reading its kind: letters and digits, apostrophes kept ("didn't"). */
function nameWords(name: string): string[] {
  return name.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

function readTopicWords(words: string[], name?: string): TopicReading {
  const key = `${name ?? ''}\n${words.join(' ')}`;
  let reading = read.get(key);
  if (!reading) {
    // Its kind from its name where given, else from its words.
    const kindWords = name ? nameWords(name) : words;
    const kindText = name ?? words.join(' ');
    const removalAt = kindWords.findIndex((word) => REMOVAL.has(word));
    const harmAt = kindWords.findIndex((word) => !REMOVAL.has(word) && lexiconSentiment(word) < 0);
    const sanction = kindWords.some((word, i) => sanctions(word) || imprisonment(kindWords, i));
    let stems: string[] | undefined;
    let stemBeginnings: StemBeginnings | undefined;
    let tagged: TaggedWords | undefined;
    let predicative: boolean | undefined;
    let subject: string[] | undefined;
    const tags = () => (tagged ??= tagWords(kindText));
    const harmful =
      !sanction && harmAt >= 0 && !(removalAt >= 0 && removalAt < harmAt) && !(name && courseOfAction(name, tags));
    const saysOf = () => (predicative ??= saysOfSubject(tags()));
    const stemsRead = () => (stems ??= [...new Set(stemsOf(wink().readDoc(words.join(' '))))]);
    const keys = new Set(words.map(wordKey));
    reading = {
      harmNamed: harmful && harmOpens(tags(), kindWords[harmAt]!),
      words: new Set(words),
      keys,
      keyFilter: keyFilter(keys),
      namesWord: (word) => keys.has(wordKey(word)),
      stems: stemsRead,
      stemBeginnings: () => (stemBeginnings ??= countBeginnings(stemsRead())),
      harmful,
      sanction,
      relationship: namesRelationship(kindWords, name),
      predicative: saysOf,
      claim: () => harmful && saysOf(),
      onePhrase: words.length <= ONE_PHRASE_WORDS,
      // Only a phrase as typed opens on its verb: a list of words (a curated topic's aliases) has no order to read.
      undoing: name ? undoingOpening(kindWords) : null,
      question: name !== undefined && QUESTION.test(name),
      names: (speaker) => {
        if (!harmful) return false;
        subject ??= subjectOf(tags());
        const last = phraseWords(speaker).at(-1);
        return (
          (last !== undefined && last.length >= PARTY_NAME && subject.includes(last)) ||
          namedAfter(speaker, subject, name)
        );
      },
    };
    if (read.size >= TOPICS_KEPT) read.clear();
    read.set(key, reading);
  }
  return reading;
}
