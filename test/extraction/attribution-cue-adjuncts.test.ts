import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('"as X pointed out"', () => {
  it('attributes the main clause after or before the "as" clause (local news, health)', () => {
    const analysis = analyse([
      'As harbour master Ned Vale pointed out, the new quay will flood twice a year.',
      'Waiting lists for hip operations have doubled since 2019, as the surgeon Lena Brandt has pointed out.',
    ]);
    expect(statementWith(analysis, 'quay').text).toBe('the new quay will flood twice a year');
    expect(speakerNameOf(analysis, 'quay')).toBe('Ned Vale');
    expect(statementWith(analysis, 'hip operations').text).toBe(
      'Waiting lists for hip operations have doubled since 2019',
    );
    expect(speakerNameOf(analysis, 'hip operations')).toBe('Lena Brandt');
  });
});

describe('"that" as the subject of a reported clause', () => {
  it('keeps "that" before an auxiliary, and drops it before a clause (business)', () => {
    const analysis = analyse([
      'Finance director Omar Reyes said that was the end of the matter for the board.',
      'Reyes said that the board would meet again in May to approve the accounts.',
      'Reyes argued that being a small bank is no excuse for weak controls.',
    ]);
    expect(statementWith(analysis, 'end of the matter').text).toBe('that was the end of the matter for the board');
    expect(statementWith(analysis, 'meet again').text).toBe(
      'the board would meet again in May to approve the accounts',
    );
    expect(statementWith(analysis, 'small bank').text).toBe('being a small bank is no excuse for weak controls');
  });
});

describe('"that" after a long adjunct of the cue', () => {
  it('opens the clause past a place with its own commas, also before a bare plural subject (politics)', () => {
    const analysis = analyse([
      'Senator Mary Cole said Thursday during a taping of a local radio town hall meeting in Dover, Delaware, that ports need new cranes.',
      'Cole said on Friday at a dinner for the harbour pilots in Lewes, Delaware, that states can pay for the dredging.',
    ]);
    expect(statementWith(analysis, 'cranes').text).toBe('ports need new cranes');
    expect(statementWith(analysis, 'dredging').text).toBe('states can pay for the dredging');
  });
});

describe('a later report whose subject opens on an adverb', () => {
  it('ends the earlier report before "…, while only 40 percent of …" (polls)', () => {
    const analysis = analyse([
      'About 70 percent of farmers say the new subsidy will help their harvest, while only 40 percent of fishermen say it will help their catch.',
    ]);
    expect(statementWith(analysis, 'subsidy').text).toBe('the new subsidy will help their harvest');
    expect(statementWith(analysis, 'catch').text).toBe('it will help their catch');
  });
});

describe('a report by reference', () => {
  it('takes "say the same of …" and "said the same thing" as what was said (polls, politics)', () => {
    const analysis = analyse([
      'About 70 percent of farmers back the new subsidy, while 45 percent say the same of the fuel tax.',
      'A group of harbour pilots has said the same thing, including the veteran pilot Ned Vale.',
    ]);
    expect(statementWith(analysis, 'fuel tax').text).toBe('the same of the fuel tax');
    expect(speakerNameOf(analysis, 'fuel tax')).toBe('45 percent');
    expect(statementWith(analysis, 'same thing').text).toBe('the same thing');
  });
});

describe('"when asked" and other "when" clauses after a cue', () => {
  it('are the speaker’s adjuncts, while "told reporters when … would" asks and a fronted "when" clause opens a report (culture, local news)', () => {
    const analysis = analyse([
      '“It is a fair worry,” the actress Lena Brandt told the Courier on Monday when asked about fears that fans would stay home.',
      'Harbour master Ned Vale told reporters when the ferry would sail again.',
      '“It was a mess,” the coach Ben Hale added when the interviewer expressed surprise.',
      'Vale said when the new plant opens, the town will hire 200 people.',
    ]);
    expect(analysis.statements.some((s) => /^when (?:asked|the interviewer)/.test(s.text))).toBe(false);
    expect(statementWith(analysis, 'fair worry').text).toBe('It is a fair worry');
    expect(statementWith(analysis, 'ferry').text).toBe('when the ferry would sail again');
    expect(statementWith(analysis, 'plant opens').text).toBe('when the new plant opens, the town will hire 200 people');
  });
});

