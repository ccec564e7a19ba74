import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse.ts';

describe('a demand or a warning said in a noun phrase of a word or two', () => {
  it('is what was said after "calling for" (health)', () => {
    const analysis = analyse([
      'Aid workers are already working to bring the outbreak under control, but the World Health Organisation is now calling for more help.',
    ]);
    expect(analysis.statements.map((s) => `${speakerOf(analysis, s).name}: ${s.text}`)).toEqual([
      'World Health Organisation: more help',
    ]);
  });

  it('is what was said after "warned against" (health)', () => {
    const analysis = analyse(['Health Secretary Jose Angel Cordova warned against complacency.']);
    expect(analysis.statements.map((s) => s.text)).toEqual(['complacency']);
  });

  it('is nothing when a pronoun alone stands for it, or the verb asks no one (politics)', () => {
    const analysis = analyse([
      'The adviser, Paul Manafort, cautioned against it.',
      'Senator Tom Vale talked about taxes.',
    ]);
    expect(analysis.statements).toEqual([]);
  });
});
