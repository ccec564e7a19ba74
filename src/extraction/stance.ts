// The stance a statement takes toward what it is about: SUPPORTS, OPPOSES, NEUTRAL or MIXED. Read from
// how the statement is built, not from words fitted to examples:
// - it is cut into clauses at contrast ("but", "however", "yet", "…") and concession ("although",
//   "though", "while", "whereas"); the clause after the contrast is asserted, the one before conceded;
//   clauses pulling opposite ways across a contrast make the statement MIXED;
// - each clause's evaluation is its sentiment (wink-nlp's lexicon, which already turns a negated word
//   round), plus its modality: a thing said to happen or to be needed ("will", "should", "must") is
//   presented as likely or desirable, the same negated ("won't", "not … before", "unlikely", "would not
//   expect", "don't see") as not;
//   a hedge ("might", "may", "could", "perhaps", "if") halves what the clause says;
// - clauses that name the topic weigh more than those that do not;
// - a clause that restates the topic (at least two of its words' stems, and half of them) presents it as
//   so, and, negated, as not:
//   "the company abused its market power" toward "abuse of market power", "X was not guilty" toward
//   "was X guilty".
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Stance } from './types.ts';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;
let reads = 0;
// As in text/wink.ts: a fresh instance now and then keeps wink's ever-growing lexicon bounded.
const READS_PER_INSTANCE = 10_000;

function instance(): Wink {
  if (++reads > READS_PER_INSTANCE) {
    nlp = null;
    reads = 1;
  }
  nlp ??= winkNLP(model, ['sbd', 'negation', 'sentiment']);
  return nlp;
}

const CONTRAST = /\s*(?:\.\.\.|…|;|\bbut\b|\bhowever\b|\byet\b|\bnevertheless\b|\bnonetheless\b)\s*/i;
const CONCESSION = /^\s*(?:although|though|even though|while|whereas|despite)\b/i;
const NEGATION = /\b(?:not|never|no|nothing|none|cannot)\b|n't\b|n’t\b/i;
const LIKELY = /\b(?:will|shall|should|must|going to|need to|needs to|has to|have to|is to|are to)\b/i;
const UNLIKELY = /\b(?:unlikely|impossible|won't|won’t|wouldn't|wouldn’t|cannot|can't|can’t|shouldn't|shouldn’t)\b/i;
// A prospect denied: "would not expect … before the conflict ends", "I don't see a change", "not until".
const PROSPECT_DENIED =
  /\b(?:not|never|no)\b[^.;]{0,30}\b(?:expect|anticipate|foresee|see|happen|come)\w*|n[’']t\s+(?:expect|anticipate|foresee|see|happen|come)\w*|\b(?:not|n[’']t)\b[^.;]{0,60}\b(?:before|until)\b/i;
const HEDGE = /\b(?:might|may|could|perhaps|possibly|maybe|if|whether|appeared|seems?|reportedly|allegedly)\b/i;

/** How far a clause leans, and how much it counts. */
interface ClauseLean {
  lean: number;
  asserted: boolean;
  onTopic: boolean;
}

const LIKELIHOOD_LEAN = 0.35;
const RESTATED_LEAN = 0.5;
/** A clause restates the topic when it holds this share of the topic's stems. */
const RESTATED_SHARE = 0.5;
/** Below this a statement leans nowhere. */
const LEAN_THRESHOLD = 0.3;

function modality(clause: string): number {
  if (UNLIKELY.test(clause) || PROSPECT_DENIED.test(clause)) return -LIKELIHOOD_LEAN;
  const likely = LIKELY.exec(clause);
  if (!likely) return 0;
  // "will not", "should never": the negation after the modal turns it round.
  const after = clause.slice(likely.index + likely[0].length, likely.index + likely[0].length + 12);
  return NEGATION.test(after) ? -LIKELIHOOD_LEAN : LIKELIHOOD_LEAN;
}

function clausesOf(text: string): { text: string; asserted: boolean }[] {
  const parts = text
    .replace(/[“”]/g, '"')
    .split(CONTRAST)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const clauses: { text: string; asserted: boolean }[] = [];
  parts.forEach((part, i) => {
    // "Although X, Y": X is conceded, Y asserted.
    const concession = CONCESSION.exec(part);
    const comma = concession ? part.indexOf(',') : -1;
    if (concession && comma > 0) {
      clauses.push({ text: part.slice(0, comma), asserted: false });
      clauses.push({ text: part.slice(comma + 1), asserted: true });
    } else {
      // Before a contrast, a clause is conceded; the last is asserted.
      clauses.push({ text: part, asserted: i === parts.length - 1 });
    }
  });
  return clauses;
}

