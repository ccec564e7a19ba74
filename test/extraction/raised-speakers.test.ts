import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a speaker named as the subject of a passive', () => {
  it('takes the subject of "was quoted as saying"', () => {
    const analysis = analyse(['Ahmed Musa, the team captain, was quoted as saying that the deal was off.']);
    expect(speakerNameOf(analysis, 'deal was off')).toBe('Ahmed Musa');
  });

  it('takes the subject of "was quoted by the agency as saying", not the agency', () => {
    const analysis = analyse(['Coach Ida Berg was quoted by the state news agency as saying the squad was tired.']);
    expect(speakerNameOf(analysis, 'squad was tired')).toBe('Ida Berg');
  });

  it('still takes the object of the active "quoted X as saying"', () => {
    const analysis = analyse(['The Harbor Courier quoted Mayor Ann Reyes as saying that the bridge would reopen.']);
    expect(speakerNameOf(analysis, 'bridge would reopen')).toBe('Ann Reyes');
  });

  it('takes the subject of "is said to have told" and "was reported to have said"', () => {
    const analysis = analyse([
      'Ahmed Musa is said to have told the board that the plant would close.',
      'The harbour master was reported to have said the port was safe.',
    ]);
    expect(speakerNameOf(analysis, 'plant would close')).toBe('Ahmed Musa');
    expect(speakerNameOf(analysis, 'port was safe')).toBe('the harbour master');
  });

  it('reads no report from a refusal to speak', () => {
    const analysis = analyse(['The firm declined to say whether the plant would close.']);
    expect(analysis.statements).toHaveLength(0);
  });
});

describe('the one a quoting verb cites "as saying"', () => {
  it('is a long phrase with its own prepositions and "and", not the outlet citing (intelligence)', () => {
    const analysis = analyse([
      'The Washington Post cites unnamed sources among officials and members of the initial survey group as claiming that the first report came to the same conclusions.',
    ]);
    expect(analysis.statements.map((s) => `${speakerNameOf(analysis, s.text)}: ${s.text}`)).toEqual([
      'unnamed sources among officials and members of the initial survey group: the first report came to the same conclusions',
    ]);
  });
});

describe('the media as a speaker', () => {
  it('reports for "Turkish media" and "the press" (international)', () => {
    const analysis = analyse([
      'Turkish media also reported Saturday that officials found ammunition near the lake.',
      'The local press reported that the mayor had resigned.',
    ]);
    expect(analysis.statements.map((s) => `${speakerNameOf(analysis, s.text)}: ${s.text}`)).toEqual([
      'Turkish media: officials found ammunition near the lake',
      'the local press: the mayor had resigned',
    ]);
  });
});

describe('a speaker described with a participle joined by a hyphen', () => {
  it('keeps the whole description, the phrase after it included (international, courts)', () => {
    const analysis = analyse([
      'A self-identified Sudanese asylum seeker from one of the boats said the refugees were denied water.',
      'A well-known lawyer said the case was weak.',
    ]);
    expect(analysis.statements.map((s) => `${speakerNameOf(analysis, s.text)}: ${s.text}`)).toEqual([
      'a self-identified Sudanese asylum seeker from one of the boats: the refugees were denied water',
      'a well-known lawyer: the case was weak',
    ]);
  });
});
