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
