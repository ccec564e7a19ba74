import { describe, expect, it } from 'vitest';
import { readWithWink } from '../../src/extraction/text/wink.ts';

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
