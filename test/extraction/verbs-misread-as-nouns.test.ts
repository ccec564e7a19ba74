import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a reporting verb the tagger read as the head of a compound', () => {
  it('is the verb after a plural subject when a clause follows it (crime)', () => {
    const analysis = analyse([
      'The woman has been missing since June.',
      'Police state she contacted them earlier to complain of threats.',
      'Witnesses claim that they heard shots near the harbour.',
    ]);
    expect(speakerNameOf(analysis, 'she contacted them earlier')).toBe('police');
    expect(speakerNameOf(analysis, 'they heard shots').toLowerCase()).toBe('witnesses');
  });
});
