import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a verb of saying negated with a typographic apostrophe', () => {
  it('reports nothing, as with a straight one (politics)', () => {
    const analysis = analyse([
      'Spokesman Dan Rowe wouldn’t say when the council will vote on the budget.',
      'Mayor Ana Ruiz didn’t say whether the ferry would run.',
      '“I don’t have any news yet,” she said.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['I don’t have any news yet']);
    expect(speakerNameOf(analysis, 'any news yet')).toBe('Ana Ruiz');
  });
});
