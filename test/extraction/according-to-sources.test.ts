import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('"according to" a source followed by more than a comma', () => {
  it('reports past a participle clause that describes the source', () => {
    const analysis = analyse([
      'According to a harbour survey carried out for the Ledger and two radio stations, young anglers make up a fifth of the membership in each club.',
    ]);
    expect(statementWith(analysis, 'young anglers').text).toBe(
      'young anglers make up a fifth of the membership in each club',
    );
    expect(speakerNameOf(analysis, 'young anglers')).toBe('a harbour survey');
  });

  it('counts a hyphenated word as one word of the source (courts)', () => {
    const analysis = analyse([
      'According to a 52-count civil complaint filed by the regulator and a 15-count complaint by the state, the developers ran a scheme.',
      'According to an email from the head of the AFL-CIO labor federation, the vote was put off.',
    ]);
    expect(speakerNameOf(analysis, 'ran a scheme')).toBe('a 52-count civil complaint');
    expect(speakerNameOf(analysis, 'vote was put off')).toBe('an email from the head of the AFL-CIO labor federation');
  });

  it('takes a compound opening on a word of another tag whole (science, politics)', () => {
    const analysis = analyse([
      'According to a just-released survey from the Valley Institute of Marine Science published on its website, anglers caught fewer trout this spring.',
      'According to a so-called expert hired by the council for the second review of the plans, the bridge will cost twice as much.',
    ]);
    expect(speakerNameOf(analysis, 'fewer trout')).toBe(
      'a just-released survey from the Valley Institute of Marine Science',
    );
    expect(speakerNameOf(analysis, 'the bridge will cost')).toBe('a so-called expert');
  });

  it('ends a long source on a gerund the compound ends with, not on one taking an object (politics)', () => {
    const analysis = analyse([
      'Most rural voters back the levy on imported grain, according to early exit polling commissioned by the Courier and two radio stations.',
      'Turnout in the valley fell sharply this year, according to a new study examining the turnout records of the last ten county elections.',
    ]);
    expect(speakerNameOf(analysis, 'imported grain')).toBe('early exit polling');
    expect(speakerNameOf(analysis, 'Turnout in the valley')).toBe('a new study');
  });

  it('reports past a relative clause that describes the source', () => {
    const analysis = analyse([
      'According to Tacitus who studied the early empire, Nero played music while the city burned.',
    ]);
    expect(statementWith(analysis, 'Nero played').text).toBe('Nero played music while the city burned');
    expect(speakerNameOf(analysis, 'Nero played')).toBe('Tacitus');
  });

  it('reports from a determiner right after the name, with no comma between', () => {
    const analysis = analyse([
      'According to Hartley the missing laptop was returned by post to the office by Green shortly after he left the firm.',
    ]);
    expect(statementWith(analysis, 'missing laptop').text).toBe(
      'the missing laptop was returned by post to the office by Green shortly after he left the firm',
    );
    expect(speakerNameOf(analysis, 'missing laptop')).toBe('Hartley');
  });
});

describe('phrases that name a source as "according to" does', () => {
  it('take "per" opening the sentence or after a comma', () => {
    const analysis = analyse([
      'Per the club statement, the striker will miss three games.',
      'Tickets cost $20 per person, and the stadium holds 30,000.',
    ]);
    expect(speakerNameOf(analysis, 'striker will miss')).toBe('the club statement');
    expect(analysis.statements.map((s) => s.text)).toEqual(['the striker will miss three games']);
  });

  it('take "in the words of"', () => {
    const analysis = analyse([
      'In the words of coach Dana Pruitt, "We played the best hour of football this club has seen."',
    ]);
    expect(speakerNameOf(analysis, 'best hour of football')).toBe('Dana Pruitt');
  });
});

