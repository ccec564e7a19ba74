import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a reporting gerund in the adjunct that opens a sentence', () => {
  it('has the main clause’s subject as speaker and ends at the adjunct’s comma', () => {
    const analysis = analyse([
      'Despite announcing her support for the ferry plan, Mayor Ruth Alder still doubts the harbour is safe.',
    ]);
    expect(statementWith(analysis, 'her support').text).toBe('her support for the ferry plan');
    expect(speakerNameOf(analysis, 'her support')).toBe('Ruth Alder');
  });

  it('reports beside the main clause’s own report', () => {
    const analysis = analyse([
      'While praising the volunteers for their tireless work, Tom Vale warned that the budget was tight.',
    ]);
    expect(statementWith(analysis, 'the volunteers').text).toBe('the volunteers for their tireless work');
    expect(speakerNameOf(analysis, 'the volunteers')).toBe('Tom Vale');
    expect(statementWith(analysis, 'budget').text).toBe('the budget was tight');
  });

  it('gives no speaker when no clause with a finite verb follows the comma', () => {
    const analysis = analyse(['After praising the volunteers for their tireless work, a long silence.']);
    expect(analysis.statements).toEqual([]);
  });
});
