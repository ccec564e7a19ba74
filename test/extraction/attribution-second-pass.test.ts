import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a title and a name set off by commas after the report', () => {
  it('keeps the report before "…, the top aide, NAME, said" (politics, business)', () => {
    const analysis = analyse([
      'The committee will not delay the vote again, the senator’s top aide, Mara Quint, said.',
      'Quarterly sales fell short of every forecast, his finance chief, Tad Oyelaran, told investors.',
    ]);
    expect(statementWith(analysis, 'delay the vote').text).toBe('The committee will not delay the vote again');
    expect(speakerNameOf(analysis, 'delay the vote')).toBe('Mara Quint');
    expect(statementWith(analysis, 'Quarterly sales').text).toBe('Quarterly sales fell short of every forecast');
    expect(speakerNameOf(analysis, 'Quarterly sales')).toBe('Tad Oyelaran');
  });

  it('still reports nothing before a chain that opens the sentence (courts)', () => {
    const analysis = analyse(['The judge presiding over the appeal, Bernard Okafor, said the hearing would resume.']);
    expect(analysis.statements.map((s) => s.text)).toEqual(['the hearing would resume']);
  });
});

describe('verbs that give a view or a conclusion', () => {
  it('reads "reasoned" and "envision" with a clause (local government, science)', () => {
    const analysis = analyse([
      'The town council reasoned that the community hall was run as a business.',
      'The engineers envision that future ferries could run entirely on batteries.',
    ]);
    expect(statementWith(analysis, 'community hall').cue).toBe('reasoned');
    expect(speakerNameOf(analysis, 'future ferries')).toBe('the engineers');
  });

  it('does not read "envision" with a noun phrase as a report (urban planning)', () => {
    const analysis = analyse(['The architects envision a footbridge across the harbour.']);
    expect(analysis.statements).toEqual([]);
  });
});

describe('a title and a name after a report that opens with an adjunct', () => {
  it('keeps the report past the adjunct (elections)', () => {
    const analysis = analyse([
      'After three narrow defeats in a row, the mayor remains committed to the race, her campaign chief, Lena Park, told reporters.',
    ]);
    expect(speakerNameOf(analysis, 'remains committed')).toBe('Lena Park');
  });

  it('reports nothing when only an adjunct comes before the chain (health)', () => {
    const analysis = analyse([
      'At a briefing on Monday, the health minister, Ines Varga, said clinics would stay open.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['clinics would stay open']);
  });
});

describe('"has since said"', () => {
  it('reads "since" after a perfect auxiliary as part of the verb group (sport)', () => {
    const analysis = analyse([
      'Coach Dana Mirek criticised the referee after the match.',
      'She has since said that the club accepts the decision.',
    ]);
    expect(speakerNameOf(analysis, 'club accepts')).toBe('Dana Mirek');
  });

  it('keeps "since" a conjunction before a clause (transport)', () => {
    const analysis = analyse(['Nothing has moved since the minister said the line would close.']);
    expect(speakerNameOf(analysis, 'line would close')).toBe('the minister');
  });
});

describe('a participle after a noun that names what was done to it', () => {
  it('takes the verb after "a survey released Tuesday" as the cue (housing)', () => {
    const analysis = analyse(['A survey released Tuesday said most tenants want rent control.']);
    expect(statementWith(analysis, 'rent control').cue).toBe('said');
    expect(statementWith(analysis, 'rent control').text).toBe('most tenants want rent control');
  });

  it('reads past "in an interview published Sunday" to the reported clause (elections, industry)', () => {
    const analysis = analyse([
      'Councillor Omar Diaz told the Herald in an interview published Sunday that he would run again.',
      'The plant manager said in a statement released Monday that the furnace would close.',
    ]);
    expect(statementWith(analysis, 'run again').text).toBe('he would run again');
    expect(statementWith(analysis, 'run again').cue).toBe('told');
    expect(statementWith(analysis, 'furnace').text).toBe('the furnace would close');
  });

  it('keeps a publishing verb with its own subject a cue (trade)', () => {
    const analysis = analyse(['The ministry published figures showing that exports fell in March.']);
    expect(analysis.statements.map((s) => s.cue)).toContain('published');
  });
});

describe('the subject of a cue after a message or a pair', () => {
  it('takes the sender of "an email from X to Y", not the recipient (lobbying, local news)', () => {
    const analysis = analyse([
      'An email from Harlow Partners to Mayor Ines Varga advises the mayor to delay the vote.',
      'A letter from the tenant association to the council warns that the stairwells are unsafe.',
    ]);
    expect(speakerNameOf(analysis, 'delay the vote')).toBe('Harlow Partners');
    expect(speakerNameOf(analysis, 'stairwells')).toBe('the tenant association');
  });

  it('takes the first of "both A and B" as the speaker (education, politics)', () => {
    const analysis = analyse([
      'Both the school board and the city police have asserted that the pupil was not singled out.',
      'Both Ruth Hale and Omar Diaz claimed that the count was flawed.',
    ]);
    expect(speakerNameOf(analysis, 'singled out')).toBe('the school board');
    expect(speakerNameOf(analysis, 'count was flawed')).toBe('Ruth Hale');
  });
});

describe('"both A and B who said"', () => {
  it('leaves a relative clause on the pair to its antecedent (polling)', () => {
    const analysis = analyse(['The survey covered both farmers and local shop owners who said rents had doubled.']);
    expect(speakerNameOf(analysis, 'rents had doubled')).not.toBe('farmers');
  });
});
