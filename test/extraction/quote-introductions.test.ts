import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a cue right before a quotation', () => {
  it('introduces it, whatever cue follows in a clause of its own (politics)', () => {
    const analysis = analyse([
      'Senator Ann Lee said “We will see what the voters decide,” when asked whether she would campaign for others.',
    ]);
    expect(statementWith(analysis, 'what the voters decide').cue).toBe('said');
    expect(speakerNameOf(analysis, 'what the voters decide')).toBe('Ann Lee');
  });
});
