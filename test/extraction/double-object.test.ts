import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';

function textsOf(paragraph: string): string[] {
  return analyse([paragraph]).statements.map((s) => s.text);
}

describe('"deny" with two objects', () => {
  it('reads no report in refusing someone something (business, sport, travel)', () => {
    expect(textsOf('Harlow Chips denied Brint Systems access to the highest level of the consortium.')).toEqual([]);
    expect(textsOf('The club denied them entry to the stadium.')).toEqual([]);
    expect(textsOf('The consulate denied him a visa.')).toEqual([]);
  });

  it('still reports a denial of a claim or a clause (politics)', () => {
    expect(textsOf('Mayor Ana Ruiz denied the allegations of fraud at the port.')).toEqual([
      'the allegations of fraud at the port',
    ]);
    expect(textsOf("Mayor Ana Ruiz denied Vale's claims about the port.")).toEqual(["Vale's claims about the port"]);
    expect(textsOf('The ministry denied Ukraine had any role.')).toEqual(['Ukraine had any role']);
  });
});
