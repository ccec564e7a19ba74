import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

const roleOf = (paragraphs: string[], fragment: string) => statementWith(analyse(paragraphs), fragment).speakerRole;

describe('the role a speaker holds where each statement is made', () => {
  it('reads a title written before the name and a comma, and takes the holder, not the body, as speaker', () => {
    const paragraphs = [
      'The leader of the Harbour Workers Union, Dolores Ferrante, condemned the closure as reckless.',
    ];
    const analysis = analyse(paragraphs);
    expect(speakerNameOf(analysis, 'reckless')).toBe('Dolores Ferrante');
    expect(statementWith(analysis, 'reckless').speakerRole).toBe('leader of the Harbour Workers Union');
    expect(analysis.actors.find((a) => a.name === 'Dolores Ferrante')?.roles.map((r) => r.title)).not.toContain(
      'leader of',
    );
  });

  it('reads the appositive after an inverted cue and prefers it to a rank before the name', () => {
    expect(
      roleOf(
        ['"The harvest failed," said Professor Ingrid Solberg, head of crop science at the Nordvik Institute.'],
        'harvest failed',
      ),
    ).toBe('head of crop science at the Nordvik Institute');
  });

  it('keeps a long title with its complement before the name', () => {
    expect(
      roleOf(
        ['Deputy Minister of the Interior Tomasz Wrona said the border would reopen on Monday.'],
        'border would reopen',
      ),
    ).toBe('Deputy Minister of the Interior');
    expect(
      roleOf(
        ['According to Chilean Ambassador to the United Kingdom Rosa Ibarra, the talks went well.'],
        'talks went well',
      ),
    ).toBe('Chilean Ambassador to the United Kingdom');
  });

  it('keeps a named owner, a hyphenated head and titles joined by "and"', () => {
    const analysis = analyse([
      "After the final, Norway's coach Henrik Dahl said the team had earned it.",
      'Streamly co-founder Priya Nair said the app would stay free.',
      'Veteran actor and director Paolo Ruiz said the festival was a success.',
    ]);
    expect(statementWith(analysis, 'earned it').speakerRole).toBe("Norway's coach");
    expect(statementWith(analysis, 'stay free').speakerRole).toBe('Streamly co-founder');
    expect(statementWith(analysis, 'festival').speakerRole).toBe('Veteran actor and director');
  });

  it('gives each statement the title stated last before it', () => {
    const analysis = analyse([
      'Marta Kline, the club’s goalkeeper, said the defence held firm.',
      'Kline, now the team captain, said she would stay another season.',
    ]);
    expect(statementWith(analysis, 'defence held firm').speakerRole).toMatch(/^club’s goalkeeper$/i);
    expect(statementWith(analysis, 'another season').speakerRole).toMatch(/^team captain$/i);
  });

  it('keeps a capitalised "Then-" bound to the title by its hyphen', () => {
    expect(roleOf(['Then-Solara CEO Walter Briggs said in 2001 that the merger was off.'], 'merger was off')).toBe(
      'Then-Solara CEO',
    );
  });

  it('reads no appositive where the words after the comma are the subject of the next verb', () => {
    const analysis = analyse([
      'Tomas Reyes, a former deputy, said he had seen the files.',
      'According to Reyes, an inspector for the harbour police was given the files in secret.',
    ]);
    const reyes = analysis.actors.find((a) => a.name === 'Tomas Reyes');
    expect(reyes?.roles.map((r) => r.title)).not.toContain('inspector for the harbour police was');
    expect(reyes?.roles.map((r) => r.title)).not.toContain('inspector for the harbour police');
  });

  it('still reads an appositive closed by the cue after a name that opens its clause', () => {
    expect(
      roleOf(
        ['"The film drags on far too long," Lena Voss, film critic for the Harbour News Service said.'],
        'drags on',
      ),
    ).toBe('film critic for the Harbour News Service');
  });

  it('keeps the office before the name when the appositive after it only gives a party', () => {
    const analysis = analyse([
      'U.S. Senator Tom Riley, Republican from Ohio, issued a statement on Monday.',
      '"The decision is wrong," Riley said.',
    ]);
    expect(statementWith(analysis, 'decision is wrong').speakerRole).toBe('U.S. Senator');
  });

  it('reads an appositive whose title a name owns, and still no title from a list of people', () => {
    expect(
      roleOf(['Marta Ruiz, Harbour Post newspaper’s chief cartoonist, said the strip was satire.'], 'satire'),
    ).toBe('Harbour Post newspaper’s chief cartoonist');
    const listed = analyse(['Marta Ruiz, Tomas Berg and Anna Lind said the bill was fair.']);
    expect(listed.actors.find((a) => a.name === 'Marta Ruiz')?.roles).toEqual([]);
  });

  it('reads a title before the name past a bracketed gloss, with a head tagged as an adjective', () => {
    expect(
      roleOf(
        ['The secretary general of HWU (Harbour Workers Union), Nadia Ferris, called the ruling "a disgrace".'],
        'disgrace',
      ),
    ).toBe('Secretary General of HWU');
  });

  it('reads an appositive past a participle that names people, after a title before the name', () => {
    expect(
      roleOf(
        ['UK citizen Rosa Dunne, the mother of one of those killed in the Tarvik bombing, said she felt no pity.'],
        'no pity',
      ),
    ).toBe('mother of one of those killed in the Tarvik bombing');
  });

  it('reads a title before the name and a comma after an adverb opening the sentence', () => {
    expect(
      roleOf(['Meanwhile the mayor of Tarvik, Lena Falk, said the harbour would reopen.'], 'harbour would reopen'),
    ).toBe('Mayor of Tarvik');
  });

  it('reads a long title that opens the sentence and runs into a body’s name before the person, and keeps the body', () => {
    const analysis = analyse([
      'Executive director of the Dallas chapter of the Harbour Workers Union Nadia Ferris said the strike would go on.',
    ]);
    expect(analysis.actors.find((a) => a.name === 'Nadia Ferris')?.roles.map((r) => r.title)).toEqual([
      'Executive director of the Dallas chapter of the Harbour Workers Union',
    ]);
    expect(analysis.actors.map((a) => a.name)).toContain('Harbour Workers Union');
  });

  it('reads an office before a participle clause that says which one, but no title from a noun for anyone', () => {
    expect(
      roleOf(['The detective leading the inquiry, Tom Hale, said the files were lost.'], 'files were lost'),
    ).toMatch(/^detective$/i);
    expect(roleOf(['The man arrested on Monday, Omar Reyes, said he was innocent.'], 'innocent')).toBeNull();
  });

  it('names the relative a kinship title after "his" or "her" is told of', () => {
    const paragraphs = [
      'Rafael Ortiz has always denied taking the money. In his last interview he said he was innocent. His brother Diego Ortiz said the family would appeal.',
    ];
    expect(roleOf(paragraphs, 'family would appeal')).toBe("Rafael Ortiz's brother");
  });

  it('keeps the age of a relative in a kinship title', () => {
    const paragraphs = [
      'Abdullah Khadr was denied bail on Friday. "We couldn\'t help but be a little hopeful," his older sister Zaynab remarked.',
    ];
    expect(roleOf(paragraphs, 'little hopeful')).toBe("Abdullah Khadr's older sister");
  });

  it('leaves the office before the name as the title when the appositive is "Republican of STATE"', () => {
    expect(
      roleOf(['Senator Ruth Calder, Republican of Montana, said the bill would not pass.'], 'bill would not pass'),
    ).toBe('Senator');
  });
});
