import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a parenthetical between the speaker and the cue that holds a short quoted name', () => {
  it('still gives the name before the parenthetical as speaker', () => {
    const analysis = analyse([
      '“The harvest was poor this year,” farmer Joe Brant, wearing overalls and a “Save Our Farms” badge, said.',
    ]);
    expect(speakerNameOf(analysis, 'harvest')).toBe('Joe Brant');
  });

  it('holds the quoted name in a relative clause too', () => {
    const analysis = analyse([
      'Nurse Ann Lee, who organised the “Fair Pay Now” rally, said the hospital owed its staff an apology.',
    ]);
    expect(speakerNameOf(analysis, 'apology')).toBe('Ann Lee');
  });
});
