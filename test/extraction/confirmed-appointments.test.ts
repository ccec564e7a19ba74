import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';

describe('"confirm" with a person for its object', () => {
  it('approves an appointment and reports nothing; a fact confirmed still reports (courts)', () => {
    const analysis = analyse([
      'The Senate confirmed the nominee on Tuesday and will vote to confirm the next judicial nominees in May.',
      'Police confirmed the death of a man in the harbour.',
      'Officials confirmed that the road was closed.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual([
      'the death of a man in the harbour',
      'the road was closed',
    ]);
  });
});
