// A statement read once for stance: cut into clauses at contrast and concession, each with its
// sentiment (wink-nlp's lexicon, for the clause and word by word, a negated word turned round), its
// modality and its words; and what it shows whatever the topic (a doubting question, a warning, a denial).
// Kept while its article is read: one statement is asked about under many topics.
import { remembered, rememberedInArticle } from '../remembered.ts';
import type winkNLP from 'wink-nlp';
import { renewedWink, taggingWink } from '../text/wink.ts';
import type { SideCue } from './topic-verbs.ts';
import { relayedFrom } from './attitude.ts';
import { shifts } from './shifters.ts';
import { attestedPraise } from './attested-praise.ts';
import { inducedPolarity } from './induced-polarity.ts';
import { idiomsIn } from './idioms.ts';

type Wink = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<Wink['readDoc']>;

/** Statements are read without parts of speech: tagging every word would cost more than all the rest. */
export const wink = renewedWink(['sbd', 'negation', 'sentiment']);

// "Anything but", "nothing but", "all but" are adverbs of degree ("anything but safe", "all but dead"), no contrast.
const CONTRAST =
  /\s*(?:\.\.\.|…|\[\.\.\.\]|;|(?<!\b(?:anything|nothing|all)\s+)\bbut\b|\bhowever\b|\byet\b|\bnevertheless\b|\bnonetheless\b)\s*/i;
const CONCESSION = /^\s*(?:although|though|even though|while|whereas|despite)\b/i;
const NEGATION = /\b(?:not|never|no|nothing|none|cannot)\b|n't\b|n’t\b/i;
// "It's time (for X) to …", "it is high time that …": necessity, as "should" says it (Quirk et al. 1985 §14.25, the
// hypothetical past after "it's time"; Huddleston & Pullum 2002 ch. 11 §9).
const ITS_TIME = String.raw`it(?:['’]s|\s+is|\s+was)\s+(?:high\s+|about\s+)?time\s+(?:to|that|for\s+[^,;.]{1,60}?\s+to)`;
// A prospect said by an adjective or participle after a copula: "is likely to", "is expected to", "are set to pass"
// (Huddleston & Pullum 2002 ch. 14 §7, raising adjectives of likelihood; "due to" is left out, as often "because of").
const PROSPECT = String.raw`(?:is|are|was|were|be|seems?|looks?)\s+(?:not\s+|now\s+|still\s+)?(?:likely|expected|set|poised|bound|certain|sure)\s+to`;
// A commitment to do it, or a decision: what the subject plans, vows or has decided to do is presented as likely
// (Searle 1976's commissives: plan, intend, vow, pledge, promise; with decide, agree and resolve, and "ready to",
// "prepared to", "determined to"), in the regular forms of each.
const COMMITTED = String.raw`(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|decid(?:e|es|ed)|agree(?:s|d)?|resolv(?:e|es|ed)|ready|prepared|determined)\s+to`;
// Necessity said by an adjective after a copula, as "must" says it: "is necessary", "is essential", "are vital"
// (Huddleston & Pullum 2002 ch. 14 §7.2, adjectives of deontic necessity; "are required to" reports a rule, and is
// left out); and its denial by a negative adjective ("is unnecessary", "needless"). "Not necessary" is a necessity
// negated, read as "must not" is.
const NECESSARY = String.raw`(?:is|are|was|were|be|seems?|remains?)\s+(?:not\s+|still\s+|absolutely\s+|really\s+|so\s+)?(?:necessary|essential|vital|needed|crucial|indispensable|imperative)\b`;
const UNNECESSARY = String.raw`(?:is|are|was|were|be|seems?)\s+(?:\p{L}+\s+)?(?:unnecessary|needless|superfluous|uncalled[- ]for)\b`;
const LIKELY = new RegExp(
  String.raw`\b(?:will|shall|should|must|going to|need to|needs to|has to|have to|is to|are to|${ITS_TIME}|${PROSPECT}|${COMMITTED}|${NECESSARY})\b`,
  'i',
);
const DEONTIC = new RegExp(
  String.raw`\b(?:should|must|ought to|need to|needs to|has to|have to|${ITS_TIME}|${NECESSARY})\b`,
  'i',
);
const UNLIKELY = new RegExp(
  String.raw`\b(?:unlikely|impossible|won't|won’t|wouldn't|wouldn’t|cannot|can't|can’t|shouldn't|shouldn’t|${UNNECESSARY})\b`,
  'iu',
);
// A prospect denied: "would not expect … before the conflict ends", "I don't see a change", "not until".
const PROSPECT_DENIED =
  /\b(?:not|never|no)\b[^.;]{0,30}\b(?:expect|anticipate|foresee|see|happen|come)\w*|n[’']t\s+(?:expect|anticipate|foresee|see|happen|come)\w*|\b(?:not|n[’']t)\b[^.;]{0,60}\b(?:before|until)\b/i;
