import type { TextDocument, Token } from './text/document.ts';
import { phraseEndingAt, phraseStartingAt, type Phrase } from './noun-phrases.ts';
import { nameAfterTitle } from './appositives.ts';

/**
 * How a source is tied to its cue: before it ("X said"), after it ("…,” said X"), the sentence's subject for
 * a participle ("…, saying …") or a verb coordinated with an earlier one ("condemned the attack and said …"),
 * or the antecedent of a relative pronoun ("Weaver, who said …").
 */
export type SourceLink = 'subject' | 'inverted' | 'participial' | 'coordinated' | 'relative';

/** Where the source of a cue verb stands, and how it is tied to the verb. */
export interface CueSource {
  subject: Phrase;
  link: SourceLink;
  /** First token of the attribution's own words (the subject, "and", "who", or the cue). */
  start: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const COORDINATORS = new Set(['and', 'but', 'or']);
const MAX_PARENTHETICAL_TOKENS = 30;
const MAX_PARENTHETICALS = 3;
// "went on to say", "is expected to announce", "were more likely to say": verbs and adjectives that pass
// their subject on to the reporting verb after "to".
const RAISING_WORDS = new Set([
  'continue',
  'go',
  'on',
  'begin',
  'start',
  'proceed',
  'seem',
  'appear',
  'tend',
  'happen',
  'expect',
  'hasten',
  'rush',
  'likely',
  'unlikely',
  'quick',
  'careful',
  'eager',
  'willing',
  'able',
  'ready',
  'happy',
  'keen',
  'prepared',
  'set',
  'poised',
  'due',
  'sure',
  'more',
  'less',
  'most',
  'also',
  'first',
]);

export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '“' || token.text === '”' || token.text === '"');
}

/** Words between a subject and its verb: "has", "also", "long", "allegedly", "would later", "went on to". */
function isVerbGroupWord(token: Token): boolean {
  if (token.quote >= 0) return false;
  if (token.pos === 'ADV' || token.pos === 'AUX') return true;
  if (token.pos === 'PART') return token.lower !== "'s" && token.lower !== '’s';
  return RAISING_WORDS.has(token.lemma) || RAISING_WORDS.has(token.lower);
}

function opensClause(doc: TextDocument, first: number, floor: number): boolean {
  const before = doc.tokens[first - 1];
  return (
    first === floor ||
    !before ||
    before.text === ',' ||
    isQuoteMark(before) ||
    before.pos === 'CCONJ' ||
    before.pos === 'SCONJ' ||
    before.pos === 'PUNCT'
  );
}

/** The comma opening a parenthetical that closes at `closingComma`, or null. */
function openingComma(doc: TextDocument, closingComma: number, floor: number): number | null {
  for (let i = closingComma - 1; i >= floor && closingComma - i <= MAX_PARENTHETICAL_TOKENS; i--) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0 || isQuoteMark(token)) return null;
    if (token.text === ',') return i;
  }
  return null;
}

/**
 * The subject before one or more parentheticals: "Rep. Bobby Scott, ranking member of the committee and one
 * of the bill's negotiators, said", "Dana Whitfield, chief economist at Harbor Bank, which advised on the deal,
 * said". Walks back along a chain of appositives; of the phrases that open a clause (not the object of "in the
 * positions of …"), a name is preferred, else the first of the chain.
 */
function subjectBeforeParentheticals(doc: TextDocument, comma: number, floor: number): Phrase | null {
  let closing = comma;
  let best: Phrase | null = null;
  let bestIsName = false;
  for (let n = 0; n < MAX_PARENTHETICALS; n++) {
    const opening = openingComma(doc, closing, floor);
    if (opening === null) break;
    // "The leader of Ennahda, Rachid Ghannouchi, condemned …": the name after a title acts.
    const named = nameAfterTitle(doc, opening, closing);
    if (named) return named;
    const phrase = nounPhraseEndingAt(doc, opening, floor);
    if (!phrase) break;
    const opens = opensClause(doc, phrase.first, floor);
    if (opens) {
      const isName = doc.tokens.slice(phrase.first, phrase.end).every((t) => t.pos === 'PROPN' || t.pos === 'PUNCT');
      if (!bestIsName || isName) {
        best = phrase;
        bestIsName = isName;
      }
    }
    // Go on past a phrase that opens no clause, and along a chain of appositives: "NAME, TITLE, …".
    const beforeComma = doc.tokens[phrase.first - 2];
    const appositive =
      doc.tokens[phrase.first - 1]?.text === ',' && (beforeComma?.pos === 'NOUN' || beforeComma?.pos === 'PROPN');
    if (opens && !appositive) break;
    closing = opening;
  }
  return best;
}

const MAX_VERB_DISTANCE = 40;
const MAX_SUBJECT_DEPTH = 3;

/**
 * The subject of the nearest verb before `from` in the sentence: "condemned the attack and said …",
 * "…, which tried to rally support by saying …", "Hawk Sawyer acknowledged shortages, telling lawmakers …".
 */
function subjectOfEarlierVerb(doc: TextDocument, from: number, floor: number, depth: number): Phrase | null {
  if (depth >= MAX_SUBJECT_DEPTH) return null;
  for (let i = from - 1; i >= floor && from - i <= MAX_VERB_DISTANCE; i--) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0 || isQuoteMark(token)) continue;
    if (token.pos !== 'VERB' || token.lower.endsWith('ing')) continue;
    // The verb of a clause of its own ("the man who was diagnosed", "the deal it signed") is skipped only
    // when its subject is found; otherwise keep looking further back.
    const found = subjectBefore(doc, i, floor, depth + 1);
    if (found) return found.subject;
  }
  return null;
}

