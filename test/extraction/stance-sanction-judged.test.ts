// A sanction judged by a copula's predicate, and "too" as excess. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const fine = { words: ['fine', 'dairy', 'firm'], name: 'the penalty for the dairy firm' };

describe('a sanction judged', () => {
  it('reads the penalty said to be fair as for it, and said to be too lenient or too harsh as against it', () => {
    expect(stanceToward('the penalty was fair', fine)).toBe('SUPPORTS');
    expect(stanceToward('that penalty is far too lenient', fine)).toBe('OPPOSES');
  });

  it('still reads blame of the wrongdoer as for the sanction', () => {
    expect(stanceToward('what the dairy firm did to the river was appalling and cruel', fine)).toBe('SUPPORTS');
  });
});

describe('"too" as excess', () => {
  it('reads praise after "too" in a predicate as blame', () => {
    const tram = { words: ['tram', 'line'], name: 'the tram line' };
    expect(stanceToward('the tram line is too ambitious', tram)).toBe('OPPOSES');
  });
});