describe('the report after "according to X"', () => {
  it('starts past a relative clause on the source, or right after a source a clause follows without a comma (history, courts)', () => {
    const analysis = analyse([
      'According to Livy who studied the early republic, the consuls met the envoys at the river.',
      'According to Ruiz the stolen ledger was returned by post two days after the trial.',
    ]);
    expect(statementWith(analysis, 'envoys').text).toBe('the consuls met the envoys at the river');
    expect(speakerNameOf(analysis, 'envoys')).toBe('Livy');
    expect(statementWith(analysis, 'ledger').text).toBe(
      'the stolen ledger was returned by post two days after the trial',
    );
    expect(speakerNameOf(analysis, 'ledger')).toBe('Ruiz');
  });
});

describe('an aside after "according to X"', () => {
  it('leaves a noun phrase after the source out of the report before it (business, courts)', () => {
    const analysis = analyse([
      'Harlow Bakery sold 9,000 loaves in March, according to court papers, a large sum for a shop with four ovens.',
      'The plane was shot down on Thursday according to officials, over the strait near the border.',
    ]);
    expect(statementWith(analysis, 'Harlow Bakery').text).toBe('Harlow Bakery sold 9,000 loaves in March');
    expect(statementWith(analysis, 'shot down').text).toBe(
      'The plane was shot down on Thursday ... over the strait near the border',
    );
  });
});

describe('a programme’s title in the adjunct of a cue', () => {
  it('is skipped like the rest of the adjunct, while a quotation after "of" is no title (politics)', () => {
    const analysis = analyse([
      'The harbour should stay open all winter, Senator Mary Cole said on Sunday on Channel Four’s “Morning Tide.”',
      'General Omar Hale said on “Coast Watch” that the navy would leave the port.',
      'Supporters responded with chants of “We want Cole” until Cole herself spoke up and calmed the room.',
    ]);
    expect(statementWith(analysis, 'harbour should').text).toBe('The harbour should stay open all winter');
    expect(statementWith(analysis, 'navy').text).toBe('the navy would leave the port');
    expect(analysis.statements.some((s) => s.text.includes('herself spoke up'))).toBe(false);
  });

  it('is part of the one told, after a channel’s possessive (politics)', () => {
    const analysis = analyse([
      'Senator Mary Cole told Channel Four’s “Morning Tide” that the harbour would stay open.',
    ]);
    expect(statementWith(analysis, 'harbour').text).toBe('the harbour would stay open');
  });
});

describe('a verb of talking with adjuncts before its "about"', () => {
  it('takes what follows "about" past the one spoken to, the place and the time (politics, sport)', () => {
    const analysis = analyse([
      'Council member Ana Ruiz spoke at the town hall on Tuesday about the cost of the new bridge.',
      'Coach Ben Hale talked with his players after the match about the defeat in the final.',
    ]);
    const bridge = statementWith(analysis, 'bridge');
    expect(bridge.text).toBe('the cost of the new bridge');
    expect(bridge.cue).toBe('spoke about');
    expect(speakerNameOf(analysis, 'bridge')).toBe('Ana Ruiz');
    expect(statementWith(analysis, 'defeat').text).toBe('the defeat in the final');
    expect(statementWith(analysis, 'defeat').cue).toBe('talked about');
  });

  it('reads no report when "about" approximates a number (politics)', () => {
    const analysis = analyse(['The senator Mary Cole spoke for about 40 minutes, shook a few hands and left by car.']);
    expect(analysis.statements).toHaveLength(0);
  });
});

