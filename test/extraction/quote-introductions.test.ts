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

  it('reads no report in an adverb and an adjunct that open the sentence before the speaker (culture)', () => {
    const analysis = analyse([
      'Earlier, while receiving the award for Record of the Year, Adele said, "My dream and my idol is Queen Bee."',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['My dream and my idol is Queen Bee.']);
  });
});
