import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a speaker whose name is written with a hyphen', () => {
  it('keeps the part before the hyphen of a name that opens the sentence (media, business)', () => {
    const analysis = analyse([
      'Officials met on Monday.',
      'Al-Jazeera said its reporters had been detained for two days.',
      'Rolls-Royce said it would cut three thousand jobs.',
    ]);
    expect(speakerNameOf(analysis, 'its reporters had been detained')).toBe('Al-Jazeera');
    expect(speakerNameOf(analysis, 'cut three thousand jobs')).toBe('Rolls-Royce');
  });

  it('keeps the capital of a hyphenated people’s name but not of a prefix (politics)', () => {
    const analysis = analyse([
      'The census was published on Tuesday.',
      'Mexican-American voters said the new rules were aimed at their families.',
      'Anti-war protesters said they would march again on Sunday.',
    ]);
    expect(speakerNameOf(analysis, 'aimed at their families')).toBe('Mexican-American voters');
    expect(speakerNameOf(analysis, 'march again on Sunday')).toBe('anti-war protesters');
  });
});

describe('a news agency the gazetteer knows', () => {
  it('keeps its whole name across a country’s name at the hyphen (media)', () => {
    const analysis = analyse([
      'Fighting spread to the capital on Friday.',
      'Agence France-Presse reported that two soldiers were killed near the airport.',
    ]);
    expect(speakerNameOf(analysis, 'two soldiers were killed')).toBe('Agence France-Presse');
  });

  it('is named when it opens a sentence with a word the tagger reads as a verb (media)', () => {
    const analysis = analyse([
      'Protests went on for a third night.',
      'Associated Press reported that foreign reporters had been barred from the streets.',
    ]);
    expect(speakerNameOf(analysis, 'foreign reporters had been barred')).toBe('Associated Press');
  });
});

describe('a group of a person whose name opens on a particle', () => {
  it('speaks as the group, the particle kept with the name (international)', () => {
    const analysis = analyse([
      'Fighting went on in Basra.',
      'Aides of Muqtada al-Sadr said the cease-fire was still in force.',
    ]);
    expect(speakerNameOf(analysis, 'cease-fire')).toBe('aides of Muqtada al-Sadr');
  });
});

describe('a given name of two parts whose first the tagger reads as a preposition', () => {
  it('is whole, the speaker of a chain after "one" and a description, which gives the title (international)', () => {
    const analysis = analyse([
      'Police used water cannon on the crowd.',
      'One protester, Park In-soo, stated, "We are just here to express our opinions."',
    ]);
    expect(speakerNameOf(analysis, 'express our opinions')).toBe('Park In-soo');
    expect(statementWith(analysis, 'express our opinions').speakerRole).toBe('protester');
  });
});
