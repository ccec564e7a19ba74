// Text normalisation shared by the scorer's metrics. Kept independent of the extractor's own
// normalisers so that the scorer does not grade the extractor by the extractor's rules.

/** Lower case, accents stripped, typographic quotes and dashes folded to ASCII. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

/** Word tokens of a text: runs of letters and digits after folding ("don't" → "don", "t"). */
export function wordTokens(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const LEADING_DETERMINER = /^(?:the|a|an)\s+/;

/**
 * A name or description as a comparison key: folded, punctuation dropped (so "U.S." = "US"),
 * spaces collapsed, a leading article dropped ("The patient" = "the patient" = "patient").
 */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[.'"]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(LEADING_DETERMINER, '');
}

/** A role title as a comparison key: the same folding as names ("Ukrainian President" = "ukrainian president"). */
export function titleKey(title: string): string {
  return nameKey(title);
}

/** Token-level overlap F1 of two texts (multiset intersection of word tokens). */
export function tokenF1(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / b.length;
  const recall = common / a.length;
  return (2 * precision * recall) / (precision + recall);
}
