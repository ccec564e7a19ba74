import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a report running through a colon into a quotation', () => {
  it('ends at the colon when the quotation is long; the quotation is a direct statement', () => {
    const analysis = analyse([
      'During the debate, Mayor Ines Vidal defended the budget whilst promising a "full review" of the parks plan is coming: "We are working as fast as we can to repair the parks, and in the meantime the new pool is already open, and we want a city where every child can walk to a playground in ten minutes."',
    ]);
    const report = statementWith(analysis, 'full review');
    expect(report.text).toBe('the budget whilst promising a "full review" of the parks plan is coming');
    expect(report.kind).toBe('MIXED');
    const quote = statementWith(analysis, 'We are working as fast');
    expect(quote.kind).toBe('DIRECT');
    expect(quote.speakerRef).toBe(report.speakerRef);
  });

  it('ends at the colon when the quotation carries its own cue', () => {
    const analysis = analyse([
      'A letter from the builders to the council urges the mayor to approve the tower quickly: "I would send a short note saying the cost of the tower will stay below the budget and that the work will end before the winter, so that nobody can say the plan is late," it said.',
    ]);
    expect(statementWith(analysis, 'approve the tower').text).toBe('the mayor to approve the tower quickly');
    expect(statementWith(analysis, 'I would send').kind).toBe('DIRECT');
  });

  it('holds a short quotation after the colon', () => {
    const analysis = analyse(['The imam said the town had two choices: "You either leave or you stay and rebuild."']);
    expect(analysis.statements.map((s) => s.text)).toEqual([
      'the town had two choices: "You either leave or you stay and rebuild."',
    ]);
  });
});

describe('a report that stops inside a quotation it opened', () => {
  it('runs on to the end of the quotation, one mixed statement', () => {
    const analysis = analyse([
      'According to the family, the singer died at home, "surrounded by friends. We have lost the heart of our family."',
    ]);
    expect(analysis.statements.map((s) => [s.kind, s.text])).toEqual([
      ['MIXED', 'the singer died at home, "surrounded by friends. We have lost the heart of our family."'],
    ]);
  });

  it('leaves apart a quotation that opens with "and"', () => {
    const analysis = analyse([
      'An aide said he would not expect a deal before the talks end "and whatever terms we have then are signed. It won\'t happen before."',
    ]);
    expect(analysis.statements.find((s) => s.kind === 'DIRECT')?.text).toBe(
      "and whatever terms we have then are signed. It won't happen before.",
    );
    expect(statementWith(analysis, 'would not expect').text).not.toContain('happen before');
  });

  it('leaves apart a quotation after a semicolon', () => {
    const analysis = analyse([
      'The singer said she never wrote songs for a cause; "They are for everyone. Not just me."',
    ]);
    expect(statementWith(analysis, 'never wrote songs').text).not.toContain('Not just me');
  });
});

describe('a clause before a colon that opens a quotation', () => {
  it('gives the quotation to its subject, not to the day that ends it (international)', () => {
    const analysis = analyse([
      'Ana Ruiz, the foreign minister, gave her verdict on Thursday: "The talks have failed and we will leave."',
    ]);
    expect(speakerNameOf(analysis, 'talks have failed')).toBe('Ana Ruiz');
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('Thursday');
  });

  it('gives it to a person described, where no cue stands in the clause (health)', () => {
    const analysis = analyse(['The surgeon was blunt: "We cannot operate on every patient who asks."']);
    expect(speakerNameOf(analysis, 'cannot operate')).toBe('the surgeon');
  });

  it('leaves it to a cue in the clause and to no thing that cannot speak (business)', () => {
    const analysis = analyse([
      'Omar Hale added: "Sales will recover."',
      'The results were clear: "Turnout fell by a third."',
    ]);
    expect(statementWith(analysis, 'Sales will recover').cue).toBe('added');
    expect(analysis.statements.some((s) => s.text.includes('Turnout fell'))).toBe(false);
  });
});

describe('a clause before a colon that opens a quotation', () => {
  it('gives the quotation to its subject past a word or two set off in marks (crime)', () => {
    const analysis = analyse([
      'Police say the victim was killed in March.',
      'Detective Rosa Lindqvist is leading the inquiry and was in no doubt of the "star"\'s guilt: "He is a danger to every woman he meets."',
    ]);
    expect(speakerNameOf(analysis, 'a danger to every woman')).toBe('Rosa Lindqvist');
  });

  it('gives the quotation after "welcomed the vote:" to the one who welcomed it (politics)', () => {
    const analysis = analyse([
      'The bill passed on Wednesday.',
      'Colin Fairley of the rights group Open Doors also welcomed the vote: "This is a truly historic step forward for every family in the country."',
      'Ann Lee praised the vote: "We have waited twenty years for this."',
    ]);
    expect(speakerNameOf(analysis, 'historic step forward')).toBe('Colin Fairley');
  });
});
