import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a parenthetical between the speaker and the cue that holds a short quoted name', () => {
  it('still gives the name before the parenthetical as speaker', () => {
    const analysis = analyse([
      '“The harvest was poor this year,” farmer Joe Brant, wearing overalls and a “Save Our Farms” badge, said.',
    ]);
    expect(speakerNameOf(analysis, 'harvest')).toBe('Joe Brant');
  });

  it('holds a fragment quoted between two words of a relative clause too', () => {
    const analysis = analyse([
      'Black Lotus Communications, which "prevents malicious traffic from reaching" websites, announced that it would donate the revenue.',
    ]);
    expect(speakerNameOf(analysis, 'donate the revenue')).toBe('Black Lotus Communications');
  });

  it('holds the quoted name in a relative clause too', () => {
    const analysis = analyse([
      'Nurse Ann Lee, who organised the “Fair Pay Now” rally, said the hospital owed its staff an apology.',
    ]);
    expect(speakerNameOf(analysis, 'apology')).toBe('Ann Lee');
  });
});

describe('an appositive that ends on a quoted title, its comma inside the closing mark', () => {
  it('gives the name before the appositive as speaker of the clause after the cue', () => {
    const analysis = analyse([
      'Tom Vale, host of “Morning Tide,” said the mayor’s refusal to resign could end her career.',
    ]);
    expect(speakerNameOf(analysis, 'refusal')).toBe('Tom Vale');
  });

  it('leaves a quotation before an inverted cue to that cue', () => {
    const analysis = analyse(['“The mayor is finished,” said Tom Vale, host of “Morning Tide.”']);
    expect(speakerNameOf(analysis, 'finished')).toBe('Tom Vale');
  });
});