describe('a source phrase after "and"', () => {
  it('reports the clause after it, not the narration before it', () => {
    const analysis = analyse([
      'The roof leaked in every room, and in the words of tenant Ruth Mayer, "We slept under umbrellas for a month."',
      'The heating failed twice, and according to the tenants, the owner never came.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual([
      'We slept under umbrellas for a month.',
      'the owner never came',
    ]);
    expect(speakerNameOf(analysis, 'umbrellas')).toBe('Ruth Mayer');
  });
});

describe('"according to" closing a report before a clause of the writer’s', () => {
  it('reports what came before the source, not the clause after "but"', () => {
    const analysis = analyse([
      'Vale leads Alder by 12 points according to a count by the Ledger, but Alder insists the race is open.',
    ]);
    expect(statementWith(analysis, '12 points').text).toBe('Vale leads Alder by 12 points');
    expect(speakerNameOf(analysis, '12 points')).toBe('Ledger');
    expect(analysis.statements.filter((s) => s.cue === 'according to')).toHaveLength(1);
  });
});

describe('a report before its cue in a sentence that opens on a dateline', () => {
  it('starts past the dateline and its dash', () => {
    const analysis = analyse([
      'DOVER (AP) — Mayor Tom Vale has invested in some of the firms he criticizes, according to new financial records.',
      'LISBON, May 3 (Reuters) – The ferry will stop running in June, Ruth Alder said.',
    ]);
    expect(statementWith(analysis, 'invested').text).toBe(
      'Mayor Tom Vale has invested in some of the firms he criticizes',
    );
    expect(statementWith(analysis, 'ferry').text).toBe('The ferry will stop running in June');
  });

  it('keeps a name before a dash, which is no dateline', () => {
    const analysis = analyse(['Tom Vale — the ferry will stop in June, Ruth Alder said.']);
    expect(statementWith(analysis, 'ferry').text).toBe('Tom Vale — the ferry will stop in June');
  });
});

describe('"according to" a source whose plural head the tagger reads as a verb', () => {
  it('takes the plural as the head noun of the source (disasters, business)', () => {
    const analysis = analyse([
      'According to recent counts, 300 people have died in the floods.',
      'The mill lost money for a third year, according to company filings.',
    ]);
    expect(statementWith(analysis, 'floods').text).toBe('300 people have died in the floods');
    expect(speakerNameOf(analysis, 'floods')).toBe('recent counts');
    expect(speakerNameOf(analysis, 'mill lost')).toBe('company filings');
  });
});

describe('"according to" a source before a clause that reports someone else', () => {
  it('gives the source the whole clause, with the report nested in it (crime and courts)', () => {
    const analysis = analyse(['According to police, the suspect told officers he had been at home all night.']);
    expect(statementWith(analysis, 'the suspect told officers').text).toBe(
      'the suspect told officers he had been at home all night',
    );
    expect(speakerNameOf(analysis, 'the suspect told officers')).toBe('police');
  });
});

describe('"according to" an object pronoun', () => {
  it('stands for the last speaker, as "he" would (international)', () => {
    const analysis = analyse([
      'Britain criticised the remarks. "I fought to free myself," stated Omar Zulu in a newspaper.',
      'According to him, he had never looked down upon any culture of anyone.',
    ]);
    expect(speakerNameOf(analysis, 'looked down upon')).toBe('Omar Zulu');
  });
});

describe('"according to" closing a sentence after a semicolon', () => {
  it('gives the source the clause before the semicolon (local)', () => {
    const analysis = analyse([
      'The fire spread to four floors. The car park itself was severely damaged; according to Ana Ruiz, the mayor of Dover.',
    ]);
    expect(statementWith(analysis, 'severely damaged').text).toBe('The car park itself was severely damaged');
    expect(speakerNameOf(analysis, 'severely damaged')).toBe('Ana Ruiz');
  });
});

describe('"according to" a source with no comma before a clause that opens on a quantity', () => {
  it('gives the source the clause, past an adverb of degree (business)', () => {
    const analysis = analyse([
      'According to the union survey almost 90% of respondents said the safety culture was poor.',
    ]);
    expect(speakerNameOf(analysis, 'safety culture')).toBe('the union survey');
  });
});