describe('a cue after a contracted "is"', () => {
  it('reads "he’s pointing out" as a cue, while "Vale’s claims" stays a possessive (local news)', () => {
    const analysis = analyse([
      'Mayor Ned Vale opened the new quay on Monday. He’s pointing out the progress the town has made since the flood.',
      'Vale’s claims about the harbour were wrong, the council said.',
    ]);
    expect(statementWith(analysis, 'progress').text).toBe('the progress the town has made since the flood');
    expect(speakerNameOf(analysis, 'progress')).toBe('Ned Vale');
    expect(statementWith(analysis, 'harbour').text).toBe('Vale’s claims about the harbour were wrong');
    expect(speakerNameOf(analysis, 'harbour')).toBe('the council');
  });
});

describe('a speech noun, a copula and a that-clause', () => {
  it('gives "X’s response was that …" to the possessor (politics)', () => {
    const analysis = analyse(['Vale’s response was that the council had never asked the fishermen about the quay.']);
    const statement = statementWith(analysis, 'never asked');
    expect(statement.text).toBe('the council had never asked the fishermen about the quay');
    expect(statement.cue).toBe('response');
    expect(speakerNameOf(analysis, 'never asked')).toBe('Vale');
  });
});

describe('a bare verb the tagger reads as a noun', () => {
  it('reads "as critics point out" as a cue before its particle (politics)', () => {
    const analysis = analyse([
      'Closing the ferry early also carries risks for the island, as harbour unions point out.',
    ]);
    expect(statementWith(analysis, 'ferry').text).toBe('Closing the ferry early also carries risks for the island');
    expect(statementWith(analysis, 'ferry').cue).toBe('point out');
  });
});

describe('a quotation between a cue and a participle', () => {
  it('goes to the cue before it, not to the participle after it (sport)', () => {
    const analysis = analyse([
      'Coach Ben Hale described the defeat as "a hard lesson", telling the Courier he was "proud of every player on the pitch".',
    ]);
    expect(statementWith(analysis, 'hard lesson').cue).toBe('described');
    expect(statementWith(analysis, 'hard lesson').text).toBe('a hard lesson');
    expect(statementWith(analysis, 'every player').cue).toBe('telling');
  });
});

describe('an adjunct set off by commas between the cue and "that"', () => {
  it('reads the clause after "that" (media, science)', () => {
    const analysis = analyse([
      'Ana Ruiz explains, in a satirical fashion, that the outage was caused by a squirrel.',
      'The lab director noted, in her annual letter, that funding had doubled.',
    ]);
    expect(statementWith(analysis, 'outage').text).toBe('the outage was caused by a squirrel');
    expect(statementWith(analysis, 'funding').text).toBe('funding had doubled');
  });

  it('keeps a report that goes on after the cue without "that" (politics)', () => {
    const analysis = analyse(['The plan, Ana Ruiz said, in the end would fail.']);
    expect(statementWith(analysis, 'would fail').text).toBe('The plan ... in the end would fail');
  });
});

describe('examples set off by commas on the subject of a reported clause', () => {
  it('reads "such as …" and "including …" as part of the subject (farming, health)', () => {
    const analysis = analyse([
      'The survey found dairy farms, including those in Harlow and Dunmore, lost money last year.',
      'The study found seaside towns, such as Marlow and Brint, had fewer doctors.',
    ]);
    expect(statementWith(analysis, 'dairy farms').text).toBe(
      'dairy farms, including those in Harlow and Dunmore, lost money last year',
    );
    expect(statementWith(analysis, 'seaside towns').text).toBe(
      'seaside towns, such as Marlow and Brint, had fewer doctors',
    );
  });
});

describe('a participle aside between the cue and its "that"', () => {
  it('reads the clause after "that" past an aside set off by commas (politics, transport)', () => {
    const analysis = analyse([
      'The mayor said on Monday, speaking in Riga, that the old bridge would reopen in May.',
      'The transport minister said, addressing a rally of hauliers, that fuel duty would be frozen.',
    ]);
    expect(statementWith(analysis, 'old bridge').text).toBe('the old bridge would reopen in May');
    expect(speakerNameOf(analysis, 'old bridge')).toBe('the mayor');
    expect(statementWith(analysis, 'fuel duty').text).toBe('fuel duty would be frozen');
  });

  it('leaves a "that" the participle takes to the participle', () => {
    const analysis = analyse(['The mayor said on Monday, adding that the old bridge would reopen in May.']);
    expect(statementWith(analysis, 'old bridge').cue).toBe('adding');
  });
});

