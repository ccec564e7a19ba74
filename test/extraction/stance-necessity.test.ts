// Necessity said by an adjective ("is necessary", "is vital") argues for the topic as "must" does; its denial ("is
// unnecessary", "is not needed") against it. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { lexiconSentiment } from '../../src/extraction/stance/read-text.ts';

const runway = { words: ['second', 'runway'], name: 'a second runway' };

describe('adjectives of necessity', () => {
  it('reads the topic said to be necessary, essential or vital as supported', () => {
    expect(stanceToward('a second runway is necessary', runway)).toBe('SUPPORTS');
    expect(stanceToward('the runway is essential for the region', runway)).toBe('SUPPORTS');
    expect(stanceToward('a second runway is vital to the airport', runway)).toBe('SUPPORTS');
  });

  it('reads it said to be unnecessary or not needed as opposed', () => {
    expect(stanceToward('the second runway is completely unnecessary', runway)).toBe('OPPOSES');
    expect(stanceToward('the runway is not needed', runway)).toBe('OPPOSES');
  });

  it('gives the words of necessity no blame of their own, and reads a rule imposed as no side', () => {
    expect(lexiconSentiment('necessary')).toBe(0);
    expect(stanceToward('pilots on the second runway are required to hold short', runway)).toBe('NEUTRAL');
  });
});
