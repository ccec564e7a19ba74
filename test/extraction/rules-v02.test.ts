import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, speakerOf, statementWith } from './analyse.ts';

describe('speech cues beyond "said"', () => {
  it('reads a noun phrase after "voiced" and an infinitive after "pledged"', () => {
    const analysis = analyse([
      'Farmers voiced strong opposition to the new water tariff.',
      'The city council, which sets the tariff, has pledged to review the charges by June.',
    ]);
    expect(statementWith(analysis, 'strong opposition to the new water tariff').kind).toBe('INDIRECT');
    expect(statementWith(analysis, 'to review the charges by June').cue).toBe('pledged');
  });

  it('reads "his vow that …" and "X’s declaration that …" as statements of the possessor', () => {
    const analysis = analyse([
      'Daniel Okafor met the board on Friday.',
      'Fans cheered his vow on Monday that the club would not sell its captain.',
      'Okafor’s declaration that the season was not over lifted the squad.',
    ]);
    expect(speakerNameOf(analysis, 'the club would not sell its captain')).toBe('Daniel Okafor');
    expect(speakerNameOf(analysis, 'the season was not over')).toBe('Daniel Okafor');
  });

  it('keeps "calling for …" with the speaker of the same sentence', () => {
    const analysis = analyse([
      '“This is a scandal,” Senator Ruth Adams told the panel, repeatedly calling for an audit of the hospital accounts.',
    ]);
    expect(speakerNameOf(analysis, 'an audit of the hospital accounts')).toBe('Ruth Adams');
  });

  it('keeps a report whole around a quotation that ends the sentence, the quotation also a direct statement', () => {
    const analysis = analyse([
      'Defense lawyer Omar Haddad said his client had no record, and a conviction would “destroy his career.”',
    ]);
    expect(statementWith(analysis, 'his client had no record')).toMatchObject({
      text: 'his client had no record, and a conviction would “destroy his career.”',
      kind: 'MIXED',
    });
    expect(analysis.statements.map((s) => [s.text, s.kind])).toContainEqual(['destroy his career.', 'DIRECT']);
  });
});

describe('roles from relative clauses and appositives', () => {
  it('turns "who represents X" into an attorney role for the client named earlier', () => {
    const analysis = analyse([
      'Former nurse Helen Cho was charged with theft on Monday.',
      'Peter Lund, who represents Cho, said the charges were baseless.',
    ]);
    expect(statementWith(analysis, 'the charges were baseless').speakerRole?.toLowerCase()).toBe(
      'attorney for helen cho',
    );
  });

  it('keeps an occupation without the institution it works at, and a place of origin away', () => {
    const analysis = analyse([
      'Dr. Maria Silva, a cardiologist at St. Luke Hospital in Boston, said most patients recover fully.',
      'Jonas Berg, a sports psychologist from Oslo, said athletes need more rest.',
    ]);
    expect(statementWith(analysis, 'most patients recover fully').speakerRole?.toLowerCase()).toBe('cardiologist');
    expect(statementWith(analysis, 'athletes need more rest').speakerRole?.toLowerCase()).toBe('sports psychologist');
  });

  it('lets an organisation speak through its leaders', () => {
    const analysis = analyse(['OPEC members agreed on Sunday that output would fall by two percent.']);
    const statement = statementWith(analysis, 'output would fall by two percent');
    expect(speakerOf(analysis, statement).name).toBe('OPEC');
  });
});

describe('pronouns and descriptions', () => {
  it('reads a possessive pronoun by recency, not by the last speaker', () => {
    const analysis = analyse([
      '“We are ready,” said Mayor Laura Kim.',
      'Voters backed Governor Tom Reyes and his promise that taxes would not rise.',
    ]);
    expect(speakerNameOf(analysis, 'taxes would not rise')).toBe('Tom Reyes');
  });

  it('finds the head of a description before its complement', () => {
    const analysis = analyse(['Experts on food safety told the newspaper that the recall came too late.']);
    expect(speakerNameOf(analysis, 'the recall came too late')).toMatch(/experts on food safety/i);
  });

  it('links a capital acting as its country', () => {
    const analysis = analyse(['Ottawa was hoping for a quick deal, officials said.']);
    expect(
      analysis.actors.some((a) => a.kind === 'COUNTRY' && a.name === 'Canada' && a.aliases.includes('Ottawa')),
    ).toBe(true);
  });
});

describe('events from triggers', () => {
  it('makes one event per occasion with participants from the clause and a dated place', () => {
    const analysis = analyse(
      [
        'Prime Minister Ines Duarte visited Madrid on Tuesday.',
        'During the visit, Duarte met King Felipe at the palace.',
        'Parliament voted on the budget later that week.',
      ],
      '2024-06-14',
    );
    const visit = analysis.events.find((e) => e.type === 'VISIT');
    expect(visit?.when).toMatchObject({ start: '2024-06-11', precision: 'DAY' });
    expect(visit?.place).toBe('Madrid');
    const meeting = analysis.events.find((e) => e.type === 'MEETING');
    const names = meeting?.participants.map((p) => analysis.actors.find((a) => a.ref === p.actorRef)?.name);
    expect(names).toEqual(expect.arrayContaining(['Ines Duarte']));
  });

  it('does not read "the charges" in a quoted or reported remark as a charging', () => {
    const analysis = analyse(['Lawyer Sam Ortiz said the charges were overdue.']);
    expect(analysis.events.filter((e) => e.type === 'OTHER')).toEqual([]);
  });

  it('reads Russian strikes on Ukrainian towns as an attack by one country on another', () => {
    const analysis = analyse(['Russia and Ukraine traded blame after Russian strikes on Ukrainian towns.']);
    const attack = analysis.events.find((e) => e.type === 'ATTACK');
    const names = attack?.participants.map((p) => analysis.actors.find((a) => a.ref === p.actorRef)?.name);
    expect(names).toEqual(expect.arrayContaining(['Russia', 'Ukraine']));
  });
});
