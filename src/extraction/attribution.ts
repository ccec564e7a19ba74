import type { Token } from './text/document.ts';
import { cueKind, isAccordingTo, isNegated, type CueKind } from './cue-verbs.ts';
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
  return token.lower.endsWith('ing') && tokens[index - 1]?.text === ',';
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
      const found = findCueAt(state, i);
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

function findCueAt(state: DiscourseState, i: number): CueAndSubject | null {
  const { doc } = state;
  if (isAccordingTo(doc.tokens, i)) {
    const subject = sourceStartingAt(doc, i + 2);
    return subject ? { kind: 'ACCORDING_TO', cueEnd: i + 2, subject, inverted: true, participial: false } : null;
  }
  const kind = cueKind(doc.tokens[i] as Token, doc.tokens[i - 1]);
  if (!kind) return null;
  const token = doc.tokens[i] as Token;
  // "…, saying …" / "…, telling lawmakers …": the subject is the sentence's own subject.
  if (isParticipleAfterComma(doc.tokens, i)) {
    const subject = sentenceSubject(doc, token.sentence, i);
    return subject ? { kind, cueEnd: i + 1, subject, inverted: false, participial: true } : null;
  }
  const before = subjectBefore(doc, i);
  if (before) return { kind, cueEnd: i + 1, subject: before, inverted: false, participial: false };
  if (!followsCommaOrQuote(doc.tokens, i)) return null;
  const after = phraseStartingAt(doc, i + 1);
  return after ? { kind, cueEnd: i + 1, subject: after, inverted: true, participial: false } : null;
}
