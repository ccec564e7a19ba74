// A prospect denied, hedged or not, is against what it denies. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const library = { words: ['new', 'library', 'town'], name: 'a new library for the town' };

describe('a prospect denied', () => {
  it('is against the topic when said plainly', () => {
    expect(stanceToward('The new library will not open this year', library, 'Jo Smith', 'said')).toBe('OPPOSES');
  });

  it('is against the topic when hedged: a hedge softens a denial, it does not turn it round', () => {
    expect(stanceToward('It seems the new library will not open this year', library, 'Jo Smith', 'said')).toBe(
      'OPPOSES',
    );
    expect(stanceToward("Perhaps the new library won't open before the winter", library, 'Jo Smith', 'said')).toBe(
      'OPPOSES',
    );
  });

  it('leaves a hedged prospect affirmed without a side', () => {
    expect(
      stanceToward('If the grant comes through, the new library will open in May', library, 'Jo Smith', 'said'),
    ).toBe('NEUTRAL');
  });
});
