import { describe, expect, it } from 'vitest';
import { analyse, eventsOf } from './analyse.ts';

describe('events that stand without anyone named', () => {
  it('keeps a collapse that names no one', () => {
    const analysis = analyse(['On Monday the old footbridge over the Varne collapsed during a gale.']);
    expect(eventsOf(analysis, 'OTHER')).toHaveLength(1);
    expect(eventsOf(analysis, 'OTHER')[0]?.participants).toEqual([]);
  });

  it('keeps a find told in the passive', () => {
    const analysis = analyse(['Last week three bronze helmets were excavated beside the chapel walls.']);
    expect(eventsOf(analysis, 'OTHER')).toHaveLength(1);
  });

  it('reads no happening from a plural disaster noun naming a kind', () => {
    const analysis = analyse(['Warmer seas make extreme weather such as floods and droughts more likely.']);
    expect(eventsOf(analysis, 'OTHER')).toEqual([]);
  });

  it('still drops a legal step whose only participants are no actors of the story', () => {
    const analysis = analyse(['Guards detained and questioned the courier near the depot.']);
    expect(eventsOf(analysis, 'OTHER')).toEqual([]);
  });
});

describe('events vouched for by a source', () => {
  it('keeps a past event reported according to a source, without the source as participant', () => {
    const analysis = analyse([
      'A fierce storm flattened two barns near Hollin on Sunday, according to the Hollin Fire Service.',
    ]);
    const storms = eventsOf(analysis, 'OTHER');
    expect(storms).toHaveLength(1);
    expect(storms[0]?.participants).toEqual([]);
  });

  it('leaves a belief reported alongside the source as a claim', () => {
    const analysis = analyse([
      'According to the Daily Lantern, harbour master Ivo Brenn believes the ferry capsized on purpose.',
    ]);
    expect(eventsOf(analysis, 'OTHER')).toEqual([]);
  });
});

describe('events only mentioned in passing', () => {
  it('reads no win from a poll standing', () => {
    const analysis = analyse(['In the latest survey, Senator Ada Morrow won 31 percent among likely voters.']);
    expect(eventsOf(analysis, 'OTHER')).toEqual([]);
  });

  it('reads no win from a condition on its subject', () => {
    const analysis = analyse([
      'Markets in Delmar would tumble, analysts warned, especially if Governor Paul Renner wins.',
    ]);
    expect(eventsOf(analysis, 'OTHER')).toEqual([]);
  });

  it('keeps a win told as a result', () => {
    const analysis = analyse(['Senator Ada Morrow won the Delmar primary on Tuesday.']);
    expect(eventsOf(analysis, 'OTHER')).toHaveLength(1);
  });

  it('reads no offer from words offered', () => {
    const analysis = analyse(['Coach Lena Ferro offered her frank assessment of the season to reporters.']);
    expect(eventsOf(analysis, 'OTHER')).toEqual([]);
  });

  it('reads no attack from a class of attacks in the background', () => {
    const analysis = analyse(['The Delmar Bank has spent millions guarding against other attacks since 2019.']);
    expect(eventsOf(analysis, 'ATTACK')).toEqual([]);
  });

  it('reads no vote from an election still to come', () => {
    const analysis = analyse(['Mayor Tomas Reyes will face voters in the upcoming election in Delmar.']);
    expect(eventsOf(analysis, 'VOTE')).toEqual([]);
  });

  it('reads no vote from an election noun modifying another noun', () => {
    const analysis = analyse(['Governor Hana Orlov spent the election night party in Delmar with her staff.']);
    expect(eventsOf(analysis, 'VOTE')).toEqual([]);
  });

  it('keeps a disaster noun dated by the day after it', () => {
    const analysis = analyse(['A storm yesterday tore the roof off the Delmar Mill.']);
    expect(eventsOf(analysis, 'OTHER')).toHaveLength(1);
  });
});
