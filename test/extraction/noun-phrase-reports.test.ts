import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('verbs of saying whose noun-phrase object is what was said', () => {
  it('reads "noted" with a noun phrase as a report', () => {
    const analysis = analyse(['The Ledger has surveyed the councillors twice and noted their public pledges.']);
    expect(statementWith(analysis, 'pledges').text).toBe('their public pledges');
    expect(speakerNameOf(analysis, 'pledges')).toBe('Ledger');
  });

  it('reads "explaining" with a noun phrase as a report beside the one before it', () => {
    const analysis = analyse([
      "Spokesman Omar Hale said the council was sorry, explaining the board's decision to close the pier.",
    ]);
    expect(statementWith(analysis, 'decision').text).toBe("the board's decision to close the pier");
    expect(statementWith(analysis, 'sorry').text).toBe('the council was sorry');
  });
});
