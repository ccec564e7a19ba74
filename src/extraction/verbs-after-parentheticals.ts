// The tagger reads a verb's present right after a parenthetical as a plural noun: "An eight year study, published
// in Nature, claims the virus …" comes out "…, claims/NOUN the/DET virus". Where a sentence opens with a noun phrase
// and one parenthetical set off by commas, the word after the closing comma is where the main clause's verb
// stands (Quirk et al. 1985 §17.22, non-restrictive postmodifiers between subject and verb); a reporting verb's
// present there, followed by what opens its object, is that verb.
import { reportingVerb } from './reporting-words.ts';
import type { TextDocument, Token } from './text/document.ts';

// What a reporting verb's complement may open on: "claims that …", "says the …", "argues it …".
const COMPLEMENT_OPENERS = new Set(['DET', 'PRON', 'SCONJ']);

/** Retags "claims" in "An eight year study, published in Nature, claims the virus …" as a verb. */
export function retagVerbsAfterParentheticals(doc: TextDocument): void {
  const tokens = doc.tokens;
  for (let i = 3; i < tokens.length - 1; i++) {
    const word = tokens[i] as Token;
    if (word.pos !== 'NOUN' || !word.lower.endsWith('s') || word.lower === word.lemma) continue;
    if (tokens[i - 1]?.text !== ',' || !COMPLEMENT_OPENERS.has((tokens[i + 1] as Token).pos)) continue;
    if (reportingVerb(word.lemma) === undefined || !closesParentheticalAfterSubject(tokens, i - 1)) continue;
    word.pos = 'VERB';
  }
}

/** The comma at `comma` closes the one parenthetical after a sentence's opening noun phrase, which holds no verb. */
function closesParentheticalAfterSubject(tokens: Token[], comma: number): boolean {
  const sentence = (tokens[comma] as Token).sentence;
  let opening = -1;
  for (let k = comma - 1; k >= 0 && (tokens[k] as Token).sentence === sentence; k--) {
    if ((tokens[k] as Token).text !== ',') continue;
    opening = k;
    break;
  }
  if (opening < 1) return false;
  for (let k = opening - 1; k >= 0 && (tokens[k] as Token).sentence === sentence; k--) {
    const token = tokens[k] as Token;
    if (token.text === ',' || token.pos === 'VERB' || token.pos === 'AUX') return false;
  }
  const head = tokens[opening - 1] as Token;
  return head.pos === 'NOUN' || head.pos === 'PROPN';
}
