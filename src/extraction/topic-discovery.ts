// Topics found in the news itself: what one article is about, read from its words. Candidates are
// - named entities: runs of proper nouns ("Davis Cup", "Bardo National Museum"), not the people quoted;
// - key noun phrases: adjectives and nouns ending in a noun ("martial law", "asylum backlog"), or one
//   noun rare enough to say something alone ("impeachment");
// - events among them: a phrase whose head noun names an action (the article also uses it as a verb:
//   "the attack" / "attacked", or it is derived from one: "collapse", "impeachment").
// Each is weighed by how often the article uses it (its headline counting more) against how common its
// words are in English news at large (the word vectors' frequency ranks): "the government" says little,
// "iodine deficiency" much. A phrase and those standing within or around it are one topic with aliases
// ("impeachment", "impeachment vote", "Yoon's impeachment"); a name is one topic. The few best are kept.
import type { TextDocument, Token } from './text/document.ts';
import { singularForms } from './gazetteer.ts';
import { isDateToken } from './names.ts';
import { HYPHENATED_PARTICLES, hyphenatedWordEnd } from './name-joins.ts';
import { MAX_KEY_WORDS, isStopWord, phraseWords, topicKey, topicSlug } from './phrase-terms.ts';
import { reportingVerb } from './reporting-words.ts';
import { findTitleHead, honorificGender } from './roles.ts';
import type { ExtractedActor, Span } from './types.ts';
import { informativeness } from './word-vectors.ts';

export type DiscoveredKind = 'ENTITY' | 'EVENT' | 'PHRASE';

export interface DiscoveredTopic {
  slug: string;
  /** The form the article uses most ("Davis Cup"). */
  label: string;
  kind: DiscoveredKind;
  /** Its other forms in the article ("the Davis Cup final"), lower case, one space apart. */
  aliases: string[];
  /** Its keyness in the article: uses weighted by informativeness. */
  weight: number;
  /** Where the article names it, in body offsets (the headline's uses are not among them). */
  mentions: Span[];
}

/** At most this many topics an article, and only those weighing at least MIN_WEIGHT. */
const MAX_TOPICS = 8;
const MIN_WEIGHT = 1;
/** A lone noun must be at least this rare to be a topic alone. */
const LONE_NOUN_INFORMATIVENESS = 0.72;
/** A use in the headline counts as this many in the body. */
const HEADLINE_USES = 2;
const MAX_PHRASE_WORDS = 4;
const DERIVED_FROM_VERB = /(?:tion|sion|ment|ure|ance|ence|ism|ship)s?$/;

interface Candidate {
  key: string;
  /** The key's words, and the key between spaces (to find keys within keys). */
  words: string[];
  padded: string;
  kind: DiscoveredKind;
  /** Where the article writes it: how it writes it is read only for the topics kept. */
  found: Found[];
  mentions: Span[];
  headlineUses: number;
}

interface Found {
  key: string;
  words: string[];
  /** The tokens it was found among, and its own: [first, end). */
  tokens: Token[];
  first: number;
  end: number;
  kind: DiscoveredKind;
  span: Span;
}

/** A phrase as the article writes it: its tokens, a space between those the text spaces ("ground-level ozone"). */
function surfaceOf({ tokens, first, end }: Found): string {
  let surface = tokens[first]!.text;
  for (let t = first + 1; t < end; t++) surface += (tokens[t]!.start > tokens[t - 1]!.end ? ' ' : '') + tokens[t]!.text;
  return surface;
}

// Words tagged adjectives that count, order or compare rather than name: the determinatives and ordinals
// (Huddleston & Pullum, The Cambridge Grammar of the English Language, 2002, ch. 5). "Other shuttle", "same
// tomb", "further donation" are no topics.
const DETERMINATIVES = new Set(
  `other another same more most less least further such many several few various certain numerous own first
  second third last next previous latter former`.split(/\s+/),
);

const isNoun = (token: Token) => token.pos === 'NOUN';
const isProper = (token: Token) => token.pos === 'PROPN' && /^\p{Lu}/u.test(token.text) && !isDateToken(token);

/** Letters standing for words, no topic: one letter ("D" of a party code, "v."), a party code ("D-Va."), or
 *  lower-case initials ("p.m.", "a.m."). A capitalised initialism names something ("U.S.", "U.N."). */
