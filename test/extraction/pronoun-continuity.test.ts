import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a pronoun that goes on from the last speaker', () => {
  it('keeps to the speaker last named by a pronoun of its gender, past a man named since (courts)', () => {
    const analysis = analyse([
      'President Zorvan Hale criticised the ruling on Sunday.',
      'In another post, he called Judge Mark Reyes "a so-called judge" and expressed confidence the ruling would be overturned.',
      'He also claimed, "Bad people are very happy!"',
    ]);
    expect(speakerNameOf(analysis, 'Bad people')).toBe('Zorvan Hale');
  });

  it('still gives way to a person named since when the last speaker was last named otherwise (politics)', () => {
    const analysis = analyse([
      'The minister said the budget was sound.',
      'Opposition leader Carl Berg, a father of three, disagreed with his colleagues, and his aides said he was angry.',
      'He said, "This budget will fail."',
    ]);
    expect(speakerNameOf(analysis, 'This budget will fail')).toBe('Carl Berg');
  });
});

describe('a pronoun after a report that names someone else', () => {
  it('keeps to the speaker when the other is named only inside what the speaker reported (business)', () => {
    const analysis = analyse([
      "Chief executive Arvo Tallis told shareholders on Monday that advice from finance director Rod Kessler had nothing to do with the merger, which was agreed before Kessler's report arrived.",
      'He went on to say the deal would close in June.',
    ]);
    expect(speakerNameOf(analysis, 'the deal would close in June')).toBe('Arvo Tallis');
  });

  it('gives way to the one the speaker addressed, named right after the cue (sport)', () => {
    const analysis = analyse([
      'Reporter Dana Quill asked coach Rod Kessler which players he would rest.',
      '"We will rotate the whole squad," he said.',
    ]);
    expect(speakerNameOf(analysis, 'We will rotate')).toBe('Rod Kessler');
  });
});

describe('a pronoun after a sentence that brings a person into the story', () => {
  it('goes to the person newly named there rather than an older sentence’s subject (refugees)', () => {
    const analysis = analyse([
      'The government of President Omar Velde has tried to bring the families home.',
      'But many in the camps do not want to leave, like Tembo Karu, who runs a school near the border.',
      'He says the schools at home are still closed.',
    ]);
    expect(speakerNameOf(analysis, 'the schools at home')).toBe('Tembo Karu');
  });

  it('does not when that sentence speaks of someone else by the same pronoun (sport)', () => {
    const analysis = analyse([
      'Tennis champion Mara Lindqvist remembered her coach fondly.',
      'She watched the final beside him in 1999 at a gala hosted by Vesta Sports Weekly and Ilse Marrow.',
      '"He always believed in me," she said.',
    ]);
    expect(speakerNameOf(analysis, 'He always believed')).toBe('Mara Lindqvist');
  });
});

describe('a pronoun after a cue in an adverbial clause', () => {
  it('goes to the main clause’s subject named after it, not to the one who asked (politics)', () => {
    const analysis = analyse([
      'Candidate Rod Tallis spoke at a rally in Dover.',
      'When a reporter later asked Tallis whether the plan would cost jobs, Tallis shrugged.',
      '"You tell me," he said.',
    ]);
    expect(speakerNameOf(analysis, 'You tell me')).toBe('Rod Tallis');
  });

  it('keeps to a speaker whose report names a man as the subject of a clause inside it (courts)', () => {
    const analysis = analyse([
      "The victim's father Norrie said the verdicts Rod Kessler and Ian Brodie were given would bring the family peace.",
      'He called the case one which "no family should endure".',
    ]);
    expect(speakerNameOf(analysis, 'no family should endure')).toBe('Norrie');
  });
});

describe('a pronoun after a speaker whose title names another man as an owner', () => {
  it('keeps to the speaker, not the man named in a possessive (courts)', () => {
    const analysis = analyse([
      'Two men were jailed for the killing of Rod Kessler.',
      'In a statement, Inspector Arvo Tallis, the senior investigator of Kessler\'s murder, said the crime had "shocked the island."',
      'He also said "the family have had to cope with the most tragic of losses."',
    ]);
    expect(speakerNameOf(analysis, 'the most tragic of losses')).toBe('Arvo Tallis');
  });
});
