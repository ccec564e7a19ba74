import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse.ts';
import type { Analysis } from '../../src/extraction/types.ts';

function statementsOf(analysis: Analysis): string[] {
  return analysis.statements.map((s) => `${speakerOf(analysis, s).name} [${s.kind}]: ${s.text}`);
}

describe('reports around a semicolon and a parenthetical adverb', () => {
  it('finds the subject before an auxiliary and an adverb set off by commas (international)', () => {
    const analysis = analyse(['The analyst Ana Ruiz has, however, suggested little had changed.']);
    expect(statementsOf(analysis)).toEqual(['Ana Ruiz [INDIRECT]: little had changed']);
  });

  it('ends a report at the semicolon after which a parenthetical cue reports its own clause (international)', () => {
    const analysis = analyse([
      'The analyst Ana Ruiz suggested little had changed within the government; many positions, she says, are filled with military figures.',
    ]);
    expect(statementsOf(analysis)).toEqual([
      'Ana Ruiz [INDIRECT]: little had changed within the government',
      'Ana Ruiz [INDIRECT]: many positions ... are filled with military figures',
    ]);
  });
});

describe('a quotation that gives the predicate of a subject after an adverbial clause', () => {
  it('is one mixed statement with the clause, not a direct one besides (health)', () => {
    const analysis = analyse([
      'WHO chief Margaret Chan warned that if the virus were to start in a second wave, it "would be the biggest of all outbreaks the world has faced."',
    ]);
    expect(statementsOf(analysis)).toEqual([
      'Margaret Chan [MIXED]: if the virus were to start in a second wave, it "would be the biggest of all outbreaks the world has faced."',
    ]);
  });
});
