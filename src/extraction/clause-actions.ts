import type { Sentence, TextDocument, Token } from './text/document.ts';
import type { NamedActors } from './actors.ts';
import type { Trigger } from './event-trigger.ts';
import { reportingVerb } from './reporting-words.ts';
import { isPersonNoun } from './gazetteer.ts';
import { isDateWord } from './names.ts';
import { BE_FORMS, beforeVerbGroup } from './verb-groups.ts';

// Verbs of states, not happenings (Levin 1993: verbs of existence, of being and seeming, of desire and of
// cognition, of possession and measure): "remained in custody", "wanted a recount", "included two ministers".
// Verbs of saying are read as statements instead (data/reporting-words.json).
const STATE_VERBS = new Set([
  'be',
  'have',
  'do',
  'seem',
  'appear',
  'remain',
  'become',
  'exist',
  'know',
  'think',
  'believe',
  'consider',
  'mean',
  'want',
  'need',
  'wish',
  'hope',
  'expect',
  'feel',
  'like',
  'love',
  'hate',
  'include',
  'contain',
  'involve',
  'lack',
  'own',
  'belong',
  'consist',
  'depend',
  'deserve',
  'tend',
  'cost',
  // "faced charges", "faced criticism", "faced Ghana": what is faced tells the event, read by its own word.
  'face',
]);

// Participles that tell a state after "be" (Levin's amuse-type psych verbs, and verbs of placing and entitling
// read as adjectives): "was shocked", "were motivated by", "is located in", "is entitled to".
const STATE_PARTICIPLES = new Set([
  'alarm',
  'amaze',
  'anger',
  'annoy',
  'astonish',
  'concern',
  'confuse',
  'delight',
  'disappoint',
  'disturb',
  'embarrass',
  'excite',
  'frighten',
  'frustrate',
  'horrify',
  'impress',
  'interest',
  'motivate',
  'offend',
  'please',
  'puzzle',
  'satisfy',
  'scare',
  'shock',
  'surprise',
  'terrify',
  'upset',
  'worry',
  'locate',
  'situate',
  'base',
  'entitle',
  'suppose',
  'relate',
  'link',
]);

// "Last week he resigned": a time noun before the subject opens no relative clause.
const TIME_NOUNS = new Set(['week', 'month', 'year', 'day', 'night', 'morning', 'afternoon', 'evening', 'weekend']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'they']);
const RELATIVE_SUBJECTS = new Set(['who', 'which']);
// What makes the name after it an object: a verb ("to free Arlo Vennberg"). Not a preposition: "after Italy
// failed to qualify" opens a clause of time.
const OBJECT_MARKS = new Set(['VERB', 'PART']);

/** The group of every clause's action. */
export const CLAUSE_ACTIONS = 'OTHER:clause';

/** A form of "be" among the tokens [from, verb) of a verb group. */
function hasBeBefore(doc: TextDocument, from: number, verb: number): boolean {
  for (let t = from; t < verb; t++) if (BE_FORMS.has((doc.tokens[t] as Token).lower)) return true;
  return false;
}

/** The occasion of a clause's action: its verb, so "arrested" and later "released" are two happenings. */
function actionOf(lemma: string): Trigger {
  return {
    type: 'OTHER',
    occasion: `${CLAUSE_ACTIONS}:${lemma}`,
    group: `${CLAUSE_ACTIONS}:${lemma}`,
    words: [lemma],
    pos: 'VERB',
    setting: false,
  };
}

/**
 * A verb in the past whose subject, right before its auxiliaries and adverbs, is a named actor, a person's
 * pronoun or a relative pronoun after a name: "Mubarak ordered the army onto the streets", "the Kenya Red Cross
 * provided food", "he was moved to Barlinnie". News tells its story in such clauses beyond any list of event words; whether one is told as
 * real (not a hypothesis, a denial, a habit) is read as for every trigger (events.ts).
 */
export function clauseActionAt(doc: TextDocument, named: NamedActors, sentence: Sentence, i: number): Trigger | null {
  const token = doc.tokens[i] as Token;
  if (token.pos !== 'VERB' || token.quote >= 0 || STATE_VERBS.has(token.lemma) || reportingVerb(token.lemma))
    return null;
  // A word of a name the tagger read as a verb: "experts on jail suicide", "Fitch Rated".
  if (named.actorAtToken.has(i) || token.text !== token.lower) return null;
  // The past and its participle differ from the lemma and end on neither "-ing" nor the present's "-s".
  if (token.lower === token.lemma || token.lower.endsWith('ing') || token.lower.endsWith('s')) return null;
  const k = beforeVerbGroup(doc, i, sentence.firstToken);
  if (k < sentence.firstToken) return null;
  // "was subsequently motivated": the adverbs of the verb group stand between "be" and the participle.
  if (STATE_PARTICIPLES.has(token.lemma) && hasBeBefore(doc, k + 1, i)) return null;
  const subject = doc.tokens[k] as Token;
  // "the BEA of France, which also assisted the probe": a relative pronoun after a name and a comma is the name.
  if (RELATIVE_SUBJECTS.has(subject.lower) && doc.tokens[k - 1]?.text === ',' && named.actorAtToken.has(k - 2))
    return actionOf(token.lemma);
  const link = named.actorAtToken.get(k);
  if (!link && !PERSON_PRONOUNS.has(subject.lower)) return null;
  // "Ukraine gripped by fears": a participle right after a name, with its agent, describes the name.
  if (k === i - 1 && doc.tokens[i + 1]?.lower === 'by') return null;
  let first = k;
  while (link && first > sentence.firstToken && named.actorAtToken.get(first - 1)?.actor === link.actor) first--;
  // "The movement to free Arlo Vennberg grew": a name that is the object of a verb is no subject.
  const before = doc.tokens[first - 1];
  if (before && before.index >= sentence.firstToken && OBJECT_MARKS.has(before.pos)) return null;
  return isRelativeClause(doc, sentence, first, !link) ? null : actionOf(token.lemma);
}

const RELATIVE_PRONOUNS = new Set(['which', 'whom', 'that']);

/**
 * The subject opening at `first` opens a relative clause, which describes a thing rather than telling a
 * happening: "a compound that he inhaled", "the humiliation he experienced" (a pronoun right after a noun,
 * "that" left out); not "told reporters that he had resigned", a report.
 */
function isRelativeClause(doc: TextDocument, sentence: Sentence, first: number, pronoun: boolean): boolean {
  const before = doc.tokens[first - 1];
  if (!before || before.index < sentence.firstToken) return false;
  if (pronoun && before.pos === 'NOUN' && !isDateWord(before.text) && !TIME_NOUNS.has(before.lower)) return true;
  if (!RELATIVE_PRONOUNS.has(before.lower)) return false;
  const head = doc.tokens[first - 2];
  return head !== undefined && head.pos === 'NOUN' && !isPersonNoun(head.lower);
}
