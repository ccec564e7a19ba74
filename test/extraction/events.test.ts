import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/extraction/dates.ts';
import { analyse } from './analyse.ts';

describe('dates against the publication date', () => {
  it('resolves a weekday to the day of that week, the same day included', () => {
    expect(findDate('spoke on Thursday', '2024-10-17')?.date).toEqual({
      text: 'Thursday',
      start: '2024-10-17',
      end: '2024-10-17',
      precision: 'DAY',
    });
    expect(findDate('met on Monday', '2024-10-17')?.date).toMatchObject({ start: '2024-10-14', precision: 'DAY' });
  });

  it('resolves a month alone to the whole month of the past', () => {
    expect(findDate('at the July meeting', '2024-10-17')?.date).toEqual({
      text: 'July',
      start: '2024-07-01',
      end: '2024-07-31',
      precision: 'MONTH',
    });
  });

  it('puts a date without a year that would lie months ahead into the previous year', () => {
    expect(findDate('in his March 3 speech', '2024-10-17')?.date).toMatchObject({
      start: '2024-03-03',
      precision: 'DAY',
    });
  });

  it('reads a bare year and a recent span', () => {
    expect(findDate('In 1989, the wall fell', '2019-11-09')?.date).toEqual({
      text: '1989',
      start: '1989-01-01',
      end: '1989-12-31',
      precision: 'YEAR',
    });
    expect(findDate('toured the region in recent weeks', '2024-10-17')?.date).toEqual({
      text: 'in recent weeks',
      start: '2024-09-19',
      end: '2024-10-17',
      precision: 'RANGE',
    });
  });

  it('resolves nothing relative without a publication date', () => {
    expect(findDate('on Thursday', null)).toBeNull();
    expect(findDate('in September 2013', null)?.date).toMatchObject({ start: '2013-09-01', precision: 'MONTH' });
  });
});

describe('events', () => {
  it('finds a visit with its participant, place and date', () => {
    const analysis = analyse(
      ['Irish Prime Minister Sean Kelly visited Brussels on Wednesday to discuss fishing rights.'],
      '2024-10-17',
    );
    expect(analysis.events).toHaveLength(1);
    const [event] = analysis.events;
    expect(event).toMatchObject({
      type: 'VISIT',
      place: 'Brussels',
      when: { text: 'Wednesday', start: '2024-10-16', precision: 'DAY' },
    });
    expect(event?.participants.map((p) => analysis.actors.find((a) => a.ref === p.actorRef)?.name)).toEqual([
      'Sean Kelly',
    ]);
  });

  it('dates each of two events of one clause, each with a date of its own', () => {
    const analysis = analyse(
      ['Mayor Anna Berg met union leaders in Oslo on Tuesday and signed the harbour agreement with them.'],
      '2025-03-14',
    );
    const tuesday = { text: 'Tuesday', start: '2025-03-11', end: '2025-03-11', precision: 'DAY' };
    expect(analysis.events.map((e) => [e.type, e.when])).toEqual([
      ['MEETING', tuesday],
      ['AGREEMENT', tuesday],
    ]);
    expect(analysis.events[0]?.when).not.toBe(analysis.events[1]?.when);
  });

  it('types summits, attacks and court rulings', () => {
    const analysis = analyse(
      [
        'Leaders of the African Union gathered at a summit in Addis Ababa in February.',
        'Rebel drone strikes hit Sudan overnight on Sunday.',
        'Judge Maria Lopez ruled on Tuesday that the contract was void.',
      ],
      '2024-10-17',
    );
    expect(analysis.events.map((e) => [e.type, e.when?.precision])).toEqual([
      ['SUMMIT', 'MONTH'],
      ['ATTACK', 'DAY'],
      ['COURT_RULING', 'DAY'],
    ]);
  });

  it('links a statement to the event it was made at', () => {
    const analysis = analyse(
      ['“Our doors stay open to everyone,” Austrian Chancellor Eva Gruber said at the summit in Vienna on Friday.'],
      '2024-10-19',
    );
    const [statement] = analysis.statements;
    const summit = analysis.events.find((e) => e.type === 'SUMMIT');
    expect(summit).toBeDefined();
    expect(statement?.eventRef).toBe(summit?.ref);
  });
});
