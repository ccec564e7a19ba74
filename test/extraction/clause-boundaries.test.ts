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

describe('what a noun phrase, a linking adverbial and an absolute clause let a report hold', () => {
  it('ends a noun phrase reported at a semicolon (international)', () => {
    const analysis = analyse([
      'The State Department condemned the arrests of six reporters; equipment was reportedly confiscated from them.',
    ]);
    expect(statementsOf(analysis)).toEqual(['State Department [INDIRECT]: the arrests of six reporters']);
  });

  it('reads a clause opening on a linking adverbial without a comma (humanitarian news)', () => {
    const analysis = analyse(['The Kenya Red Cross says as a result the death toll has risen to about 1,000.']);
    expect(statementsOf(analysis)).toEqual([
      'Kenya Red Cross [INDIRECT]: as a result the death toll has risen to about 1,000',
    ]);
  });

  it('gives a quotation to the subject of "with … saying", a pronoun after a preposition included (disasters)', () => {
    const analysis = analyse([
      'The Foreign Office confirmed that the pilot died on Wednesday, with a spokesperson for them saying: "We are aware of the death of a British national."',
    ]);
    expect(statementsOf(analysis)).toEqual([
      'Foreign Office [INDIRECT]: the pilot died on Wednesday',
      'a spokesperson for them [DIRECT]: We are aware of the death of a British national.',
    ]);
  });
});

describe('a quotation after the report and a colon, and one inside a clause', () => {
  it('is a direct statement of its own after a colon, the report ending before it (international)', () => {
    const analysis = analyse([
      'Police chief Ana Ruiz said the second boat was adrift: "They were rescued by the locals, because the boat engines were dead."',
    ]);
    expect(statementsOf(analysis)).toEqual([
      'Ana Ruiz [INDIRECT]: the second boat was adrift',
      'Ana Ruiz [DIRECT]: They were rescued by the locals, because the boat engines were dead.',
    ]);
  });

  it("is no inversion's quotation when it closes without a stop (courts)", () => {
    const analysis = analyse([
      'Acting FBI Director Andrew McCabe has promised to "vigorously and completely" continue the Russia investigation.',
    ]);
    expect(statementsOf(analysis)).toEqual([
      'Andrew McCabe [MIXED]: to "vigorously and completely" continue the Russia investigation',
    ]);
  });
});