function isLetterCode(words: string[], tokens: Token[], first: number): boolean {
  const opening = tokens[first]!;
  if (PARTY_LETTERS.has(opening.text) && tokens[first + 1]?.text === '-') return true;
  return words.every((word) => word.length === 1) && (words.length === 1 || !/^\p{Lu}/u.test(opening.text));
}

// A party's letter opening a lawmaker's code, hyphenated to the state's ("D-Va.", "R-N.Y."): no topic.
const PARTY_LETTERS = new Set(['D', 'R', 'I']);
// A word of one letter is a contraction's piece ("don`t" read as "don", "`", "t"), not a word of a topic.
const isModifier = (token: Token) =>
  (token.pos === 'ADJ' || token.pos === 'NOUN') && token.lower.length > 1 && !DETERMINATIVES.has(token.lower);

// What may open a verb's object or clause: "ozone causes more damage", "the findings show that …".
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'PRON', 'ADJ']);

/**
 * A word the tagger read as a noun that is a verb after a noun that is its subject: a participle the article
 * uses as a verb ("asylum seekers rescued"), or a present agreeing with its subject ("ozone causes more
 * damage", "the findings show pollution rose"): a clause, not a compound as "accession talks" or "arms control
 * talks". A verb the article uses as one must open an object to count; a verb of reporting ("show", "suggest")
 * reports a clause, which may open on a noun.
 */
function isVerbAfterSubject(tokens: Token[], i: number, verbs: Set<string>): boolean {
  // Read one by one, not destructured from an array literal: these run for every word, and the array was built.
  const word = tokens[i]!;
  const subject = tokens[i - 1];
  const next = tokens[i + 1];
  if (!subject || !(isNoun(subject) || isProper(subject))) return false;
  // The form first (a string's end), the look-ups only for the few words inflected as a verb of their subject.
  const participle = word.lower.endsWith('ed');
  if (!participle) {
    const pluralSubject = subject.lower !== subject.lemma && subject.lower.endsWith('s');
    const agrees = pluralSubject
      ? word.lower === word.lemma
      : word.lower.length === word.lemma.length + 1 && word.lower.endsWith('s') && word.lower.startsWith(word.lemma);
    if (!agrees || !next || next.sentence !== word.sentence) return false;
  }
  const reports = reportingVerb(word.lemma) !== undefined;
  if (!reports && !verbs.has(word.lemma)) return false;
  if (participle) return true;
  return OBJECT_OPENERS.has(next!.pos) || next!.lower === 'that' || (reports && next!.pos === 'NOUN');
}

/** A word written on a number and a hyphen: "year-old" of "10-year-old" (the tokenizer splits at a digit's hyphen). */
function afterNumberAndHyphen(tokens: Token[], i: number): boolean {
  const number = tokens[i - 2];
  const hyphen = tokens[i - 1];
  const word = tokens[i]!;
  return number?.pos === 'NUM' && hyphen?.text === '-' && number.end === hyphen.start && hyphen.end === word.start;
}

/** Whether the words of one of two candidates stand, in order and together, inside those of the other: only the
 *  shorter can stand inside the longer (two candidates' keys differ). */
function nested(a: Candidate, b: Candidate): boolean {
  if (a.padded.length === b.padded.length) return false;
  return a.padded.length < b.padded.length ? b.padded.includes(a.padded) : a.padded.includes(b.padded);
}

/**
 * Names (whole runs of proper nouns) and noun phrases: every stretch of a run of adjectives and nouns that
 * ends in a noun ("martial law decree" gives "martial law decree", "law decree", "martial law"...: a phrase
 * is found in all the longer ones around it), a lone noun only when rare enough to say something.
 */
