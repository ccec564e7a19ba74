// Praise for words of judgement that wink-nlp's sentiment lexicon does not score ("legend", "lauded", "gutsy",
// "masterful"), propagated from its scores over the word vectors' nearest neighbours (data/polarity-lexicon.json,
// made by data/build-polarity-lexicon.ts; its "_about" says how). A fallback only: scaled below wink-nlp's own
// scores. Praise only: the blame so induced named facts of crime and illness ("inmates", "unexplained") as often
// as judgements, and turned reports into opposition.
import polarity from '../data/polarity-lexicon.json' with { type: 'json' };

const INDUCED = new Map<string, number>(Object.entries(polarity.words as Record<string, number>));

/** The word's induced praise, 0 … 1 (0 where none was induced). */
export function inducedPolarity(word: string): number {
  return INDUCED.get(word) ?? 0;
}
