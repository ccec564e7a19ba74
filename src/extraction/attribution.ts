import type { Token } from './text/document.ts';
import { isNegated, isSpeechNoun, verbCueAt, type VerbCue } from './cue-verbs.ts';
import { sourcePhraseAt } from './source-phrases.ts';
import { colonSpeakerAt } from './colon-attribution.ts';
import { dashSpeakerAt } from './dash-attribution.ts';
import { POSSESSIVE_DETERMINERS, sourceStartingAt, type Phrase } from './noun-phrases.ts';
import { isReportingNoun, type ReportingVerb } from './reporting-words.ts';
import { isQuoteMark, sourceOfVerb, type SourceLink } from './sources.ts';
import { speakerOfRecording } from './recorded-speakers.ts';
import { isCapitalisedName } from './names.ts';
import { isPersonNoun } from './gazetteer.ts';
import { comparedSpeakers, coordinationOf } from './coordinated-speakers.ts';
import { SUBORDINATORS } from './subordinators.ts';
import {
  learnGenderFromClause,
  resolveSentencePronoun,
  resolveSpeaker,
  type DiscourseState,
  type ResolvedSpeaker,
} from './speakers.ts';

export type CueKind = 'VERB' | 'NOUN' | 'ACCORDING_TO' | 'COLON' | 'DASH';

/**
 * A cue and who it attributes speech to: "Zelensky said", "said a NATO official", "according to court records",
 * "“…” — Ana Ruiz".
 */
export interface Attribution {
  index: number;
  cue: Token;
  /** Token index after the cue phrase. */
  cueEnd: number;
  cueText: string;
  kind: CueKind;
  /** The reporting verb, for verb cues. */
  verb: ReportingVerb | null;
  /** The preposition taken into the cue ("called for"). */
  preposition: string | null;
  subject: Phrase;
  speaker: ResolvedSpeaker;
  /** Everyone the cue reports for, in text order: the speaker, and those named with it in a coordinated subject
   *  ("MSF and WHO are calling for …"). */
  speakers: ResolvedSpeaker[];
  /** How the speaker is tied to the cue (before it, after it, as the subject of an earlier verb …). */
  link: SourceLink;
  /** "did not say": remembered for pronouns, but no statement. */
  negated: boolean;
  /** First token of the attribution's own words: where a report before it must end. */
  start: number;
  sentence: number;
  paragraph: number;
}

interface CueAndSubject {
  kind: CueKind;
  verb: ReportingVerb | null;
  preposition: string | null;
  cueEnd: number;
  subject: Phrase;
  link: SourceLink;
  start: number;
}

/**
 * Reads the article in order and resolves the speaker of every cue outside quotations. Order matters:
 * "he said" goes to the last speaker, and each "a senior official" is a new actor.
 */
