import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/extraction/text/document.ts';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('words that are no cues', () => {
  it('reads "states" after a one-word modifier as a noun, not the verb "state"', () => {
    const analysis = analyse([
      'The tour heads to Coastal states after the holiday so that the band can rest.',
      'She spoke to voters in swing states whose ballots really count.',
      'The votes of member states decide the matter at the council.',
    ]);
    expect(analysis.statements).toEqual([]);
  });

  it('reads a word after an article as no verb', () => {
    const analysis = analyse(['The only state voting on Friday was Maine.']);
    expect(analysis.statements).toEqual([]);
  });

  it('keeps a reporting verb after a name of several words', () => {
    const analysis = analyse([
      'The Department of Fisheries notes that catches fell by a third over the decade in the northern bays.',
    ]);
    expect(statementWith(analysis, 'catches fell by a third').kind).toBe('INDIRECT');
  });
});

describe('sources', () => {
  it('reads "the i" as a newspaper beside the sentence’s own report', () => {
    const analysis = analyse([
      'Officials tell Harbour Radio every claim will be assessed on its merits, with the i reporting no one will be turned away.',
    ]);
    expect(statementWith(analysis, 'every claim will be assessed').text).toBe(
      'every claim will be assessed on its merits',
    );
    expect(speakerNameOf(analysis, 'no one will be turned away')).toBe('the i');
  });

  it('takes no measure after "according to" for a source', () => {
    const analysis = analyse([
      'The ferries ran according to plan.',
      'Most voters simply follow their party, according to their preference.',
    ]);
    expect(analysis.statements).toEqual([]);
  });

  it('goes on past an abbreviated title wink ends a sentence at, which is the speaker’s title', () => {
    const analysis = analyse([
      '“The town will never go back to the way it was,” said the Rev. Tobias Marlowe, of the harbour chapel.',
      'Msgr. Aldo Ferri said the parish school would close in June.',
      'He was promoted to Maj. He left the army a year later.',
    ]);
    expect(speakerNameOf(analysis, 'never go back')).toBe('Tobias Marlowe');
    expect(statementWith(analysis, 'never go back').speakerRole).toBe('Reverend');
    expect(statementWith(analysis, 'parish school').speakerRole).toBe('Monsignor');
    const doc = readDocument('He was promoted to Maj. He left the army a year later.');
    expect(doc.sentences).toHaveLength(2);
  });

  it('finds a subject whose head the tagger reads as an adjective', () => {
    const analysis = analyse(['The lifelong democratic socialist said the harbour levy must go by the spring.']);
    expect(statementWith(analysis, 'the harbour levy must go').kind).toBe('INDIRECT');
  });

  it('takes a polling average for a source', () => {
    const analysis = analyse([
      'The mayor is four points behind her rival, according to the Harbour Courier’s polling average.',
    ]);
    expect(statementWith(analysis, 'four points behind her rival').cue?.toLowerCase()).toBe('according to');
  });

  it('lets news outlets report', () => {
    const analysis = analyse(['Several outlets reported the ferry company had held talks with the union.']);
    expect(statementWith(analysis, 'the ferry company had held talks').kind).toBe('INDIRECT');
  });

  it('reads a past form the tagger takes for a noun as the report’s verb, not a speaker', () => {
    const analysis = analyse(['Ruth Hale, the harbour master, said the fishing crews deserved better.']);
    expect(speakerNameOf(analysis, 'the fishing crews deserved better')).toBe('Ruth Hale');
  });
});

describe('where a report ends', () => {
  it('reads a recipient named with a hyphen and "of" before the report', () => {
    const analysis = analyse([
      'Former governor Ada Lind told The Harbor-Ledger of Dover on Monday she preferred the independent candidate.',
    ]);
    expect(statementWith(analysis, 'she preferred').text).toBe('she preferred the independent candidate');
  });

  it('reads an adjunct past a plural possessive', () => {
    const analysis = analyse([
      'The rowing club wrote to the councillors’ office that the boathouse lease had expired.',
    ]);
    expect(statementWith(analysis, 'boathouse lease').text).toBe('the boathouse lease had expired');
  });

  it('keeps a participle joined to the report’s own participle', () => {
    const analysis = analyse([
      'Former governor Ada Lind says the council is breaking its charter and showing contempt for the fishermen.',
    ]);
    expect(statementWith(analysis, 'breaking its charter').text).toBe(
      'the council is breaking its charter and showing contempt for the fishermen',
    );
  });

  it('ends a report before a coordinated "did" that agrees with the cue', () => {
    const analysis = analyse([
      'Senator Paul Okafor said that she would back the eventual candidate but did not suggest a favourite.',
    ]);
    expect(statementWith(analysis, 'back the eventual').text).toBe('she would back the eventual candidate');
  });

  it('makes one mixed statement of a subject and its quoted predicate after a comma', () => {
    const analysis = analyse([
      'Berg asserted that club officials, “… plied the inspector with a grand conspiracy theory about the accounts.”',
    ]);
    const statement = statementWith(analysis, 'club officials');
    expect(statement.kind).toBe('MIXED');
    expect(statement.text).toContain('plied the inspector');
  });

  it('ends a report with a woven quotation at a colon opening a long quotation', () => {
    const analysis = analyse([
      'After the leak, charity director Ana Ruiz told Harbour Radio any process “must be well thought out”: “Moves to clear the backlog are welcome but the answer is not more forms and more threats to withdraw claims.”',
    ]);
    expect(statementWith(analysis, 'any process').text).toBe('any process “must be well thought out”');
    expect(statementWith(analysis, 'Moves to clear the backlog').kind).toBe('DIRECT');
  });

  it('parts two quotations of one cue at a semicolon', () => {
    const analysis = analyse([
      'Officials at the agency spoke on Friday. “Reckless provocation deserves harsh punishment”, the agency added; and, later, “The front-line units will be fully ready for battle by Saturday”.',
    ]);
    expect(statementWith(analysis, 'Reckless provocation').text).toBe('Reckless provocation deserves harsh punishment');
    expect(statementWith(analysis, 'front-line units').text).toBe(
      'The front-line units will be fully ready for battle by Saturday',
    );
  });
});
