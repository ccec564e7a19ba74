import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';

function textsOf(paragraph: string): string[] {
  return analyse([paragraph]).statements.map((s) => s.text);
}

describe('a verb of naming reports with the name it gives', () => {
  it('reports the one named and the name (politics, transport, courts)', () => {
    // A quoted name alone is the speaker's words (quoted-epithets.test.ts); unquoted, the one named goes with it.
    expect(textsOf('Mayor Ana Ruiz called the merger “a disaster” on Monday.')).toEqual(['a disaster']);
    expect(textsOf('Ana Ruiz called the charges unsubstantiated.')).toEqual(['the charges unsubstantiated']);
    expect(textsOf('Ana Ruiz called the citation and the demand for papers a political ploy.')).toEqual([
      'the citation and the demand for papers a political ploy',
    ]);
    expect(textsOf('Lena Vale called her fallen son her hero before leaving.')).toEqual(['her fallen son her hero']);
    expect(textsOf('Ana Ruiz called Tom Vale, her rival, a “fraud.”')).toEqual(['fraud.']);
  });

  it('reads no report in a verb that convenes, evokes or describes a noun (local government, history)', () => {
    expect(textsOf('Mayor Ana Ruiz called an emergency meeting to discuss the floods.')).toEqual([]);
    expect(textsOf('The Harbour Party has called a referendum for June on the plan.')).toEqual([]);
    expect(textsOf('The merger called to mind the crash of 1987.')).toEqual([]);
    expect(textsOf('The delegates, called superdelegates, and the rest can back anyone.')).toEqual([]);
  });

  it('still reports "called him out for …" and "called to" with a verb (sport, trade)', () => {
    expect(textsOf('Coach Dana Mirek called him out for his reliance on notes.')).toEqual([
      'him out for his reliance on notes',
    ]);
    expect(textsOf('Senator Tom Vale called to ban imports from the coast.')).toEqual([
      'to ban imports from the coast',
    ]);
  });
});