export function findAttributions(state: DiscourseState): Attribution[] {
  const { doc } = state;
  const attributions: Attribution[] = [];
  // One phrase is one speaker, however many cues it is the subject of ("A diplomat, who asked …, said …").
  const resolvedAt = new Map<number, { end: number; speaker: ResolvedSpeaker }>();
  for (const sentence of doc.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i] as Token;
      // Inside a quotation only a transcript's label speaks ('"WALLACE: …').
      if (token.quote >= 0 && token.text !== ':') continue;
      const found = findCueAt(state, i, attributions[attributions.length - 1]);
      if (!found) continue;
      // A verb that only reports speech makes a speaker of any subject ("The actress said", "the note says").
      // After the verb ("…, wrote a host of new songs"), a phrase speaks only when it can: the comma before the
      // verb may close an aside in a report rather than a quotation.
      const anySource =
        found.kind === 'ACCORDING_TO' ||
        found.kind === 'COLON' ||
        (found.verb !== null &&
          !found.verb.evidential &&
          (found.link !== 'inverted' || quoteBefore(doc, i) || namesSomeone(doc, found.subject)));
      const known = resolvedAt.get(found.subject.first);
      const speaker =
        known && known.end === found.subject.end
          ? known.speaker
          : (resolveSentencePronoun(state, found.subject) ??
            resolveSpeaker(
              state,
              found.kind === 'ACCORDING_TO' ? withoutPlaceOfName(doc.tokens, found.subject) : found.subject,
              anySource,
            ));
      if (!speaker) continue;
      resolvedAt.set(found.subject.first, { end: found.subject.end, speaker });
      const negated = found.kind !== 'ACCORDING_TO' && isNegated(doc.tokens, i);
      const { cueEnd } = found;
      const nextWord = doc.tokens[cueEnd]?.lower === 'that' ? doc.tokens[cueEnd + 1] : doc.tokens[cueEnd];
      if (found.link !== 'inverted') learnGenderFromClause(speaker.actor, nextWord);
      const coordination =
        found.link === 'subject' ? coordinationOf(state, found.subject, i, speaker, sentence.firstToken) : null;
      attributions.push({
        index: attributions.length,
        cue: token,
        cueText: cueTextOf(doc.body, doc.tokens, i, found),
        ...found,
        // "Though Lynch and Capuano have expressed …": the attribution's own words begin with the coordination.
        start: Math.min(found.start, coordination?.first ?? found.start),
        speaker,
        speakers: [
          ...(coordination?.speakers ?? [speaker]),
          ...comparedSpeakers(state, cueEnd, sentence.endToken).filter((other) => other.actor !== speaker.actor),
        ],
        negated,
        sentence: sentence.index,
        paragraph: sentence.paragraph,
      });
      state.lastSpeaker = {
        actor: speaker.actor,
        paragraph: sentence.paragraph,
        reportStart: doc.tokens[cueEnd]?.start ?? sentence.end,
        asks: found.verb?.verbClass.startsWith('inquire-') ?? false,
        subordinate: found.link === 'subject' && SUBORDINATORS.has(doc.tokens[found.subject.first - 1]?.lower ?? ''),
      };
      i = Math.max(i, found.link === 'inverted' ? found.subject.end - 1 : i);
    }
  }
  return attributions;
}