function phrasesOf(tokens: Token[], verbs: Set<string>): Found[] {
  const found: Found[] = [];
  // A token stands in many of the phrases around it: its words are read once (no token holds a space, so a
  // phrase's words are its tokens' words).
  const textWords: string[][] = [];
  const lemmaWords: string[][] = [];
  const add = (first: number, end: number, kind: DiscoveredKind, lemmaHead: boolean) => {
    const words: string[] = [];
    for (let t = first; t < end; t++) {
      const token = tokens[t]!;
      // The head noun as a lemma ("claims" → "claim"), so that one topic gathers its forms.
      const own =
        lemmaHead && t === end - 1
          ? (lemmaWords[t] ??= phraseWords(token.lemma))
          : (textWords[t] ??= phraseWords(token.text));
      for (const word of own) words.push(word);
    }
    if (words.length > MAX_KEY_WORDS) words.length = MAX_KEY_WORDS;
    if (words.every(isStopWord) || isLetterCode(words, tokens, first)) return;
    found.push({
      key: words.join(' '),
      words,
      tokens,
      first,
      end,
      kind,
      span: { start: tokens[first]!.start, end: tokens[end - 1]!.end },
    });
  };
  // Words, not tokens, make a phrase: a hyphenated word is one ("ground-level"), named by its last part's tag.
  // Each word's kind is read once: a name's word, a name's first word, a modifier.
  const ends: number[] = [];
  const nameWords: boolean[] = [];
  const properWords: boolean[] = [];
  const modifierWords: boolean[] = [];
  const addresses = webAddressTokens(tokens);
  for (let i = 0; i < tokens.length; i = ends[i]!) {
    const end = hyphenatedWordEnd(tokens, i);
    ends[i] = end;
    // A web address's words ("pic.twitter.com/…", "www.example.org/page") are neither names nor phrases, nor is a
    // time zone after a clock time ("14:20 UTC", "2 p.m. GMT").
    if (addresses.has(i) || isTimeZoneAfterTime(tokens, i)) {
      nameWords[i] = properWords[i] = modifierWords[i] = false;
      continue;
    }
    // A hyphenated word a name's part follows within a name ("Lee Jae-myung"); alone, a capital is the sentence's.
    const proper = isProper(tokens[i]!);
    nameWords[i] = proper;
    // A name may open on a particle ("al-Megrahi", "bin-Salman"); any other lower-case part opens a word. A word of
    // one token is a name's as that token is.
    properWords[i] =
      end === i + 1 ? proper : (proper || HYPHENATED_PARTICLES.has(tokens[i]!.lower)) && isProper(tokens[end - 1]!);
    // A word hyphenated to a number measures ("10-year-old", "three-month"): an age or a length, no part of a topic.
    // Asked only of a modifier's word, as most words are not.
    modifierWords[i] =
      isModifier(tokens[end - 1]!) &&
      !((end > i + 1 && tokens[i]!.pos === 'NUM') || afterNumberAndHyphen(tokens, i)) &&
      !(end === i + 1 && isVerbAfterSubject(tokens, i, verbs));
  }
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (properWords[i] || (nameWords[i] && !modifierWords[i])) {
      const starts = [i];
      let end = ends[i]!;
      while (end < tokens.length && starts.length < MAX_PHRASE_WORDS && nameWords[end]) {
        starts.push(end);
        end = ends[end]!;
      }
      // A sentence's first word alone is capitalised for the sentence, not as a name.
      const sentenceStart = i === 0 || tokens[i - 1]!.sentence !== token.sentence;
      // "Mr. Trump" is Trump: the honorific is no part of the name the topic goes by.
      const from = starts.length > 1 && honorificGender(token.text) !== undefined ? starts[1]! : i;
      if (!(sentenceStart && starts.length === 1 && end === i + 1)) add(from, end, 'ENTITY', false);
      i = end;
      continue;
    }
    if (!modifierWords[i]) {
      i = ends[i]!;
      continue;
    }
    const starts: number[] = [];
    let runEnd = i;
    while (runEnd < tokens.length && starts.length < MAX_PHRASE_WORDS && modifierWords[runEnd]) {
      if (runEnd > i && tokens[runEnd]!.sentence !== token.sentence) break;
      starts.push(runEnd);
      runEnd = ends[runEnd]!;
    }
    for (let k = 0; k < starts.length; k++) {
      const first = starts[k]!;
      for (let last = k; last < starts.length; last++) {
        const end = ends[starts[last]!]!;
        const head = tokens[end - 1]!;
        // A hyphenated word before another modifies it ("one-year contract"): it heads nothing.
        const modifies = last < starts.length - 1 && end > starts[last]! + 1;
        if (!isNoun(head) || modifies) continue;
        if (last === k && end === first + 1 && informativeness(head.lemma) < LONE_NOUN_INFORMATIVENESS) continue;
        const event = verbs.has(head.lemma) || DERIVED_FROM_VERB.test(head.lower);
        add(first, end, event ? 'EVENT' : 'PHRASE', true);
      }
    }
    i = runEnd;
  }
  return found;
}

