import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse.ts';
import type { Analysis } from '../../src/extraction/types.ts';

/** Each statement as "speaker [kind] text". */
function statementsOf(analysis: Analysis): string[] {
  return analysis.statements.map((s) => `${speakerOf(analysis, s).name} [${s.kind}] ${s.text}`);
}

describe('a short quotation given by a verb of naming or describing', () => {
  it('is what was said after "described … as" (sport)', () => {
    const analysis = analyse([
      'Bianchi\'s father, Philippe Bianchi, described his son\'s non-progress as a "daily torture" in an interview.',
    ]);
    expect(statementsOf(analysis)).toEqual(['Philippe Bianchi [DIRECT] daily torture']);
  });

  it('is what was said after "calling" an object with an appositive, an adjunct after it (international)', () => {
    const analysis = analyse([
      'North Korea reacted by calling the Prime Minister of Japan, Shinzo Abe, an "Asian Hitler" on Wednesday.',
    ]);
    expect(statementsOf(analysis)).toEqual(['North Korea [DIRECT] Asian Hitler']);
  });

  it('is what was said when the object holds a possessive and an infinitive (courts)', () => {
    const analysis = analyse([
      'Margaret Huang went on to call Obama\'s order for Manning\'s release "long overdue."',
      'Senator Ann Brown called the decision by the Supreme Court to hear the case “absurd” on Monday.',
    ]);
    expect(statementsOf(analysis)).toEqual(['Margaret Huang [DIRECT] long overdue.', 'Ann Brown [DIRECT] absurd']);
  });

  it('leaves a summons to report to the verb that reports (crime)', () => {
    const analysis = analyse([
      'The shop owner, Tom Reyes, called the police to report “a man with a gun” near the school.',
    ]);
    expect(statementsOf(analysis)).toEqual(['Tom Reyes [DIRECT] a man with a gun']);
    expect(analysis.statements[0]?.cue).toBe('report');
  });

  it('keeps a naming followed by a clause of its own a report (politics)', () => {
    const analysis = analyse(['Mayor Li Wen called the plan "chaos" and said she would veto it.']);
    expect(statementsOf(analysis)).toContain('Li Wen [DIRECT] chaos');
    expect(statementsOf(analysis)).toContain('Li Wen [INDIRECT] she would veto it');
  });
});
