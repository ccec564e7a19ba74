import type { TextDocument } from './text/document.ts';

// "X contributed to this report.", "Contributing: X", "(Reporting by X; editing by Y)", "X reported on this story
// for Y", "X adapted this story", "I'm X." (a broadcaster's sign-off), "Photo: X / Agency", "Photograph: X",
// "Illustration: X", "Credit: X", and how to reach the writer or who the writer is: staff credits, not news.
const CREDIT_LINE =
  /contributed (?:to )?(?:this |the )?(?:report|story)|^contributing:|^\(?(?:additional )?reporting by\b|^\(?(?:edited|editing|writing|compiled|graphics) by\b|\b(?:reported|wrote|adapted|produced)(?: on)? this (?:story|report)\b|\bwas the editor\b|^I['’]m \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}\.?$|^(?:photo(?:graph)?|image|picture|illustration|graphic)s?(?: by)?:|^(?:photo )?credits?:/iu;
// "Copyright 2024 The Associated Press. All rights reserved.", "© 2024 Reuters", "This material may not be published,
// broadcast, rewritten or redistributed.", "This story was originally published by ProPublica.": the publisher's notice
// of its rights, or of where a story ran first, closing a story taken from a wire or a partner.
const RIGHTS_NOTICE =
  /^(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b|\bmay not be (?:re)?(?:published|reproduced|broadcast|redistributed)\b|^this (?:story|article|report) (?:was )?(?:originally|first) (?:published|appeared)\b|^(?:originally|first) (?:published|appeared) (?:in|on|by|at) [^.]{1,80}\.?$/iu;
// "By Jane Holloway", "By Jane Holloway and Tom Gray, Reuters": a byline is a paragraph of "By" and names.
const BYLINE = /^(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*[&|/]\s*)\p{Lu}[\p{L}.'’-]*)*\.?$/u;

// "Follow Jane Smith on Twitter @janesmith", "Contact the author at jsmith@example.com": how to reach the writer.
const FOLLOW_LINE =
  /^(?:follow|contact|email|reach)\b.{0,80}?(?:\b(?:on|at|via)\s+(?:twitter|x|facebook|instagram|bluesky|threads|linkedin|mastodon|tiktok)\b|@[\w.-]+)/iu;
// "Jane Smith is a staff writer for the Tribune.": a paragraph of its own telling who wrote the story.
const AUTHOR_NOTE =
  /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} is (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|columnist|editor|contributor|journalist)(?: (?:for|at|with|of|based in|in|covering) [^.,;]{1,80})?\.?$/u;

// "Neilson Barnard via Getty Images.", "Lara Bent/Reuters": a photograph's credit on a line of its own.
const PICTURE_CREDIT =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+via\s+|\s*\/\s*)\p{Lu}[\p{L}&.' -]{1,40}$/u;

const MAX_CREDIT_CHARS = 400;
// A cheap first test: every credit line holds one of these words.
const CREDIT_WORD =
  /contribut|report|edit|writ|adapt|produc|photo|image|picture|illustrat|graphic|credit|compiled|I['’]m |^by |^follow|^contact|^email|^reach|correspondent|columnist|journalist| via |\/|copyright|©|\(c\)|rights|may not|published|appeared/i;

/** Paragraphs that are staff credits or the publisher's notice of its rights; names in them are not actors. */
export function creditParagraphs(doc: TextDocument): Set<number> {
  const credits = new Set<number>();
  for (const paragraph of doc.paragraphs) {
    if (paragraph.end - paragraph.start >= MAX_CREDIT_CHARS) continue;
    const text = doc.body.slice(paragraph.start, paragraph.end);
    if (!CREDIT_WORD.test(text)) continue;
    const line = text.trim();
    if (
      CREDIT_LINE.test(line) ||
      RIGHTS_NOTICE.test(line) ||
      BYLINE.test(line) ||
      FOLLOW_LINE.test(line) ||
      AUTHOR_NOTE.test(line) ||
      PICTURE_CREDIT.test(line)
    )
      credits.add(paragraph.index);
  }
  return credits;
}

// "Editor's note: …", "Editors’ Note — …": the publisher speaking of its own coverage or of a person it covers,
// repeated under every story of a series; a note, not news anyone said.
const PUBLISHERS_NOTE = /^\s*editors?['’]?s?['’]? note\s*[:—–-]/i;

/** Paragraphs that are the publisher's notes on its coverage; what they tell is no one's statement. */
export function publishersNoteParagraphs(doc: TextDocument): Set<number> {
  const notes = new Set<number>();
  for (const paragraph of doc.paragraphs)
    if (PUBLISHERS_NOTE.test(doc.body.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 40))))
      notes.add(paragraph.index);
  return notes;
}

// "(AP Photo/Evan Vucci)", "(Reuters Photo / Lara Bent)": a photographer's credit closing a caption.
const PHOTO_CREDIT = /\((?:[\p{Lu}.]+\s+)?photo\s*\/[^)]*\)/giu;

/** Character ranges of photo credits in brackets, wherever they stand; names in them are not actors. */
export function photoCreditSpans(doc: TextDocument): Array<{ start: number; end: number }> {
  if (!/photo\s*\//i.test(doc.body)) return [];
  return [...doc.body.matchAll(PHOTO_CREDIT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
