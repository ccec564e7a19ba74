import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a phrasal verb of speaking with an adverb after its particle', () => {
  it('reports what follows the preposition', () => {
    const analysis = analyse(['Councillor Tom Vale spoke out forcefully against the new caps on harbour fees.']);
    expect(statementWith(analysis, 'caps').text).toBe('the new caps on harbour fees');
    expect(speakerNameOf(analysis, 'caps')).toBe('Tom Vale');
  });

  it('works for "lashed out … at"', () => {
    const analysis = analyse(['Councillor Tom Vale lashed out angrily at the board over the harbour fees.']);
    expect(statementWith(analysis, 'the board').text).toBe('the board over the harbour fees');
  });
});

describe('"spoke (out) in favor of" and "in support of"', () => {
  it('reports the object of the preposition', () => {
    const analysis = analyse(['The actor Tom Vale has spoken out in favor of rent control and free transit.']);
    expect(statementWith(analysis, 'rent control').text).toBe('rent control and free transit');
  });

  it('reports without the particle', () => {
    const analysis = analyse(['Mayor Ruth Alder spoke in support of the new harbour plan.']);
    expect(statementWith(analysis, 'harbour plan').text).toBe('the new harbour plan');
  });
});
