import type { Attribution } from './attribution.ts';
import { isStatementQuote, type Quote } from './quotes.ts';
import type { StatementDraft } from './statement-draft.ts';
import type { Paragraph, TextDocument } from './text/document.ts';

/** The paragraph is the quotation and nothing more, bar its closing punctuation. */
function isWholeParagraph(doc: TextDocument, quote: Quote): boolean {
  const paragraph = doc.paragraphs[quote.paragraph] as Paragraph;
  if (quote.open !== paragraph.start) return false;
  const after = quote.close === null ? '' : doc.body.slice(quote.close + 1, paragraph.end);
  return /^[\s.,;!?]*$/.test(after);
}

/**
 * "Lena Ford warned that the levy could double. / “If they raise it again, the shops on the square will close.”":
 * a paragraph that is only a quotation, with no cue of its own and none that took it, is said by the speaker of
 * the last cue in the paragraph right before it.
 */
export function quoteParagraphStatements(
  doc: TextDocument,
  quotes: Quote[],
  attributions: Attribution[],
  drafts: StatementDraft[],
): StatementDraft[] {
  const found: StatementDraft[] = [];
  for (const quote of quotes) {
    if (quote.continues !== null || !isStatementQuote(quote) || !isWholeParagraph(doc, quote)) continue;
    if (drafts.some((d) => d.pieces.some((p) => p.start < quote.end && quote.start < p.end))) continue;
    if (attributions.some((a) => a.paragraph === quote.paragraph)) continue;
    const introduction = attributions.findLast((a) => a.paragraph === quote.paragraph - 1);
    if (!introduction || introduction.negated) continue;
    const span = { start: quote.start, end: quote.end };
    found.push({
      attribution: introduction,
      kind: 'DIRECT',
      pieces: [span],
      sentence: span,
      paragraph: quote.paragraph,
    });
  }
  return found;
}