/** A quotation closes right before the cue, or before the comma before it ("…,” said X", "“…”, said X"). */
function quoteBefore(doc: DiscourseState['doc'], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const token = doc.tokens[k] as Token;
    if (/^[”"’']$/.test(token.text) || token.quote >= 0) return true;
    if (token.text !== ',') return false;
  }
  return false;
}

/** A phrase with a capitalised word in it: a name, or a title before one. */
function namesSomeone(doc: DiscourseState['doc'], phrase: Phrase): boolean {
  return doc.tokens.slice(phrase.first, phrase.end).some((t) => /^\p{Lu}/u.test(t.text));
}

// What a cue other than a verb's has for its verb and preposition; made once, not for every token looked at.
const NOT_A_VERB = { verb: null, preposition: null } as const;

function findCueAt(state: DiscourseState, i: number, previous: Attribution | undefined): CueAndSubject | null {
  const { doc } = state;
  const sourceWords = sourcePhraseAt(doc.tokens, i);
  if (sourceWords > 0) {
    const cueEnd = i + sourceWords;
    const source = sourceStartingAt(doc, cueEnd);
    const subject = issuerOfMessage(doc.tokens, source) ?? withoutRelativeClause(doc.tokens, source);
    return subject ? { ...NOT_A_VERB, kind: 'ACCORDING_TO', cueEnd, subject, link: 'inverted', start: i } : null;
  }
  const colonSpeaker = colonSpeakerAt(doc, i);
  if (colonSpeaker)
    return {
      ...NOT_A_VERB,
      kind: 'COLON',
      cueEnd: i + 1,
      subject: colonSpeaker,
      link: 'subject',
      start: colonSpeaker.first,
    };
  const dashSpeaker = dashSpeakerAt(doc, i);
  if (dashSpeaker)
    return { ...NOT_A_VERB, kind: 'DASH', cueEnd: i + 1, subject: dashSpeaker, link: 'inverted', start: i };
  if (isSpeechNoun(doc.tokens[i] as Token)) {
    const noun = speechNounCue(doc.tokens, i);
    if (noun) {
      // "his response was that …": the report starts past the copula.
      const cueEnd = COPULAS.has(doc.tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      return { ...NOT_A_VERB, kind: 'NOUN', cueEnd, subject: noun, link: 'subject', start: noun.first };
    }
    const issued = issuedMessage(state, i, previous);
    if (issued) return { ...NOT_A_VERB, kind: 'NOUN', cueEnd: i + 1, ...issued };
  }
  const cue = verbCueAt(doc.tokens, i);
  if (
    !cue ||
    addsSomething(doc.tokens, i, cue.verb) ||
    confirmsAppointee(doc.tokens, i, cue.verb) ||
    judgesNothing(doc.tokens, i, cue) ||
    goesOnDoing(doc.tokens, cue)
  )
    return null;
  const found = sourceOfVerb(doc, i, previous, cue.verb.frame === 'clause' && !cue.verb.object);
  if (!found) return null;
  const source = { ...found, subject: speakerOfRecording(doc, found.subject) };
  // "…, his chief of staff said": the possessive opens the attribution's own words, though not its speaker.
  const start =
    source.link === 'subject' && POSSESSIVE_DETERMINERS.has(doc.tokens[source.start - 1]?.lower ?? '')
      ? source.start - 1
      : source.start;
  return { kind: 'VERB', verb: cue.verb, preposition: cue.preposition, cueEnd: cue.end, ...source, start };
}

/**
 * "the toll continues to rise", "she continued working": a verb that only attributes quotations, before an
 * infinitive or a gerund, tells that something goes on (an aspectual verb, Quirk et al. 1985 §3.49), no saying.
 */
function goesOnDoing(tokens: Token[], cue: VerbCue): boolean {
  const next = tokens[cue.end];
  if (!cue.verb.quoteOnly || next === undefined || next.quote >= 0) return false;
  return next.lower === 'to' || (next.pos === 'VERB' && next.lower.endsWith('ing'));
}

/**
 * "fans who level abusive attacks, saying …": a verb of judging (Levin's judgement-33: "praised the plan",
 * "attacked the senator") says nothing without its object; right before a comma or a full stop, with no quotation
 * before it or right after the comma that it could attribute, the word is a noun the tagger read as a verb.
 */
function judgesNothing(tokens: Token[], i: number, cue: VerbCue): boolean {
  if (cue.verb.frame !== 'object' || !cue.verb.verbClass.startsWith('judgement') || cue.preposition !== null)
    return false;
  const next = tokens[cue.end];
  if (next === undefined || !/^[,.;]$/.test(next.text)) return false;
  // "“He is a fraud,” Vale attacked." and "Vale attacked, “He is a fraud.”" attribute a quotation.
  const quoted = (t: Token | undefined): boolean => t !== undefined && (t.quote >= 0 || isQuoteMark(t));
  if (quoted(tokens[cue.end + 1])) return false;
  const sentence = (tokens[i] as Token).sentence;
  for (let k = i; tokens[k]?.sentence === sentence; k--) if (quoted(tokens[k])) return false;
  return true;
}

/** "said", "spoke warmly of", and "spoke … about" without the adjuncts between the verb and its preposition. */
function cueTextOf(body: string, tokens: Token[], i: number, found: CueAndSubject): string {
  const token = tokens[i] as Token;
  const last = tokens[found.cueEnd - 1] as Token;
  if (found.kind === 'NOUN') return token.text;
  const words = found.preposition?.split(' ').length ?? 0;
  const between = tokens.slice(i + 1, found.cueEnd - words);
  const adjacent = found.preposition === null || between.every((t) => t.pos === 'ADV');
  return adjacent ? body.slice(token.start, last.end) : `${token.text} ${found.preposition}`;
}

/**
 * "according to Plutarch who studied Roman history": the source ends before its relative clause; "According to
 * Rathbun the files were returned": before a determiner right after the name, which opens the report.
 */
function withoutRelativeClause(tokens: Token[], phrase: Phrase | null): Phrase | null {
  if (!phrase) return null;
  for (let k = phrase.first + 1; k < phrase.end; k++) {
    const token = tokens[k] as Token;
    if (/^(?:who|which|whose|that)$/.test(token.lower)) return { first: phrase.first, end: k };
    if (token.pos === 'DET' && (tokens[k - 1] as Token).pos === 'PROPN') return { first: phrase.first, end: k };
  }
  return phrase;
}

// Verbs that put out or give a message: "a statement the company released", "an interview his brother gave".
const ISSUING_VERBS = new Set(['release', 'issue', 'send', 'give', 'grant', 'write', 'post', 'publish', 'put']);
const MAX_ISSUER_TOKENS = 5;
// The words of the issuer's phrase: "the company", "his brother Alastair Osman".
const ISSUER_TAGS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PRON']);

/**
 * "according to a statement the company released", "according to an interview his brother Alastair Osman gave to
 * ITV": a message followed by a relative clause without "that" whose verb puts it out speaks in its issuer's voice,
 * as "the company issued a statement saying …" does.
 */
function issuerOfMessage(tokens: Token[], phrase: Phrase | null): Phrase | null {
  if (!phrase) return null;
  const noun = tokens[phrase.first + 1];
  if (tokens[phrase.first]?.pos !== 'DET' || !noun || noun.pos !== 'NOUN' || !isReportingNoun(noun.lemma)) return null;
  const first = tokens[phrase.first + 2]?.lower === 'that' ? phrase.first + 3 : phrase.first + 2;
  for (let k = first + 1; k <= first + MAX_ISSUER_TOKENS; k++) {
    const token = tokens[k];
    if (!token || token.sentence !== noun.sentence) return null;
    if (token.pos === 'VERB') return ISSUING_VERBS.has(token.lemma) ? { first, end: k } : null;
    if (!ISSUER_TAGS.has(token.pos)) return null;
  }
  return null;
}

/**
 * "according to the Trade Commission in Peru": a name's place is no part of the name that speaks ("officials in
 * Kyiv" keeps its place: it tells which officials). The phrase still spans the place, where the report resumes.
 */
function withoutPlaceOfName(tokens: Token[], phrase: Phrase): Phrase {
  for (let k = phrase.first + 1; k < phrase.end - 1; k++) {
    const token = tokens[k] as Token;
    if (/^(?:in|at)$/.test(token.lower) && isCapitalisedName(tokens[k - 1]) && isCapitalisedName(tokens[k + 1]))
      return { first: phrase.first, end: k };
  }
  return phrase;
}

// "will add two factories", "added a third shift": "add" with a noun-phrase object adds things, not words.
// "added the company would …" still reports: there the phrase is the subject of a clause.
const OBJECT_PHRASE_TAGS = new Set(['NUM', 'NOUN', 'ADJ', 'DET', 'PROPN']);
const MAX_OBJECT_TOKENS = 6;
const WORD_NOUNS = new Set(['caveat', 'note', 'comment', 'remark', 'word', 'words', 'point', 'detail', 'details']);

/**
 * Where the noun phrase after the verb at `i` ends, its words carrying `tags`; -1 when a verb follows it, which makes
 * it the subject of a reported clause ("added the company would …"), not an object.
 */
function objectEnd(tokens: Token[], i: number, tags: ReadonlySet<string>): number {
  let k = i + 1;
  while (k < i + 1 + MAX_OBJECT_TOKENS && tags.has(tokens[k]?.pos ?? '')) k++;
  const after = tokens[k];
  return after && (after.pos === 'AUX' || after.pos === 'VERB') ? -1 : k;
}

function addsSomething(tokens: Token[], i: number, verb: ReportingVerb): boolean {
  if (verb.lemma !== 'add') return false;
  const first = tokens[i + 1];
  if (!first || first.lower === 'that' || !OBJECT_PHRASE_TAGS.has(first.pos) || first.pos === 'PROPN') return false;
  const end = objectEnd(tokens, i, OBJECT_PHRASE_TAGS);
  // "added a warning", "added a caveat": words added are still speech.
  return end >= 0 && !tokens.slice(i + 1, end).some((t) => isSpeechNoun(t) || WORD_NOUNS.has(t.lemma));
}

// "the next judicial nominees": wink tags "next" an adverb.
const CONFIRMED_TAGS = new Set([...OBJECT_PHRASE_TAGS, 'ADV']);

/**
 * "The Senate confirmed the nominee", "voted to confirm Judge Ana Ruiz": "confirm" with a person for its object
 * approves an appointment (WordNet's confirm.v.03); it reports nothing. "confirmed the death" still reports.
 */
function confirmsAppointee(tokens: Token[], i: number, verb: ReportingVerb): boolean {
  if (verb.lemma !== 'confirm') return false;
  const end = objectEnd(tokens, i, CONFIRMED_TAGS);
  if (end <= i + 1) return false;
  const head = tokens[end - 1] as Token;
  return head.pos === 'PROPN' ? isCapitalisedName(head) && tokens[i + 1]?.pos !== 'DET' : isPersonNoun(head.text);
}

// Verbs that put out a message: "issued a statement", "released a letter", "posted a message".
const MESSAGE_VERBS = new Set([
  'issue',
  'release',
  'put',
  'send',
  'publish',
  'post',
  'deliver',
  'give',
  'make',
  'write',
]);
const MAX_MESSAGE_DISTANCE = 4;

/**
 * "Senator Cornyn issued a statement regarding the decision. “Like many Texans, …”": whoever issued the message
 * is the source of the quotations around it. The token at `i` is a speech noun.
 */
function issuedMessage(
  state: DiscourseState,
  i: number,
  previous: Attribution | undefined,
): { subject: Phrase; link: SourceLink; start: number } | null {
  const { doc } = state;
  if ((doc.tokens[i] as Token).quote >= 0) return null;
  for (let k = i - 1; k >= 0 && k >= i - MAX_MESSAGE_DISTANCE; k--) {
    const word = doc.tokens[k] as Token;
    if (word.pos === 'VERB' && MESSAGE_VERBS.has(word.lemma)) {
      const source = sourceOfVerb(doc, k, previous);
      return source && source.link !== 'inverted' ? source : null;
    }
    if (word.pos !== 'DET' && word.pos !== 'ADJ' && word.pos !== 'NOUN' && word.pos !== 'PROPN') return null;
  }
  return null;
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const COPULAS = new Set(['is', 'was']);
const POSSESSIVE_MARKS = new Set(["'s", '’s']);

/**
 * "his vow on Monday that …", "Netanyahu’s declaration that …": the possessor of the speech noun at `i` is the
 * speaker.
 */
function speechNounCue(tokens: Token[], i: number): Phrase | null {
  // "that" must follow, possibly after a time phrase ("on Monday").
  let thatAt = -1;
  for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
    const next = tokens[k] as Token;
    if (next.lower === 'that') {
      thatAt = k;
      break;
    }
    // "the mayor’s answer was that …": the noun, a copula, and what was said.
    if (COPULAS.has(next.lower) && k === i + 1) continue;
    if (next.pos === 'PUNCT' || next.pos === 'VERB' || next.pos === 'AUX') return null;
  }
  if (thatAt < 0) return null;
  const previous = tokens[i - 1];
  if (!previous) return null;
  if (POSSESSIVE_PRONOUNS.has(previous.lower)) return { first: i - 1, end: i };
  if (!POSSESSIVE_MARKS.has(previous.lower)) return null;
  let first = i - 1;
  while (first - 1 >= 0 && first > i - 5 && /^\p{Lu}/u.test((tokens[first - 1] as Token).text)) first--;
  if (first === i - 1) return null;
  return { first, end: i - 1 };
}
