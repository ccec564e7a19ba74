import type { TextDocument, Token } from './text/document.ts';
import { isQuoteMark } from './sources.ts';
import { reportingVerb } from './reporting-words.ts';

const PHRASE_TAGS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
// Words that begin the name given after the one named: "called him a liar", "called the plan “a farce”",
// "called the charges unsubstantiated", "called the shootings racially motivated".
const NAME_OPENERS = new Set(['DET', 'NUM', 'ADJ', 'ADV', 'NOUN', 'PROPN']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

function opensName(token: Token | undefined): boolean {
  return token !== undefined && (isQuoteMark(token) || token.quote >= 0 || NAME_OPENERS.has(token.pos));
}

/**
 * A verb of naming reports only with the name it gives: "called the merger “a disaster”", "dubbed him the Iron
 * Mayor". With one phrase alone it summons or convenes ("called an emergency meeting", "called a referendum for
 * June"), challenges ("called them on it"), or is a participle ("officials, called delegates, …"); with an
 * infinitive it asks ("called to mind", "called to build a wall"). False when the words at `first` are such a
 * phrase or infinitive without a name after them.
 */
export function givesName(doc: TextDocument, first: number, end: number): boolean {
  const start = doc.tokens[first];
  if (!start) return false;
  // "called to mind" evokes; "called to ban imports" still calls for something.
  if (start.lower === 'to') return doc.tokens[first + 1]?.lower !== 'mind';
  // "called him a liar", "called him out for …" (to call out is to denounce); "called her son a hero" goes on.
  if (start.pos === 'PRON' && !POSSESSIVES.has(start.lower))
    return opensName(doc.tokens[first + 1]) || doc.tokens[first + 1]?.lower === 'out';
  // "called her a liar": "her" is the one named when a determiner follows.
  if (start.pos === 'PRON' && doc.tokens[first + 1]?.pos === 'DET') return true;
  if ((!PHRASE_TAGS.has(start.pos) && start.pos !== 'PRON') || start.quote >= 0) return true;
  let head = false;
  let commas = 0;
  for (let k = first; k < end; k++) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0 || isQuoteMark(token)) return true;
    // "Manning's release": a word before a possessive mark is a noun, whatever the tagger read.
    const noun = token.pos === 'NOUN' || token.pos === 'PROPN' || POSSESSIVE_MARKS.has(doc.tokens[k + 1]?.lower ?? '');
    // "the decision to hear the case “absurd”": an infinitive after the head noun modifies it; "called the police
    // to report …" summons them, and the report is the infinitive's.
    const infinitive = doc.tokens[k + 1];
    if (head && token.lower === 'to' && infinitive?.pos === 'VERB' && !reportingVerb(infinitive.lemma)) {
      k++;
      head = false;
      continue;
    }
    // After the head noun, a determiner, an adjective, an adverb, a possessive or "as" opens the name ("the
    // senator a liar", "the town her home", "the remarks as “a yawn”").
    if (head && !noun && (opensName(token) || token.pos === 'PRON' || token.lower === 'as')) return true;
    // "Lopez, the club treasurer, a menace": the comma closing an appositive, before the name.
    if (token.text === ',' && commas++ > 0 && opensName(doc.tokens[k + 1])) return true;
    if (noun) head = true;
    // "undocumented immigrants from Mexico “rapists”", "Clinton, his rival, a fraud", "the feud: “…”", "the
    // citation and the demand a ploy".
    // "order for Manning's release": the tagger may read "for" as a conjunction.
    else if (
      token.pos === 'ADP' ||
      token.pos === 'CCONJ' ||
      token.text === ',' ||
      token.text === ':' ||
      token.lower === 'for'
    )
      head = false;
    else if (!PHRASE_TAGS.has(token.pos) && !POSSESSIVE_MARKS.has(token.lower) && token.pos !== 'PRON') {
      // "her fallen son": a participle before its noun.
      const modifier = /(?:ed|en)$/.test(token.lower) && doc.tokens[k + 1]?.pos === 'NOUN';
      if (!modifier) return false;
    }
  }
  return false;
}
