import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('quoted names of things', () => {
  it('are no statements after a naming participle that follows its noun', () => {
    const analysis = analyse([
      'In 2006 the dairy board sued the bakery over its advertising campaign titled "Grandma bakes for us every morning". The owner, Tom Reed, said the suit was baseless.',
      'Its new van, named "The best bread in the valley rolls here," was painted last week, Reed said.',
    ]);
    expect(speakerNameOf(analysis, 'the suit was baseless')).toBe('Tom Reed');
    expect(analysis.statements.filter((s) => /Grandma|best bread/.test(s.text))).toEqual([]);
  });

  it('are statements after a naming participle that follows its auxiliary', () => {
    const analysis = analyse(['Professor Ada Kim told the paper that the telescope was named "as a little joke".']);
    expect(speakerNameOf(analysis, 'as a little joke')).toBe('Ada Kim');
  });
});
