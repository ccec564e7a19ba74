import type { Token } from './text/document.ts';
import { isAccordingTo } from './cue-verbs.ts';
import { reportingVerb } from './reporting-words.ts';

const SOURCE_OPENERS = new Set(['DET', 'PROPN']);
const IN_THE_WORDS_OF = ['in', 'the', 'words', 'of'];
/** How many words a channel set off by commas may run: "per a court-appointed translator". */
const MAX_CHANNEL_WORDS = 8;

/** "Per the statement, …", "…, per a court filing": not "per cent", "per year", "$5 per hour". */
function isPer(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.lower !== 'per') return false;
  const before = tokens[i - 1];
  const opens =
    before === undefined || before.sentence !== token.sentence || before.text === ',' || before.text === '(';
  return opens && SOURCE_OPENERS.has(tokens[i + 1]?.pos ?? '');
}

/**
 * "As reported by the Courier, …", "…, as confirmed by the regulator": "as", the participle of a verb that reports
 * a clause, and "by" name the source of the main clause (a passive comment clause, Quirk et al. 1985, §15.57).
 */
function isPassiveAsClause(tokens: Token[], i: number): boolean {
  const participle = tokens[i + 1];
  if (tokens[i]?.lower !== 'as' || tokens[i + 2]?.lower !== 'by' || !participle) return false;
  if (!/(?:ed|en|said|told|written)$/.test(participle.lower) || participle.quote >= 0) return false;
  // Set off from what it comments on: opening the sentence, after a comma, or after "and" ("…, and as confirmed
  // by …"); "a cleanup drive as announced by the governor" qualifies a noun.
  const before = tokens[i - 1];
  const setOff =
    before === undefined ||
    before.sentence !== tokens[i]?.sentence ||
    /^[,(;—–]$/.test(before.text) ||
    (/^(?:and|but)$/.test(before.lower) && tokens[i - 2]?.text === ',');
  if (!setOff) return false;
  const verb = reportingVerb(participle.lemma);
  return verb !== undefined && verb.frame === 'clause' && !verb.only && !verb.quoteOnly;
}

/**
 * The number of words of a phrase that names a source the way "according to" does, at token `i`, or 0:
 * "according to X", "per X", "in the words of X", "as reported by X".
 */
export function sourcePhraseAt(tokens: Token[], i: number): number {
  const words = sourcePhraseWords(tokens, i);
  return words > 0 && isAfterSpeechVerb(tokens, i, words) ? 0 : words;
}

function sourcePhraseWords(tokens: Token[], i: number): number {
  if (isAccordingTo(tokens, i)) return 2;
  if (isPer(tokens, i)) return 1;
  if (isPassiveAsClause(tokens, i)) return 3;
  // Asked at every token: the first word is tested before a closure is made for the rest.
  const inTheWordsOf =
    tokens[i]?.lower === IN_THE_WORDS_OF[0] && IN_THE_WORDS_OF.every((word, k) => tokens[i + k]?.lower === word);
  return inTheWordsOf ? IN_THE_WORDS_OF.length : 0;
}

/**
 * "Lehel said, per a translator, that …", "she told reporters, according to a transcript, that …": set off on both
 * sides right after a verb that reports a clause, the phrase names the channel of that verb's report, whose
 * subject speaks. Not "the firms he criticizes, according to new records.": there the phrase closes the sentence
 * and names the source of all of it.
 */
function isAfterSpeechVerb(tokens: Token[], i: number, words: number): boolean {
  if (tokens[i - 1]?.text !== ',' || !closedByComma(tokens, i + words)) return false;
  let verb = tokens[i - 2];
  // "told reporters, per …": past the recipient of the verb.
  const beforeRecipient = tokens[i - 3];
  if (verb && verb.pos !== 'VERB' && beforeRecipient?.pos === 'VERB' && framed(beforeRecipient) === 'recipient')
    verb = beforeRecipient;
  if (verb === undefined || verb.pos !== 'VERB' || verb.quote >= 0) return false;
  const frame = framed(verb);
  return (frame === 'clause' || frame === 'recipient') && tokens[verb.index - 1]?.lower !== 'to';
}

/** The frame of a verb of saying that is no evidential ("find", "show"), whose subject reports nothing. */
function framed(verb: Token): string | undefined {
  const speech = reportingVerb(verb.lemma);
  return speech && !speech.evidential ? speech.frame : undefined;
}

/** A comma closes the phrase opening at `first` within a few words, in its sentence. */
function closedByComma(tokens: Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  for (let k = first; k < first + MAX_CHANNEL_WORDS && tokens[k]?.sentence === sentence; k++)
    if ((tokens[k] as Token).text === ',') return true;
  return false;
}
