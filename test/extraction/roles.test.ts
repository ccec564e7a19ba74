import { describe, expect, it } from 'vitest';
import { isCutTitle, normalizeRole, splitTitles } from '../../src/extraction/roles.ts';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';
import { toGoldFormat } from '../../src/extraction/to-gold-format.ts';

describe('normalizeRole', () => {
  it('title-cases a formal title written in lower case and finds the country', () => {
    expect(normalizeRole('the Finnish president')).toEqual({
      title: 'Finnish President',
      written: 'Finnish President',
      kind: 'HEAD_OF_STATE',
      organization: null,
      country: 'Finland',
    });
  });

  it('classifies ministers, diplomats and heads of government', () => {
    expect(normalizeRole('Estonian Foreign Minister')).toMatchObject({ kind: 'MINISTER', country: 'Estonia' });
    expect(normalizeRole('Canadian Ambassador to the United Nations')).toMatchObject({
      kind: 'DIPLOMAT',
      country: 'Canada',
      organization: 'United Nations',
    });
    expect(normalizeRole('Prime Minister')).toMatchObject({ title: 'Prime Minister', kind: 'HEAD_OF_GOVERNMENT' });
    expect(normalizeRole('Secretary General')).toMatchObject({ kind: 'OFFICIAL' });
  });

  it('reads the organisation of a possessive title and keeps the owner in the title', () => {
    expect(normalizeRole("the Arctic Council's secretary general")).toMatchObject({
      title: "Arctic Council's Secretary General",
      organization: 'Arctic Council',
    });
    expect(normalizeRole("the club's coach").title).toBe("club's coach");
  });

  it('tells a cut title from a whole one', () => {
    expect(isCutTitle('leader of')).toBe(true);
    expect(isCutTitle('Ambassador to the')).toBe(true);
    expect(isCutTitle('leader of Ennahda')).toBe(false);
  });

  it('keeps descriptive roles as written and finds their organisation', () => {
    expect(normalizeRole('a research fellow at the Institute for Fiscal Studies')).toEqual({
      title: 'research fellow at the Institute for Fiscal Studies',
      written: 'research fellow at the Institute for Fiscal Studies',
      kind: 'EXPERT',
      organization: 'Institute for Fiscal Studies',
      country: null,
    });
  });

  it("reads the head after a body's name that holds a connector, not the complement of the name's first word", () => {
    expect(normalizeRole('Bank of America analyst')).toMatchObject({ kind: 'EXPERT', organization: 'Bank of America' });
    expect(normalizeRole('Harbour Council for the Welfare of Anglers spokesman')).toMatchObject({
      kind: 'SPOKESPERSON',
    });
    // A title that ends on a capitalised word keeps its complement: the head is "Secretary".
    expect(normalizeRole('Secretary of State')).toMatchObject({ title: 'Secretary of State', kind: 'MINISTER' });
  });

  it('expands abbreviated titles, keeps them as written beside, and keeps a party code', () => {
    expect(normalizeRole('Sen.')).toMatchObject({ title: 'Senator', written: 'Sen.', kind: 'LAWMAKER' });
    expect(normalizeRole('Retired Lt. Gen.')).toMatchObject({
      title: 'Retired Lieutenant General',
      written: 'Retired Lt. Gen.',
    });
    // A plural abbreviation gives each person the singular title: there is no singular written form of it.
    expect(normalizeRole('Sens.')).toMatchObject({ title: 'Senator', written: 'Senator' });
    expect(normalizeRole('Senator (D-Ore.)')).toMatchObject({ title: 'Senator (D-Ore.)', kind: 'LAWMAKER' });
  });

  it('does not make the president of a union a head of state', () => {
    expect(normalizeRole("president of the nurses' union").kind).toBe('OFFICIAL');
  });

  it('lets the longer phrase decide the kind', () => {
    expect(normalizeRole('White House press secretary').kind).toBe('SPOKESPERSON');
    expect(normalizeRole('Attorney General').kind).toBe('MINISTER');
  });
});

describe('splitTitles', () => {
  it('splits two titles written in a row', () => {
    expect(splitTitles(['Republican', 'vice', 'presidential', 'nominee', 'Senator'])).toEqual([
      ['Republican', 'vice', 'presidential', 'nominee'],
      ['Senator'],
    ]);
  });

  it('keeps compound titles and complements together', () => {
    expect(splitTitles(['Secretary', 'General'])).toEqual([['Secretary', 'General']]);
    expect(splitTitles(['Ambassador', 'to', 'NATO'])).toEqual([['Ambassador', 'to', 'NATO']]);
  });

  it('keeps a word that modifies the head after it in one title', () => {
    expect(splitTitles(['Executive', 'director', 'of', 'the', 'Tarvik', 'Trust'])).toEqual([
      ['Executive', 'director', 'of', 'the', 'Tarvik', 'Trust'],
    ]);
  });
});

describe('titles joined by "and" before a name', () => {
  it('are one role, stated again for a later statement', () => {
    const analysis = analyse([
      '"It is just history repeating itself", said former Harbor coach and former test player Ian Crane. "They just have lines," he said.',
    ]);
    expect(statementWith(analysis, 'history repeating').speakerRole).toBe('former Harbor coach and former test player');
    expect(statementWith(analysis, 'just have lines').speakerRole).toBe('former Harbor coach and former test player');
  });
});

describe('titles abbreviated without a full stop, as British usage writes them', () => {
  it('are titles before the name, read as the words they stand for (crime, defence, local)', () => {
    const analysis = analyse([
      'Det Ch Insp Sara Lund said the search would go on.',
      'Sgt Ron Long said the drill had not been rehearsed.',
      'Cllr Mark Bell said the budget was tight.',
    ]);
    const roleOf = (fragment: string) => statementWith(analysis, fragment).speakerRole;
    expect(speakerNameOf(analysis, 'search would go on')).toBe('Sara Lund');
    expect(roleOf('search would go on')).toBe('Detective Chief Inspector');
    expect(speakerNameOf(analysis, 'not been rehearsed')).toBe('Ron Long');
    expect(roleOf('not been rehearsed')).toBe('Sergeant');
    expect(roleOf('budget was tight')).toBe('Councillor');
  });
});

describe('a role in the gold format', () => {
  it('is the title as the article writes it, abbreviations and all', () => {
    const analysis = analyse(['Republican Sen. Ada Brook of Oregon said the bank had misled its customers.']);
    expect(statementWith(analysis, 'misled').speakerRole).toBe('Republican Senator');
    expect(toGoldFormat(analysis).statements.map((s) => s.speakerRole)).toEqual(['Republican Sen.']);
  });
});
