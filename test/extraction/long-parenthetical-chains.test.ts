import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a name before a chain of parentheticals', () => {
  it('speaks past an age, a town, its state and a relative clause (local)', () => {
    const analysis = analyse([
      'Ruth Abernathy Cole, 61, of Easton, Md., who watched the parade from a rooftop, said the day brought back memories of her brother.',
    ]);
    expect(speakerNameOf(analysis, 'memories of her brother')).toBe('Ruth Abernathy Cole');
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('Md.');
  });
});
