import { describe, expect, it } from 'vitest';
import { analyse, eventsOf, participants } from './analyse.ts';

describe('events told by a clause beyond any event word', () => {
  it('reads the deed of a named actor told in the past', () => {
    const analysis = analyse([
      'President Hosni Mubarak ordered the army onto the streets of Cairo.',
      'The Kenya Red Cross provided food and shelter to the displaced.',
      'Later he was moved to Barlinnie prison.',
    ]);
    const actions = eventsOf(analysis, 'OTHER');
    expect(actions).toHaveLength(3);
    expect(participants(analysis, actions[0]!)).toContain('Hosni Mubarak');
    expect(participants(analysis, actions[1]!)).toContain('Kenya Red Cross');
    expect(participants(analysis, actions[2]!)).toContain('Hosni Mubarak');
  });

  it('reads the deed of a relative pronoun after a name as the name’s', () => {
    const analysis = analyse(['The inquiry was led by the BEA of France, which also assisted the Kenyan police.']);
    const assisted = analysis.events.find((e) => e.mentions[0]?.text === 'assisted');
    expect(assisted && participants(analysis, assisted)).toContain('BEA');
  });

  it('tells two deeds by their verbs, and a deed told again as one', () => {
    const analysis = analyse([
      'Anna Kowalczyk founded the charity in Gdansk in 2004.',
      'Kowalczyk sold her shares to a rival in 2011.',
      'She sold them for a dollar.',
    ]);
    const actions = eventsOf(analysis, 'OTHER');
    expect(actions).toHaveLength(2);
    expect(actions[1]?.mentions).toHaveLength(2);
  });

  it('reads no deed in a state, a feeling, a present, a hypothesis or words reported', () => {
    const analysis = analyse([
      'Mayor Lena Strand remained in office.',
      'Mayor Lena Strand was shocked by the figures.',
      'The museum is located in Oslo.',
      'Governor Ines Amaral owns three farms.',
      'Governor Ines Amaral visits the port every May.',
      'If Senator Paul Okafor had resigned, the vote would have failed.',
      'Inspector Raj Patel said the driver had crossed the border.',
    ]);
    expect(eventsOf(analysis, 'OTHER')).toEqual([]);
  });

  it('reads words given to a news organisation as a statement issued', () => {
    const analysis = analyse([
      '"We will not leave," a senior official told Reuters on Monday.',
      'Minister Hannah Voss spoke to the BBC about the strike.',
      'Minister Hannah Voss told her staff the office would close.',
    ]);
    const issued = eventsOf(analysis, 'STATEMENT_ISSUED');
    expect(issued.map((e) => participants(analysis, e))).toEqual([
      expect.arrayContaining(['Reuters']),
      expect.arrayContaining(['Hannah Voss', 'BBC']),
    ]);
  });
});
