import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a reporting gerund in an adjunct set off by commas right after its subject', () => {
  it('ends its report at the adjunct’s closing comma, before the predicate', () => {
    const analysis = analyse(['Mayor Ruth Alder, after telling reporters the plan had failed, left the town hall.']);
    expect(statementWith(analysis, 'the plan').text).toBe('the plan had failed');
    expect(speakerNameOf(analysis, 'the plan')).toBe('Ruth Alder');
  });

  it('keeps the commas of an appositive when the predicate came before', () => {
    const analysis = analyse([
      'Councillor Tom Vale spoke on Monday.',
      'Vale spoke, before insisting that he, Vale, was the best candidate, that the race was open.',
    ]);
    expect(statementWith(analysis, 'best candidate').text).toContain('he, Vale, was the best candidate');
  });
});
