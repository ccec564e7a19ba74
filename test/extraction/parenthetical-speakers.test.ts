import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a parenthetical between the speaker and the cue that holds a short quoted name', () => {
  it('still gives the name before the parenthetical as speaker', () => {
    const analysis = analyse([
      '“We have had better years than this one,” Ohio delegate Bill Eastland, wearing a cowboy hat and “Vote Vale” campaign pins, said.',
    ]);
    expect(speakerNameOf(analysis, 'better years')).toBe('Bill Eastland');
  });

  it('holds the quoted name in a relative clause too', () => {
    const analysis = analyse([
      'Nurse Ann Lee, who organised the “Fair Pay Now” rally, said the hospital owed its staff an apology.',
    ]);
    expect(speakerNameOf(analysis, 'apology')).toBe('Ann Lee');
  });
});
