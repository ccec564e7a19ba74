import { describe, expect, it } from 'vitest';
import { analyse, eventsOf, participants, onlyEvent, mentionsOf } from './analyse.ts';
import { findDate } from '../../src/extraction/dates.ts';

// 2024-03-14, the default date of `analyse`, is a Thursday.
describe('events probed by construction (v8)', () => {
  it('reads a bomber who blew himself up as an attack', () => {
    const analysis = analyse(['A suicide bomber blew himself up outside the Brask police station on Monday.']);
    expect(eventsOf(analysis, 'ATTACK')).toHaveLength(1);
  });

  it('reads a company filing for bankruptcy or going into administration as an event of that company', () => {
    const filed = analyse(['Halvorsen Retail filed for bankruptcy in Oslo on Monday.']);
    expect(participants(filed, onlyEvent(filed, 'OTHER'))).toContain('Halvorsen Retail');
    const administration = analyse(['The carmaker Veltro Motors went into administration last month.']);
    expect(participants(administration, onlyEvent(administration, 'OTHER'))).toContain('Veltro Motors');
  });

  it('reads workers laid off as an event of the employer, not a ship that lay off the coast', () => {
    const laidOff = analyse(['Veltro Motors laid off 1,200 workers at its Brask plant on Tuesday.']);
    expect(participants(laidOff, onlyEvent(laidOff, 'OTHER'))).toContain('Veltro Motors');
    const anchored = analyse(['The tanker Nordic Dawn lay off the coast of Brask for a week.']);
    expect(anchored.events).toEqual([]);
  });

  it('reads a bill signed into law or an order signed as an act of law, not an agreement', () => {
    const law = analyse(['Governor Ines Amaral signed the water bill into law on Tuesday.']);
    expect(eventsOf(law, 'AGREEMENT')).toEqual([]);
    expect(participants(law, onlyEvent(law, 'OTHER'))).toContain('Ines Amaral');
    const order = analyse(['President Arlo Vennberg signed an executive order on fishing quotas.']);
    expect(participants(order, onlyEvent(order, 'OTHER'))).toContain('Arlo Vennberg');
    const letter = analyse(['Senator Paul Okafor signed a letter to the fishing board.']);
    expect(letter.events).toEqual([]);
  });

  it('reads a bill that passed a legislature as a vote of that legislature', () => {
    const analysis = analyse(['The water bill narrowly passed the Tarvik National Assembly on Tuesday.']);
    expect(participants(analysis, onlyEvent(analysis, 'VOTE'))).toContain('Tarvik National Assembly');
    const exam = analyse(['The law student Mara Lind passed the bar exam on Tuesday.']);
    expect(eventsOf(exam, 'VOTE')).toEqual([]);
    const causative = analyse(['Speaker Tomas Heyler cannot get a budget passed this year.']);
    expect(eventsOf(causative, 'VOTE')).toEqual([]);
  });

  it('reads a bill vetoed as an event, not an idea vetoed', () => {
    const vetoed = analyse(['Governor Ines Amaral vetoed the budget bill on Wednesday.']);
    expect(participants(vetoed, onlyEvent(vetoed, 'OTHER'))).toContain('Ines Amaral');
    const idea = analyse(['Governor Ines Amaral vetoed the idea of a second bridge.']);
    expect(idea.events).toEqual([]);
  });

  it('reads "approve of" as an opinion, not a vote', () => {
    const opinion = analyse(['Most farmers approve of Governor Ines Amaral and her water plan.']);
    expect(eventsOf(opinion, 'VOTE')).toEqual([]);
    const vote = analyse(['The Brask city council approved the water plan of Governor Ines Amaral.']);
    expect(eventsOf(vote, 'VOTE')).toHaveLength(1);
  });

  it('reads counted votes as ballots, not a vote held', () => {
    const analysis = analyse(['Senator Paul Okafor carried 12 states with 190 electoral votes.']);
    expect(eventsOf(analysis, 'VOTE')).toEqual([]);
  });

  it("reads a person's judgment as their faculty, and a court's as a ruling", () => {
    const faculty = analyse(["Senator Paul Okafor questioned Governor Ines Amaral's judgment on the bridge."]);
    expect(eventsOf(faculty, 'COURT_RULING')).toEqual([]);
    const ruling = analyse(["The court's judgment against Halvorsen Retail came on Monday."]);
    expect(eventsOf(ruling, 'COURT_RULING')).toHaveLength(1);
  });

  it('reads "demonstrated that" as a proof, and "demonstrated in" a city as a protest', () => {
    const proof = analyse(['Governor Ines Amaral demonstrated that she can win rural counties.']);
    expect(proof.events).toEqual([]);
    const protest = analyse(['Students demonstrated in Brask against President Arlo Vennberg.']);
    expect(eventsOf(protest, 'OTHER')).toHaveLength(1);
  });

  it('reads applause that erupted as no disaster', () => {
    // Taking the stage is her action (clause-actions.ts); the cheers are none.
    const applause = analyse(['Loud cheers erupted as Mara Lind took the stage in Brask.']);
    expect(mentionsOf(applause)).toEqual(['took']);
    const crowd = analyse(['The hall in Brask exploded in laughter when Mara Lind took the stage.']);
    expect(mentionsOf(crowd)).toEqual(['took']);
  });

  it('reads a person "won over" as persuaded, not a contest', () => {
    const analysis = analyse(["Governor Ines Amaral's plan has won over Mayor Tomas Heyler."]);
    expect(analysis.events).toEqual([]);
  });

  it('reads a person "attacked on" a record in the passive as criticised, not assaulted', () => {
    const words = analyse(['Governor Ines Amaral has been attacked on her record by Senator Paul Okafor.']);
    expect(eventsOf(words, 'ATTACK')).toEqual([]);
    const blows = analyse(['Governor Ines Amaral was attacked by a man with a knife in Brask.']);
    expect(eventsOf(blows, 'ATTACK')).toHaveLength(1);
  });

  it('gives an event the place of an unknown name after "in"', () => {
    const analysis = analyse(['Police arrested Tomas Heyler in Velmora on Monday.']);
    expect(onlyEvent(analysis, 'ARREST').place).toBe('Velmora');
  });

  it('dates a weekday of the past before the story, and one of the future after it', () => {
    expect(findDate('resigned on Saturday', '2024-03-14')?.date.start).toBe('2024-03-09');
    expect(findDate('will resign on Saturday', '2024-03-14')?.date.start).toBe('2024-03-16');
    expect(findDate("ahead of Saturday's Brask primary", '2024-03-14')?.date.start).toBe('2024-03-16');
    const past = analyse(['Health Minister Clara Veiga resigned on Friday.']);
    expect(onlyEvent(past, 'OTHER').when?.start).toBe('2024-03-08');
    const ahead = analyse(['President Arlo Vennberg meets Chancellor Erik Maier on Friday.']);
    expect(onlyEvent(ahead, 'MEETING').when?.start).toBe('2024-03-15');
  });
});

