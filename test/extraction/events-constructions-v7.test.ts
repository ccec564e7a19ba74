import { describe, expect, it } from 'vitest';
import { analyse, eventsOf, participants, onlyEvent } from './analyse.ts';
import { findDate } from '../../src/extraction/dates.ts';

describe('events probed by construction (v7)', () => {
  it('reads a person "fired on" a day as dismissed, not shot at', () => {
    const analysis = analyse(['Coach Dana Holtby was fired on Thursday after a string of defeats.']);
    expect(eventsOf(analysis, 'ATTACK')).toEqual([]);
    expect(participants(analysis, onlyEvent(analysis, 'OTHER'))).toContain('Dana Holtby');
  });

  it('still reads shots fired at a crowd, in the passive, as an attack', () => {
    const analysis = analyse(['Shots were fired at a crowd of mourners in Velmora on Tuesday.']);
    expect(eventsOf(analysis, 'ATTACK')).toHaveLength(1);
  });

  it('reads a draw with a score or an opponent as a match result, not "drew criticism"', () => {
    const drawn = analyse(['Kestrel Town drew 1-1 with Ashby Rovers on Saturday.']);
    expect(participants(drawn, onlyEvent(drawn, 'OTHER'))).toContain('Ashby Rovers');
    const tied = analyse(['Ashby Rovers tied with Kestrel Town in the opening round.']);
    expect(participants(tied, onlyEvent(tied, 'OTHER'))).toContain('Kestrel Town');
    const criticised = analyse(['The plan by Mayor Ines Valdt drew criticism from residents.']);
    expect(eventsOf(criticised, 'OTHER')).toEqual([]);
  });

  it('reads "stormed" with an object as an attack, not "stormed out"', () => {
    const stormed = analyse(['Militants stormed the Velmora Grand Hotel on Wednesday.']);
    expect(eventsOf(stormed, 'ATTACK')).toHaveLength(1);
    const left = analyse(['Senator Ola Brandt stormed out of the hearing on Wednesday.']);
    expect(eventsOf(left, 'ATTACK')).toEqual([]);
  });

  it('reads a kidnapping as an event with its victim', () => {
    const analysis = analyse(['Gunmen kidnapped engineer Tomas Heyler near Brask on Monday.']);
    expect(participants(analysis, onlyEvent(analysis, 'OTHER'))).toContain('Tomas Heyler');
  });

  it('reads "quit" as leaving an office, not "quit smoking"', () => {
    const quit = analyse(['Finance Minister Rina Oskarsen quit on Monday.']);
    expect(participants(quit, onlyEvent(quit, 'OTHER'))).toContain('Rina Oskarsen');
    const habit = analyse(['Rina Oskarsen quit smoking years ago.']);
    expect(eventsOf(habit, 'OTHER')).toEqual([]);
  });

  it('reads "arrived in" a place as a visit by the traveller, the place not travelling', () => {
    const analysis = analyse(['President Arlo Vennberg arrived in Kabul on Thursday.'], '2024-10-17');
    const visit = onlyEvent(analysis, 'VISIT');
    expect(participants(analysis, visit)).toEqual(['Arlo Vennberg']);
    expect(visit.when?.start).toBe('2024-10-17');
  });

  it('reads hostages freed as an event', () => {
    const analysis = analyse(['Soldiers freed aid worker Mila Sorensen in Brask on Friday.']);
    expect(participants(analysis, onlyEvent(analysis, 'OTHER'))).toContain('Mila Sorensen');
  });

  it('takes a length of time for no date', () => {
    expect(findDate('was jailed for six years', '2024-10-17')).toBeNull();
    expect(findDate('was freed after 40 days', '2024-10-17')).toBeNull();
    expect(findDate('died three years after the attack', '2024-10-17')).toBeNull();
    expect(findDate('was jailed for 10 months on Thursday', '2024-10-17')?.date.start).toBe('2024-10-17');
    expect(findDate('two years ago', '2024-10-17')?.date.start).toBe('2022-01-01');
  });
});

describe('what is only wanted, planned or weighed is no event (v7)', () => {
  it('reads no takeover from "is considering buying", nor a meeting from "avoided meeting"', () => {
    const buying = analyse(['Vessa Holdings is considering buying Lantern Systems.']);
    expect(eventsOf(buying, 'AGREEMENT')).toEqual([]);
    const avoided = analyse(['Governor Arlo Vennberg avoided meeting Chancellor Ilse Marrow.']);
    expect(eventsOf(avoided, 'MEETING')).toEqual([]);
  });

  it('reads no ceasefire from "called for a ceasefire", nor a vote from "pushed for a vote"', () => {
    const called = analyse(['Governor Arlo Vennberg called for a ceasefire.']);
    expect(eventsOf(called, 'AGREEMENT')).toEqual([]);
    const pushed = analyse(['Senator Ilse Marrow pushed for a vote on the harbour bill.']);
    expect(eventsOf(pushed, 'VOTE')).toEqual([]);
    const signed = analyse(['Governor Arlo Vennberg signed a ceasefire with Ilse Marrow.']);
    expect(eventsOf(signed, 'AGREEMENT')).toHaveLength(1);
  });

  it('reads no meeting from "is scheduled to meet"', () => {
    const analysis = analyse(['Governor Arlo Vennberg is scheduled to meet Chancellor Ilse Marrow next week.']);
    expect(eventsOf(analysis, 'MEETING')).toEqual([]);
  });
});

describe('shootings, offences and compounds read by construction (v7)', () => {
  it('reads a person shot, as object or passive subject, as an attack; not a film shot', () => {
    const active = analyse(['Police shot Arlo Vennberg in Kabul on Thursday.']);
    expect(participants(active, onlyEvent(active, 'ATTACK'))).toContain('Arlo Vennberg');
    const passive = analyse(['Arlo Vennberg was shot in the leg on Thursday.']);
    expect(participants(passive, onlyEvent(passive, 'ATTACK'))).toContain('Arlo Vennberg');
    const officers = analyse(['A gunman shot two police officers in Kabul.']);
    expect(eventsOf(officers, 'ATTACK')).toHaveLength(1);
    const film = analyse(['The film was shot in Morocco.', 'Arlo Vennberg shot a video of the rally.']);
    expect(eventsOf(film, 'ATTACK')).toEqual([]);
  });

  it('reads the offence after "charged with" as no attack told', () => {
    const analysis = analyse(['Arlo Vennberg was charged with assault on Thursday.']);
    expect(eventsOf(analysis, 'ATTACK')).toEqual([]);
    expect(eventsOf(analysis, 'OTHER')).toHaveLength(1);
  });

  it('reads "launched a missile attack" as the attack only, the compound carried by the verb', () => {
    const analysis = analyse(['Russia launched a missile attack on Kyiv on Thursday.']);
    expect(eventsOf(analysis, 'ATTACK')).toHaveLength(1);
    expect(eventsOf(analysis, 'OTHER')).toEqual([]);
  });

  it('reads no release from "the movement to free", and no visit from "arrived in the form of"', () => {
    const movement = analyse(['The movement to free Arlo Vennberg grew.']);
    expect(eventsOf(movement, 'OTHER')).toEqual([]);
    const form = analyse(['The protest arrived in the form of a march by Vessa Holdings.']);
    expect(eventsOf(form, 'VISIT')).toEqual([]);
  });
});