/**
 * A headline in title case capitalises every word, so its phrases read as names ("Wealthy Voters", "Tweet Sums",
 * "Voting Machines"): what it alone says is no topic. Its uses count for the body's phrase of the same words, the
 * head in the singular as the body's phrases are keyed ("voting machine").
 */
function foldTitleCaseHeadline(candidates: Map<string, Candidate>): void {
  for (const candidate of [...candidates.values()]) {
    if (candidate.mentions.length > 0) continue;
    candidates.delete(candidate.key);
    const twin = [candidate.key, ...singularForms(candidate.key)]
      .map((key) => candidates.get(key))
      .find((found) => found !== undefined && found.mentions.length > 0);
    if (twin) twin.headlineUses += candidate.headlineUses;
  }
}

const CLOCK_TIME = /^\d{1,2}(?:[:.]\d{2})?$|^[ap]\.?m\.?$/i;
const ZONE = /^\p{Lu}{3,4}$/u;

/** A word in capitals after a clock time: its time zone ("14:20 UTC", "2:20 p.m. GMT"). */
function isTimeZoneAfterTime(tokens: Token[], i: number): boolean {
  const text = tokens[i]!.text;
  // Lengths first: this is asked of every word.
  if (text.length < 3 || text.length > 4) return false;
  const before = tokens[i - 1];
  return before !== undefined && ZONE.test(text) && CLOCK_TIME.test(before.text);
}

const WEB_ADDRESS = /\.(?:com|org|net|gov|edu|int|io|co|uk|tv|info|news)(?:\/|$)|\/\/|^www\./i;

/** The tokens of web addresses, which the tagger cuts at their stops and slashes: a run of tokens written without a
 *  space that reads as an address. */
function webAddressTokens(tokens: Token[]): Set<number> {
  const inAddress = new Set<number>();
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.start === tokens[i - 1]!.end) continue;
    // An address holds a stop or a slash between its words: most runs are one word and are not joined to test.
    if (i - first > 2 && hasAddressMark(tokens, first, i)) {
      let text = '';
      for (let k = first; k < i; k++) text += tokens[k]!.text;
      if (WEB_ADDRESS.test(text)) for (let k = first; k < i; k++) inAddress.add(k);
    }
    first = i;
  }
  return inAddress;
}

function hasAddressMark(tokens: Token[], first: number, end: number): boolean {
  for (let k = first + 1; k < end - 1; k++) {
    const text = tokens[k]!.text;
    if (text === '.' || text === '/' || text.includes('//')) return true;
  }
  return false;
}

const MIN_TITLE_CASE_WORDS = 3;
const TITLE_CASE_SHARE = 0.75;

/** Most of a line's words of four letters or more are capitalised: "Poll: Wealthy Voters Abandon Republican Party". */
function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (token.text.length < 4 || !/^\p{L}/u.test(token.text)) continue;
    words++;
    if (/^\p{Lu}/u.test(token.text)) capitalised++;
  }
  return words >= MIN_TITLE_CASE_WORDS && capitalised >= TITLE_CASE_SHARE * words;
}

/**
 * "Singer Aretha Franklin", "Professor Eastman", "Sen. Graham": a name whose last words are a person's full name, or
 * a person's other name after a title. ("North Korea" stays a name though a misread "Korea" were someone's.)
 */
function endsOnPerson({ tokens, first, end }: Found, people: Set<string>, fullNames: Set<string>): boolean {
  for (let k = first + 1; k < end; k++) {
    let suffix = tokens[k]!.text;
    for (let t = k + 1; t < end; t++) suffix += ` ${tokens[t]!.text}`;
    const key = topicKey(suffix);
    if (fullNames.has(key)) return true;
    const before = tokens[k - 1]!.text;
    if (people.has(key) && (findTitleHead(before) !== null || honorificGender(before) !== undefined)) return true;
  }
  return false;
}

