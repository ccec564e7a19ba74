// Whether an event's clause speaks of what is still to come, which decides where a weekday alone lies
// (dates.ts): "beat him on Sunday" is the Sunday before the story, "will meet on Sunday" and "is meeting on Sunday" the
// one after. Read from the event's verb group (Quirk et al. 1985, §4.41–4.47: the future with "will"/"shall",
// "be to", "be going to", the present progressive of an arrangement, "is meeting on Monday", and the simple present
// of a schedule, "meets the chancellor on Friday"; a heading in capitals, "MAYOR RESIGNS", tells the past).
import { speaksAhead } from './dates.ts';
import { NOUN_PHRASE_TAGS } from './noun-phrases.ts';
import { reportingVerb } from './reporting-words.ts';
import type { Sentence, TextDocument, Token } from './text/document.ts';

/** Words of a verb group that put its verb ahead: "will meet", "shall meet", "won't meet". */
const AHEAD_WORDS = new Set(['will', 'shall', "'ll", '’ll', 'wo']);
/** Before an infinitive's "to", words that make it a future: "is to meet", "are going to meet". */
const AHEAD_BEFORE_TO = new Set(['is', 'are', 'am', 'going']);
/** The present of "be", which with a verb in "-ing" tells an arrangement: "is meeting on Monday". */
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", "'re", '’s', '’re']);
/** A verb group's auxiliaries and adverbs are at most this many words. */
const MAX_VERB_GROUP = 4;
/**
 * Whether the event told at token `at` lies ahead of the story: its verb under "will" or "is to", "is meeting", "meets",
 * an infinitive under a clause that speaks ahead ("will stop in Geneva to meet"), or, for an event named by a noun
 * ("the summit will take place on Saturday"), a sentence that speaks ahead.
 */
export function eventSpeaksAhead(doc: TextDocument, sentence: Sentence, at: number): boolean {
  const trigger = doc.tokens[at] as Token;
  if (trigger.pos !== 'VERB')
    return speaksAhead(doc.body.slice(sentence.start, sentence.end)) || nounsVerbIsPresent(doc, sentence, at);
  const auxiliaries: string[] = [];
  for (let k = at - 1; k >= sentence.firstToken && at - k <= MAX_VERB_GROUP; k--) {
    const token = doc.tokens[k] as Token;
    if (AHEAD_WORDS.has(token.lower)) return true;
    // An infinitive takes its time from the clause governing it ("became the first to win", "will stop in
    // Geneva to meet", "travels to Warsaw on Sunday to meet"); after "be" or "going" ("is to meet") it is a plan.
    if (token.lower === 'to') {
      return (
        AHEAD_BEFORE_TO.has((doc.tokens[k - 1] as Token | undefined)?.lower ?? '') ||
        speaksAhead(doc.body.slice(sentence.start, token.start)) ||
        governedByPresent(doc, sentence, k)
      );
    }
    if (token.pos === 'AUX') auxiliaries.push(token.lower);
    else if (token.pos !== 'ADV' && token.pos !== 'PART') break;
  }
  // "is meeting on Monday": the present progressive of an arrangement.
  if (auxiliaries.length === 1 && PRESENT_BE.has(auxiliaries[0]!) && trigger.lower.endsWith('ing')) return true;
  return auxiliaries.length === 0 && isScheduledPresent(trigger);
}

/**
 * The simple present of a scheduled event in the third person ("the president meets the chancellor on Friday");
 * its base form is left to the past, since the tagger reads many a noun as a verb in its base form ("the only
 * state holding …"); a verb of saying in the present ("says") reports, it schedules nothing.
 */
function isScheduledPresent(verb: Token): boolean {
  const thirdPerson = verb.lower === `${verb.lemma}s` || verb.lower === `${verb.lemma}es`;
  return thirdPerson && verb.text !== verb.text.toUpperCase() && reportingVerb(verb.lemma) === undefined;
}

/** The verb an infinitive's "to" at `to` completes, in the simple present: "travels to Warsaw on Sunday to meet". */
function governedByPresent(doc: TextDocument, sentence: Sentence, to: number): boolean {
  for (let k = to - 1; k >= sentence.firstToken; k--) {
    const token = doc.tokens[k] as Token;
    if (token.pos === 'VERB') return isScheduledPresent(token);
    if (token.pos === 'AUX') return false;
  }
  return false;
}

/** A subject's noun phrase spans at most this many words, its "of" phrase included. */
const MAX_SUBJECT_WORDS = 6;

/**
 * An event named by a noun opening the sentence as its subject, whose verb is in the present: "the summit opens in
 * Riga on Monday", "the vote is on Friday", "the final of the cup is played on Sunday". A noun elsewhere ("a
 * triumph in Tuesday's elections keeps …") takes its time from a clause of its own.
 */
function nounsVerbIsPresent(doc: TextDocument, sentence: Sentence, at: number): boolean {
  const inSubject = (token: Token) => NOUN_PHRASE_TAGS.has(token.pos) || token.lower === 'of';
  for (let k = sentence.firstToken; k < at; k++) if (!inSubject(doc.tokens[k] as Token)) return false;
  for (let k = at + 1; k < sentence.endToken && k - sentence.firstToken <= MAX_SUBJECT_WORDS; k++) {
    const token = doc.tokens[k] as Token;
    if (token.pos === 'AUX') return PRESENT_BE.has(token.lower);
    if (token.pos === 'VERB') return isScheduledPresent(token);
    if (!inSubject(token)) return false;
  }
  return false;
}
