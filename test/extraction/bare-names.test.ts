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

describe('a surname that is also a title word, alone and capitalised', () => {
  it('speaks as the one person named before with it', () => {
    const analysis = analyse([
      'Nora King said the ferry timetable would change in May. King added that fares would stay the same.',
      'Pieter Judge, a harbour engineer, said the pier was safe. Judge said repairs would take a week.',
    ]);
    expect(speakerNameOf(analysis, 'fares would stay')).toBe('Nora King');
    expect(speakerNameOf(analysis, 'repairs would take')).toBe('Pieter Judge');
    expect(analysis.actors.filter((a) => a.kind === 'ANONYMOUS')).toEqual([]);
  });

  it('is a description after an article, and names no one when two people share it', () => {
    const analysis = analyse([
      'Nora King said the ferry timetable would change. The king said nothing of it.',
      'Ana Marshal and Tom Marshal said the vote was close. Marshal said a recount was due.',
    ]);
    expect(speakerNameOf(analysis, 'recount was due')).not.toMatch(/Ana Marshal|Tom Marshal/);
  });
});
