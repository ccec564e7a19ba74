import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import type { Analysis } from '../../src/extraction/types.ts';

const kindOf = (analysis: Analysis, name: string) => analysis.actors.find((a) => a.name === name)?.kind;

describe('names listed with bodies', () => {
  it('takes unknown names listed with a known body for bodies, and their later mentions too', () => {
    const analysis = analyse([
      'The chipmaker pressed buyers such as Korvell, Sony, Tamsin and Brightmoor to sign exclusive deals.',
      'Regulators later found that Korvell and Tamsin had been paid.',
    ]);
    expect(kindOf(analysis, 'Korvell')).toBe('ORGANIZATION');
    expect(kindOf(analysis, 'Tamsin')).toBe('ORGANIZATION');
    expect(kindOf(analysis, 'Brightmoor')).toBe('ORGANIZATION');
    const korvell = analysis.actors.find((a) => a.name === 'Korvell');
    expect(korvell?.mentions.map((m) => m.text)).toEqual(['Korvell', 'Korvell']);
  });

  it('leaves a list alone when it names a person, and a name after a title or before a noun', () => {
    const analysis = analyse([
      'The chipmaker thanked Maria Lopez, Sony and Korvell for their help.',
      'Its ads mocked Dr. Quibble and Sony, and Sony and Vantrell engineers met.',
    ]);
    expect(kindOf(analysis, 'Korvell')).toBeUndefined();
    expect(kindOf(analysis, 'Quibble')).not.toBe('ORGANIZATION');
    expect(kindOf(analysis, 'Vantrell')).toBeUndefined();
  });
});
