import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('the head of a speaker’s phrase', () => {
  it('is a body named before "of" its country, not the country (technology)', () => {
    const analysis = analyse([
      'Researchers published the flaw on Monday.',
      'Exploring the flaw, the National Cyber Security Centre of the UK said the attacker would have to be close by.',
    ]);
    expect(speakerNameOf(analysis, 'the attacker would have to be close')).toBe('National Cyber Security Centre');
  });

  it('is the sentence’s subject for a cue opening a conjunct after a semicolon (courts)', () => {
    const analysis = analyse([
      'Jury consultant Mara Quill, who worked on two murder trials, said the judge would dismiss jurors who said yes to the question; and said the defense would favor jurors who doubt police reports.',
    ]);
    expect(speakerNameOf(analysis, 'the defense would favor jurors')).toBe('Mara Quill');
  });
});

describe('a participle inside a speaker’s appositive', () => {
  it('describes the speaker; the verb after the appositive reports (courts)', () => {
    const analysis = analyse([
      'The trial opened on Monday.',
      'Yesterday, Brian Holloway, a lawyer defending the singer Ana Ruiz, accused the prosecution of hiding evidence from the jury.',
    ]);
    expect(speakerNameOf(analysis, 'the prosecution of hiding evidence')).toBe('Brian Holloway');
  });
});

describe('"the" and a title of office after a person spoke', () => {
  it('names someone else when the speaker is known by another title (local)', () => {
    const analysis = analyse([
      'The storm closed the coast road.',
      '"The barrier held," Ana Ruiz, a professor at the Delft institute, said on Monday. The mayor told reporters that the roads would reopen on Friday.',
    ]);
    expect(speakerNameOf(analysis, 'the roads would reopen')).toBe('the mayor');
  });
});

describe('a lone name before "of" a body', () => {
  it('is a person of that body, known by the surname (media, science)', () => {
    const analysis = analyse([
      'The boycott spread to three more cities.',
      'Dodds of Time Magazine points out that the vodka is distilled in Latvia.',
      'Kowalczyk of the Warsaw Institute said the boycott would fail within a month.',
    ]);
    expect(speakerNameOf(analysis, 'distilled in Latvia')).toBe('Dodds');
    expect(speakerNameOf(analysis, 'the boycott would fail')).toBe('Kowalczyk');
  });
});

describe('a person named before "from" a body', () => {
  it('speaks, though the tagger read the surname as a demonym (politics)', () => {
    const analysis = analyse([
      'The bill passed on Wednesday.',
      'Tom French from the Equality Network said of the vote: "Tonight the parliament voted by an overwhelming majority to back the bill."',
    ]);
    expect(speakerNameOf(analysis, 'voted by an overwhelming majority')).toBe('Tom French');
  });
});

describe('titles of British legislators and prosecutors', () => {
  it('reads "MSP", "MEP" and "procurator fiscal" as titles (politics, courts)', () => {
    const analysis = analyse([
      'The bill passed on Tuesday.',
      'Elaine Smith, also a Labour MSP, said she feared a backlash from voters.',
      'Highlands procurator fiscal Liam Murphy said the case had shocked the island.',
    ]);
    expect(statementWith(analysis, 'feared a backlash').speakerRole).toBe('Labour MSP');
    expect(statementWith(analysis, 'shocked the island').speakerRole?.toLowerCase()).toBe(
      'highlands procurator fiscal',
    );
  });
});
