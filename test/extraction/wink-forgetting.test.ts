import { describe, expect, it } from 'vitest';
import { readWithWink, renewedWink } from '../../src/extraction/text/wink.ts';

// Each read forgets the words it added that hold a mark or a digit (text/wink.ts); a word forgotten many times
// over is split as on the first read, and a word of letters alone stays one token.

describe('wink reads forget the marked words they added', () => {
  it('splits a possessive the same way however often it was seen whole before', () => {
    const sentence = "The Harbour Board's chairman said so.";
    const first = readWithWink(sentence);
    for (let i = 0; i < 50; i++) readWithWink(`The decision was the Harbour Board's. It cost 12km${i} of road.`);
    const again = readWithWink(sentence);
    expect(again).toEqual(first);
    expect(again.values).toEqual(['The', 'Harbour', 'Board', "'s", 'chairman', 'said', 'so', '.']);
  });

  it('keeps a new word of letters alone as one token', () => {
    const reading = readWithWink('The Zorvendal council met on Monday.');
    expect(reading.values).toContain('Zorvendal');
    expect(readWithWink('Zorvendal voted.').values[0]).toBe('Zorvendal');
  });
});

// Forgotten words still take room in wink's tables: an instance is renewed once it has added enough words, which keeps
// memory flat over a stream of articles.
describe('a renewed wink instance', () => {
  it('is replaced once its reads have added the words it may hold, and reads as the first did', () => {
    const instance = renewedWink(['sbd', 'pos'], 100);
    const first = instance();
    const sentence = "The Harbour Board's chairman said so.";
    const firstReading = first.readDoc(sentence).tokens().out(first.its.pos);
    // Each read adds its marked words again: several a read, so the instance lasts some reads, then is renewed.
    let reads = 0;
    while (instance() === first && reads < 200) {
      instance().readDoc(`It cost 12km${reads} and 3m${reads}, the Board's, U.S.${reads}, ${reads}x.`);
      reads++;
    }
    expect(reads).toBeGreaterThan(5);
    expect(reads).toBeLessThan(50);
    const renewed = instance();
    expect(renewed.readDoc(sentence).tokens().out(renewed.its.pos)).toEqual(firstReading);
    expect(firstReading).toEqual(['DET', 'PROPN', 'PROPN', 'PART', 'NOUN', 'VERB', 'ADV', 'PUNCT']);
  });
});
