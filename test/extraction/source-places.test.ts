import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('the place of a named source after "according to"', () => {
  it('is no part of the name that speaks', () => {
    const analysis = analyse([
      'According to the Federal Trade Commission in Peru, the firm has paid huge sums to its rivals.',
    ]);
    expect(speakerNameOf(analysis, 'huge sums')).toBe('Federal Trade Commission');
  });

  it('stays with a description, whose place tells which one', () => {
    const analysis = analyse(['According to officials in Lima, the firm has paid huge sums to its rivals.']);
    expect(speakerNameOf(analysis, 'huge sums')).toBe('officials in Lima');
  });
});

describe('places after the subject of a cue that follows an opening adjunct', () => {
  it('are not who speaks: the named person they follow is (local)', () => {
    const analysis = analyse([
      'When asked about the floods, Deputy Chief Ana Ruiz from Scotia, N.Y., a spokeswoman for the county, said the levees had held.',
    ]);
    expect(speakerNameOf(analysis, 'levees had held')).toBe('Ana Ruiz');
  });

  it('are not who speaks after a group either, a country among them (science)', () => {
    const analysis = analyse([
      'On Tuesday, researchers of the Mendel Institute in Brno, Moravia, Czech Republic, announced the discovery of a new enzyme.',
    ]);
    expect(speakerNameOf(analysis, 'a new enzyme')).not.toBe('Czech Republic');
    expect(speakerNameOf(analysis, 'a new enzyme')).toMatch(/^researchers of the Mendel Institute/);
  });
});
