// Words of degree ("huge", "tremendous", "terribly") take the polarity of the word they amplify. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { readText } from '../../src/extraction/stance/read-text.ts';

const reservoir = { words: ['reservoir', 'valley'], name: 'a reservoir in the valley' };

describe('amplifiers', () => {
  it('reads an amplifier before blame as blame', () => {
    expect(stanceToward('flooding the valley for a reservoir would be a huge mistake', reservoir)).toBe('OPPOSES');
    expect(stanceToward('the reservoir is a tremendous waste of public money', reservoir)).toBe('OPPOSES');
    expect(readText('a great tragedy for the town').clauses[0]!.praise).toBe(0);
  });

  it('reads an amplifier before praise as praise, and one alone as it is scored', () => {
    expect(readText('a terribly kind offer').clauses[0]!.blame).toBe(0);
    expect(stanceToward('the reservoir is a huge success for the valley', reservoir)).toBe('SUPPORTS');
    expect(readText('a great day').clauses[0]!.praise).toBeGreaterThan(0);
  });
});
