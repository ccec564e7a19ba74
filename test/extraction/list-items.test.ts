import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('items of a list after a colon', () => {
  const analysis = analyse([
    'According to the lawsuit, the landlord maintained his hold on the building by, among other things:',
    'Raising the rent twice in one year without the notice the law requires;',
    'Tenants on the third floor paid 20 percent more in March than in January.',
    'Refusing to repair the heating in the winter months;',
    'According to the tenants union, three families left the building.',
    'Ignoring repeated complaints about damp in the basement flats.',
    'The landlord has until May to answer.',
  ]);

  it('are statements of the source, each without its closing mark', () => {
    const items = analysis.statements.filter(
      (s) => s.cue === 'According to' && s.speakerRef === analysis.statements[0]?.speakerRef,
    );
    expect(items.map((s) => s.text)).toEqual([
      'the landlord maintained his hold on the building by, among other things',
      'Raising the rent twice in one year without the notice the law requires',
      'Refusing to repair the heating in the winter months',
      'Ignoring repeated complaints about damp in the basement flats',
    ]);
    expect(speakerNameOf(analysis, 'Refusing to repair')).toBe('the lawsuit');
    expect(items.every((s) => s.kind === 'INDIRECT')).toBe(true);
  });

  it('leave the paragraphs between them to their own sources', () => {
    expect(speakerNameOf(analysis, 'three families left')).toBe('the tenants union');
    expect(analysis.statements.some((s) => s.text.includes('20 percent more'))).toBe(false);
    expect(analysis.statements.some((s) => s.text.includes('until May'))).toBe(false);
  });

  it('need a first item closed by a semicolon', () => {
    const plain = analyse([
      'The mayor listed her plans for the city at the meeting:',
      'Building a new bridge over the river by 2030.',
    ]);
    expect(plain.statements.some((s) => s.text.startsWith('Building a new bridge'))).toBe(false);
  });
});