interface ReadClause {
  text: string;
  lean: number;
  asserted: boolean;
  negated: boolean;
  words: string[];
  /** Its words' stems: read only for a clause that may restate a topic. */
  stems?: Set<string>;
}

function readClause(clause: { text: string; asserted: boolean }): ReadClause {
  const wink = instance();
  const doc = wink.readDoc(clause.text);
  const sentiment = Number(doc.out(wink.its.sentiment)) || 0;
  let lean = sentiment + modality(clause.text);
  if (HEDGE.test(clause.text)) lean /= 2;
  return {
    text: clause.text,
    lean,
    asserted: clause.asserted,
    negated: NEGATION.test(clause.text),
    words: clause.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
  };
}

type WinkDoc = ReturnType<Wink['readDoc']>;

// The typings of its.stem do not match out()'s signature, although the call works as documented.
function stemsOf(doc: WinkDoc): string[] {
  const wink = instance();
  return (doc.tokens().out(wink.its.stem as unknown as typeof wink.its.value) as string[]).map((stem) =>
    stem.toLowerCase(),
  );
}

// Words of one stem begin alike: a clause whose words begin like fewer than two of the topic's stems
// cannot restate it, and is not stemmed.
const STEM_PREFIX = 3;

/** How far a clause leans by restating the topic: toward it when affirmed, away when negated. */
function restatedLean(clause: ReadClause, topicStems: string[]): number {
  const beginnings = new Set(clause.words.map((word) => word.slice(0, STEM_PREFIX)));
  if (topicStems.filter((stem) => beginnings.has(stem.slice(0, STEM_PREFIX))).length < 2) return 0;
  clause.stems ??= new Set(stemsOf(instance().readDoc(clause.text)));
  const stems = clause.stems;
  const held = topicStems.filter((stem) => stems.has(stem)).length;
  // Naming one word of the topic is speaking of it; restating it takes two (a thing and what is said of it).
  if (held < 2 || held / topicStems.length < RESTATED_SHARE) return 0;
  return clause.negated ? -RESTATED_LEAN : RESTATED_LEAN;
}

// A statement is read once, whatever the number of topics its stance is asked toward.
const readTexts = new Map<string, ReadClause[]>();
const READ_TEXTS_KEPT = 2_000;

function readText(text: string): ReadClause[] {
  let clauses = readTexts.get(text);
  if (!clauses) {
    clauses = clausesOf(text).map(readClause);
    if (readTexts.size >= READ_TEXTS_KEPT) readTexts.clear();
    readTexts.set(text, clauses);
  }
  return clauses;
}

// A topic's stems are read once, whatever the number of statements asked about it.
const topicStemsRead = new Map<string, string[]>();

function stemsOfTopic(topic: string): string[] {
  let stems = topicStemsRead.get(topic);
  if (!stems) {
    stems = [...new Set(stemsOf(instance().readDoc(topic)))];
    if (topicStemsRead.size >= READ_TEXTS_KEPT) topicStemsRead.clear();
    topicStemsRead.set(topic, stems);
  }
  return stems;
}

/** The stance of `text` toward a topic named by `topicWords` (lower-case words; none: toward what it is about). */
export function stanceToward(text: string, topicWords: Iterable<string> = []): Stance {
  const words = new Set(topicWords);
  const topicStems = stemsOfTopic([...words].join(' '));
  const clauses: ClauseLean[] = readText(text).map((clause) => ({
    lean: clause.lean + restatedLean(clause, topicStems),
    asserted: clause.asserted,
    onTopic: clause.words.some((word) => words.has(word)),
  }));
  if (clauses.length === 0) return 'NEUTRAL';
  const anyOnTopic = clauses.some((clause) => clause.onTopic);
  const weighted = clauses.map((clause) => {
    const weight = (clause.asserted ? 1 : 0.6) * (anyOnTopic && !clause.onTopic ? 0.6 : 1);
    return clause.lean * weight;
  });
  const pulls = weighted.filter((lean) => Math.abs(lean) >= LEAN_THRESHOLD);
  if (pulls.some((lean) => lean > 0) && pulls.some((lean) => lean < 0) && clauses.length > 1) return 'MIXED';
  const total = weighted.reduce((sum, lean) => sum + lean, 0);
  return total >= LEAN_THRESHOLD ? 'SUPPORTS' : total <= -LEAN_THRESHOLD ? 'OPPOSES' : 'NEUTRAL';
}
