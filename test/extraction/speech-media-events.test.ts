import { describe, expect, it } from 'vitest';
import { analyse, eventsOf, participants } from './analyse.ts';

describe('a statement made through a medium', () => {
  it('is a statement issued by the speaker of the cue it sets: radio, a blog, a website (international)', () => {
    const analysis = analyse([
      'President Alvaro Uribe said on local radio that power would return by Friday.',
      'Sergeant Ron Long wrote on his blog that the call had not been scripted.',
      'The defence ministry of Ruritania said on its website that its troops were not involved.',
    ]);
    const issued = eventsOf(analysis, 'STATEMENT_ISSUED');
    expect(issued.map((event) => participants(analysis, event)[0])).toEqual([
      'Alvaro Uribe',
      'Ron Long',
      'the defence ministry of Ruritania',
    ]);
  });

  it('reads an interview framing the sentence as the setting of its cue (culture)', () => {
    const analysis = analyse([
      'In an interview with Vogue, Aretha Franklin said she had never recorded for a movement.',
    ]);
    expect(participants(analysis, eventsOf(analysis, 'STATEMENT_ISSUED')[0]!)).toContain('Aretha Franklin');
  });

  it('is no event where no one speaks through it', () => {
    const analysis = analyse(['A campaign on Twitter grew quickly.', 'The interview lasted an hour.']);
    expect(eventsOf(analysis, 'STATEMENT_ISSUED')).toEqual([]);
  });
});
