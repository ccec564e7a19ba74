import type { Token } from './text/document.ts';
import { isAccordingTo } from './cue-verbs.ts';
import { reportingVerb } from './reporting-words.ts';

const SOURCE_OPENERS = new Set(['DET', 'PROPN']);
const IN_THE_WORDS_OF = ['in', 'the', 'words', 'of'];

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
  return words > 0 && isAfterSpeechVerb(tokens, i) ? 0 : words;
}

function sourcePhraseWords(tokens: Token[], i: number): number {
  if (isAccordingTo(tokens, i)) return 2;
  if (isPer(tokens, i)) return 1;
  if (isPassiveAsClause(tokens, i)) return 3;
  return IN_THE_WORDS_OF.every((word, k) => tokens[i + k]?.lower === word) ? IN_THE_WORDS_OF.length : 0;
}

/**
 * "Lehel said, per a translator, that …", "she told reporters, according to a transcript, that …": set off right
 * after a verb of saying, the phrase names the channel of that verb's report, whose subject speaks.
 */
function isAfterSpeechVerb(tokens: Token[], i: number): boolean {
  const comma = tokens[i - 1];
  if (comma?.text !== ',') return false;
  let verb = tokens[i - 2];
  // "told reporters, per …": past the recipient of the verb.
  if (
    verb &&
    verb.pos !== 'VERB' &&
    tokens[i - 3]?.pos === 'VERB' &&
    reportingVerb(tokens[i - 3]!.lemma)?.frame === 'recipient'
  )
    verb = tokens[i - 3];
  if (verb === undefined || verb.pos !== 'VERB' || verb.quote >= 0) return false;
  // A verb of saying with a subject of its own: not "difficult to find, according to the survey", where what is
  // found is evidence, and the phrase names its source.
  const speech = reportingVerb(verb.lemma);
  return speech !== undefined && !speech.evidential && tokens[verb.index - 1]?.lower !== 'to';
}
