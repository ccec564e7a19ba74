import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a naming verb whose content is a name alone', () => {
  it('is no statement', () => {
    const analysis = analyse([
      'The observers said the survey ended in May. They run a twin-site system, one site on each coast, called the Harbour Sky Telescope.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['the survey ended in May']);
  });

  it('is a statement when it says something of the one named', () => {
    const analysis = analyse(['Senator Ada Lind called the harbour plan a costly mistake.']);
    expect(speakerNameOf(analysis, 'costly mistake')).toBe('Ada Lind');
  });
});
