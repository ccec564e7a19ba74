import type { TextDocument, Token } from './text/document.ts';
import { phraseStartingAt, type Phrase } from './noun-phrases.ts';
import { isQuoteMark } from './sources.ts';

const DASHES = new Set(['—', '―', '–']);
const CAPITALISED = /^\p{Lu}/u;
// What may follow the name: the paragraph's end, a title after a comma, a bracketed handle, a full stop.
const AFTER_NAME = new Set([',', '(', '.']);

/**
 * “We will rebuild the bridge.” — Ana Ruiz, mayor: a quotation signed with a dash and a name, as in vox pops,
 * pull quotes and epigraphs. The speaker is the name after the dash; the quotation is its statement.
 */
export function dashSpeakerAt(doc: TextDocument, i: number): Phrase | null {
  const dash = doc.tokens[i] as Token;
  if (!DASHES.has(dash.text) || dash.quote >= 0) return null;
  // The dash follows a closing mark, right after the quotation's words or its final stop.
  const closing = doc.tokens[i - 1];
  const lastQuoted = doc.tokens[i - 2];
  if (!closing || !isQuoteMark(closing) || closing.quote >= 0 || !lastQuoted) return null;
  if (lastQuoted.quote < 0 && !/^[.!?,]$/.test(lastQuoted.text)) return null;
  const name = phraseStartingAt(doc, i + 1);
  if (!name || !CAPITALISED.test((doc.tokens[name.first] as Token).text)) return null;
  const after = doc.tokens[name.end];
  const endsParagraph = !after || after.paragraph !== dash.paragraph;
  return endsParagraph || AFTER_NAME.has(after.text) ? name : null;
}
