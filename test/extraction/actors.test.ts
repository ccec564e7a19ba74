import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';
import type { Analysis } from '../../src/extraction/types.ts';

function actorNamed(analysis: Analysis, name: string) {
  const actor = analysis.actors.find((a) => a.name === name);
  if (!actor) throw new Error(`no actor ${name} in ${analysis.actors.map((a) => a.name).join(', ')}`);
  return actor;
}

const names = (analysis: Analysis) => analysis.actors.map((a) => a.name);

describe('actors', () => {
  it('links a surname to the full name and reads a premodifying title', () => {
    const analysis = analyse([
      'Norwegian Trade Minister Henrik Aasen arrived on Monday.',
      'Aasen met farmers in Oslo.',
    ]);
    const aasen = actorNamed(analysis, 'Henrik Aasen');
    expect(aasen.kind).toBe('PERSON');
    expect(aasen.aliases).toEqual(['Aasen']);
    expect(aasen.roles).toEqual([
      {
        title: 'Norwegian Trade Minister',
        written: 'Norwegian Trade Minister',
        kind: 'MINISTER',
        organization: null,
        country: 'Norway',
      },
    ]);
    expect(aasen.mentions.map((m) => m.text)).toEqual(['Henrik Aasen', 'Aasen']);
  });

  it('gives a surname two people share to the one the story already calls so, else to the one named first (politics)', () => {
    const analysis = analyse([
      'Governor Elena Brandt said she would not back the bill.',
      'Brandt said the bill had insulted her husband, Oskar Brandt, a retired judge.',
      '“I will not be bullied into this,” Brandt said.',
      'In the valley, Mayor Carl Vogt and his daughter, Ida Vogt, toured the flooded school.',
      '“The roof will be fixed by spring,” Vogt said.',
      'Farmer Tom Hale spoke at the first meeting.',
      'Weeks later, party treasurer Rita Hale opened the second meeting.',
      '“The accounts are in order,” Hale said.',
    ]);
    expect(speakerNameOf(analysis, 'bullied into this')).toBe('Elena Brandt');
    expect(speakerNameOf(analysis, 'roof will be fixed')).toBe('Carl Vogt');
    expect(speakerNameOf(analysis, 'accounts are in order')).toBe('Rita Hale');
  });

  it('reads abbreviated ranks as one title, and "Del." as a delegate’s (military, politics)', () => {
    const analysis = analyse([
      'Retired Lt. Gen. Mara Quist said the base should stay open.',
      'Del. Owen Farrow said the hearing was a waste of time.',
    ]);
    expect(statementWith(analysis, 'base should stay open').speakerRole).toBe('Retired Lieutenant General');
    expect(speakerNameOf(analysis, 'waste of time')).toBe('Owen Farrow');
    expect(statementWith(analysis, 'waste of time').speakerRole).toBe('Delegate');
  });

  it('gives each name after a plural title the title, and keeps "lead" in a title (politics, science)', () => {
    const analysis = analyse([
      'Sens. Ada Brook (D-Ore.) and Tom Vale (D-Ohio) questioned the bank’s chief executive.',
      'Brook said the bank had misled its customers.',
      'Reps. Ines Moya and Carl Dunne met the mayor. Moya said the vote would be close.',
      '“The benefits level off after that,” said lead author Priya Nair.',
    ]);
    expect(statementWith(analysis, 'misled its customers').speakerRole).toBe('Senator');
    expect(names(analysis)).not.toContain('Sens');
    expect(statementWith(analysis, 'vote would be close').speakerRole).toBe('Representative');
    expect(statementWith(analysis, 'benefits level off').speakerRole).toBe('lead author');
  });

  it('gives each name after a plural title the title in the singular, not a complement’s plural (politics)', () => {
    const analysis = analyse([
      'Senators Ada Brook and Tom Vale questioned the program.',
      'Brook said other changes were needed.',
      'Ambassador to the United States Ines Moya said the visit would go ahead.',
    ]);
    expect(statementWith(analysis, 'other changes').speakerRole).toBe('Senator');
    expect(statementWith(analysis, 'visit would go ahead').speakerRole).toBe('Ambassador to the United States');
  });

  it('reads a police rank of two words as one title (crime)', () => {
    const analysis = analyse([
      'Detective Inspector Sarah Webb urged witnesses to come forward.',
      '“We believe this was an isolated incident,” Webb said.',
    ]);
    expect(statementWith(analysis, 'isolated incident').speakerRole).toBe('Detective Inspector');
  });

  it('reads an appositive role and two titles in a row', () => {
    const analysis = analyse([
      'Priya Raman, the bank’s chief economist, spoke first.',
      'Green Party nominee Deputy Mayor Jonas Weber spoke next.',
    ]);
    expect(actorNamed(analysis, 'Priya Raman').roles.map((r) => r.title)).toEqual(['bank’s Chief Economist']);
    expect(actorNamed(analysis, 'Jonas Weber').roles.map((r) => r.title)).toEqual([
      'Green Party Nominee',
      'Deputy Mayor',
    ]);
  });

  it('finds organisations and countries, with demonym plurals as the nation', () => {
    const analysis = analyse([
      'The European Commission and the Red Cross Society sent aid to Poland, where Poles queued for hours.',
    ]);
    expect(actorNamed(analysis, 'European Commission').kind).toBe('ORGANIZATION');
    expect(actorNamed(analysis, 'Red Cross Society').kind).toBe('ORGANIZATION');
    expect(actorNamed(analysis, 'Poland')).toMatchObject({ kind: 'COUNTRY', aliases: ['Poles'] });
  });

  it('does not turn places, datelines, plans or single adjectives into actors', () => {
    const analysis = analyse([
      'OSLO — The Northern Corridor Plan was presented in Geneva on Tuesday by Swedish engineers.',
    ]);
    expect(analysis.actors.map((a) => a.name)).toEqual([]);
  });

  it('does not take credit lines for actors', () => {
    const analysis = analyse([
      'Finance Minister Aiko Tanaka presented the budget.',
      'Lena Park in Seoul and Omar Said in Tokyo contributed to this report.',
    ]);
    expect(analysis.actors.map((a) => a.name)).toEqual(['Aiko Tanaka']);
  });

  it('names each anonymous source as described', () => {
    const analysis = analyse([
      'A senior Dutch official, speaking on condition of anonymity, said the vote would be delayed.',
    ]);
    expect(analysis.actors).toEqual([
      expect.objectContaining({
        name: 'a senior Dutch official',
        kind: 'ANONYMOUS',
        roles: [expect.objectContaining({ title: 'senior Dutch official', kind: 'OFFICIAL', country: 'Netherlands' })],
      }),
    ]);
  });
});

describe('a seat standing for its body', () => {
  it('takes "Brussels" acting for the European Union, and other capitals for their countries', () => {
    const analysis = analyse([
      'Brussels said on Monday that the tariffs would be lifted in spring.',
      'Moscow said that the talks had failed.',
    ]);
    expect(speakerNameOf(analysis, 'tariffs would be lifted')).toBe('European Union');
    expect(speakerNameOf(analysis, 'talks had failed')).toBe('Russia');
  });
});
