import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('studies and researchers as sources', () => {
  it('reads a plural the tagger took for a verb, before an auxiliary, as the subject (science)', () => {
    const analysis = analyse([
      'A new survey of river fish was released on Monday.',
      'Earlier studies have suggested that the eels returned upstream every spring.',
    ]);
    expect(speakerNameOf(analysis, 'the eels returned upstream')).toBe('earlier studies');
  });

  it('reads the verb after a participle set off by commas, not the participle, as the cue (science)', () => {
    const analysis = analyse([
      'The findings were discussed on Monday.',
      'A ten year study, published in the journal Ecology, claims the frogs returned to the valley by 1990.',
    ]);
    const statement = statementWith(analysis, 'the frogs returned');
    expect(statement.cue).toBe('claims');
    expect(statement.text).toBe('the frogs returned to the valley by 1990');
  });

  it('reads "opine" as a verb of saying (health)', () => {
    const analysis = analyse([
      'The clinic opened last year.',
      'Doctors opine that an early diagnosis could double survival rates.',
    ]);
    expect(speakerNameOf(analysis, 'early diagnosis could double')).toBe('doctors');
  });
});

describe('an -ing clause as what was said', () => {
  it('is the report after "reported", however the tagger read its first word (transport)', () => {
    const analysis = analyse([
      'The small jet landed at an air base.',
      'When interviewed by the police, the passengers on the jet reported feeling a bump at the time of the collision.',
    ]);
    expect(statementWith(analysis, 'feeling a bump').text).toBe('feeling a bump at the time of the collision');
  });
});
