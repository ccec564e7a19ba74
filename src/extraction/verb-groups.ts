import type { TextDocument, Token } from './text/document.ts';

// What stands between a verb and its subject: auxiliaries, adverbs and particles ("had not yet started").
export const VERB_GROUP_TAGS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

// The forms of "be" that make a participle after them passive or progressive ("was arrested", "is meeting").
export const BE_FORMS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  '’s',
  "'re",
  '’re',
]);

/** The index of the token before the auxiliaries, adverbs and particles that precede `verb`; below `floor` if none. */
export function beforeVerbGroup(doc: TextDocument, verb: number, floor: number): number {
  let k = verb - 1;
  while (k >= floor && VERB_GROUP_TAGS.has((doc.tokens[k] as Token).pos)) k--;
  return k;
}
