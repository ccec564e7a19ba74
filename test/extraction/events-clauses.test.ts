import { describe, expect, it } from 'vitest';
import { analyse, eventsOf, participants } from './analyse.ts';

describe('events read from the structure of clauses', () => {
  it('reads one result from each clause a semicolon joins', () => {
    const analysis = analyse([
      'On Sunday, Norway beat Denmark 2 – 1; Peru beat Chile 3 – 0; and Ghana lost 0 – 1 to Mali.',
    ]);
    const results = eventsOf(analysis, 'OTHER');
    expect(results).toHaveLength(3);
    expect(participants(analysis, results[1]!)).toEqual(expect.arrayContaining(['Peru', 'Chile']));
    expect(participants(analysis, results[1]!)).not.toContain('Ghana');
  });

  it('reads a death told by a dated, owned noun, and no death from a penalty', () => {
    const analysis = analyse([
      'The festival marked the tenth anniversary of Oskar Lund’s death in 2009.',
      'Lawmakers in Norland debated the death penalty.',
    ]);
    const deaths = eventsOf(analysis, 'OTHER');
    expect(deaths).toHaveLength(1);
    expect(participants(analysis, deaths[0]!)).toContain('Oskar Lund');
    expect(deaths[0]!.when?.start).toBe('2009-01-01');
  });

  it('reads a signing with a party named past a date, and none from a disease contracted', () => {
    const analysis = analyse([
      'Singer Mira Holt contracted in 1998 to Polar Records.',
      'Pilot Jonas Vik contracted malaria in Ghana.',
    ]);
    const deals = eventsOf(analysis, 'AGREEMENT');
    expect(deals).toHaveLength(1);
    expect(participants(analysis, deals[0]!)).toEqual(expect.arrayContaining(['Mira Holt', 'Polar Records']));
  });

  it('takes a possessed verb form as a noun pointing back at the event told', () => {
    const analysis = analyse([
      'Smuggler Piet Haas fled Norland in 1999 and lived in Brazil.',
      'The authorities banned his ships from the port.',
      'Upon his escape Haas became the most wanted man in Norland.',
    ]);
    const flight = analysis.events.find((e) => e.mentions.some((m) => m.text === 'fled'));
    expect(flight?.mentions.map((m) => m.text)).toEqual(['fled', 'escape']);
  });

  it('gives a published study to the authors the sentence before names', () => {
    const analysis = analyse([
      'A team from Halden University and the Vestby Institute measured the melt of Arctic sea ice. The study was published in the journal Polar Letters on Monday.',
    ]);
    const published = eventsOf(analysis, 'STATEMENT_ISSUED');
    expect(published).toHaveLength(1);
    expect(participants(analysis, published[0]!)).toEqual(expect.arrayContaining(['Halden University']));
  });

  it('reads a loss in a contest, and none from a crop that loses yield', () => {
    const analysis = analyse([
      'Wheat grown near Vestby University loses more yield in dry years.',
      'Ghana lost to Mali in Bamako.',
    ]);
    expect(eventsOf(analysis, 'OTHER').map((e) => e.mentions[0]!.text)).toEqual(['lost']);
  });

  it('reads no event from a happening only risked or feared', () => {
    const analysis = analyse([
      'The Norland Post Office database is at risk of being hacked.',
      'Farmers in Vestby voiced fears of an invasion by Valdoria.',
    ]);
    expect(analysis.events).toEqual([]);
  });

  it('tells a find told again of no one and on no date as the one find', () => {
    const analysis = analyse([
      'A secret report of the Norland Defence Ministry was found on a bus in Vestby on Monday.',
      'The report was found under a seat by a cleaner.',
    ]);
    expect(eventsOf(analysis, 'OTHER')).toHaveLength(1);
  });

  it('reads an appointment from "named" with an office, and none from a name given', () => {
    const analysis = analyse([
      'President Omar Kell named Ines Amaral as his new chief of staff.',
      'The bridge in Vestby was named after engineer Lena Strand.',
    ]);
    expect(eventsOf(analysis, 'OTHER').map((e) => participants(analysis, e))).toEqual([['Omar Kell', 'Ines Amaral']]);
  });

  it('reads a player signed as an agreement, and no agreement from a letter signed to someone', () => {
    const analysis = analyse([
      'Polar FC signed striker Paulo Reis on Monday.',
      'Mayor Lena Strand signed a letter to President Omar Kell.',
    ]);
    const deals = eventsOf(analysis, 'AGREEMENT');
    expect(deals).toHaveLength(1);
    expect(participants(analysis, deals[0]!)).toContain('Paulo Reis');
  });

  it('reads a verdict with the defendant between "found" and "guilty"', () => {
    const analysis = analyse(['A jury in Leeds found Harold Briggs guilty of fraud.']);
    expect(analysis.events.map((e) => e.type)).toEqual(['COURT_RULING']);
  });

  it('leaves the type free when a trigger of the clause tells no event', () => {
    const analysis = analyse(['Three people were killed when a bomb exploded in a market in Kano.']);
    expect(analysis.events.map((e) => e.mentions[0]!.text)).toEqual(['exploded']);
  });

  it('reads no event from a new happening a modal, an intent or a prevention governs', () => {
    const analysis = analyse([
      'Chancellor Erik Maier is expected to sign a new agreement next week.',
      'President Omar Kell is seeking a trade deal with Chancellor Erik Maier.',
      'Mayor Lena Strand and Governor Ines Amaral will hold talks in Vestby.',
    ]);
    expect(analysis.events).toEqual([]);
    const told = analyse(['Mayor Lena Strand will investigate the attack on the Vestby town hall.']);
    expect(told.events.map((e) => e.type)).toEqual(['ATTACK']);
  });

  it('reads no event from what is denied', () => {
    const analysis = analyse(['Minister Clara Veiga denied that she met President Omar Kell.']);
    expect(analysis.events).toEqual([]);
  });

  it('reads no travel from a participle describing the noun a preposition-like participle governs', () => {
    const analysis = analyse(['Senator Paul Okafor criticised rules regarding students traveling to Norland.']);
    expect(eventsOf(analysis, 'VISIT')).toEqual([]);
  });

  it('reads each dated conjunct of a gapped coordination as an event of its own', () => {
    const analysis = analyse([
      'Striker Paulo Reis signed in 2010 with Polar FC, then in 2013 with Real Vestby, and in 2016 with Kessby United.',
    ]);
    const deals = eventsOf(analysis, 'AGREEMENT');
    expect(deals.map((e) => participants(analysis, e))).toEqual([
      ['Paulo Reis', 'Polar FC'],
      ['Paulo Reis', 'Real Vestby'],
      ['Paulo Reis', 'Kessby United'],
    ]);
    expect(deals.map((e) => e.when?.start)).toEqual(['2010-01-01', '2013-01-01', '2016-01-01']);
  });

  it('gives a moment naming no side to the match its paragraph tells, or else to the match told last', () => {
    const analysis = analyse([
      'On Sunday, Norway beat Denmark 2 – 1; and Peru beat Chile 3 – 0.',
      'In Oslo, Norway started well. Lars Berg replaced Jonas Vik in the 60th minute.',
      'Peru dominated in Lima. Carlos Ruiz won the Man of the Match award.',
    ]);
    expect(eventsOf(analysis, 'OTHER')).toHaveLength(2);
  });

  it('reads a takeover, a law passed, a fine and a death passed away, and no deal from a house bought', () => {
    const analysis = analyse([
      'Investor Lena Strand bought Polar Bank for $2 billion in May.',
      'Investor Jonas Vik bought a house in Vestby.',
      'The US Senate passed the bill on Tuesday.',
      'The European Commission fined Polar Bank 40 million euros.',
      'Senator Paul Okafor passed away on Monday.',
    ]);
    expect(analysis.events.map((e) => [e.type, e.mentions[0]!.text])).toEqual([
      ['AGREEMENT', 'bought'],
      ['VOTE', 'passed'],
      ['OTHER', 'fined'],
      ['OTHER', 'passed away'],
    ]);
  });

  it('reads projectiles fired as an attack on the side fired at, and a dismissal as a change of office', () => {
    const analysis = analyse([
      'Iran fired missiles at Israel on Saturday.',
      'Polar Bank fired its chief executive, Ines Amaral, on Monday.',
    ]);
    expect(analysis.events.map((e) => e.type)).toEqual(['ATTACK', 'OTHER']);
    expect(participants(analysis, analysis.events[0]!)).toEqual(['Iran', 'Israel']);
  });

  it('reads an election won as one vote, a lawsuit settled and an office taken', () => {
    const analysis = analyse([
      'Chancellor Erik Maier won the 2021 federal election.',
      'Polar Bank settled its lawsuit with Vestby Credit.',
      'Jonas Vik settled in Vestby in 1990.',
      'Governor Ines Amaral took office on Monday.',
    ]);
    expect(analysis.events.map((e) => [e.type, e.mentions[0]!.text])).toEqual([
      ['VOTE', 'election'],
      ['AGREEMENT', 'settled'],
      ['OTHER', 'took office'],
    ]);
  });

  it('reads remarks that frame a sentence as a statement of its speaker', () => {
    const analysis = analyse(['In her closing remarks, Mayor Lena Strand said the festival would return.']);
    const remarks = eventsOf(analysis, 'STATEMENT_ISSUED');
    expect(remarks).toHaveLength(1);
    expect(participants(analysis, remarks[0]!)[0]).toBe('Lena Strand');
  });

  it('reads no event from a class of events counted, nor from regard won', () => {
    const analysis = analyse([
      'Chancellor Erik Maier, a veteran of many summits, arrived late.',
      'Mayor Lena Strand won praise for her handling of the crisis.',
    ]);
    expect(analysis.events).toEqual([]);
  });
});
