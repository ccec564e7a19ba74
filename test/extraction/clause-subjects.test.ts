import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a clause after "found" or "showed" without "that"', () => {
  it('may open on a subject that carries prepositional phrases', () => {
    const analysis = analyse([
      'The scientists found loss of wheat harvests by 2040 exceeded 5% of 1990 levels in all regions studied.',
    ]);
    expect(statementWith(analysis, 'loss of wheat').text).toBe(
      'loss of wheat harvests by 2040 exceeded 5% of 1990 levels in all regions studied',
    );
    expect(speakerNameOf(analysis, 'loss of wheat')).toBe('the scientists');
  });

  it('is still no report when "found" takes a plain object', () => {
    const analysis = analyse(['The hikers found the body of a deer near the lake on Sunday.']);
    expect(analysis.statements).toEqual([]);
  });
});
