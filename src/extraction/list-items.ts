import type { Attribution } from './attribution.ts';
import type { StatementDraft } from './statement-draft.ts';
import type { Paragraph, TextDocument, Token } from './text/document.ts';
import { isQuoteMark } from './sources.ts';

// Paragraphs of the story's own between two items of a list ("Forcing …;" / facts backing it / "Threatening …;").
const MAX_GAP = 3;

function firstToken(doc: TextDocument, paragraph: Paragraph): Token {
  return doc.tokens[(doc.sentences[paragraph.firstSentence] as { firstToken: number }).firstToken] as Token;
}

function lastToken(doc: TextDocument, paragraph: Paragraph): Token {
  return doc.tokens[(doc.sentences[paragraph.endSentence - 1] as { endToken: number }).endToken - 1] as Token;
}

/** The form an item opens with: a gerund ("Forcing …"), else its word class. */
function openingForm(token: Token): string {
  return token.pos === 'VERB' && token.lower.endsWith('ing') ? 'GERUND' : token.pos;
}

/**
 * "According to the complaint, the firm broke the law by, among other things: / Forcing customers into …; /
 * (facts backing it) / Threatening retaliation …; / … / Abusing its power …." A paragraph closing on a colon
 * after a cue opens a list whose items end with semicolons and open alike; each item is the source's statement,
 * whatever the story's own paragraphs between them tell. The last item may end with a full stop.
 */
export function listItemStatements(doc: TextDocument, attributions: Attribution[]): StatementDraft[] {
  const drafts: StatementDraft[] = [];
  for (const paragraph of doc.paragraphs) {
    if (lastToken(doc, paragraph).text !== ':') continue;
    const lastSentence = paragraph.endSentence - 1;
    // The sentence's first cue is its source; a later one ("the firm maintained …") lies inside what it reports.
    const attribution = attributions.find((a) => a.sentence === lastSentence && !a.negated);
    const first = doc.paragraphs[paragraph.index + 1];
    if (!attribution || !first || lastToken(doc, first).text !== ';') continue;
    const form = openingForm(firstToken(doc, first));
    if (isQuoteMark(firstToken(doc, first)) || form === 'PUNCT') continue;
    let gap = 0;
    for (let p = paragraph.index + 1; p < doc.paragraphs.length && gap <= MAX_GAP; p++) {
      const item = doc.paragraphs[p] as Paragraph;
      const end = lastToken(doc, item);
      const cited = attributions.some((a) => a.paragraph === p);
      const isItem = openingForm(firstToken(doc, item)) === form && (end.text === ';' || (end.text === '.' && !cited));
      if (!isItem) {
        if (end.text === ':') break;
        gap++;
        continue;
      }
      gap = 0;
      const span = { start: item.start, end: end.start };
      drafts.push({ attribution, kind: 'INDIRECT', pieces: [span], sentence: span, paragraph: p });
      if (end.text === '.') break;
    }
  }
  return drafts;
}
