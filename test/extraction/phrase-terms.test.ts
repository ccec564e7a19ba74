// A phrase's terms: content words weighted by how rare they are in English news, each with the words
// nearest in meaning (from the word vectors) at a lower credit, and adjacent pairs.
import { describe, expect, it } from 'vitest';
import { phraseTerms, topicKey, topicSlug } from '../../src/extraction/phrase-terms.ts';
import { informativeness, nearestWords, wordSimilarity } from '../../src/extraction/word-vectors.ts';

describe('phrase terms', () => {
  it('keep content words, weigh rare ones more, and add near words and pairs', () => {
    const { words, terms } = phraseTerms('cross-border shelling between the two Koreas');
    expect(words).toEqual(['cross', 'border', 'shelling', 'two', 'koreas']);
    const own = terms.filter((term) => term.credit === 1 && !term.query.includes(' '));
    expect(own.map((term) => term.query)).toEqual(words);
    const weight = (word: string) => own.find((term) => term.query === word)!.weight;
    expect(weight('shelling')).toBeGreaterThan(weight('two'));
    const near = terms.filter((term) => term.group === words.indexOf('shelling') && term.credit < 1);
    expect(near.map((term) => term.query)).toContain('bombardments');
    expect(near.every((term) => term.credit > 0.4 && term.credit < 0.7)).toBe(true);
    expect(terms.map((term) => term.query)).toContain('cross <-> border');
    expect(phraseTerms('the Koreas', { nearWords: false }).terms.map((term) => term.query)).toEqual(['koreas']);
  });

  it('name topics by their words', () => {
    expect(topicKey("  Davis Cup's ")).toBe('davis cup');
    expect(topicSlug('U.S.-Israel ties')).toBe('u-s-israel-ties');
  });
});

describe('word vectors', () => {
  it('know how common a word is and which words mean nearly the same', () => {
    expect(informativeness('the')).toBeLessThan(0.1);
    expect(informativeness('iodine')).toBeGreaterThan(informativeness('salt'));
    expect(informativeness('zzqxv')).toBe(1);
    expect(wordSimilarity('court', 'judge')!).toBeGreaterThan(0.8);
    expect(wordSimilarity('court', 'zzqxv')).toBeNull();
    expect(nearestWords('trash', 2, 0.7).map((near) => near.word)).toEqual(['garbage', 'rubbish']);
  });
});
