// The tagger reads the present of a verb after a person's name as a plural noun, a compound's head, as in "Apple
// Watch sales": "Anna Berg travels to Warsaw", "Marco Lee signs a contract", "Jan Kowal reports that …". A
// person's name seldom heads a compound with a plural ("the Biden campaign" is singular), so after a given name
// and a surname, a plural of a verb that tells an event or a report is that verb: the clause keeps its verb, the
// name its place as the subject. The noun stays where a verb follows it ("Jan Kowal returns were filed").
import { isEventVerb } from './events.ts';
import { isPersonNoun } from './gazetteer.ts';
import { isGivenName } from './given-names.ts';
import { isCapitalisedName } from './names.ts';
import { reportingVerb } from './reporting-words.ts';
import type { TextDocument, Token } from './text/document.ts';

// What a verb's object, complement or adjunct may open on.
const AFTER_VERB = new Set(['ADP', 'DET', 'PRON', 'PART', 'SCONJ', 'NUM', 'PROPN', 'ADJ']);

// Pronouns that can only be a verb's object: "her" may open a noun phrase ("call her mother"), "it" a relative
// clause ("the call it made").
const OBJECT_ONLY_PRONOUNS = new Set(['them', 'him', 'us', 'me']);

/**
 * Retags as verbs the plurals that follow a person's given name and surname and read as a verb's present, and
 * the base forms between a name and an object pronoun: "Obama and Clinton call them lone wolves".
 */
export function retagVerbsAfterNames(doc: TextDocument): void {
  const tokens = doc.tokens;
  for (let i = 2; i < tokens.length - 1; i++) {
    const word = tokens[i] as Token;
    if (word.pos !== 'NOUN') continue;
    if (word.lower === word.lemma) {
      if (isBaseFormBeforeObject(tokens, word) || isReportAfterPluralSubject(tokens, word)) word.pos = 'VERB';
      continue;
    }
    if (word.lower !== `${word.lemma}s`) continue;
    const [given, surname, next] = [tokens[i - 2], tokens[i - 1], tokens[i + 1] as Token];
    if (!isCapitalisedName(surname) || !isCapitalisedName(given) || !isGivenName(given!.text)) continue;
    if (next.sentence !== word.sentence || !AFTER_VERB.has(next.pos)) continue;
    if (isEventVerb(word.lemma) || reportingVerb(word.lemma) !== undefined) word.pos = 'VERB';
  }
}

/** A verb's base form, read as a noun, between a capitalised name and a pronoun only a verb takes. */
function isBaseFormBeforeObject(tokens: Token[], word: Token): boolean {
  const next = tokens[word.index + 1];
  if (!next || next.sentence !== word.sentence || !OBJECT_ONLY_PRONOUNS.has(next.lower)) return false;
  if (!isCapitalisedName(tokens[word.index - 1])) return false;
  return isEventVerb(word.lemma) || reportingVerb(word.lemma) !== undefined;
}

const MAX_SUBJECT_NOUNS = 3;
// Pronouns that can only open a clause as its subject: "records show he backed …".
const SUBJECT_CASE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * "Researchers at the institute report that …", "Results of the studies show dicot species lose …": the base form of
 * a verb of reporting after a plural noun opening the sentence, read as the head of a compound ("the sales report"),
 * is that noun's verb when a reported clause follows it: "that", a subject pronoun, or nouns and then their verb. A compound's head is
 * followed by its own clause's verb instead ("the sales report showed …"); after a verb earlier in the sentence the
 * noun is no subject of the sentence ("Heald noted the findings show …" is her report, "the proposals offer a stark
 * alternative" an object).
 */
function isReportAfterPluralSubject(tokens: Token[], word: Token): boolean {
  const before = tokens[word.index - 1];
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN') || reportingVerb(word.lemma) === undefined)
    return false;
  const subject = pluralSubjectBefore(tokens, word);
  if (subject < 0) return false;
  for (let k = subject - 1; k >= 0 && (tokens[k] as Token).sentence === word.sentence; k--)
    if ((tokens[k] as Token).pos === 'VERB' || (tokens[k] as Token).pos === 'AUX') return false;
  const next = tokens[word.index + 1];
  if (!next || next.sentence !== word.sentence) return false;
  if (next.lower === 'that' || SUBJECT_CASE_PRONOUNS.has(next.lower)) return true;
  if (next.pos !== 'NOUN') return false;
  for (let k = word.index + 2; k <= word.index + 1 + MAX_SUBJECT_NOUNS; k++) {
    const after = tokens[k];
    if (!after || after.sentence !== word.sentence) return false;
    if (after.pos === 'VERB' || after.pos === 'AUX') return true;
    if (after.pos !== 'NOUN') return false;
  }
  return false;
}

// What a subject's noun phrase holds: its nouns and modifiers, and the prepositions of its complements ("researchers
// at the institute", "results of the studies").
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const SUBJECT_PREPOSITIONS = new Set(['of', 'at', 'in', 'from', 'for', 'with']);
const MAX_SUBJECT_TOKENS = 8;

/** Where the noun phrase right before `word` starts, when it holds a plural noun (the subject a plural verb agrees
 *  with); -1 otherwise. */
function pluralSubjectBefore(tokens: Token[], word: Token): number {
  let plural = false;
  let start = word.index;
  for (let k = word.index - 1; k >= Math.max(0, word.index - MAX_SUBJECT_TOKENS); k--) {
    const token = tokens[k] as Token;
    if (token.sentence !== word.sentence) break;
    if (!SUBJECT_TAGS.has(token.pos) && !SUBJECT_PREPOSITIONS.has(token.lower)) break;
    start = k;
    // A capitalised plural opening the sentence keeps its form as its lemma: "Researchers" is a plural of people.
    plural ||=
      (token.pos === 'NOUN' || token.pos === 'PROPN') &&
      token.lower.endsWith('s') &&
      !token.lower.endsWith('ss') &&
      (token.lower !== token.lemma || isPersonNoun(token.lower.slice(0, -1)));
  }
  return plural ? start : -1;
}
