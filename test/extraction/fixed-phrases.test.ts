import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('words of a reporting verb in a fixed phrase', () => {
  it('reads "thanks to" as a preposition, not a cue', () => {
    const analysis = analyse(['The harbour economy largely weathered the 2008 crisis thanks to surging fish prices.']);
    expect(analysis.statements).toEqual([]);
  });

  it('still reads "thanks" with an object as a cue', () => {
    const analysis = analyse(['Mayor Tom Vale thanks the volunteers for their tireless work on the pier.']);
    expect(speakerNameOf(analysis, 'volunteers')).toBe('Tom Vale');
  });
});
