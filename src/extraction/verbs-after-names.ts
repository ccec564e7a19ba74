// The tagger reads the present of a verb after a person's name as a plural noun, a compound's head, as in "Apple
// Watch sales": "Anna Berg travels to Warsaw", "Marco Lee signs a contract", "Jan Kowal reports that …". A
// person's name seldom heads a compound with a plural ("the Biden campaign" is singular), so after a given name
// and a surname, a plural of a verb that tells an event or a report is that verb: the clause keeps its verb, the
// name its place as the subject. The noun stays where a verb follows it ("Jan Kowal returns were filed").
// After a surname alone ("Cosby claims his encounter … was consensual") the compound is likelier ("the Cosby
// claims"), so there only a verb that reports a clause is retagged, and only where its clause opens on a pronoun.
import { isEventVerb } from './events.ts';
import { isGivenName } from './given-names.ts';
import { isCapitalisedName } from './names.ts';
import { reportingVerb } from './reporting-words.ts';
import type { TextDocument, Token } from './text/document.ts';

// What a verb's object, complement or adjunct may open on.
const AFTER_VERB = new Set(['ADP', 'DET', 'PRON', 'PART', 'SCONJ', 'NUM', 'PROPN', 'ADJ']);

// Pronouns that can only be a verb's object: "her" may open a noun phrase ("call her mother"), "it" a relative
// clause ("the call it made").
const OBJECT_ONLY_PRONOUNS = new Set(['them', 'him', 'us', 'me']);

// Pronouns that open a reported clause as its subject or its subject's determiner (Quirk et al. 1985 §15.3, the
// zero "that"): "claims he was", "claims his encounter … was". A compound noun is followed by neither.
const CLAUSE_OPENING_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'its', 'our', 'my']);
// What a name heading a compound has before it: "the Cosby claims", "Trump's Cosby claims".
const COMPOUND_OPENERS = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'PART']);

/**
 * Retags as verbs the plurals that follow a person's given name and surname and read as a verb's present, and
 * the base forms between a name and an object pronoun: "Obama and Clinton call them lone wolves".
 */
export function retagVerbsAfterNames(doc: TextDocument): void {
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    const word = tokens[i] as Token;
    if (word.pos !== 'NOUN') continue;
    if (word.lower === word.lemma) {
      if (isBaseFormBeforeObject(tokens, word)) word.pos = 'VERB';
      continue;
    }
    if (word.lower !== `${word.lemma}s`) continue;
    const [given, surname, next] = [tokens[i - 2], tokens[i - 1], tokens[i + 1] as Token];
    if (isReportBeforeClause(word, surname, given, next)) {
      word.pos = 'VERB';
      continue;
    }
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

/** "Cosby claims his encounter …": a clause-reporting verb's present after a lone name, before a pronoun opening the clause. */
function isReportBeforeClause(word: Token, name: Token | undefined, before: Token | undefined, next: Token): boolean {
  if (!isCapitalisedName(name) || isCapitalisedName(before) || COMPOUND_OPENERS.has(before?.pos ?? '')) return false;
  if (next.sentence !== word.sentence || !CLAUSE_OPENING_PRONOUNS.has(next.lower)) return false;
  return reportingVerb(word.lemma)?.frame === 'clause';
}
