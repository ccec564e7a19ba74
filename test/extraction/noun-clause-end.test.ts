import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';

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
