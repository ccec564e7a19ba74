import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, speakerOf, statementWith } from './analyse.ts';

describe('attribution of quotations', () => {
  it('finds the speaker before and after the cue verb', () => {
    const analysis = analyse([
      '“The harbour will reopen in May,” Port Director Ingrid Solberg said.',
      '“Fishermen have waited long enough for this,” said Tomas Berg, a fisheries analyst at the Nordic Maritime Institute.',
    ]);
    expect(speakerNameOf(analysis, 'harbour will reopen')).toBe('Ingrid Solberg');
    expect(statementWith(analysis, 'harbour will reopen').speakerRole).toBe('Port Director');
    expect(speakerNameOf(analysis, 'waited long enough')).toBe('Tomas Berg');
    expect(statementWith(analysis, 'waited long enough').speakerRole).toBe(
      'fisheries analyst at the Nordic Maritime Institute',
    );
  });

  it('makes one statement of a quotation split by “he said”', () => {
    const analysis = analyse(
      ['“We lost the vote today,” he said. “But we will win the argument next year.”'].map(
        (p) => `Senator Paul Okafor spoke after the session. ${p}`,
      ),
    );
    const statement = statementWith(analysis, 'We lost the vote');
    expect(statement.text).toBe('We lost the vote today ... But we will win the argument next year.');
    expect(statement.kind).toBe('DIRECT');
    expect(speakerOf(analysis, statement).name).toBe('Paul Okafor');
  });

  it('keeps a quotation over two paragraphs as one statement', () => {
    const analysis = analyse([
      'Governor Lena Fischer defended the plan.',
      '“The tunnel is safe and it is paid for.',
      '“Nobody will pay a higher toll because of it,” Fischer said.',
    ]);
    const statement = statementWith(analysis, 'tunnel is safe');
    expect(statement.text).toBe(
      'The tunnel is safe and it is paid for. ... Nobody will pay a higher toll because of it',
    );
    expect(speakerOf(analysis, statement).name).toBe('Lena Fischer');
  });

  it('resolves he and she to the last speaker of that gender', () => {
    const analysis = analyse([
      'Mayor Carla Jensen said she would sign the bill. Council member Omar Haddad said he would not.',
      '“This bill costs far too much money,” he said.',
      '“It will pay for itself within five years,” she said.',
    ]);
    expect(speakerNameOf(analysis, 'costs far too much')).toBe('Omar Haddad');
    expect(speakerNameOf(analysis, 'pay for itself')).toBe('Carla Jensen');
  });

  it('resolves a description to the actor whose role fits it', () => {
    const analysis = analyse([
      'Chilean President Rosa Medina met Argentine Foreign Minister Pablo Ruiz on Monday.',
      '“We share more than a border with our neighbours,” the Chilean leader said.',
    ]);
    expect(speakerNameOf(analysis, 'share more than a border')).toBe('Rosa Medina');
    expect(statementWith(analysis, 'share more than a border').speakerRole).toBe('Chilean leader');
  });

  it('keeps two anonymous sources apart and sends “the official” to the latest one', () => {
    const analysis = analyse([
      '“The talks stalled over fishing quotas,” said an EU official, speaking on condition of anonymity.',
      'A senior German diplomat, who asked not to be named, said the deal was close.',
      '“We expect a text by Friday,” the diplomat said.',
      '“Nothing is agreed until everything is agreed,” the official said.',
    ]);
    expect(speakerNameOf(analysis, 'talks stalled')).toBe('an EU official');
    expect(speakerNameOf(analysis, 'deal was close')).toBe('a senior German diplomat');
    expect(speakerNameOf(analysis, 'text by Friday')).toBe('a senior German diplomat');
    expect(speakerNameOf(analysis, 'Nothing is agreed')).toBe('an EU official');
    expect(analysis.actors.filter((a) => a.kind === 'ANONYMOUS')).toHaveLength(2);
  });

  it('sends a description naming a party to no one whose title names another (politics)', () => {
    const analysis = analyse([
      'Tom Vale, the Republican mayoral nominee, toured the harbour on Monday.',
      'The Democratic mayoral nominee said the port needed a new dredger.',
      'The Republican nominee said the port was doing well.',
    ]);
    expect(speakerNameOf(analysis, 'new dredger')).toBe('the Democratic mayoral nominee');
    expect(speakerNameOf(analysis, 'doing well')).toBe('Tom Vale');
  });

  it('takes the speaker named in the previous sentence of a quotation paragraph', () => {
    const analysis = analyse([
      'Professor Amara Diallo added a warning. “Glaciers in the Alps could vanish by the end of the century.”',
    ]);
    expect(speakerNameOf(analysis, 'Glaciers in the Alps')).toBe('Amara Diallo');
  });

  it('attributes quoted words after a quote-only cue', () => {
    const analysis = analyse(['Opposition leader Marta Kowalska called the budget “a gift to the banks.”']);
    expect(speakerNameOf(analysis, 'gift to the banks')).toBe('Marta Kowalska');
    expect(statementWith(analysis, 'gift to the banks').cue).toBe('called');
  });

  it('gives no statement for a negated cue', () => {
    const analysis = analyse(['Coach Diego Alvarez did not say the team would win the final.']);
    expect(analysis.statements).toEqual([]);
  });
});
