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

describe('a participle of saying after a relative clause that reports', () => {
  it('goes with the main clause’s subject when it is a name, not with the relative clause’s (politics)', () => {
    const analysis = analyse([
      'Trump was defensive about not paying an architect who said he was stiffed after he designed a clubhouse, saying, "Maybe he did not do a good job."',
    ]);
    expect(speakerNameOf(analysis, 'good job')).toBe('Trump');
    expect(speakerNameOf(analysis, 'stiffed')).toBe('an architect');
  });
});
