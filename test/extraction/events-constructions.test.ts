import { describe, expect, it } from 'vitest';
import { analyse, eventsOf, participants } from './analyse.ts';

describe('events told by constructions beyond one trigger', () => {
  it('tells a moment on the match clock as part of the match of that side', () => {
    const analysis = analyse([
      'Norway beat Denmark 2-1 in Oslo on Saturday.',
      'In the 70th minute, Denmark won a penalty, which Jonas Vik saved.',
    ]);
    expect(eventsOf(analysis, 'OTHER')).toHaveLength(1);
  });

  it('lets a moment of a match not told before stand for that match', () => {
    const analysis = analyse([
      'Portugal faced Ghana in Lisbon.',
      'In the 40th minute, Ghana won a corner kick.',
      'Four minutes later, Ghana won a free kick.',
    ]);
    expect(eventsOf(analysis, 'OTHER')).toHaveLength(1);
  });

  it('reads no disaster from a storm of words', () => {
    const analysis = analyse(['Mayor Ines Dahl faced a storm of criticism from residents of Kessby.']);
    expect(eventsOf(analysis, 'OTHER')).toEqual([]);
  });

  it('reads no event from an infinitive an obligation governs past its object', () => {
    const analysis = analyse(['The new rules required the whole delegation of Valdoria to travel to Geneva.']);
    expect(eventsOf(analysis, 'VISIT')).toEqual([]);
  });

  it('takes an object pronoun right after the verb as a participant', () => {
    const analysis = analyse([
      'Singer Mira Holt released her third album in May.',
      'The album won her a national award.',
    ]);
    const award = eventsOf(analysis, 'OTHER').find((e) => e.mentions.some((m) => m.text === 'won'));
    expect(participants(analysis, award!)).toContain('Mira Holt');
  });

  it('reads an inauguration as an event', () => {
    const analysis = analyse(['Singer Mira Holt sang at the inauguration of President Omar Kell.']);
    expect(eventsOf(analysis, 'OTHER')).toHaveLength(1);
  });

  it('reads no founding from a finding, no gathering from blame, and no visit from a flight', () => {
    const analysis = analyse([
      'Researchers at Halden University found that the river carried more silt.',
      'Minister Arne Solberg held the Vestby council responsible for the delay.',
      'Jonas Rell fled Norland in 2001 and went to Brazil via Lisbon.',
    ]);
    expect(analysis.events.map((e) => e.type)).toEqual(['OTHER']);
    expect(analysis.events[0]!.mentions[0]!.text).toBe('fled');
  });

  it('tells a retaliation as part of the exchange it answers', () => {
    const analysis = analyse([
      'Chile attacked border posts of Peru on Monday. Peru retaliated by shelling a Chilean depot.',
    ]);
    expect(eventsOf(analysis, 'ATTACK')).toHaveLength(1);
  });

  it('reads no event from a participle describing the noun of a prepositional phrase', () => {
    const analysis = analyse(['Premier Lisa Moen campaigned with laws banning unlicensed protests by port workers.']);
    expect(analysis.events).toEqual([]);
  });

  it('reads no deal from the verb, no journey from the future, and nothing held but a gathering', () => {
    const analysis = analyse([
      'The scandal deals a heavy blow to Mayor Tom Reyes.',
      'Senator Ada Crane is going to win the primary, her aides believe.',
      'Governor Ruth Kale holds a narrow lead in the polls.',
    ]);
    expect(analysis.events).toEqual([]);
    const held = analyse(['Governor Ruth Kale held a memorial service in Tarvik on Sunday.']);
    expect(eventsOf(held, 'OTHER')).toHaveLength(1);
  });

  it('reads words against a person as no attack, but an attack on their convoy as one', () => {
    expect(eventsOf(analyse(['Senator Ada Crane attacked Governor Ruth Kale over the budget.']), 'ATTACK')).toEqual([]);
    expect(eventsOf(analyse(["Gunmen attacked Governor Ruth Kale's convoy near Tarvik."]), 'ATTACK')).toHaveLength(1);
  });

  it('reads no founding from a judgement and no attack that has not happened', () => {
    const analysis = analyse([
      'Voters in Tarvik found Mayor Tom Reyes to be honest.',
      'Chief Ana Lund warned Tarvik police of future attacks by the Kessby gang.',
    ]);
    expect(analysis.events).toEqual([]);
  });
});
