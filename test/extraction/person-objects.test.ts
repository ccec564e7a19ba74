import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a verb that reports only when its object names someone ("attacked")', () => {
  it('reports an object that is a name after a description', () => {
    const analysis = analyse(['Senator Ada Crane also attacked billionaire Tom Vale over the harbour budget.']);
    expect(statementWith(analysis, 'Tom Vale').text).toBe('billionaire Tom Vale over the harbour budget');
    expect(speakerNameOf(analysis, 'Tom Vale')).toBe('Ada Crane');
  });

  it('still reports nothing of an object without a name', () => {
    const analysis = analyse(['Senator Ada Crane attacked the old rebel fort at dawn.']);
    expect(analysis.statements).toEqual([]);
  });
});
