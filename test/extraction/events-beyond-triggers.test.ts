import { describe, expect, it } from 'vitest';
import { analyse, eventsOf, mentionsOf, participants } from './analyse.ts';
import { toGoldFormat } from '../../src/extraction/to-gold-format.ts';

describe('events across the kinds of news', () => {
  it('reads attacks, verdicts, arrests, match results, launches and resignations', () => {
    const analysis = analyse([
      'Gunmen attacked a bus station in Garissa on Monday.',
      'A court in Leeds sentenced Harold Briggs to six years for fraud.',
      'Police arrested Tomasz Nowak, a 34-year-old driver from Gdansk, after a long chase.',
      'Norway beat Denmark 3-1 in Oslo.',
      'The Orbis Space Agency launched its first weather satellite from Kourou.',
      'Health Minister Clara Veiga resigned on Friday.',
    ]);
    expect(analysis.events.map((e) => e.type)).toEqual(['ATTACK', 'COURT_RULING', 'ARREST', 'OTHER', 'OTHER', 'OTHER']);
    // The subject is found past its appositive.
    expect(participants(analysis, analysis.events[2]!)).toContain('Tomasz Nowak');
    expect(participants(analysis, analysis.events[3]!)).toEqual(expect.arrayContaining(['Norway', 'Denmark']));
  });

  it('reads no event under a condition, a modal, a negation or a word of intent', () => {
    const analysis = analyse([
      'If Governor Ines Amaral is re-elected, the port will expand.',
      'Senator Paul Okafor could vote against the budget.',
      'Mayor Lena Strand plans to meet the union leaders next week.',
      'The army did not attack the border post.',
    ]);
    expect(analysis.events).toEqual([]);
  });

  it('keeps a purpose and a fixed plan as events', () => {
    const analysis = analyse(['Prime Minister Rosa Lind will stop in Vienna on Friday to meet Chancellor Erik Maier.']);
    expect(eventsOf(analysis, 'MEETING')).toHaveLength(1);
  });

  it('reads what a speaker says they did, not what they claim of others', () => {
    const analysis = analyse([
      'Coach Marta Silva said she met the club owners on Tuesday.',
      'Inspector Raj Patel said there was no sign that the victim had been murdered.',
    ]);
    expect(eventsOf(analysis, 'MEETING')).toHaveLength(1);
    expect(eventsOf(analysis, 'OTHER')).toEqual([]);
  });

  it('tells another deed of one kind apart, and a time clause back to the event told before', () => {
    const analysis = analyse([
      'Dmitri Volkov was arrested in Riga on Monday.',
      'Volkov was interrogated for two hours.',
      'Three days after he was arrested, Volkov was released on bail.',
    ]);
    const legal = analysis.events.filter((e) => e.type === 'ARREST' || e.type === 'OTHER');
    expect(legal).toHaveLength(3);
    expect(legal[0]?.mentions).toHaveLength(2);
  });

  it('writes the finer types as the gold format knows them', () => {
    const analysis = analyse(['Police arrested the mayor of Tarvik, Anders Holm, on Sunday.']);
    expect(toGoldFormat(analysis).events.map((e) => e.type)).toEqual(['OTHER']);
  });

  it('reads no event from a participle between a determiner and its noun, nor from a noun a verb form spells', () => {
    const analysis = analyse([
      'Orbel Browser, its main rival, is gaining users, as is the recently released Kestrel Navigator.',
      'Hanna Moe, curator and director of exhibits at the Tarvik Art School, said the show was full.',
    ]);
    expect(analysis.events).toEqual([]);
    const released = analyse(['Kestrel Labs released Kestrel Navigator on Monday.']);
    expect(released.events.map((e) => e.type)).toEqual(['OTHER']);
  });

  it('reads a statement that frames the attribution as one issued by the speaker', () => {
    const analysis = analyse([
      'In a statement, Governor Lena Falk said the harbour would reopen on Monday.',
      'Fire chief Omar Reyes, in remarks to Tarvik Radio, said the blaze was out.',
    ]);
    const issued = analysis.events.filter((e) => e.type === 'STATEMENT_ISSUED');
    const agents = issued.map((e) => analysis.actors.find((a) => a.ref === e.participants[0]?.actorRef)?.name);
    expect(agents).toEqual(['Lena Falk', 'Omar Reyes']);
    expect(issued.every((e) => e.participants[0]?.part === 'AGENT')).toBe(true);
  });

  it('tells a time clause naming someone new as another happening', () => {
    const analysis = analyse([
      'Driver Marco Lenz died on Friday night, nine months after his crash.',
      'It is the first race death since 1994, when Tomas Varga was killed.',
    ]);
    const deaths = analysis.events.filter((e) => e.type === 'OTHER');
    const named = deaths.map((e) => e.participants.map((p) => analysis.actors.find((a) => a.ref === p.actorRef)?.name));
    expect(named).toEqual([['Marco Lenz'], ['Tomas Varga']]);
  });

  it('reads no event from begging, a race run for fun, or a participle that names the people it befell', () => {
    const analysis = analyse([
      'His sister Mara Lind pleaded with him to call a doctor.',
      'The Tarvik Trust invites everyone to walk, cycle or run for whatever distance they like.',
      'Nadia Ferris, the mother of one of those killed in 1988, spoke on Monday.',
      'Officer Tom Hale gave a count of 116 injured on Monday.',
    ]);
    // Giving a count is the officer's action (clause-actions.ts); the injured make no event of their own.
    expect(mentionsOf(analysis)).toEqual(['gave']);
    const candidacy = analyse(['Governor Lena Falk will not run for president, but Omar Reyes ran for the Senate.']);
    expect(candidacy.events.map((e) => e.type)).toEqual(['VOTE']);
  });

  it('reads a commitment agreed to as an agreement, but not one that would be agreed', () => {
    const agreed = analyse(['The maker Veltrix has agreed to donate boots to the Tarvik Trust.']);
    expect(agreed.events.map((e) => e.type)).toEqual(['AGREEMENT']);
    const hypothetical = analyse(['Veltrix would agree to pay the Tarvik Trust only after a review.']);
    expect(hypothetical.events).toEqual([]);
  });

  it('reads no meeting in what met with a thing, nor in topics discussed alone', () => {
    const none = analyse([
      'Lena Falk’s marches often met with violent resistance.',
      'In her speech, Lena Falk discussed social and environmental problems.',
    ]);
    expect(none.events.filter((e) => e.type === 'MEETING')).toEqual([]);
    const met = analyse([
      'Lena Falk met with Omar Reyes on Monday.',
      'Lena Falk and Omar Reyes discussed trade on Tuesday.',
      'Tomas Berg discussed the plan with Anna Lind on Friday.',
    ]);
    expect(met.events.filter((e) => e.type === 'MEETING')).toHaveLength(3);
  });

  it('reads a visit only where someone or some body travels', () => {
    const medal = analyse(['Norway won the final, with the silver medal going to Poland.']);
    expect(medal.events.filter((e) => e.type === 'VISIT')).toEqual([]);
    const trip = analyse([
      'Lena Falk went to Poland on Monday.',
      'The Tarvik Rovers club travelled to Madrid on Friday.',
    ]);
    expect(trip.events.filter((e) => e.type === 'VISIT')).toHaveLength(2);
  });
});
