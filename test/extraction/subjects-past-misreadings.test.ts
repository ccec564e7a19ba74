import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('the subject of a participle after a long clause', () => {
  it('reads a hyphen inside a word as no dash (politics)', () => {
    const analysis = analyse([
      'Farmers, who hold a 12-seat bloc in the 60-seat council, have blocked a number of city-backed zoning plans over the years, saying they threaten grazing land.',
    ]);
    expect(speakerNameOf(analysis, 'threaten grazing land').toLowerCase()).toBe('farmers');
  });

  it('reads a capitalised word inside a name as no verb, whatever its tag (politics)', () => {
    const analysis = analyse([
      'Mara Quint threw her support behind Sen. Ted Alvarez (R-Texas) Wednesday, saying it is time for a real budget hawk.',
    ]);
    expect(speakerNameOf(analysis, 'real budget hawk')).toBe('Mara Quint');
  });
});

describe('a clause opened by "after" past a verb\'s object', () => {
  it('gives the cue the subject of its own clause, not the object before it (politics)', () => {
    const analysis = analyse([
      'Senator Ann Holm issued a statement after Governor Tom Vale told a town hall on Monday that the tax would go.',
      'Ruth Hale after the vote said the plan had failed.',
    ]);
    expect(speakerNameOf(analysis, 'tax would go')).toBe('Tom Vale');
    expect(speakerNameOf(analysis, 'plan had failed')).toBe('Ruth Hale');
  });

  it('gives the cue the name right after "after", past adjuncts before it (politics)', () => {
    const analysis = analyse([
      'Ana Ruiz raised $40,000 from small donors in March after Senator Omar Bell endorsed her in an email.',
    ]);
    expect(speakerNameOf(analysis, 'her in an email')).toBe('Omar Bell');
  });

  it('reads no name from the end of a hyphenated word before a title set off by a comma (politics)', () => {
    const analysis = analyse(['The remark was an insult to all Irish-Americans, senior lawmakers said on Friday.']);
    expect(statementWith(analysis, 'insult').text).toBe('The remark was an insult to all Irish-Americans');
    expect(speakerNameOf(analysis, 'insult')).toBe('senior lawmakers');
  });

  it('gives a verb joined to a relative clause’s verb the relative’s antecedent, unless a comma closes the clause', () => {
    const analysis = analyse([
      'The plan has won over Mayor Lina Ortiz, who met reporters and said the bridge would reopen.',
      'Tom Vale praised Radio North, which let him go in 2015, and said the station was fair.',
    ]);
    expect(speakerNameOf(analysis, 'bridge would reopen')).toBe('Lina Ortiz');
    expect(speakerNameOf(analysis, 'station was fair')).toBe('Tom Vale');
  });
});
