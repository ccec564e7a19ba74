// Some sources write quotation marks as two apostrophes (''like this'', as The New York Times' archive
// does) or as TeX-style ``pairs''. The tagger reads those as two separate apostrophes and breaks sentences
// between them, so they are rewritten as typographic marks before anything reads the text. The rewrite
// keeps every offset: each two-character mark becomes a one-character mark and a space.

const DOUBLED_MARK = /''|``/g;
const OPENS_BEFORE = /[\s([{—–-]/;

/** `text` with doubled apostrophes and backticks as “ ” marks, the same length as `text`. */
export function normaliseQuoteMarks(text: string): string {
  if (!text.includes("''") && !text.includes('``')) return text;
  return text.replace(DOUBLED_MARK, (mark, at: number) => {
    const before = at === 0 ? ' ' : (text[at - 1] as string);
    const opening = mark === '``' || OPENS_BEFORE.test(before);
    // The space goes on the side away from the quoted words, so that the mark stays next to them.
    return opening ? ' “' : '” ';
  });
}
