// A count reported is a fact; advice that holds a number is still advice. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const fleet = { words: ['retiring', 'ferry', 'fleet'], name: 'retiring the old ferry fleet' };

describe('advice with a number in it', () => {
  it('reads "should", "must" or "it is time to" as for the topic, whatever it counts', () => {
    expect(stanceToward('it is time to retire the 40-year-old ferry fleet', fleet)).toBe('SUPPORTS');
    expect(stanceToward('the council must retire 12 of the old ferries in the fleet', fleet)).toBe('SUPPORTS');
  });

  it('still reads a count said to happen as a fact', () => {
    expect(stanceToward('the ferry fleet will carry 200,000 passengers this summer', fleet)).toBe('NEUTRAL');
  });
});
