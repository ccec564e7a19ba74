import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a source presented before a colon and a quotation', () => {
  it('gives the quotation after "From the report:" to the report', () => {
    const analysis = analyse([
      'The harbour board met on Monday to weigh a new levy on cargo ships.',
      'From the report: “Cargo volumes fell by a fifth last year. The docks lost money in every quarter.”',
    ]);
    const statement = statementWith(analysis, 'Cargo volumes fell');
    expect(statement.kind).toBe('DIRECT');
    expect(statement.text).toBe('Cargo volumes fell by a fifth last year. The docks lost money in every quarter.');
    expect(speakerNameOf(analysis, 'Cargo volumes fell')).toBe('the report');
  });

  it('reads "More from …:" after a dash that closes a heading', () => {
    const analysis = analyse([
      'The audit of the piers was published on Friday.',
      'Not every pier is equal - More from the audit: “The south pier is in good repair.”',
    ]);
    expect(statementWith(analysis, 'south pier').text).toBe('The south pier is in good repair.');
    expect(speakerNameOf(analysis, 'south pier')).toBe('the audit');
  });

  it('gives the quotation after "Here’s …:" to the one presented, leaving out the setting', () => {
    const analysis = analyse([
      'The mayor has argued for the levy for years.',
      'Here’s Mayor Ana Ruiz in March 2019: “We cannot keep the docks open without a levy.”',
    ]);
    expect(statementWith(analysis, 'docks open').text).toBe('We cannot keep the docks open without a levy.');
    expect(speakerNameOf(analysis, 'docks open')).toBe('Ana Ruiz');
  });

  it('makes no source of a colon that no quotation follows', () => {
    const analysis = analyse(['From the start: the board had no money for the piers.']);
    expect(analysis.statements).toEqual([]);
  });

  it('makes no source of an adverb after "from"', () => {
    const analysis = analyse(['From there: “The docks opened in 1911.”']);
    expect(analysis.statements).toEqual([]);
  });
});

describe('an age used as a noun for a speaker', () => {
  it('gives a quotation to "the 61-year-old" after the cue: the person the sentence before named', () => {
    const analysis = analyse([
      'Ana Ruiz spoke at the harbour meeting on Tuesday.',
      '“The ferry fares have to come down before the summer,” said the 61-year-old. “Families here cannot pay more.”',
    ]);
    const statement = statementWith(analysis, 'ferry fares');
    expect(statement.kind).toBe('DIRECT');
    expect(statement.text).toBe(
      'The ferry fares have to come down before the summer ... Families here cannot pay more.',
    );
    expect(speakerNameOf(analysis, 'ferry fares')).toBe('Ana Ruiz');
  });

  it('gives a question to "the 29-year-old" before the cue', () => {
    const analysis = analyse([
      'A fisherman wrote to the harbour board last week.',
      '“Who will pay for the new pier?” the 29-year-old asked at the end of his letter.',
    ]);
    expect(statementWith(analysis, 'new pier').text).toBe('Who will pay for the new pier?');
    expect(speakerNameOf(analysis, 'new pier')).toBe('the 29-year-old');
  });
});

describe('a verb after a comma inside a report', () => {
  it('makes no speaker of a thing after the verb when the comma closes an aside', () => {
    const analysis = analyse([
      'After the match, the coach said his assistant Omar Hale, AKA the Professor, wrote three new plays for the final.',
    ]);
    expect(analysis.statements).toHaveLength(1);
    expect(speakerNameOf(analysis, 'three new plays')).toBe('the coach');
    expect(statementWith(analysis, 'three new plays').text).toBe(
      'his assistant Omar Hale, AKA the Professor, wrote three new plays for the final',
    );
  });

  it('still gives a report to a person described after the verb', () => {
    const analysis = analyse(['The levy will be dropped before the summer, said a spokesman for the harbour board.']);
    expect(statementWith(analysis, 'levy will be dropped').text).toBe('The levy will be dropped before the summer');
    expect(speakerNameOf(analysis, 'levy will be dropped')).toBe('a spokesman for the harbour board');
  });

  it('still gives a quotation to a thing that speaks after the verb', () => {
    const analysis = analyse(['“We will not pay the levy,” read a sign on the gate of the shipyard.']);
    expect(statementWith(analysis, 'not pay the levy').kind).toBe('DIRECT');
  });
});

describe('the one asked before an embedded question', () => {
  it('leaves the one asked out of a whether-question', () => {
    const analysis = analyse(['The union asked the mayor whether the levy would rise next year.']);
    expect(statementWith(analysis, 'levy would rise').text).toBe('whether the levy would rise next year');
    expect(speakerNameOf(analysis, 'levy would rise')).toBe('the union');
  });

  it('leaves a named person and a pronoun out of if- and how-questions', () => {
    const analysis = analyse([
      'A reporter asked Ann Vale if the pier would open in May.',
      'Hale then asked her how the board would pay for it.',
    ]);
    expect(statementWith(analysis, 'pier would open').text).toBe('if the pier would open in May');
    expect(statementWith(analysis, 'board would pay').text).toBe('how the board would pay for it');
  });

  it('keeps a question with no one asked as it was', () => {
    const analysis = analyse(['Hale asked whether the pier would be rebuilt before the winter storms.']);
    expect(statementWith(analysis, 'pier would be rebuilt').text).toBe(
      'whether the pier would be rebuilt before the winter storms',
    );
  });
});