/** The topics of one article, most telling first; people quoted in it are actors, not topics. */
export function discoverTopics(
  doc: TextDocument,
  headline: TextDocument,
  actors: ExtractedActor[],
  /** Paragraphs of credit lines ("I'm Mario Ritter.", "Ana Ruiz contributed reporting."): no topic is read there. */
  credits: ReadonlySet<number>,
): DiscoveredTopic[] {
  const people = new Set(
    actors
      .filter((actor) => actor.kind === 'PERSON' || actor.kind === 'ANONYMOUS')
      .flatMap((actor) => [actor.name, ...actor.aliases].map(topicKey)),
  );
  const fullNames = new Set(
    actors.filter((actor) => actor.kind === 'PERSON' && actor.name.includes(' ')).map((actor) => topicKey(actor.name)),
  );
  const verbs = new Set<string>();
  for (const tokens of [doc.tokens, headline.tokens]) for (const t of tokens) if (t.pos === 'VERB') verbs.add(t.lemma);
  const candidates = new Map<string, Candidate>();
  // Whether a name is a person's is asked once a name, not at each of its uses.
  const persons = new Map<string, boolean>();
  const note = (found: Found[], inHeadline: boolean) => {
    for (const one of found) {
      const { key, words, kind, span } = one;
      if (people.has(key)) continue;
      if (kind === 'ENTITY' && words.length > 1) {
        let person = persons.get(key);
        if (person === undefined) persons.set(key, (person = endsOnPerson(one, people, fullNames)));
        if (person) continue;
      }
      let candidate = candidates.get(key);
      if (!candidate) {
        candidate = { key, words, padded: ` ${key} `, kind, found: [], mentions: [], headlineUses: 0 };
        candidates.set(key, candidate);
      }
      candidate.found.push(one);
      if (inHeadline) candidate.headlineUses++;
      else candidate.mentions.push(span);
    }
  };
  note(phrasesOf(headline.tokens, verbs), true);
  note(phrasesOf(credits.size === 0 ? doc.tokens : doc.tokens.filter((t) => !credits.has(t.paragraph)), verbs), false);

  const usesOf = (candidate: Candidate) => candidate.mentions.length + HEADLINE_USES * candidate.headlineUses;
  if (isTitleCase(headline.tokens)) foldTitleCaseHeadline(candidates);
  const weighed = [...candidates.values()]
    // A name used once is no topic, nor a form of one (see below): it is not weighed.
    .filter((candidate) => candidate.kind !== 'ENTITY' || usesOf(candidate) >= 2)
    .map((candidate) => {
      const uses = usesOf(candidate);
      let telling = -Infinity;
      for (const word of candidate.words) telling = Math.max(telling, informativeness(word));
      return { candidate, uses, weight: uses * telling * telling };
    })
    .sort((a, b) => b.weight - a.weight || a.candidate.key.length - b.candidate.key.length);
  // The heaviest phrase is the topic; the phrases it stands within, or that stand within it, are its
  // other forms ("martial law" gathers "martial law decree"; "impeachment", "impeachment vote").
  const kept: { candidate: Candidate; weight: number; forms: Candidate[] }[] = [];
  for (const { candidate, uses, weight } of weighed) {
    // A name is one topic: it owns no other form, and no form owns it.
    const owner =
      candidate.kind === 'ENTITY'
        ? undefined
        : kept.find(({ candidate: topic }) => topic.kind !== 'ENTITY' && nested(topic, candidate));
    if (owner) owner.forms.push(candidate);
    else if (uses >= 2 && weight >= MIN_WEIGHT && kept.length < MAX_TOPICS) kept.push({ candidate, weight, forms: [] });
  }
  return kept.map(({ candidate, weight, forms }) => {
    // Its label: the form the article writes most, the longer on a tie.
    const surfaces = new Map<string, number>();
    for (const one of candidate.found) {
      const surface = surfaceOf(one);
      surfaces.set(surface, (surfaces.get(surface) ?? 0) + 1);
    }
    const [label] = [...surfaces].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]!;
    const labelKey = topicKey(label);
    const aliases = [...new Set(forms.map((form) => form.key))].filter((alias) => alias !== labelKey);
    const kind = [candidate, ...forms].some((form) => form.kind === 'EVENT') ? 'EVENT' : candidate.kind;
    // Gathered by a loop: flatMap over its forms was the dearest step of describing a topic.
    const mentions = [...candidate.mentions];
    for (const form of forms) for (const mention of form.mentions) mentions.push(mention);
    return {
      slug: topicSlug(label),
      label,
      kind,
      aliases,
      weight: Math.round(weight * 100) / 100,
      mentions,
    };
  });
}
