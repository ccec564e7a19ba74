import type { Token } from './text/document.ts';
import { SPEECH_NOUNS, cueKind, isAccordingTo, isCallFor, isNegated, type CueKind } from './cue-verbs.ts';
import { phraseStartingAt, sentenceSubject, sourceStartingAt, subjectBefore, type Phrase } from './noun-phrases.ts';
import { learnGenderFromClause, resolveSpeaker, type DiscourseState, type ResolvedSpeaker } from './speakers.ts';

/** A cue and who it attributes speech to: "Zelensky said", "said a NATO official", "according to court records". */
export interface Attribution {
  index: number;
  cue: Token;
  /** Token index after the cue phrase. */
  cueEnd: number;
  cueText: string;
  kind: CueKind | 'ACCORDING_TO';
  subject: Phrase;
  speaker: ResolvedSpeaker;
  /** The speaker follows the cue: ", said Martin Indyk". */
  inverted: boolean;
  /** "did not say": remembered for pronouns, but no statement. */
  negated: boolean;
  /** "…, saying …": the subject is the sentence's own, and only what follows is reported. */
  participial: boolean;
  sentence: number;
  paragraph: number;
}

/** An inverted cue comes right after a comma or a closing quotation mark: "…,” said X". */
function followsCommaOrQuote(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && (previous.text === ',' || previous.text === '”' || previous.text === '"');
}

function isParticipleAfterComma(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!token.lower.endsWith('ing')) return false;
  // "…, repeatedly calling for …": an adverb may come between.
  const before = tokens[index - 1]?.pos === 'ADV' ? tokens[index - 2] : tokens[index - 1];
  return before?.text === ',';
}

/**
 * Reads the article in order and resolves the speaker of every cue outside quotations. Order matters:
 * "he said" goes to the last speaker, and each "a senior official" is a new actor.
 */
export function findAttributions(state: DiscourseState): Attribution[] {
  const { doc } = state;
  const attributions: Attribution[] = [];
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i] as Token;
      if (token.quote >= 0) continue;
      const found = findCueAt(state, i, attributions[attributions.length - 1]);
      if (!found) continue;
      const { kind, cueEnd, subject, inverted, participial } = found;
      const speaker = resolveSpeaker(state, subject, kind === 'ACCORDING_TO');
      if (!speaker) continue;
      const negated = kind !== 'ACCORDING_TO' && isNegated(doc.tokens, i);
      const nextWord = doc.tokens[cueEnd]?.lower === 'that' ? doc.tokens[cueEnd + 1] : doc.tokens[cueEnd];
      if (!inverted) learnGenderFromClause(speaker.actor, nextWord);
      attributions.push({
        index: attributions.length,
        cue: token,
        cueEnd,
        cueText: doc.body.slice(token.start, (doc.tokens[cueEnd - 1] as Token).end),
        kind,
        subject,
        speaker,
        inverted,
        negated,
        participial,
        sentence: sentence.index,
        paragraph: sentence.paragraph,
      });
      state.lastSpeaker = { actor: speaker.actor, paragraph: sentence.paragraph };
      i = Math.max(i, inverted ? subject.end - 1 : i);
    }
  }
  return attributions;
}

interface CueAndSubject {
  kind: CueKind | 'ACCORDING_TO';
  cueEnd: number;
  subject: Phrase;
  inverted: boolean;
  participial: boolean;
}

