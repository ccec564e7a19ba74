import type { TextDocument } from './text/document.ts';

// "X contributed to this report.", "Contributing: X", "Reporting by X; editing by Y", "X reported on this story
// for Y", "X adapted this story", "I'm X." (a broadcaster's sign-off), "Photo: X / Agency": staff credits, not news.
const CREDIT_LINE =
  /contributed (?:to )?(?:this |the )?(?:report|story)|^contributing:|^(?:additional )?reporting by\b|^edited by\b|^writing by\b|\b(?:reported|wrote|adapted|produced)(?: on)? this (?:story|report)\b|\bwas the editor\b|^I['’]m \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}\.?$|^(?:photo|image|picture)s?(?: by)?:/iu;

const MAX_CREDIT_CHARS = 400;
// A cheap first test: every credit line holds one of these words.
const CREDIT_WORD = /contribut|report|edit|writ|adapt|produc|photo|image|picture|I['’]m /i;

/** Paragraphs that are staff credits; names in them are not actors. */
export function creditParagraphs(doc: TextDocument): Set<number> {
  const credits = new Set<number>();
  for (const paragraph of doc.paragraphs) {
    if (paragraph.end - paragraph.start >= MAX_CREDIT_CHARS) continue;
    const text = doc.body.slice(paragraph.start, paragraph.end);
    if (CREDIT_WORD.test(text) && CREDIT_LINE.test(text)) credits.add(paragraph.index);
  }
  return credits;
}
