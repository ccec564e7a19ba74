import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('reported speech', () => {
  it('reads “X said (that) …”', () => {
    const analysis = analyse(['Health Minister Sofia Lindqvist said that waiting lists would shrink next year.']);
    const statement = statementWith(analysis, 'waiting lists');
    expect(statement).toMatchObject({
      text: 'waiting lists would shrink next year',
      kind: 'INDIRECT',
      cue: 'said',
      speakerRole: 'Health Minister',
    });
    expect(speakerNameOf(analysis, 'waiting lists')).toBe('Sofia Lindqvist');
  });

  it('skips the person told: “X told reporters …”', () => {
    const analysis = analyse(['Police Chief Mark Doyle told reporters on Friday the suspect had fled the country.']);
    expect(statementWith(analysis, 'suspect').text).toBe('the suspect had fled the country');
  });

  it('reads “according to X”, before or after the report', () => {
    const analysis = analyse([
      'The factory will close in June, according to company filings.',
      'According to a union spokesman, about 400 jobs are at risk.',
    ]);
    expect(statementWith(analysis, 'factory').text).toBe('The factory will close in June');
    expect(speakerNameOf(analysis, 'factory')).toBe('company filings');
    expect(statementWith(analysis, '400 jobs').text).toBe('about 400 jobs are at risk');
    expect(speakerNameOf(analysis, '400 jobs')).toBe('a union spokesman');
  });

  it('reads no statement of the outlet when "according to" follows only an attribution', () => {
    const analysis = analyse([
      '“Who will pay for the new pier?” Councillor Ruiz asked at a town meeting, according to the Valley Courier.',
      'The pier will cost twice the estimate, the harbour board said, according to the same newspaper.',
    ]);
    expect(analysis.statements.some((s) => s.text.includes('asked at a town meeting'))).toBe(false);
    expect(statementWith(analysis, 'The pier will cost').text).toBe('The pier will cost twice the estimate');
  });

  it('reads a clause after a year put before it, and after an aside between dashes', () => {
    const analysis = analyse([
      'The water board said in 2031 the reservoir would run dry without new pipes.',
      'Engineer Rosa Lind said — somewhat to the board’s surprise — that the pipes could be relined instead.',
    ]);
    expect(statementWith(analysis, 'reservoir').text).toBe('in 2031 the reservoir would run dry without new pipes');
    expect(statementWith(analysis, 'relined').text).toBe('the pipes could be relined instead');
  });

  it('reads past a verb that reports only a clause when it opens the report with none', () => {
    const analysis = analyse([
      'According to the lawsuit, the dairy cartel maintained its grip on prices for a decade.',
    ]);
    expect(statementWith(analysis, 'dairy cartel').text).toBe(
      'the dairy cartel maintained its grip on prices for a decade',
    );
    expect(speakerNameOf(analysis, 'dairy cartel')).toBe('the lawsuit');
  });

  it('leaves out a relative clause on a name that closes the report, and keeps one closed by a comma', () => {
    const analysis = analyse([
      'The coach said the captain would be Lena Ortiz, who joined the club from Porto last summer.',
      'The coach said Ortiz, who joined in the summer, would lead the defence.',
    ]);
    expect(statementWith(analysis, 'captain').text).toBe('the captain would be Lena Ortiz');
    expect(statementWith(analysis, 'lead the defence').text).toBe(
      'Ortiz, who joined in the summer, would lead the defence',
    );
  });

  it('reads a report put before the attribution and one around it', () => {
    const analysis = analyse([
      'Rents rose faster than wages last year, economist Hana Sato said.',
      'Most new flats, she added, are too small for families.',
    ]);
    expect(statementWith(analysis, 'Rents rose').text).toBe('Rents rose faster than wages last year');
    expect(statementWith(analysis, 'new flats').text).toBe('Most new flats ... are too small for families');
    expect(speakerNameOf(analysis, 'new flats')).toBe('Hana Sato');
  });

  it('reads a report before "X told <someone>." and before a speaker opening on a possessive', () => {
    const analysis = analyse([
      'The ferry service will pause for two weeks in March, harbour master Ines Varga told the Coastal Herald.',
      'Repairs to the pier will cost more than planned, her deputy said.',
    ]);
    expect(statementWith(analysis, 'ferry service').text).toBe('The ferry service will pause for two weeks in March');
    expect(speakerNameOf(analysis, 'ferry service')).toBe('Ines Varga');
    expect(statementWith(analysis, 'Repairs to the pier').text).toBe('Repairs to the pier will cost more than planned');
  });

  it('marks a report holding a quotation as mixed and makes a longer quotation a direct statement too', () => {
    const analysis = analyse([
      'Judge Ellen Park said the ruling was a “narrow” one.',
      'She told the court that the law was unclear, “a mess that only lawmakers can fix.”',
    ]);
    expect(statementWith(analysis, 'ruling was').kind).toBe('MIXED');
    expect(statementWith(analysis, 'law was unclear')).toMatchObject({
      text: 'the law was unclear, “a mess that only lawmakers can fix.”',
      kind: 'MIXED',
    });
    expect(analysis.statements.find((s) => s.text === 'a mess that only lawmakers can fix.')).toMatchObject({
      kind: 'DIRECT',
      cue: 'told',
    });
  });

  it('merges bare plural sources that name the same group', () => {
    const analysis = analyse([
      'Federal investigators alleged that the pilot ignored the warning.',
      'Investigators said the recorder was recovered intact.',
    ]);
    expect(speakerNameOf(analysis, 'pilot ignored')).toBe('federal investigators');
    expect(speakerNameOf(analysis, 'recorder was recovered')).toBe('federal investigators');
  });

  it('does not take an inanimate subject for a speaker', () => {
    const analysis = analyse(['The latest results suggest that inflation is slowing.']);
    expect(analysis.statements).toEqual([]);
  });
});