// "May" is matched in lower case only (or opening the clause): capitalised inside it, it is the month ("in May").
const HEDGE_MAY = /\bmay\b|^\W*May\b/;
const HEDGE_OTHER = /\b(?:might|could|perhaps|possibly|maybe|if|whether|appeared|seems?|reportedly|allegedly)\b/i;

// A negation that denies nothing the clause asserts: an infinitive of purpose or a request ("paid them not to
// deal with a rival", "urged them not to go"), a condition ("if the enemy does not stop"), or one "without" undoes
// ("no one would be buried there without a reason").
const NOT_A_DENIAL =
  /\bnot\s+to\b|\b(?:if|unless)\b[^,;.]*?(?:\b(?:not|never|no)\b|n['’]t\b)|\b(?:not|never|no)\b[^,;.]*?\bwithout\b/gi;

/** Words' keys (topic-reading.ts wordKey) with their bits (keyBit), cut once for all the topics they are tested
 *  against. */
export interface WordKeys {
  keys: string[];
  bits: Uint16Array;
}

export interface Clause {
  text: string;
  /** After a contrast, or the main clause of a concession: what the statement asserts. */
  asserted: boolean;
  /** wink-nlp's sentiment, -1 … 1, of the whole clause. */
  sentiment: number;
  /** Its words' own sentiments added up, each turned round where negated: the positive ones. */
  praise: number;
  /** The negative ones, as a positive number. */
  blame: number;
  /** Its words that carry sentiment, each with it (turned round where negated). */
  scored: { word: string; sentiment: number }[];
  /** 1: said to happen or be needed; -1: said not to, or unlikely; 0: neither. */
  modality: number;
  /** Said to be needed ("should", "must", "need to"): advice, a demand. */
  deontic: boolean;
  /** Told in the imperative: read only where asked (advises). */
  imperative?: boolean;
  hedged: boolean;
  negated: boolean;
  /** A rhetorical question (RHETORICAL): it asserts the opposite of the side it asks about. */
  rhetorical: boolean;
  /** Lower-case words. */
  words: string[];
  /** Its words' stems: read only for a clause that may restate a topic. */
  stems?: Set<string>;
  /** Its words' first letters (topic-reading.ts STEM_PREFIX of them): kept once read. */
  beginnings?: Set<string>;
  /** Its words' keys against a topic's (topic-reading.ts wordKeys): kept once read. */
  keys?: WordKeys;
  /** Its scored words' keys, likewise. */
  scoredKeys?: WordKeys;
  /** Its words of taking sides (topic-verbs.ts): kept once read. */
  sideCues?: SideCue[];
  /** Where its words may take a side toward a subject (subject-sides.ts), read once for all topics. */
  subjectCues?: number[];
  /** A word pointing back to what was spoken of (features.ts), and a word of sanction: read once for all topics. */
  pointsBack?: boolean;
  namesSanction?: boolean;
  /** The side it takes, and the outcome it tells, toward a topic it does not name (features.ts): the same for every
   *  such topic, read once. */
  sideUnnamed?: number;
  outcomeUnnamed?: number;
}

const NOT_BEFORE = /\b(?:not|never)\b|n['’]t\b/i;

function modality(clause: string): number {
  if (UNLIKELY.test(clause) || PROSPECT_DENIED.test(clause)) return -1;
  const likely = LIKELY.exec(clause);
  if (!likely) return 0;
  // "will not", "should never": the negation after the modal turns it round; so does a "not" among the two words
  // before it ("is not going to", "are not likely to"), not a negative subject ("no one will be refused").
  const after = clause.slice(likely.index + likely[0].length, likely.index + likely[0].length + 12);
  const before = clause.slice(0, likely.index).split(/\s+/).slice(-3).join(' ');
  return NEGATION.test(after) || NOT_BEFORE.test(before) || NOT_BEFORE.test(likely[0]) ? -1 : 1;
}

// "Not only X but (also) Y": correlative coordination, adding Y to X (Quirk et al. 1985 §13.35, Huddleston & Pullum
// 2002 ch. 15 §2.6): neither a contrast between them nor a negation of X. Read as "X and Y".
const NOT_ONLY_BUT = /\bnot\s+(?:only|just|merely|simply|solely)\b([^.;!?]*?)\bbut(?:\s+also)?\b/gi;

// A concession after its main clause, past a comma: "the plan is welcome, although it is badly costed" (Quirk et al.
// 1985 §15.20, concessive clauses in final position). "While" is left out: after a comma it tells a time as often.
const FINAL_CONCESSION = /,\s*(?:although|though|even though|whereas)\b/i;

function clausesOf(text: string): { text: string; asserted: boolean }[] {
  const parts = text
    .replace(NOT_ONLY_BUT, (_, between: string) => `${between}and`)
    .replace(/[“”]/g, '"')
    .split(CONTRAST)
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
  const clauses: { text: string; asserted: boolean }[] = [];
  parts.forEach((part, i) => {
    // "Although X, Y": X is conceded, Y asserted.
    const concession = CONCESSION.exec(part);
    const comma = concession ? part.indexOf(',') : -1;
    if (concession && comma > 0) {
      clauses.push({ text: part.slice(0, comma), asserted: false });
      clauses.push({ text: part.slice(comma + 1), asserted: true });
    } else {
      // Before a contrast, a clause is conceded; the last is asserted. "X, although Y": Y is conceded after it.
      const asserted = i === parts.length - 1;
      const conceded = FINAL_CONCESSION.exec(part);
      if (conceded && /\p{L}/u.test(part.slice(conceded.index + conceded[0].length))) {
        clauses.push({ text: part.slice(0, conceded.index), asserted });
        clauses.push({ text: part.slice(conceded.index + conceded[0].length), asserted: false });
      } else clauses.push({ text: part, asserted });
    }
  });
  return clauses;
}

const WORDS_KEPT = 50_000;
// Words are looked up with an instance of their own, with only the step they need.
const wordReader = renewedWink(['sentiment']);

/** A word's own sentiment in wink-nlp's lexicon (0 for most words): read once per word for both uses below. */
const winkSentiment = remembered(WORDS_KEPT, (word): number => {
  const nlp = wordReader();
  return /\p{L}/u.test(word) ? Number(nlp.readDoc(word).out(nlp.its.sentiment)) || 0 : 0;
});

/** Words of necessity, which wink-nlp's lexicon scores as blame (-0.5): they say what is needed (NECESSARY), and
 *  judge nothing ill. */
const NECESSITY = new Set(['necessary', 'essential']);

/** A word's sentiment in wink-nlp's lexicon, its praise only where VADER's agrees (attested-praise.ts). What a
 *  topic's own words say of it (a harm) is read with this alone: one word misjudged there would turn every
 *  statement's stance. */
export const lexiconSentiment = remembered(WORDS_KEPT, (word): number => {
  if (NECESSITY.has(word)) return 0;
  const sentiment = winkSentiment(word);
  return sentiment > 0 && !attestedPraise(word) ? 0 : sentiment;
});

/** A word's sentiment in a statement: wink-nlp's (lexiconSentiment), or for a word wink-nlp does not score, the
 *  polarity induced from its neighbours' (induced-polarity.ts). */
export const wordSentiment = (word: string): number => lexiconSentiment(word) || inducedPolarity(word);

/** A word's sentiment negated: wink-nlp's turned round, unattested praise too ("not working" says a failure). */
const negatedSentiment = (word: string): number => -(winkSentiment(word) || inducedPolarity(word));

/** A word of negation as wink-nlp normalises it ("didn't" → "did", "n't"): a set, as it is asked of every word. */
const NEGATORS = new Set(['not', 'never', 'no', "n't", 'n’t', 'cannot', 'nothing', 'nobody', 'none']);

/** Enough of a clause's opening words to tag the first. */
const OPENING_WORDS = 4;

// Words of closed classes, which open no imperative: articles and other determiners, personal pronouns,
// prepositions and conjunctions (Quirk et al. 1985 §2.39-2.41). The auxiliaries are left out: "Do not go" is one.
// A clause opening on one of them (most do) is told in another mood without being tagged.
const NEVER_IMPERATIVE = new Set(
  `the a an this that these those some any no every each all both my our your his her its their i we you he she it
  they there here in on at for with by from of to into about after before and but or so if when while because as
  although though`.split(/\s+/),
);

/** A clause opening on a verb in its bare form tells someone to do something: "Take detailed histories". */
function imperative(clause: string): boolean {
  const words = clause.trim().split(/\s+/);
  if (NEVER_IMPERATIVE.has(words[0]!.toLowerCase().replace(/^\W+/, ''))) return false;
  // Parts of speech only for the few words that need them (here a clause's opening), with the extractor's tagger.
  const nlp = taggingWink();
  const opening = words.slice(0, OPENING_WORDS).join(' ');
  const first = nlp.readDoc(opening).tokens().itemAt(0);
  if (!first || first.out(nlp.its.pos) !== 'VERB') return false;
  // The typings of its.lemma do not match out()'s signature, although the call works as documented.
  return first.out(nlp.its.lemma as unknown as typeof nlp.its.value) === first.out(nlp.its.normal);
}

/** Advice or a demand: something said to be needed, or told in the imperative. Tagged only when asked. */
export function advises(clause: Clause): boolean {
  if (clause.deontic) return true;
  clause.imperative ??= imperative(clause.text);
  return clause.imperative;
}

/** Words that open another clause: a subordinator, or a coordinator before a new subject. */
const SUBORDINATORS = new Set(['because', 'while', 'whereas', 'although', 'though', 'which', 'who', 'whom', 'unless']);
const COORDINATORS = new Set(['and', 'but', 'so', 'yet']);
const SUBJECT_OPENERS = new Set(
  `the this that these those it we i he she they you there a an his her their our its my`.split(/\s+/),
);

/** wink-nlp's negation flags, cut at the end of the negated clause: its scope runs to the next pause, over "and this
 *  trainer is a true win" after "visitors will not be allowed", where a negation's scope is its own clause (Huddleston &
 *  Pullum 2002 ch. 9 §1.3). A clause ends at a subordinator, or at a coordinator before a new subject. */
function clauseScoped(values: readonly string[], flags: boolean[]): boolean[] {
  let cut = false;
  return flags.map((flag, i) => {
    const word = values[i]!;
    if (NEGATORS.has(word)) cut = false;
    else if (SUBORDINATORS.has(word) || (COORDINATORS.has(word) && SUBJECT_OPENERS.has(values[i + 1] ?? '')))
      cut = true;
    return flag && !cut;
  });
}

// Amplifiers: adjectives and adverbs of degree that scale the word after them (Quirk et al. 1985 §7.33, §8.105: "a
// great fool", "a complete failure", "utter nonsense"), hand-listed, the commonest. wink-nlp scores some of them as
// praise ("great", "huge", "tremendous") or blame ("terribly"), which, before a word of the other polarity, says the
// opposite of what the phrase does.
const AMPLIFIERS = new Set(
  `great huge big enormous tremendous immense vast massive strong real true total complete absolute utter sheer pure
  significant major serious terribly awfully dreadfully frightfully incredibly`.split(/\s+/),
);
/** How many words after an amplifier the word it scales may stand: "a huge and costly mistake". */
const AMPLIFIED_REACH = 2;

/** The sentiment of the amplifier at `i`: the sign of the first scored word within reach after it, where that
 *  word's sign is the other. */
function amplified(values: readonly string[], i: number, sentiment: number): number {
  for (let j = i + 1; j < values.length && j <= i + AMPLIFIED_REACH; j++) {
    const next = wordSentiment(values[j]!);
    if (next !== 0) return Math.sign(next) === Math.sign(sentiment) ? sentiment : -sentiment;
  }
  return sentiment;
}

function readClause(clause: { text: string; asserted: boolean }): Clause {
  const nlp = wink();
  const doc = nlp.readDoc(clause.text);
  let praise = 0;
  let blame = 0;
  const scored: { word: string; sentiment: number }[] = [];
  const tokens = doc.tokens();
  const values = tokens.out(nlp.its.normal) as string[];
  const negated = clauseScoped(values, tokens.out(nlp.its.negationFlag) as unknown as boolean[]);
  // A third party's attitude relayed judges nothing in the speaker's voice (attitude.ts).
  const relayed = relayedFrom(values);
  // What a word of undoing takes as its object ("prevents floods") is turned round (shifters.ts).
  const shift = shifts(values);
  for (let i = 0; i < relayed; i++) {
    const value = values[i]!;
    // No word of fewer than three letters carries sentiment worth weighing.
    if (value.length < 3) continue;
    let sentiment: number;
    if (shift[i] === 2) {
      // After bare "prevent", wink-nlp's flag is the shift's own; "not prevent" turns it round again.
      const negator = values.lastIndexOf('prevent', i);
      const denied = values.slice(Math.max(0, negator - 2), negator).some((word) => NEGATORS.has(word));
      sentiment = denied ? wordSentiment(value) : -wordSentiment(value);
    } else sentiment = (negated[i] ? negatedSentiment(value) : wordSentiment(value)) * shift[i]!;
    if (sentiment === 0) continue;
    // A word of degree takes the polarity of the word it amplifies: "a huge mistake", "terribly kind".
    if (AMPLIFIERS.has(value)) sentiment = amplified(values, i, sentiment);
    scored.push({ word: value, sentiment });
    if (sentiment > 0) praise += sentiment;
    else blame -= sentiment;
  }
  // Idioms of evaluation (idioms.ts), where no third party's attitude is relayed in the clause.
  if (relayed === values.length) {
    for (const { head, sentiment, words } of idiomsIn(clause.text)) {
      for (const word of words) {
        const at = scored.findIndex((entry) => entry.word === word);
        if (at < 0) continue;
        const [own] = scored.splice(at, 1);
        if (own!.sentiment > 0) praise -= own!.sentiment;
        else blame += own!.sentiment;
      }
      scored.push({ word: head, sentiment });
      if (sentiment > 0) praise += sentiment;
      else blame -= sentiment;
    }
  }
  const modal = modality(clause.text);
  // Every field written out, not spread from the clause: clauses made by a spread came in more shapes than V8's
  // caches hold, and reading their fields in features.ts missed those caches (V8's --log-ic: ~200 misses an article).
  return {
    text: clause.text,
    asserted: clause.asserted,
    praise,
    blame,
    scored,
    sentiment: Number(doc.out(nlp.its.sentiment)) || 0,
    modality: modal,
    deontic: modal > 0 && DEONTIC.test(clause.text),
    hedged: HEDGE_OTHER.test(clause.text) || HEDGE_MAY.test(clause.text),
    rhetorical: RHETORICAL.test(clause.text),
    // A failure said by negating praise ("the signals were not working") states a harm; it denies nothing.
    negated:
      NEGATION.test(clause.text.replace(NOT_A_DENIAL, ' ')) &&
      !scored.some(({ word, sentiment }) => sentiment < 0 && negatedSentiment(word) < 0),
    words: clause.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
    // What is read of it later, when first asked, is given its place now: every clause then has one shape, and
    // reading its fields stays fast wherever it is read.
    imperative: undefined,
    stems: undefined,
    beginnings: undefined,
    keys: undefined,
    scoredKeys: undefined,
    sideCues: undefined,
    subjectCues: undefined,
    pointsBack: undefined,
    namesSanction: undefined,
    sideUnnamed: undefined,
    outcomeUnnamed: undefined,
  };
}

// The typings of its.stem do not match out()'s signature, although the call works as documented.
export function stemsOf(doc: WinkDoc): string[] {
  const nlp = wink();
  return (doc.tokens().out(nlp.its.stem as unknown as typeof nlp.its.value) as string[]).map((stem) =>
    stem.toLowerCase(),
  );
}

/** "I think", "I believe": a view hedged, not the speaker's own voice raised. */
const EPISTEMIC = /\bI\s+(?:think|believe|guess|suppose|understand|expect)\b/g;
const FIRST_PERSON = /\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us|me)\b|\bI['’]m\b/;
const INTENSE = /\b(?:most|so|very|extremely|really|truly|deeply|highly|utterly|such)\b|!/i;
const COUNTED = /\d|\b(?:hundreds|thousands|millions|billions|dozens|percent)\b/i;
/** Dates say when, and count nothing: "April 1", "in 2011", "1980 to 2012". */
const DATES =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?:1[89]|20)\d\d\b/gi;
/** Numbers that count nothing that happened: a rank or an ordinal ("#2 browser", "the 20th century"), a span of
 *  time ("within 48 hours", "over the past 30 days"); an age ("a 43-year-old") describes, as a count does. */
const NOT_COUNTS =
  /#\d+|\b\d+(?:st|nd|rd|th)\b|\b\d+[- ](?:years?|months?|weeks?|days?|hours?|minutes?)\b(?![- ]old)/gi;
/** Numbers that are part of a name, of a flight, a model, a product or an article of law, and count nothing:
 *  joined to letters ("MH17", "G7", "F-16", "COVID-19"), or after a capitalised word inside the sentence ("Boeing
 *  777", "Flight 370", "Article 5"), as proper names take them (Huddleston & Pullum 2002, ch. 5 §20, names with
 *  numerals). A weekday or a month before a number opens a time adverbial and a count ("on Monday 30 people
 *  fled"), not a name. */
const NAMING_NUMBERS =
  /\b\p{L}+-?\d+\p{L}*\b|(?<=[\p{L},]\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.]*\s+)\d+\b(?![.,]?\d|\s*(?:%|percent|per cent))/gu;
// A count or a share, once the numbers that count nothing are taken out: each of those holds a digit, so a text
// without one is read as it is.
const DIGIT = /\d/;

function counts(text: string): boolean {
  if (!DIGIT.test(text)) return COUNTED.test(text);
  return COUNTED.test(text.replace(DATES, ' ').replace(NOT_COUNTS, ' ').replace(NAMING_NUMBERS, ' '));
}

/** A contrast said in words, not only by a pause ("...", ";"). */
const CONTRAST_WORD = /\b(?:but|however|yet|nevertheless|nonetheless|although|though|while|whereas|despite)\b/i;

/** A possibility or a risk ahead: with words of blame, a warning ("it could kill", "risks lives"); what could
 *  have been ("could have prevented") looks back, and warns of nothing. */
const WARNING = /\b(?:(?:could|may|might)(?!\s+have\b)|risks?|risking|warn(?:s|ed|ing)?)\b/i;

/** A rhetorical question of who or why with a modal, asked of anyone: "Who could object to that?", "Why would anyone
 *  oppose it?", "How can anybody defend this?"; or of who wanted it ("Who asked for this?", "who wants it?"). It
 *  asserts that no one could: the side it asks about is denied, and the other taken (Huddleston and Pullum 2002,
 *  ch. 10, rhetorical questions as statements of the opposite polarity). */
const RHETORICAL =
  /(?:^|[.!?]\s+)\W*(?:(?:but|and|so|then|honestly)\s+)?(?:who\s+(?:else\s+)?(?:could|would|can|should|asked|wants|wanted)|(?:why|how)\s+(?:could|would|can|should)\s+(?:anyone|anybody|any\s+\p{L}+|one|you))\b[^?]*\?\s*$/iu;

/** A yes-or-no question, or one of why or how could, asked in a statement: the speaker doubts what it asks. */
const DOUBTING_QUESTION =
  /(?:^|[.!?]\s+)(?:so\s+|and\s+)?(?:does|do|did|is|are|was|were|can|could|should|would|will|why|how\s+(?:can|could))\b[^?]*\?\s*$/i;

/** Speech withheld: a verb of saying negated or declined ("would not say", "declined to comment", "couldn't
 *  comment on the case", "no comment"). What follows is not said, so nothing in it is praised, blamed, denied or
 *  said to happen. Verbs of saying from Levin's say-37.7 and talk-37.5 classes (comment, say, speculate, discuss,
 *  elaborate), with the commonest verbs of telling what is known (confirm, disclose, reveal, specify, detail) and
 *  of answering (answer, respond, address). */
const WITHHELD =
  /(?:\b(?:not|never|cannot|declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|unable)|n['’]t)\s+(?:to\s+)?(?:(?:immediately|publicly|further|directly|specifically)\s+)?(?:comment|say|speculate|discuss|elaborate|confirm|disclose|reveal|specify|detail|answer|respond|address)(?:s|ed|ing)?\b|^\W*no comment\b/i;

/** A statement read for stance, whatever the topic. */
export interface TextReading {
  /** It withholds what it would say (WITHHELD), in its asserted clause: it says nothing of the topic. */
  withheld: boolean;
  clauses: Clause[];
  /** A number: a count or a share (a date counts nothing). */
  counted: boolean;
  /** The speaker speaks for himself: "I", "we", "our". */
  firstPerson: boolean;
  /** Intensity: "most", "so", "very", "extremely", "!". */
  intense: boolean;
  /** A contrast said in words. */
  contrastWorded: boolean;
  /** It asks, to doubt (DOUBTING_QUESTION), in its last asserted clause. */
  doubts: boolean;
  /** A clause of blame said as a possibility or a risk (WARNING). */
  warns: boolean;
  /** An asserted clause says no. */
  denies: boolean;
  /** A word of blame negated ("not guilty"). */
  wrongDenied: boolean;
  /** Read by features.ts when first asked, kept for the statement's other topics: a question word, an indirect
   *  question under a verb of finding out, one opening as a cue of asking would report it, and doubt raised in so
   *  many words. */
  questionWord?: boolean;
  inquiry?: boolean;
  questionOpening?: boolean;
  questioned?: boolean;
}

const READ_TEXTS_KEPT = 2_000;

/** A statement read once while it is asked about, under however many topics. */
export const readText = rememberedInArticle(READ_TEXTS_KEPT, (text: string): TextReading => {
  const clauses = clausesOf(text).map(readClause);
  return {
    clauses,
    counted: counts(text),
    firstPerson: FIRST_PERSON.test(text.replace(EPISTEMIC, ' ')),
    intense: INTENSE.test(text),
    contrastWorded: CONTRAST_WORD.test(text),
    withheld: clauses.some((clause) => clause.asserted && WITHHELD.test(clause.text)),
    doubts: DOUBTING_QUESTION.test(clauses.filter((clause) => clause.asserted).at(-1)?.text ?? ''),
    warns: clauses.some((clause) => clause.blame > 0 && WARNING.test(clause.text)),
    denies: clauses.some((clause) => clause.asserted && clause.negated),
    wrongDenied: clauses.some((clause) =>
      clause.scored.some(({ word, sentiment }) => sentiment > 0 && wordSentiment(word) < 0),
    ),
    // Read when first asked, likewise.
    questionWord: undefined,
    inquiry: undefined,
    questionOpening: undefined,
    questioned: undefined,
  };
});
