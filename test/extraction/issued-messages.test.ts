import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe("a message put out in its issuer's voice", () => {
  it('gives what a resolution or an ad says to whoever put it out (local, elections)', () => {
    const analysis = analyse([
      'The Harbour Council passed a resolution condemning the plan to close the ferry.',
      'Mayor Lee Park launched a new ad urging voters to reject the tax.',
    ]);
    expect(speakerNameOf(analysis, 'close the ferry')).toBe('Harbour Council');
    expect(speakerNameOf(analysis, 'reject the tax')).toBe('Lee Park');
  });
});

describe('a participle after a message and its adjuncts', () => {
  it('gives the report to whoever put the message out, past a time or a medium (elections)', () => {
    const analysis = analyse([
      'The Vale campaign issued a statement on Tuesday saying the senator would not attend the debate.',
      'Mayor Ana Ruiz sent a letter to the council saying the ferry would run again in May.',
      'Councillor Tom Hale posted a message on Facebook saying the road would reopen on Monday.',
    ]);
    expect(speakerNameOf(analysis, 'would not attend')).toBe('the Vale campaign');
    expect(speakerNameOf(analysis, 'ferry would run')).toBe('Ana Ruiz');
    expect(speakerNameOf(analysis, 'road would reopen')).toBe('Tom Hale');
    expect(analysis.statements.map((s) => s.text)).not.toContain(
      'a message on Facebook saying the road would reopen on Monday',
    );
  });
});

describe('"according to" a message and the clause that puts it out', () => {
  it("gives the report to the message's issuer (business, international)", () => {
    const analysis = analyse([
      'The plant will close in June, according to a statement the company released on Monday.',
      'Ruiz was on the ferry, according to an interview her brother Tomas Ruiz gave to the Courier.',
      'The strike is over, according to a report in the Courier.',
    ]);
    expect(speakerNameOf(analysis, 'plant will close')).toBe('the company');
    expect(speakerNameOf(analysis, 'was on the ferry')).toBe('Tomas Ruiz');
    expect(speakerNameOf(analysis, 'strike is over')).toBe('a report in the Courier');
  });
});

describe('a message noun before a titled name', () => {
  it('is no part of the title (local)', () => {
    const analysis = analyse(['The deal is off, according to a letter Mayor Ann Lee sent to the council.']);
    expect(speakerNameOf(analysis, 'deal is off')).toBe('Ann Lee');
    expect(statementWith(analysis, 'deal is off').speakerRole).toBe('Mayor');
  });
});

describe('a message put out by a body that says something in a relative clause', () => {
  it('says it for the body that put it out (international)', () => {
    const analysis = analyse([
      'The foreign ministry of Norway released a statement on Wednesday that urged a return to talks.',
    ]);
    expect(speakerNameOf(analysis, 'return to talks')).not.toMatch(/statement/);
    expect(speakerNameOf(analysis, 'return to talks')).toMatch(/foreign ministry/i);
  });
});

describe('a message that says something in a relative clause, as the predicate of a sentence', () => {
  it('speaks itself, past the time of the participle after it (international)', () => {
    const analysis = analyse([
      'Overshadowing the talks was a Radio Harbour report released on Wednesday that claimed that rebel groups are buying guns.',
    ]);
    expect(speakerNameOf(analysis, 'rebel groups are buying guns')).toMatch(/Radio Harbour/);
  });
});