describe('a predicate of the speaker joined after the report', () => {
  it('ends the report before a verb in the cue’s tense when the report’s own verb has another', () => {
    const analysis = analyse([
      'The ministry denies the fire was arson and goes to great lengths to keep the inquiry closed.',
      'The mayor said the old bridge is unsafe and closed it to traffic on Friday.',
    ]);
    expect(statementWith(analysis, 'fire was arson').text).toBe('the fire was arson');
    expect(statementWith(analysis, 'old bridge').text).toBe('the old bridge is unsafe');
  });

  it('ends it before ", but" and a verb in the cue’s tense, a contrast of the speaker’s own acts (business)', () => {
    const analysis = analyse([
      'The chairman denied that the bank hid losses from its auditors, but fought to keep the internal report secret.',
    ]);
    expect(statementWith(analysis, 'hid losses').text).toBe('the bank hid losses from its auditors');
  });

  it('keeps verbs of one tense, and a past form under an auxiliary, in the report', () => {
    const analysis = analyse([
      'The minister said the firm made losses and raised prices.',
      'The envoy added that the regime has broken its pledges and shared nuclear technology with its allies.',
    ]);
    expect(statementWith(analysis, 'made losses').text).toBe('the firm made losses and raised prices');
    expect(statementWith(analysis, 'broken its pledges').text).toBe(
      'the regime has broken its pledges and shared nuclear technology with its allies',
    );
  });
});

describe('a bare reporting verb the tagger reads as a noun', () => {
  it('reads it as the verb after a plural subject, before a clause with its own verb', () => {
    const analysis = analyse([
      'Farm unions claim the trade deal will destroy thousands of rural jobs.',
      'Harbour pilots insist the new channel is too shallow for tankers.',
    ]);
    expect(statementWith(analysis, 'trade deal').text).toBe('the trade deal will destroy thousands of rural jobs');
    expect(speakerNameOf(analysis, 'trade deal')).toBe('farm unions');
    expect(statementWith(analysis, 'new channel').text).toBe('the new channel is too shallow for tankers');
  });

  it('reads it as the verb after a body named by its acronym, in the plural of British English (business)', () => {
    const analysis = analyse(['PIA state the aircraft was maintained in accordance with the instructions.']);
    expect(statementWith(analysis, 'aircraft').text).toBe(
      'the aircraft was maintained in accordance with the instructions',
    );
    expect(speakerNameOf(analysis, 'aircraft')).toBe('PIA');
  });

  it('leaves the noun alone without a clause after it, and a verb of evidence alone', () => {
    const analysis = analyse([
      'The farm unions claim victory.',
      'Ann Holm noted the findings show the harbour is silting up. "We need a dredger soon."',
    ]);
    expect(analysis.statements.some((s) => s.cue === 'claim')).toBe(false);
    expect(speakerNameOf(analysis, 'need a dredger')).toBe('Ann Holm');
  });
});
