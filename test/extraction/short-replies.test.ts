import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a reply of one or two words', () => {
  it('is a statement when it opens its sentence and its cue follows (sport)', () => {
    const analysis = analyse([
      'Coach Dan Pike was asked who would win the final. “Denver,” he answered.',
      '“We’ll see,” Ann Lee said when asked about a second term.',
    ]);
    expect(statementWith(analysis, 'Denver').kind).toBe('DIRECT');
    expect(speakerNameOf(analysis, 'Denver')).toBe('Dan Pike');
    expect(speakerNameOf(analysis, 'We’ll see')).toBe('Ann Lee');
  });

  it('joins the opening piece of a split quotation to the rest (politics)', () => {
    const analysis = analyse(['“It’s fine,” Ruth Alder said of the plan. “And much tougher than that is fine.”']);
    expect(statementWith(analysis, 'much tougher').text).toBe('It’s fine ... And much tougher than that is fine.');
  });

  it('leaves a scare quote in running text alone (politics)', () => {
    const analysis = analyse(['The so-called “experts,” who had warned of a crash, were wrong, Ruth Alder said.']);
    expect(analysis.statements.map((s) => s.text)).not.toContain('experts');
  });
});