function findCueAt(state: DiscourseState, i: number, previous: Attribution | undefined): CueAndSubject | null {
  const { doc } = state;
  if (isAccordingTo(doc.tokens, i)) {
    const subject = sourceStartingAt(doc, i + 2);
    return subject ? { kind: 'ACCORDING_TO', cueEnd: i + 2, subject, inverted: true, participial: false } : null;
  }
  const token = doc.tokens[i] as Token;
  const noun = speechNounCue(doc.tokens, i);
  if (noun) return noun;
  const callFor = isCallFor(doc.tokens, i);
  const kind = callFor ? 'CLAUSE' : cueKind(token, doc.tokens[i - 1]);
  if (!kind || addsSomething(doc.tokens, i)) return null;
  const cueEnd = callFor ? i + 2 : i + 1;
  // "…, saying …" / "…, telling lawmakers …": the subject is the sentence's own subject.
  if (isParticipleAfterComma(doc.tokens, i)) {
    // After an attribution of the same sentence ("Sasse told X, repeatedly calling for …") it is that speaker.
    const subject =
      previous && previous.sentence === token.sentence && !previous.negated
        ? previous.subject
        : sentenceSubject(doc, token.sentence, i);
    return subject ? { kind, cueEnd, subject, inverted: false, participial: true } : null;
  }
  const before = subjectBefore(doc, i);
  if (before) return { kind, cueEnd, subject: before, inverted: false, participial: false };
  if (!followsCommaOrQuote(doc.tokens, i)) return null;
  const after = phraseStartingAt(doc, i + 1);
  return after ? { kind, cueEnd, subject: after, inverted: true, participial: false } : null;
}

// "will add two factories", "added a third shift": "add" with a noun-phrase object adds things, not words.
// "added the company would …" still reports: there the phrase is the subject of a clause.
const OBJECT_PHRASE_TAGS = new Set(['NUM', 'NOUN', 'ADJ', 'DET', 'PROPN']);
const MAX_OBJECT_TOKENS = 6;
const WORD_NOUNS = new Set(['caveat', 'note', 'comment', 'remark', 'word', 'words', 'point', 'detail', 'details']);

function addsSomething(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!/^add(?:s|ed|ing)?$/.test(token.lower)) return false;
  const first = tokens[i + 1];
  if (!first || first.lower === 'that' || !OBJECT_PHRASE_TAGS.has(first.pos) || first.pos === 'PROPN') return false;
  let k = i + 1;
  while (k < i + 1 + MAX_OBJECT_TOKENS && OBJECT_PHRASE_TAGS.has(tokens[k]?.pos ?? '')) k++;
  // "added a warning", "added a caveat": words added are still speech.
  if (tokens.slice(i + 1, k).some((t) => SPEECH_NOUNS.has(t.lemma) || WORD_NOUNS.has(t.lemma))) return false;
  const after = tokens[k];
  return !after || (after.pos !== 'AUX' && after.pos !== 'VERB');
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const POSSESSIVE_MARKS = new Set(["'s", '’s']);

/** "his vow on Monday that …", "Netanyahu’s declaration that …": the possessor is the speaker. */
function speechNounCue(tokens: Token[], i: number): CueAndSubject | null {
  const token = tokens[i] as Token;
  if (token.pos !== 'NOUN' || !SPEECH_NOUNS.has(token.lemma)) return null;
  // "that" must follow, possibly after a time phrase ("on Monday").
  let thatAt = -1;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const next = tokens[k] as Token;
    if (next.lower === 'that') {
      thatAt = k;
      break;
    }
    if (next.pos === 'PUNCT' || next.pos === 'VERB' || next.pos === 'AUX') return null;
  }
  if (thatAt < 0) return null;
  const previous = tokens[i - 1];
  if (!previous) return null;
  if (POSSESSIVE_PRONOUNS.has(previous.lower))
    return { kind: 'CLAUSE', cueEnd: i + 1, subject: { first: i - 1, end: i }, inverted: false, participial: false };
  if (!POSSESSIVE_MARKS.has(previous.lower)) return null;
  let first = i - 1;
  while (first - 1 >= 0 && first > i - 5 && /^\p{Lu}/u.test((tokens[first - 1] as Token).text)) first--;
  if (first === i - 1) return null;
  return { kind: 'CLAUSE', cueEnd: i + 1, subject: { first, end: i - 1 }, inverted: false, participial: false };
}
