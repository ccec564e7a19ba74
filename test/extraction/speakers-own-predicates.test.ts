import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse.ts';
import type { Analysis } from '../../src/extraction/types.ts';

function statementsOf(analysis: Analysis): string[] {
  return analysis.statements.map((s) => `${speakerOf(analysis, s).name}: ${s.text}`);
}

describe("a predicate joined to the report that agrees with the speaker, not with the report's subject", () => {
  it('ends the report, and its own cue speaks for the speaker (humanitarian news)', () => {
    const analysis = analyse([
      'Relief officials say the humanitarian toll continues to rise and are calling for a speedy solution.',
    ]);
    expect(statementsOf(analysis)).toEqual([
      'relief officials: the humanitarian toll continues to rise',
      'relief officials: a speedy solution',
    ]);
  });

  it('ends it for a singular speaker too (business)', () => {
    const analysis = analyse(['The chief executive, Ana Ruiz, says the plans are ready and is confident of a deal.']);
    expect(statementsOf(analysis)).toEqual(['Ana Ruiz: the plans are ready']);
  });

  it('keeps a predicate that agrees with the report in it (business)', () => {
    const analysis = analyse(['Auditors say the firm has debts and is insolvent.']);
    expect(statementsOf(analysis)).toEqual(['auditors: the firm has debts and is insolvent']);
  });
});

describe('a verb that only attributes quotations, before an infinitive or a gerund', () => {
  it('tells that something goes on, and no one speaks (sport)', () => {
    const analysis = analyse(['Ticket prices continue to rise, fans say.', 'The club continued spending heavily.']);
    expect(statementsOf(analysis)).toEqual(['fans: Ticket prices continue to rise']);
  });

  it('still attributes a quotation (sport)', () => {
    const analysis = analyse(['“We will win,” the coach, Tom Vale, continued.']);
    expect(statementsOf(analysis)).toEqual(['Tom Vale: We will win']);
  });
});
