// Praise induced from the word vectors for words wink-nlp's lexicon does not score (induced-polarity.ts,
// data/polarity-lexicon.json). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { lexiconSentiment, wordSentiment } from '../../src/extraction/stance/read-text.ts';
import { inducedPolarity } from '../../src/extraction/stance/induced-polarity.ts';
import polarity from '../../src/extraction/data/polarity-lexicon.json' with { type: 'json' };

const painter = { words: ['painter', 'legacy'], name: "the painter's legacy" };

describe('induced praise', () => {
  it('scores words of praise wink-nlp leaves unscored, below its own scale', () => {
    for (const word of ['legend', 'lauded', 'gutsy', 'masterful']) {
      expect(lexiconSentiment(word)).toBe(0);
      expect(inducedPolarity(word)).toBeGreaterThan(0.2);
      expect(inducedPolarity(word)).toBeLessThanOrEqual(0.75);
      expect(wordSentiment(word)).toBe(inducedPolarity(word));
    }
  });

  it('leaves wink-nlp scored words, blame and the commonest words to wink-nlp', () => {
    expect(inducedPolarity('excellent')).toBe(0);
    expect(wordSentiment('excellent')).toBe(lexiconSentiment('excellent'));
    for (const word of ['inmates', 'claims', 'very', 'against', 'chocolate']) expect(inducedPolarity(word)).toBe(0);
    expect(Object.values(polarity.words).every((score) => score > 0 && score <= 0.75)).toBe(true);
    expect(polarity._about).toMatch(/build-polarity-lexicon\.ts/);
  });

  it('reads praise said with such a word as support', () => {
    expect(stanceToward('The painter is a legend.', painter)).toBe('SUPPORTS');
    expect(stanceToward('The painter was not a legend.', painter)).not.toBe('SUPPORTS');
  });
});
