import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a cue set off by commas after an opening adjunct, with adjuncts of its own', () => {
  it('reports the clause after its closing comma', () => {
    const analysis = analyse([
      'Ruth Alder is running for the state senate.',
      'If she wins the seat, Alder said in a radio interview, nurses in the county will get a raise.',
    ]);
    expect(statementWith(analysis, 'nurses').text).toBe('nurses in the county will get a raise');
    expect(speakerNameOf(analysis, 'nurses')).toBe('Ruth Alder');
  });

  it('holds several adjuncts before the comma', () => {
    const analysis = analyse([
      'Tom Vale runs the harbour board.',
      'Once the dredging ends, Vale wrote on Twitter on Monday, the ferries will run every hour.',
    ]);
    expect(statementWith(analysis, 'ferries').text).toBe('the ferries will run every hour');
  });

  it('leaves a quotation after the comma to the quotation', () => {
    const analysis = analyse([
      'Tom Vale runs the harbour board.',
      'Soon after the vote, Vale wrote to his followers, “It is time to end her career,” and shared a link.',
    ]);
    expect(statementWith(analysis, 'end her career').text).toBe('It is time to end her career');
  });

  it('is no cue when the verb does not follow the phrase after the comma', () => {
    const analysis = analyse([
      'Apart from Norway, two fishing nations have claims over the bank, and growing disputes keep raising patrol costs.',
    ]);
    expect(analysis.statements).toEqual([]);
  });
});
