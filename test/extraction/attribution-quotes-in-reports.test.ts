import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

const texts = (paragraphs: string[]) => analyse(paragraphs).statements.map((s) => [s.text, s.kind]);

describe('quotations inside reports', () => {
  it('keeps a quoted clause of the same cue inside one mixed statement', () => {
    expect(
      texts([
        'Mayor Dana Price said she had seen a draft of the deal, but “the deal was never signed by anyone on the council.”',
      ]),
    ).toEqual([
      ['she had seen a draft of the deal, but “the deal was never signed by anyone on the council.”', 'MIXED'],
    ]);
  });

  it('keeps a written subject with its quoted predicate as one mixed statement', () => {
    expect(texts(['Transit chief Lena Moss noted the new timetable “leaves night workers stranded.”'])).toEqual([
      ['the new timetable “leaves night workers stranded.”', 'MIXED'],
    ]);
  });

  it('reads a negated promise with the quotation inside it as one mixed statement', () => {
    expect(
      texts([
        'Coach Aldo Ferri vowed not to renew his contract because of the board’s “endless meddling in team affairs.”',
      ]),
    ).toEqual([['not to renew his contract because of the board’s “endless meddling in team affairs.”', 'MIXED']]);
  });

  it('reads a quoted verb phrase after "to" with the writer\'s words around it as one mixed statement', () => {
    expect(
      texts(['Union leader Petra Holm vowed to “fight every closure” in the regional courts next spring.']),
    ).toEqual([['to “fight every closure” in the regional courts next spring', 'MIXED']]);
    expect(texts(['Union leader Petra Holm urged members to “stand firm together” during the talks.'])).toEqual([
      ['members to “stand firm together” during the talks', 'MIXED'],
    ]);
  });

  it('reads a report opening on a quotation that the writer goes on from as one mixed statement', () => {
    expect(texts(['Farmer Owen Price said “it breaks my heart” each time the river floods his fields.'])).toEqual([
      ['“it breaks my heart” each time the river floods his fields', 'MIXED'],
    ]);
    expect(texts(['Farmer Owen Price said “it breaks my heart” and walked back to the barn.'])).toEqual([
      ['it breaks my heart', 'DIRECT'],
    ]);
  });

  it('cuts away a quoted noun phrase in apposition as a direct statement', () => {
    expect(
      texts([
        'Councillor Omar Reyes told reporters that the new bridge would be a first step, “a real turning point for the town.”',
      ]),
    ).toEqual([
      ['the new bridge would be a first step', 'INDIRECT'],
      ['a real turning point for the town.', 'DIRECT'],
    ]);
  });

  it('reads a report whose verb is a quoted word', () => {
    const analysis = analyse(['Promoter Chris Amundsen said that ticket sales “collapsed” over the summer.']);
    expect(statementWith(analysis, 'ticket sales')).toMatchObject({
      text: 'ticket sales “collapsed” over the summer',
      kind: 'MIXED',
    });
  });

  it('ends a report before a coordinated cue with a pronoun subject', () => {
    const analysis = analyse([
      'Councillor Dana Price said the council had approved the budget and she accused the mayor of hiding the costs.',
    ]);
    expect(analysis.statements.map((s) => [s.text, s.cue])).toEqual([
      ['the council had approved the budget', 'said'],
      ['the mayor of hiding the costs', 'accused'],
    ]);
    expect(speakerNameOf(analysis, 'hiding the costs')).toBe('Dana Price');
  });
});

describe('cues that are deeds or nouns', () => {
  it('reads "maintain" and "challenge" only with a clause', () => {
    expect(texts(['The harbour club maintains a modest lead in the league table.'])).toEqual([]);
    expect(texts(['Ana Lopez maintained the pension fund was solvent.'])).toEqual([
      ['the pension fund was solvent', 'INDIRECT'],
    ]);
    expect(texts(['Maria Ward is challenging Senator Tom Hale for the seat.'])).toEqual([]);
  });

  it('reads the one "quoted" as a source, not as what was said', () => {
    expect(texts(['The Ledger quoted critics like the lawyer Colin Moss and the campaigner Ann Ray.'])).toEqual([]);
    const analysis = analyse(['The agency, quoting the state news service, said the army was on alert.']);
    expect(analysis.statements.map((s) => [s.text, s.cue])).toEqual([['the army was on alert', 'said']]);
  });

  it('reads a participle after the opening noun phrase as passive, and what speech achieved as no report', () => {
    expect(texts(['Lai Mei, dubbed the Tea Queen, was jailed on Monday for smuggling.'])).toEqual([]);
    expect(texts(['Morton Blake, a conservative author, endorsed Lopez last week.'])).toEqual([
      ['Lopez last week', 'INDIRECT'],
    ]);
    expect(texts(['The firm persuaded voters to back the plan.'])).toEqual([]);
  });

  it('reads a plural after a number as a noun', () => {
    expect(texts(['The chain opened shops in twelve counties this year.'])).toEqual([]);
    expect(texts(['The audit report states the fund lost money.'])).toEqual([['the fund lost money', 'INDIRECT']]);
  });
});