describe('passing mentions and hypotheticals read from the clause (v8)', () => {
  it('reads a simple present with an adverb of frequency as a habit', () => {
    const analysis = analyse(['Charles Okafor, who typically votes Democratic, backs Governor Ines Amaral.']);
    expect(analysis.events).toEqual([]);
  });

  it('reads a gerund after a verb of taking sides as not yet real', () => {
    const opposed = analyse(['Many residents oppose deporting Tomas Heyler to Velmora.']);
    expect(opposed.events).toEqual([]);
    const supported = analyse(['Most voters support suing Halvorsen Retail over the spill.']);
    expect(supported.events).toEqual([]);
  });

  it('reads an infinitive after a word of possibility or prediction as not yet real', () => {
    const chance = analyse(['Senator Paul Okafor has the better chance to beat Governor Ines Amaral.']);
    expect(chance.events).toEqual([]);
    const impossible = analyse(['Low turnout made it impossible for Senator Paul Okafor to win.']);
    expect(impossible.events).toEqual([]);
    const picked = analyse(['Coach Dana Holtby picked the Ashby Rovers to win.']);
    expect(mentionsOf(picked)).toEqual(['picked']);
  });

  it('reads a gerund after "the hope of" as not yet real', () => {
    const analysis = analyse([
      'Governor Ines Amaral backed Mayor Tomas Heyler in the hope of derailing the bid of Senator Paul Okafor.',
    ]);
    expect(mentionsOf(analysis)).toEqual(['backed']);
  });

  it('reads going to the polls as no journey', () => {
    const analysis = analyse(['Governor Ines Amaral went to the polls in Brask on Tuesday.']);
    expect(eventsOf(analysis, 'VISIT')).toEqual([]);
  });

  it('reads a quarrel that erupted as no disaster', () => {
    const analysis = analyse(['The fracas erupted two months after Senator Paul Okafor entered the race.']);
    expect(mentionsOf(analysis)).toEqual(['entered']);
  });

  it('reads "found" with no object as a finding, and a thing found in the passive as a find', () => {
    const finding = analyse(['Most voters prefer Governor Ines Amaral, the Brask Institute found.']);
    expect(finding.events).toEqual([]);
    const find = analyse(['A document from the Brask Institute was found.']);
    expect(eventsOf(find, 'OTHER')).toHaveLength(1);
  });

  it('reads "ruled out" as no ruling', () => {
    const analysis = analyse(['Governor Ines Amaral ruled out a tax rise on Monday.']);
    expect(analysis.events).toEqual([]);
  });

  it('reads an attack on a record or a policy as words, and one on a place as violence', () => {
    const words = analyse(["Senator Paul Okafor's attack on the governor's water policy drew criticism."]);
    expect(eventsOf(words, 'ATTACK')).toEqual([]);
    const violence = analyse(['Gunmen carried out an attack on the Brask police station on Monday.']);
    expect(eventsOf(violence, 'ATTACK')).toHaveLength(1);
  });

  it('reads "a great deal of" and "a good deal" as no agreement', () => {
    const quantity = analyse(['Halvorsen Retail spent a great deal of money in Velmora.']);
    expect(quantity.events).toEqual([]);
    const judgement = analyse(['Farmers in Brask consider the offer from Halvorsen Retail a good deal.']);
    expect(judgement.events).toEqual([]);
  });

  it('reads "demonstrated its ability" as a proof, not a protest', () => {
    const analysis = analyse(['The Tarvik Party demonstrated its ability to rally voters in Brask.']);
    expect(analysis.events).toEqual([]);
  });

  it('reads a presenter who hosts a show, and a handle after "tweets", as no event', () => {
    const show = analyse(['Mara Lind also hosts a Sunday talk show on Radio Velmora.']);
    expect(show.events).toEqual([]);
    const handle = analyse(['Tomas Heyler is a columnist for the Brask Herald. He tweets @theyler.']);
    expect(handle.events).toEqual([]);
  });
});