export interface PreviousCue {
  sentence: number;
  subject: Phrase;
  negated: boolean;
}

/**
 * "speaking on condition of anonymity to comment on …", "declined to say", "authorized to speak": an
 * infinitive reports nothing unless a word before it passes the subject on ("went on to say", "is expected
 * to announce", "were more likely to say").
 */
function isBareInfinitive(tokens: Token[], cueIndex: number): boolean {
  let k = cueIndex - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  if (tokens[k]?.lower !== 'to') return false;
  const before = tokens[k - 1];
  return !before || !(RAISING_WORDS.has(before.lemma) || RAISING_WORDS.has(before.lower));
}

const GERUND_PREPOSITIONS = new Set(['by', 'while', 'after', 'before', 'in', 'without', 'when']);

/** "tried to rally support by saying …", "after telling reporters …": the clause's subject speaks. */
function isGerundAfterPreposition(tokens: Token[], index: number): boolean {
  return (tokens[index] as Token).lower.endsWith('ing') && GERUND_PREPOSITIONS.has(tokens[index - 1]?.lower ?? '');
}

function isParticipleAfterComma(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!token.lower.endsWith('ing')) return false;
  // "…, repeatedly calling for …": an adverb may come between.
  const before = tokens[index - 1]?.pos === 'ADV' ? tokens[index - 2] : tokens[index - 1];
  return before?.text === ',' || before?.text === '—' || before?.text === '–';
}

/** An inverted cue comes right after a comma or a closing quotation mark: "…,” said X". */
function followsCommaOrQuote(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && (previous.text === ',' || isQuoteMark(previous));
}

/**
 * The source of the reporting verb at `cueIndex`: before it ("X said", "X, a lawyer, said", "officials who
 * said"), after it (", said X"), the sentence's own subject for "…, saying" and for coordinated verbs.
 */
export function sourceOfVerb(doc: TextDocument, cueIndex: number, previous: PreviousCue | undefined): CueSource | null {
  const token = doc.tokens[cueIndex] as Token;
  const sentence = doc.sentences[token.sentence];
  if (!sentence) return null;
  const floor = sentence.firstToken;
  if (isParticipleAfterComma(doc.tokens, cueIndex) || isGerundAfterPreposition(doc.tokens, cueIndex)) {
    const subject =
      previous && previous.sentence === token.sentence && !previous.negated
        ? previous.subject
        : subjectOfEarlierVerb(doc, cueIndex, floor, 0);
    return subject ? { subject, link: 'participial', start: cueIndex } : null;
  }
  if (isBareInfinitive(doc.tokens, cueIndex)) return null;
  const own = subjectBefore(doc, cueIndex, floor, 0);
  // "X said the plan failed and added …": the verb before "and" that reports is the earlier cue.
  if (own?.link === 'coordinated' && previous && previous.sentence === token.sentence && !previous.negated)
    return { ...own, subject: previous.subject };
  if (own) return own;
  if (!followsCommaOrQuote(doc.tokens, cueIndex)) return null;
  const after = phraseStartingAt(doc, cueIndex + 1);
  return after ? { subject: after, link: 'inverted', start: cueIndex } : null;
}

/** "keeps in place an Israeli prime minister": a determiner after a noun opens the phrase that is meant. */
function fromLastDeterminer(doc: TextDocument, phrase: Phrase | null): Phrase | null {
  if (!phrase) return null;
  for (let i = phrase.end - 1; i > phrase.first; i--) {
    const token = doc.tokens[i] as Token;
    const before = doc.tokens[i - 1] as Token;
    if (token.pos === 'DET' && (before.pos === 'NOUN' || before.pos === 'PROPN')) return { first: i, end: phrase.end };
  }
  return phrase;
}

function nounPhraseEndingAt(doc: TextDocument, end: number, floor: number): Phrase | null {
  return fromLastDeterminer(doc, phraseEndingAt(doc, end, floor));
}

/** The subject written before the verb at `verbIndex` (not after it), with how it is tied to the verb. */
function subjectBefore(doc: TextDocument, verbIndex: number, floor: number, depth: number): CueSource | null {
  let i = verbIndex - 1;
  while (i >= floor && isVerbGroupWord(doc.tokens[i] as Token)) i--;
  const before = doc.tokens[i];
  if (before && i >= floor) {
    const plain = (subject: Phrase | null): CueSource | null =>
      subject ? { subject, link: 'subject', start: subject.first } : null;
    if (SUBJECT_PRONOUNS.has(before.lower) && before.pos === 'PRON') return plain({ first: i, end: i + 1 });
    if (
      RELATIVE_PRONOUNS.has(before.lower) &&
      (before.pos === 'PRON' || before.pos === 'DET' || before.pos === 'SCONJ')
    ) {
      // "Weaver, who said …", "officials who said …": the antecedent speaks.
      const antecedentEnd = doc.tokens[i - 1]?.text === ',' ? i - 1 : i;
      const antecedent = nounPhraseEndingAt(doc, antecedentEnd, floor);
      return antecedent ? { subject: antecedent, link: 'relative', start: i } : null;
    }
    if (COORDINATORS.has(before.lower) && i > floor) {
      const subject = subjectOfEarlierVerb(doc, i, floor, depth);
      return subject ? { subject, link: 'coordinated', start: i } : null;
    }
    if (before.text === ',') {
      if (!isQuoteMark(doc.tokens[i - 1])) {
        const subject = subjectBeforeParentheticals(doc, i, floor);
        if (subject) return plain(subject);
      }
    } else if (!isQuoteMark(before)) {
      const subject = nounPhraseEndingAt(doc, i + 1, floor);
      if (subject) return plain(subject);
    }
  }
  return null;
}
