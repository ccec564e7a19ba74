import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a title headed by a noun for a person before "of"', () => {
  it('keeps the title whole and the name apart (local)', () => {
    const analysis = analyse([
      'Lake County Supervisor of Elections Maria Delgado said that independent voters cannot vote in the primary.',
      'Delgado said ballots would be counted by Friday.',
    ]);
    expect(speakerNameOf(analysis, 'independent voters')).toBe('Maria Delgado');
    expect(statementWith(analysis, 'independent voters').speakerRole).toBe('Lake County Supervisor of Elections');
    expect(speakerNameOf(analysis, 'ballots would be counted')).toBe('Maria Delgado');
    expect(analysis.actors.map((actor) => actor.name)).toEqual(['Maria Delgado']);
  });
});
