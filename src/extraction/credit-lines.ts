import type { TextDocument } from './text/document.ts';

// "X contributed to this report.", "Contributing: X", "Reporting by X; editing by Y": staff credits, not news.
const CREDIT_LINE =
  /contributed (?:to )?(?:this )?report|^contributing:|^(?:additional )?reporting by\b|^edited by\b|^writing by\b/i;

/** Paragraphs that are staff credits; names in them are not actors. */
export function creditParagraphs(doc: TextDocument): Set<number> {
  const credits = new Set<number>();
  for (const paragraph of doc.paragraphs) {
    const text = doc.body.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 400));
    if (paragraph.end - paragraph.start < 400 && CREDIT_LINE.test(text)) credits.add(paragraph.index);
  }
  return credits;
}
