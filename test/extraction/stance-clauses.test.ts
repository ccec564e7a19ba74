// Clauses and their weight: a concession after its main clause. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { readText } from '../../src/extraction/stance/read-text.ts';

const tunnel = { words: ['harbour', 'tunnel'], name: 'the harbour tunnel' };

describe('a concession after its main clause', () => {
  it('is cut off as conceded, the main clause asserted', () => {
    const { clauses } = readText('The tunnel is welcome, although it is badly costed.');
    expect(clauses.map((clause) => [clause.text.trim(), clause.asserted])).toEqual([
      ['The tunnel is welcome', true],
      ['it is badly costed.', false],
    ]);
  });

  it('makes a statement pulling both ways mixed', () => {
    expect(stanceToward('The harbour tunnel is welcome, although it is badly costed.', tunnel)).toBe('MIXED');
    expect(stanceToward('The tunnel is a disgrace, even though the engineers did wonderful work.', tunnel)).toBe(
      'MIXED',
    );
  });

  it('leaves a closing "though" and a "while" of time alone', () => {
    expect(readText('The tunnel is welcome, though.').clauses).toHaveLength(1);
    expect(readText('The tunnel was closed, while the divers searched it.').clauses).toHaveLength(1);
  });
});

describe('prospects said by an adjective after a copula', () => {
  it('reads "is likely to", "is expected to", "are set to" as said to happen', () => {
    expect(stanceToward('The harbour tunnel is likely to open in the spring.', tunnel)).toBe('SUPPORTS');
    expect(stanceToward('The tunnel is expected to open next week.', tunnel)).toBe('SUPPORTS');
    expect(readText('the works are set to resume').clauses[0]!.modality).toBe(1);
  });

  it('reads a "not" right before the prospect as said not to happen, a negative subject not', () => {
    expect(stanceToward('The harbour tunnel is not likely to open this year.', tunnel)).toBe('OPPOSES');
    expect(stanceToward('The harbour tunnel is not going to open this year.', tunnel)).toBe('OPPOSES');
    expect(readText('no one will be turned away').clauses[0]!.modality).toBe(1);
  });

  it('leaves "due to" alone, as often "because of"', () => {
    expect(readText('the delay is due to the strike').clauses[0]!.modality).toBe(0);
  });
});

describe('approximate negators in a predicate', () => {
  it('reads "hardly", "far from", "anything but" as denying what the predicate says of the topic', () => {
    expect(stanceToward('The harbour tunnel is hardly a success.', tunnel)).toBe('OPPOSES');
    expect(stanceToward('The tunnel is far from perfect.', tunnel)).toBe('OPPOSES');
    expect(stanceToward('The tunnel was anything but a disaster.', tunnel)).toBe('SUPPORTS');
  });
});

describe('commitments and decisions', () => {
  it('reads what the subject plans, vows or has decided to do as likely', () => {
    expect(stanceToward('The council plans to open the harbour tunnel in May.', tunnel)).toBe('SUPPORTS');
    expect(stanceToward('The city has decided to build the tunnel after all.', tunnel)).toBe('SUPPORTS');
    expect(readText('they vowed to finish the works').clauses[0]!.modality).toBe(1);
    expect(readText('she is determined to see it through').clauses[0]!.modality).toBe(1);
  });

  it('turns a commitment negated round, and a side taken still decides', () => {
    expect(stanceToward('The council does not plan to open the harbour tunnel.', tunnel)).toBe('OPPOSES');
    expect(stanceToward('The council plans to scrap the harbour tunnel.', tunnel)).toBe('OPPOSES');
  });
});

describe('"may"', () => {
  it('hedges in lower case, and names the month capitalised', () => {
    expect(readText('the tunnel may open next year').clauses[0]!.hedged).toBe(true);
    expect(readText('May the tunnel open soon').clauses[0]!.hedged).toBe(true);
    expect(readText('the tunnel will open in May').clauses[0]!.hedged).toBe(false);
  });
});

describe('the scope of a negation', () => {
  it('ends with its clause, at a coordinator before a new subject or at a subordinator', () => {
    const [clause] = readText('Visitors will not be allowed inside and this exhibit is a true win').clauses;
    expect(clause!.scored.find(({ word }) => word === 'win')!.sentiment).toBeGreaterThan(0);
  });

  it('runs on over a coordination inside the clause', () => {
    const [clause] = readText('the tunnel is not safe and clean').clauses;
    expect(clause!.scored.find(({ word }) => word === 'safe')!.sentiment).toBeLessThan(0);
    expect(clause!.scored.find(({ word }) => word === 'clean')!.sentiment).toBeLessThan(0);
  });
});

describe('predicates after a modal, and worry of the speaker', () => {
  it('reads "would be", "could be" as a copula, not a passive\'s "been"', () => {
    expect(stanceToward('The harbour tunnel would be a disaster for the town.', tunnel)).toBe('OPPOSES');
    expect(stanceToward('The tunnel has been placed on high alert.', tunnel)).toBe('NEUTRAL');
  });

  it('reads the speaker worried or concerned about it as against it', () => {
    expect(stanceToward('We are concerned about the harbour tunnel.', tunnel)).toBe('OPPOSES');
    expect(stanceToward('I am deeply worried about the tunnel.', tunnel)).toBe('OPPOSES');
  });
});
