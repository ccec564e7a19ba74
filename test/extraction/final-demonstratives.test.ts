import { describe, expect, it } from 'vitest';
import { analyse, statementWith } from './analyse.ts';

describe('a demonstrative "that" closing the reported clause', () => {
  it('is the verb’s object and stays in the report', () => {
    const analysis = analyse(['Mayor Tom Vale spoke on Monday.', 'Vale said his campaign does not want that.']);
    expect(statementWith(analysis, 'campaign').text).toBe('his campaign does not want that');
  });

  it('keeps a short report long enough to count', () => {
    const analysis = analyse(['Mayor Tom Vale spoke on Monday.', 'Vale said nobody believes that.']);
    expect(statementWith(analysis, 'nobody').text).toBe('nobody believes that');
  });

  it('goes with a preposition too', () => {
    const analysis = analyse(['Mayor Tom Vale spoke on Monday.', 'Vale said the council has voted against that.']);
    expect(statementWith(analysis, 'council').text).toBe('the council has voted against that');
  });
});
