/** Conjunctions that open an adverbial clause (Quirk et al. 1985 §14.12): a cue after one is not the main clause's. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'although',
  'though',
  'while',
  'before',
  'after',
  'as',
  'when',
  'because',
  'if',
  'since',
  'until',
  'unless',
  'whereas',
  'once',
]);