describe('"as" clauses', () => {
  it('attributes the main clause to an "as X reported" clause, after it or before it', () => {
    expect(texts(['As the Daily Ledger reported, the council has not yet set a date for the vote.'])).toEqual([
      ['the council has not yet set a date for the vote', 'INDIRECT'],
    ]);
    const analysis = analyse(['Rents are rising faster than wages, as the economist Lena Ortiz noted in a column.']);
    expect(statementWith(analysis, 'Rents').text).toBe('Rents are rising faster than wages');
    expect(speakerNameOf(analysis, 'Rents')).toBe('Lena Ortiz');
  });

  it('attributes the clause before an "as" clause that a clause of the writer’s follows (business)', () => {
    const analysis = analyse([
      'The bakery closed its second shop in March, as the Ledger reported on Tuesday, and its owner has since retired.',
    ]);
    expect(statementWith(analysis, 'bakery').text).toBe('The bakery closed its second shop in March');
    expect(speakerNameOf(analysis, 'bakery')).toBe('Ledger');
    expect(analysis.statements.filter((s) => s.text.includes('retired'))).toEqual([]);
  });

  it('keeps an infinitive cue inside the main clause after an "as" clause (business)', () => {
    expect(texts(['As many analysts have pointed out, the bank is free to disclose its losses.'])).toEqual([
      ['the bank is free to disclose its losses', 'INDIRECT'],
    ]);
  });

  it('ends a report before an "as" clause after a comma that reports it again (politics)', () => {
    const analysis = analyse([
      'Mayor Ines Falk said the levy was fair, as her aides had argued for weeks before the vote.',
    ]);
    expect(statementWith(analysis, 'levy was fair').text).toBe('the levy was fair');
  });

  it('skips the one told in an "as" clause', () => {
    expect(texts(['As the mayor told reporters on Monday, the bridge will reopen in May.'])).toEqual([
      ['the bridge will reopen in May', 'INDIRECT'],
    ]);
  });

  it('reads no report in a temporal "as" clause', () => {
    expect(texts(['As the mayor announced the plan, protesters chanted outside.'])).toEqual([]);
  });
});

describe('numbers in reported clauses', () => {
  it('reads a clause whose subject opens on an approximated number', () => {
    expect(texts(['The Daily Ledger reported at least nine buses ran late on Monday.'])).toEqual([
      ['at least nine buses ran late on Monday', 'INDIRECT'],
    ]);
    expect(texts(['Mayor Ana Ruiz said up to 40 homes could be lost.'])).toEqual([
      ['up to 40 homes could be lost', 'INDIRECT'],
    ]);
    expect(texts(['Mayor Ana Ruiz said nearly 40 homes were lost.'])).toEqual([
      ['nearly 40 homes were lost', 'INDIRECT'],
    ]);
  });
});

describe('"according to" closing a sentence', () => {
  it('needs no comma before it', () => {
    const analysis = analyse(['The bakery sold 400 loaves on Sunday according to its owner Mia Berg.']);
    expect(statementWith(analysis, 'loaves').text).toBe('The bakery sold 400 loaves on Sunday');
    expect(texts(['She voted according to her conscience.'])).toEqual([]);
  });

  it('needs no comma before it when the report goes on after it', () => {
    const analysis = analyse([
      'The ferry was stopped by a patrol boat on Thursday according to harbour officials, near the northern pier.',
    ]);
    expect(statementWith(analysis, 'ferry').text).toBe(
      'The ferry was stopped by a patrol boat on Thursday ... near the northern pier',
    );
    expect(texts(['She voted according to her conscience, and then left.'])).toEqual([]);
    expect(
      texts(['The mayor gave a count of 40 injured; according to Ann Becker, injuries ranged from cuts to burns.']),
    ).toEqual([['injuries ranged from cuts to burns', 'INDIRECT']]);
  });
});

describe('verbs of naming', () => {
  it('reads past an appositive of the one named to what they were called', () => {
    expect(texts(['Mayor Ana Ruiz called Lopez, the club treasurer, a menace to the town.'])).toEqual([
      ['Lopez, the club treasurer, a menace to the town', 'INDIRECT'],
    ]);
  });
});

describe('after a quotation and its cue', () => {
  it('reads a predicate the speaker goes on with after the quotation as no report', () => {
    expect(
      texts(['“We take safety seriously,” the spokeswoman Ana Ruiz said, but refused to give any more details.']),
    ).toEqual([['We take safety seriously', 'DIRECT']]);
  });

  it('attributes a quotation to a verb of speaking manner, and nothing else to it', () => {
    const analysis = analyse([
      '“Sit down and listen to me,” Mayor Ana Ruiz barked.',
      'The mayor barked orders at the staff.',
    ]);
    expect(analysis.statements.map((s) => [s.text, s.cue])).toEqual([['Sit down and listen to me', 'barked']]);
  });
});
