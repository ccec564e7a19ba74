// "called Trump “unhinged”", "described the incident as “so cringe”", "calling Abe an “Asian Hitler” on Wednesday":
// a verb of naming or describing gives its object a name or a quality, and the quoted words are the speaker's. The
// object is the writer's, so the quotation alone is what was said: a direct statement however short, as annotators
// mark "a crisis of public trust" (cue "called"). A quotation of three words or more is direct.ts's already.
import type { TextDocument, Token } from './text/document.ts';
import type { Attribution } from './attribution.ts';
import { isStatementQuote, type Quote } from './quotes.ts';
import type { Part } from './reported-content.ts';
import { isQuoteMark } from './sources.ts';
import { POSSESSIVE_MARKS } from './noun-phrases.ts';

// VerbNet's characterize-29.2 verbs name a quality with "as": "described the plan as “reckless”".
const DESCRIBING_CLASS = 'characterize-29.2';
const LEADING_DETERMINERS = new Set(['a', 'an', 'the']);

/** A verb that says the object is what the quotation names: the dub frame bare, or describing "as". */
function namesItsObject(attribution: Attribution, beforeMark: Token | undefined): boolean {
  const verb = attribution.verb;
  if (!verb || attribution.preposition !== null) return false;
  if (verb.frame === 'dub') return true;
  return verb.verbClass === DESCRIBING_CLASS && beforeMark?.lower === 'as';
}

/**
 * The short quotation a verb of naming gives its object, or null. The part must hold one quotation, after an object
 * without a verb of its own but an infinitive ("his death", "the Prime Minister of Japan, Shinzo Abe,", "the decision to hear
 * the case"), with no more than an adjunct
 * after it ("on Wednesday"), so "called it “chaos” and said he would leave" stays a report.
 */
export function quotedEpithet(doc: TextDocument, attribution: Attribution, part: Part, quotes: Quote[]): Quote | null {
  let quote: Quote | null = null;
  let open = -1;
  for (let i = part.first; i < part.end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote < 0) continue;
    if (quote && token.quote !== quote.index) return null;
    if (!quote) {
      quote = quotes[token.quote] as Quote;
      open = i - 1;
    }
  }
  if (!quote || isStatementQuote(quote) || !isQuoteMark(doc.tokens[open]) || open <= part.first) return null;
  let nameStart = open;
  while (LEADING_DETERMINERS.has(doc.tokens[nameStart - 1]?.lower ?? '')) nameStart--;
  // "what former employees called a “reckless scheme”": the one named came before the verb, and the name is the
  // whole report already.
  if (nameStart <= part.first || !namesItsObject(attribution, doc.tokens[nameStart - 1])) return null;
  for (let i = part.first; i < part.end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0 || (token.pos !== 'VERB' && token.pos !== 'AUX')) continue;
    // "the decision by the court to hear the case": an infinitive may modify the object.
    if (i < open && doc.tokens[i - 1]?.lower === 'to') continue;
    // "Manning's release": a word before a possessive mark is a noun, whatever the tagger read.
    if (POSSESSIVE_MARKS.has(doc.tokens[i + 1]?.lower ?? '')) continue;
    return null;
  }
  return quote;
}
