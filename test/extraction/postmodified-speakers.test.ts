import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, speakerOf, statementWith } from './analyse.ts';

describe('a subject whose noun has a post-modifier before the cue', () => {
  it('takes the noun a participle in "-ing" modifies, not the participle’s object (labour, health)', () => {
    const analysis = analyse([
      'A union representing harbour pilots said the strike would go on.',
      'A new study documenting iodine levels in children says many are not getting enough iodine.',
    ]);
    expect(speakerNameOf(analysis, 'strike would go on')).toBe('a union representing harbour pilots');
    expect(speakerNameOf(analysis, 'enough iodine')).toBe('a new study documenting iodine levels');
  });

  it('keeps the noun an adjective complement modifies, not the complement', () => {
    const analysis = analyse(['Several sources privy to the talks said the deal was close.']);
    expect(speakerNameOf(analysis, 'deal was close')).toBe('several sources privy to the talks');
  });

  it('keeps "those" or a noun whose adjective’s complement ends on a pronoun (politics)', () => {
    const analysis = analyse([
      'Those close to him say the governor will not run again.',
      'Aides loyal to her said the budget would pass.',
      'Those familiar with the talks said the deal was close.',
    ]);
    expect(speakerNameOf(analysis, 'not run again')).toBe('those close to him');
    expect(speakerNameOf(analysis, 'budget would pass')).toBe('aides loyal to her');
    expect(speakerNameOf(analysis, 'deal was close')).toBe('those familiar with the talks');
  });

  it('keeps a people named by its plural before "of" a place, not the place nor a person of that people (international)', () => {
    const analysis = analyse([
      'Nadia Petrosyan, an Armenian historian, spoke at the rally.',
      'The Armenians of Lebanon protested the decision, saying it betrayed them.',
    ]);
    expect(speakerNameOf(analysis, 'betrayed them')).toBe('the Armenians of Lebanon');
  });

  it('gives a relative clause opened by a part of a group ("many of whom") the group before it (politics)', () => {
    const analysis = analyse([
      'The veto angered relatives of the crash victims, many of whom say the inquiry was a whitewash.',
    ]);
    expect(speakerNameOf(analysis, 'whitewash')).toBe('relatives of the crash victims');
  });

  it('keeps a relative clause without its pronoun after the subject’s noun (politics)', () => {
    const analysis = analyse([
      'All the economists I interviewed said the levy would raise little.',
      'The man she met told reporters the deal was off.',
    ]);
    expect(speakerNameOf(analysis, 'raise little')).toBe('all the economists I interviewed');
    expect(speakerNameOf(analysis, 'deal was off')).toBe('the man she met');
  });

  it('goes through a participle inside the chain to the noun opening the clause', () => {
    const analysis = analyse([
      "Port officials familiar with the ledger seized from the harbour master's office in Bergen said it had been altered.",
    ]);
    expect(speakerNameOf(analysis, 'had been altered')).toBe(
      "port officials familiar with the ledger seized from the harbour master's office",
    );
  });

  it('keeps the head of a phrase after "to", not the body it names', () => {
    const analysis = analyse([
      'President Anna Holm spoke on Monday.',
      'The deputy head of the Danish delegation to the summit said the fishing talks should resume.',
    ]);
    const speaker = speakerOf(analysis, statementWith(analysis, 'fishing talks should resume'));
    expect(speaker.name).toBe('the deputy head of the Danish delegation to the summit');
    expect(speaker.kind).toBe('ANONYMOUS');
  });

  it('takes the antecedent of a relative clause with an adjunct inside, without the clause', () => {
    const analysis = analyse(['The tenants who wrote to the landlord on Monday said the heating had failed.']);
    expect(speakerNameOf(analysis, 'heating had failed')).toBe('the tenants');
  });

  it('describes people close to a named person rather than the person', () => {
    const analysis = analyse(['Officials close to Mayor Tom Berg said the plan was dead.']);
    expect(speakerNameOf(analysis, 'plan was dead')).toBe('officials close to Mayor Tom Berg');
  });

  it('keeps the people acting for a named person when their plural opens the sentence', () => {
    const analysis = analyse([
      'Lawyers for Jonas Berg said the charges were baseless.',
      'Aides to Mayor Tom Berg said the plan was dead.',
    ]);
    expect(speakerNameOf(analysis, 'charges were baseless')).toBe('lawyers for Jonas Berg');
    expect(speakerNameOf(analysis, 'plan was dead')).toBe('aides to Mayor Tom Berg');
  });

  it('keeps a title before "to" when no person is named after it', () => {
    const analysis = analyse(["Peru's Ambassador to Spain confirmed that the envoy had left."]);
    expect(speakerNameOf(analysis, 'envoy had left')).toBe("Peru's Ambassador to Spain");
  });

  it('leaves a finite verb opening the clause alone: the object of "called on" is no subject', () => {
    const analysis = analyse([
      'Last week the mayor called on council members to reject the budget after the treasurer claimed that the figures were wrong.',
    ]);
    expect(speakerNameOf(analysis, 'figures were wrong')).not.toMatch(/mayor/);
  });

  it('still reads the sender of a message sent to someone', () => {
    const analysis = analyse(['An email from Holm & Partners to Tom Berg advises the mayor to cut the budget.']);
    expect(speakerNameOf(analysis, 'cut the budget')).toBe('Holm & Partners');
  });

  it('still reads a title and a name after "to" as the name', () => {
    const analysis = analyse(['Ambassador to NATO Julianne Smith said the talks went well.']);
    expect(speakerNameOf(analysis, 'talks went well')).toBe('Julianne Smith');
  });
});

describe('a name before a verb of "… back" read as a noun', () => {
  it('ends before the verb', () => {
    const analysis = analyse(['Holm shot back in a statement, saying his firm had always paid its taxes.']);
    expect(speakerNameOf(analysis, 'paid its taxes')).toBe('Holm');
  });
});

describe('a participle cue after an adjunct, without a comma', () => {
  it('leaves a participle on a name ending the adjunct to that name', () => {
    const analysis = analyse([
      'To find out, he dubbed himself over footage of Holm talking about the budget on the evening news.',
    ]);
    expect(analysis.statements.some((s) => s.text.includes('himself over footage'))).toBe(false);
  });

  it('takes the subject of the verb it goes with, not the adjunct', () => {
    const analysis = analyse(['Holm was caught on a hot mic telling Berg that the deal was dead.']);
    expect(speakerNameOf(analysis, 'deal was dead')).toBe('Holm');
  });
});

describe('a group with members named after "including"', () => {
  it('speaks as the group, not as the member named last', () => {
    const analysis = analyse(['Several groups including the Harbor Trust said the plan was flawed.']);
    expect(speakerNameOf(analysis, 'plan was flawed')).toBe('several groups including the Harbor Trust');
  });
});

describe('a relative clause after a place and its region', () => {
  it('opens no new speaker inside what another reports', () => {
    const analysis = analyse([
      'Lund said that some residents in Dover, Delaware who were voting as independents in local elections complained when they found no names on the ballot.',
    ]);
    expect(speakerNameOf(analysis, 'some residents in Dover')).toBe('Lund');
  });

  it('keeps the noun a place modifies when an appositive on the place stands before the cue (health)', () => {
    const analysis = analyse([
      'Government officials in Mexico, the epicenter of the outbreak, have said that there are signs of progress.',
    ]);
    expect(speakerNameOf(analysis, 'signs of progress')).toBe('government officials in Mexico');
  });
});
