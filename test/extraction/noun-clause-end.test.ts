import { describe, expect, it } from 'vitest';
import { analyse, statementWith } from './analyse.ts';

function textsOf(paragraph: string, cue: string): string[] {
  return analyse([paragraph])
    .statements.filter((s) => s.cue === cue)
    .map((s) => s.text);
}

describe("a speech noun's clause inside the sentence's subject", () => {
  it('ends before the predicate of the sentence (harbour, business)', () => {
    expect(textsOf("Vale's claim that the pier is safe was wrong, inspectors found.", 'claim')).toEqual([
      'the pier is safe',
    ]);
    expect(textsOf("Ruiz's accusation that the board hid the losses had damaged the firm.", 'accusation')).toEqual([
      'the board hid the losses',
    ]);
    expect(textsOf("Ruiz's warning that the ferry might need to skip the late sailing was sound.", 'warning')).toEqual([
      'the ferry might need to skip the late sailing',
    ]);
  });

  it('cuts the last of two clauses joined by "and that" (schools)', () => {
    expect(textsOf("Ruiz's vow that taxes would not rise and that schools would open was popular.", 'vow')).toEqual([
      'taxes would not rise ... schools would open',
    ]);
  });

  it('does not cut a clause that goes on with a clause of its own (transport)', () => {
    const [because] = textsOf(
      "Ruiz's claim that the ferry runs late because the crews are tired surprised nobody.",
      'claim',
    );
    expect(because).toContain('the ferry runs late because the crews are tired');
    // A verb right after a verb: the clause may hold a relative clause without its relative word.
    const [relative] = textsOf("Ruiz's claim that the pier the council built is safe drew laughter.", 'claim');
    expect(relative).toContain('the pier the council built is safe');
  });
});

describe('a name given to what or which came before the verb', () => {
  it('ends before the predicate of the sentence it sits in', () => {
    const analysis = analyse([
      'The fight over whether the harbour fund is what former staff have called a “reckless scheme” took an uglier turn on Friday.',
    ]);
    expect(statementWith(analysis, 'reckless').text).toBe('a “reckless scheme”');
  });

  it('ends at the comma closing its relative clause when the predicate follows', () => {
    const analysis = analyse(['The harbour levy, which Tom Vale calls a “tax on fishermen”, passed on Tuesday.']);
    expect(statementWith(analysis, 'fishermen').text).toBe('tax on fishermen');
  });
});