describe('an adverb of the cue written with hyphens', () => {
  it('is part of the cue, and an "as" clause after it reports nothing (local news)', () => {
    const analysis = analyse([
      'The harbour master said matter-of-factly as the gulls circled over the quay.',
      '“The ferry will run on Sunday,” the harbour master said matter-of-factly as the crowd waited.',
      'The harbour master said matter-of-factly that the ferry fares would rise.',
    ]);
    const texts = analysis.statements.map((statement) => statement.text);
    expect(texts.some((text) => text.includes('gulls') || text.includes('crowd waited'))).toBe(false);
    expect(texts).toContain('The ferry will run on Sunday');
    expect(statementWith(analysis, 'fares').text).toBe('the ferry fares would rise');
  });
});

describe('adjuncts after a cue that follows its report', () => {
  it('skips a date of a month, its day and year, after the cue (business)', () => {
    const analysis = analyse(['Saigol had been working for free, PIA said on December 12 ahead of his resignation.']);
    expect(statementWith(analysis, 'working for free').text).toBe('Saigol had been working for free');
  });

  it('leaves out the message or occasion it was said in, and keeps a phrase the report goes on with (politics)', () => {
    const analysis = analyse([
      'Saigol had been working for free, PIA said Monday, in a statement.',
      'The fares will rise, the ferry company said Tuesday, at a news conference in Karachi.',
      'The argument would be aided, Devine said, by the upcoming primary calendar.',
    ]);
    expect(statementWith(analysis, 'working for free').text).toBe('Saigol had been working for free');
    expect(statementWith(analysis, 'fares').text).toBe('The fares will rise');
    expect(statementWith(analysis, 'argument').text).toBe(
      'The argument would be aided ... by the upcoming primary calendar',
    );
  });
});

describe('a concessive clause after a report', () => {
  it('is the writer’s, whether or not it holds a cue of its own (local, science)', () => {
    const analysis = analyse([
      'The mayor said the bridge was safe, though engineers had doubts about its piers.',
      'The agency said the test was its biggest yet, even though its strength was not known.',
    ]);
    expect(statementWith(analysis, 'bridge was safe').text).toBe('the bridge was safe');
    expect(statementWith(analysis, 'biggest yet').text).toBe('the test was its biggest yet');
  });
});

describe('"while" and a named subject after a report', () => {
  it('sets another body’s act against the report, outside it (international, business)', () => {
    const analysis = analyse([
      'Ana Ruiz has claimed the return is due to the "poor welcome they were given," while the United Nations refugee agency has recorded a rise in arrivals.',
      'The index said rivals counted whole families, while Forbes counted only individuals.',
    ]);
    expect(statementWith(analysis, 'poor welcome').text).not.toContain('refugee agency');
    expect(statementWith(analysis, 'whole families').text).toBe('rivals counted whole families');
  });

  it('leaves a clause with a modal, or a place acting, inside a finding (politics)', () => {
    const analysis = analyse([
      'The poll found Ruiz would win by six points, while Hale would win by two.',
      'The survey said New York was the richest city, while Beijing ranked fourth.',
    ]);
    expect(statementWith(analysis, 'win by six').text).toContain('Hale would win by two');
    expect(statementWith(analysis, 'richest city').text).toContain('Beijing ranked fourth');
  });
});

describe('"by" with a medium after the cue', () => {
  it('tells the means, not a passive’s agent (science)', () => {
    const analysis = analyse([
      'The crash was investigated for a year.',
      '"It locks on to the other plane and tells the pilot whether to climb," Ana Ruiz, an aeronautics professor at the Delft institute, said by telephone.',
    ]);
    expect(speakerNameOf(analysis, 'tells the pilot whether to climb')).toBe('Ana Ruiz');
  });
});
