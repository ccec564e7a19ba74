import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';
import { reportingVerb } from '../../src/extraction/reporting-words.ts';

describe('what was said as a phrase', () => {
  it('keeps the person told with a to-infinitive after tell and warn (local news, health)', () => {
    const analysis = analyse([
      'Water officials told residents of Elmford to boil their tap water until Friday.',
      'Dr. Amara Osei warned parents not to give the syrup to children under six.',
    ]);
    expect(statementWith(analysis, 'boil').text).toBe('residents of Elmford to boil their tap water until Friday');
    expect(statementWith(analysis, 'syrup').text).toBe('parents not to give the syrup to children under six');
    expect(speakerNameOf(analysis, 'syrup')).toBe('Amara Osei');
  });

  it('reads a negated directive (courts)', () => {
    const analysis = analyse(['Judge Helen Marsh ordered the company not to destroy any records before the trial.']);
    expect(statementWith(analysis, 'records').text).toBe('the company not to destroy any records before the trial');
  });

  it('reads endorse as a report of support (politics, sport)', () => {
    expect(reportingVerb('endorse')?.frame).toBe('object');
    const analysis = analyse([
      'The teachers union endorsed Maria Lopez, Ken Adams and Ruth Bell for the school board.',
    ]);
    expect(statementWith(analysis, 'Maria Lopez').text).toBe(
      'Maria Lopez, Ken Adams and Ruth Bell for the school board',
    );
  });

  it('ends a phrase before a verb coordinated with the cue and before the writer’s own clause', () => {
    const analysis = analyse([
      'Mayor Tom Reyes endorsed the stadium plan and left the meeting early.',
      'Mayor Ana Ruiz pledged to repair the harbour wall, after she tabled a motion in March.',
      'The coach discussed the injuries in the squad, including a torn ligament in the captain’s knee.',
    ]);
    expect(statementWith(analysis, 'stadium').text).toBe('the stadium plan');
    expect(statementWith(analysis, 'harbour wall').text).toBe('to repair the harbour wall');
    expect(statementWith(analysis, 'injuries').text).toBe('the injuries in the squad');
  });

  it('goes on past a verb after “and” in another form than the cue’s, which is coordinated inside the phrase', () => {
    const analysis = analyse([
      'The union called on the firms that build and repair the ships to raise wages.',
      'The group claims to have gained access to and leaked the names of officers.',
    ]);
    expect(statementWith(analysis, 'ships').text).toBe('the firms that build and repair the ships to raise wages');
    expect(statementWith(analysis, 'access').text).toBe('to have gained access to and leaked the names of officers');
  });

  it('keeps an infinitive going on with “and” and a predicate after “as”', () => {
    const analysis = analyse([
      'The board asked the treasurer to resign and return the club car.',
      'The minister described the strike as a threat to the economy.',
    ]);
    expect(statementWith(analysis, 'resign').text).toBe('the treasurer to resign and return the club car');
    expect(statementWith(analysis, 'strike').text).toBe('the strike as a threat to the economy');
  });

  it('keeps a gerund after “for” and an infinitive cue inside what was said', () => {
    const analysis = analyse([
      'Coach Dana Fry praised the referee for criticizing the chants from the stands.',
      'Mr. Okafor says it is now vital to defend the wetlands from new dams.',
    ]);
    expect(statementWith(analysis, 'referee').text).toBe('the referee for criticizing the chants from the stands');
    expect(statementWith(analysis, 'wetlands').text).toBe('it is now vital to defend the wetlands from new dams');
  });

  it('reads "went on to say" like "said"', () => {
    const analysis = analyse(['The council report went on to say that the bridge had not been inspected since 2009.']);
    expect(statementWith(analysis, 'bridge').text).toBe('the bridge had not been inspected since 2009');
    expect(speakerNameOf(analysis, 'bridge')).toBe('the council report');
  });
});

describe('what evidence shows', () => {
  it('reads a clause after show and find when data or a study is the subject (science, business)', () => {
    const analysis = analyse([
      'Data from the statistics office showed unemployment rose to 5 percent in March.',
      'The study found that most patients recovered within two weeks.',
      'Two recent studies show that older drivers cause fewer accidents.',
    ]);
    expect(statementWith(analysis, 'unemployment').text).toBe('unemployment rose to 5 percent in March');
    expect(speakerNameOf(analysis, 'unemployment')).toBe('data from the statistics office');
    expect(statementWith(analysis, 'patients').text).toBe('most patients recovered within two weeks');
    expect(speakerNameOf(analysis, 'older drivers')).toBe('two recent studies');
  });

  it('reads no report in finding a thing or showing a person something', () => {
    const analysis = analyse([
      'Police found the car near the river on Sunday.',
      'Many shoppers found it hard to pay the new prices.',
      'The guide showed the visitors the old mill.',
    ]);
    expect(analysis.statements).toEqual([]);
  });
});

describe('reported clauses the tagger or the layout hides', () => {
  it('joins the parts around a parenthetical cue, however short each is (sport)', () => {
    const analysis = analyse(['Coach Lena Park spoke after the match.', 'This season, she said, is different.']);
    expect(statementWith(analysis, 'different').text).toBe('This season ... is different');
    expect(speakerNameOf(analysis, 'different')).toBe('Lena Park');
  });

  it('keeps a fronted subject when the predicate goes on after the cue (business)', () => {
    const analysis = analyse(['Closing the mill so early, many residents say, limited the town’s growth.']);
    expect(statementWith(analysis, 'growth').text).toBe('Closing the mill so early ... limited the town’s growth');
  });

  it('reads a clause whose subject is a gerund, and a clause after a fronted adjunct (politics)', () => {
    const analysis = analyse([
      'Governor Ruth Hale said widening the road could cut journeys by an hour.',
      'Senator Omar Bell says despite being a farmer’s son, he backs the new water rules.',
      'Mayor Dan Cole said if elected again he would close the landfill.',
    ]);
    expect(statementWith(analysis, 'widening').text).toBe('widening the road could cut journeys by an hour');
    expect(statementWith(analysis, 'water rules').text).toBe(
      'despite being a farmer’s son, he backs the new water rules',
    );
    expect(statementWith(analysis, 'landfill').text).toBe('if elected again he would close the landfill');
  });

  it('reads a gerund subject after a cue set off by commas as the report going on (local news)', () => {
    const analysis = analyse([
      'Though the old bridge held for a century, Mayor Ines Falk said, replacing it would cost $4 million.',
      '“We will win,” the coach said, waving to the fans.',
      'The council backed the plan, Tom Reyes said, including a clause that would cap the tolls.',
    ]);
    expect(statementWith(analysis, '$4 million').text).toBe('replacing it would cost $4 million');
    expect(analysis.statements.filter((s) => /waving|clause/.test(s.text))).toEqual([]);
  });

  it('reads a verb of evidence the tagger took for a compound’s head before a determiner (business)', () => {
    const analysis = analyse([
      'The regulator said that audits of the bank’s loan book show the need for more capital.',
    ]);
    expect(statementWith(analysis, 'more capital').text).toBe(
      'audits of the bank’s loan book show the need for more capital',
    );
  });

  it('reads a gerund subject whose verb is tensed, or whose object runs on past a preposition (health, politics)', () => {
    const analysis = analyse([
      'Dietitians say eating less sugar lowers the risk of diabetes.',
      'The council said closing the old bridge over the Tarn River will cost the town its market.',
    ]);
    expect(statementWith(analysis, 'diabetes').text).toBe('eating less sugar lowers the risk of diabetes');
    expect(statementWith(analysis, 'market').text).toBe(
      'closing the old bridge over the Tarn River will cost the town its market',
    );
  });

  it('reads a past verb after a cue set off inside the subject as the report’s predicate (business, sport)', () => {
    const analysis = analyse([
      'The regulator, the Ledger reported, fined the bank $2 million.',
      'Many of the 40 players, the club said, joined the protest.',
      '“We will win,” the coach said, surrounded by fans.',
    ]);
    expect(statementWith(analysis, 'fined').text).toBe('The regulator ... fined the bank $2 million');
    expect(speakerNameOf(analysis, 'fined')).toBe('Ledger');
    expect(statementWith(analysis, 'protest').text).toBe('Many of the 40 players ... joined the protest');
    expect(analysis.statements.filter((s) => s.text.includes('surrounded'))).toEqual([]);
  });

  it('reads no report in the cue’s own adjunct clause (politics)', () => {
    const analysis = analyse(['“We will win this vote,” Mayor Dan Cole said as he left the stage.']);
    expect(statementWith(analysis, 'win this vote').speakerRole).toBe('Mayor');
    expect(analysis.statements.filter((s) => s.text.includes('stage'))).toEqual([]);
  });

  it('finds “that” past an adjunct holding commas (courts)', () => {
    const analysis = analyse([
      'Judge Ama Lind said Monday during a hearing in Dunmore, Kent, that the state had no case.',
    ]);
    expect(statementWith(analysis, 'no case').text).toBe('the state had no case');
  });

  it('reads a verb the tagger took for a noun or an adjective (politics)', () => {
    const analysis = analyse([
      'Reyes trails Bell among younger voters by nine points, according to a survey for the Harbor Courier.',
      'The new tariff, farmers say, limited the harvest.',
    ]);
    expect(statementWith(analysis, 'trails').text).toBe('Reyes trails Bell among younger voters by nine points');
    expect(statementWith(analysis, 'limited').text).toBe('The new tariff ... limited the harvest');
  });

  it('keeps a gerund joined by “and” inside a phrase that was said (business)', () => {
    const analysis = analyse([
      'The regulator criticized Halden Bank for hiding losses and paying large bonuses to its directors.',
    ]);
    expect(statementWith(analysis, 'Halden').text).toBe(
      'Halden Bank for hiding losses and paying large bonuses to its directors',
    );
  });
});

describe('quotations signed with a dash', () => {
  it('gives a quotation followed by a dash and a name to that name (vox pops, local news)', () => {
    const analysis = analyse([
      'Readers told us what they think of the new bridge.',
      '“The new bridge will change our town for the better.” ― Sonya Hill',
      '“I worry about the cost of the work and the noise it will bring.”— Pablo Ruiz, a shop owner',
    ]);
    expect(statementWith(analysis, 'new bridge will').kind).toBe('DIRECT');
    expect(speakerNameOf(analysis, 'new bridge will')).toBe('Sonya Hill');
    expect(speakerNameOf(analysis, 'noise')).toBe('Pablo Ruiz');
  });

  it('reads no signature in a dash between clauses', () => {
    const analysis = analyse(['The council met – Mayor Ana Cole opened the session with a minute of silence.']);
    expect(analysis.statements).toEqual([]);
  });
});

describe('adjuncts before the reported clause', () => {
  it('finds “that” past a long adjunct, not the determiner “that” (sport, politics)', () => {
    const analysis = analyse([
      'Coach Ruth Lind said in a long talk with club members last month that she would retire in June.',
      'Analyst Ben Ode said during that time, the party lost half its members.',
    ]);
    expect(statementWith(analysis, 'retire').text).toBe('she would retire in June');
    expect(statementWith(analysis, 'half its members').text).toBe('during that time, the party lost half its members');
  });
});

describe('who speaks, past adjuncts and absolutes', () => {
  it('takes the name after a stretch of time, not the time (politics)', () => {
    const analysis = analyse([
      'A few months after Mayor Ruth Hale announced that the pool would close, residents started a petition.',
    ]);
    expect(statementWith(analysis, 'pool would close').text).toBe('the pool would close');
    expect(speakerNameOf(analysis, 'pool would close')).toBe('Ruth Hale');
  });

  it('looks past an adjunct opened by a possessive (politics)', () => {
    const analysis = analyse([
      'The mood changed when Mayor Dan Cole in his budget speech promised to hire forty more teachers.',
    ]);
    expect(speakerNameOf(analysis, 'forty more teachers')).toBe('Dan Cole');
  });

  it('gives "with X saying …" to X (international)', () => {
    const analysis = analyse([
      'The strike drew wide support, with union leader Ama Osei telling reporters the talks had failed.',
    ]);
    expect(statementWith(analysis, 'talks had failed').text).toBe('the talks had failed');
    expect(speakerNameOf(analysis, 'talks had failed')).toBe('Ama Osei');
  });

  it('keeps a reporting verb coordinated inside the report, and splits one coordinated with the cue (international)', () => {
    const analysis = analyse([
      'The army stated it would shell the border posts and would respond within 48 hours if the raids went on.',
      'Mayor Ana Ruiz said she would order an audit of the harbour accounts and warned against further delays at the port.',
    ]);
    expect(statementWith(analysis, 'shell the border').text).toBe(
      'it would shell the border posts and would respond within 48 hours if the raids went on',
    );
    expect(statementWith(analysis, 'order an audit').text).toBe('she would order an audit of the harbour accounts');
    expect(statementWith(analysis, 'further delays').text).toBe('further delays at the port');
  });

  it('reads no report in the speaker’s own adjunct after the cue (sport)', () => {
    const analysis = analyse(['“We will win the cup,” coach Lena Park said, waving to the fans.']);
    expect(analysis.statements.map((s) => s.text)).toEqual(['We will win the cup']);
  });
});

describe('places and adjuncts before the speaker', () => {
  it('reads no "NAME, TITLE said" in a place before the subject (politics)', () => {
    const analysis = analyse([
      'During a visit to Harlow, Essex, the health minister repeated her promise to open a new clinic.',
    ]);
    expect(speakerNameOf(analysis, 'new clinic')).toBe('the health minister');
  });

  it('takes the full name nearest the verb after an opening adjunct, and reports nothing of the adjunct (politics)', () => {
    const analysis = analyse([
      'Sunday at Kell Park in Marlow, OR, after winning the city election, Mayor Ann Bell (D-OR), said, “The new council starts work tomorrow.”',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['The new council starts work tomorrow.']);
    expect(speakerNameOf(analysis, 'council starts')).toBe('Ann Bell');
  });

  it('keeps the name before a post-nominal (courts)', () => {
    const analysis = analyse(['For the defence, Tom Marsh, SC, said that the parents had trusted their doctor.']);
    expect(speakerNameOf(analysis, 'trusted their doctor')).toBe('Tom Marsh');
  });
});

describe('pronouns inside the sentence', () => {
  it('gives a pronoun opening a clause to the sentence’s own subject (courts, politics)', () => {
    const analysis = analyse([
      'The charges were filed on Monday.',
      'On Tuesday, church officials went to the police station where they claimed the former member had taken two laptops.',
      'Mayor Ann Reyes met Tom Bell on Monday.',
      'Tom Bell left the meeting early because he said the talks had failed.',
    ]);
    expect(speakerNameOf(analysis, 'two laptops')).toBe('church officials');
    expect(speakerNameOf(analysis, 'talks had failed')).toBe('Tom Bell');
  });
});

describe('quoted as saying', () => {
  it('gives the words to the one quoted, not to the outlet quoting (politics)', () => {
    const analysis = analyse([
      'The Harbor Courier quoted Mayor Ann Reyes as saying that the bridge would reopen in May.',
      'Another site quotes a Senate aide as saying: “The House language ignores the analysis we asked for.”',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual([
      'the bridge would reopen in May',
      'The House language ignores the analysis we asked for.',
    ]);
    expect(speakerNameOf(analysis, 'bridge')).toBe('Ann Reyes');
    expect(speakerNameOf(analysis, 'House language')).toBe('a Senate aide');
  });
});

describe('the end of a phrase that was said, at an appositive or a relative clause', () => {
  it('ends before an appositive or "which", but keeps a list (politics)', () => {
    const analysis = analyse([
      'The platform mentions its support for the Harbor Clinic, the charity that runs the night shelter.',
      'Senator Ann Bell discussed the economy, the border and the tax plan.',
      'The mayor discussed a scheme her office had drawn up which would ban night flights.',
    ]);
    expect(statementWith(analysis, 'Harbor Clinic').text).toBe('its support for the Harbor Clinic');
    expect(statementWith(analysis, 'economy').text).toBe('the economy, the border and the tax plan');
    expect(statementWith(analysis, 'drawn up').text).toBe('a scheme her office had drawn up');
  });
});

describe('inverted attributions and what surrounds them', () => {
  it('takes the phrase after ", said" that closes the clause, however many names the report holds (local news)', () => {
    const analysis = analyse([
      'Cuts ordered by the Harlow Transport Authority have shut four of the five depots, said Omar Hale, a spokesman for the drivers’ union.',
    ]);
    expect(speakerNameOf(analysis, 'depot')).toBe('Omar Hale');
  });

  it('never inverts a verb of judgement ("…, criticized X")', () => {
    const analysis = analyse([
      'Ida Marsh, the former club captain, criticized the board’s spending, which fans called reckless.',
    ]);
    expect(speakerNameOf(analysis, 'spending')).toBe('Ida Marsh');
  });

  it('goes on with the report after the inverted speaker (arts)', () => {
    const analysis = analyse([
      'Kay Moore runs the foundation.',
      'Institutional recipients, said Moore, are required to show the photographs every ten years.',
    ]);
    expect(statementWith(analysis, 'required').text).toBe(
      'Institutional recipients ... are required to show the photographs every ten years',
    );
  });

  it('reads no report in a subordinate adjunct before the speaker, a part of the day, or an adjunct after a quotation', () => {
    const analysis = analyse([
      'But when the league raised ticket prices again last spring, the fans said enough.',
      '“We are angry,” the union leader said Monday morning, as the talks dragged on.',
      '“We will review every contract,” the auditors said, under section 9 of the new law.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['We are angry', 'We will review every contract']);
  });
});

describe('words the tagger misreads after the cue', () => {
  it('keeps a quantity after the cue and a noun read as a verb inside an adjunct (sport, health)', () => {
    const analysis = analyse([
      'The coach called half of her own players lazy and slow.',
      'Minister Ida Fox said at a lunch stop in Harlow, Essex, that the hospital would stay open.',
    ]);
    expect(statementWith(analysis, 'lazy').text).toBe('half of her own players lazy and slow');
    expect(statementWith(analysis, 'hospital').text).toBe('the hospital would stay open');
  });
});

describe('what comes before a closing attribution', () => {
  it('reads a clause opened by a participle or by an adjunct with a quoted title (local news, media)', () => {
    const analysis = analyse([
      'Rising river levels near the port could delay the harbour works, the engineer said.',
      'As editor of “The Weekly Lantern,” Omar Hale often scolded young reporters, according to former colleagues.',
    ]);
    expect(statementWith(analysis, 'river levels').text).toBe(
      'Rising river levels near the port could delay the harbour works',
    );
    expect(speakerNameOf(analysis, 'scolded')).toBe('former colleagues');
  });
});

describe('parenthetical cues with adjuncts', () => {
  it('goes on with the report after a parenthetical cue that holds adjuncts (local news)', () => {
    const analysis = analyse([
      'Depot manager Ola Berg spoke to the council on Tuesday.',
      'The drivers, Berg explained later in the meeting, were given new rotas in May.',
    ]);
    expect(statementWith(analysis, 'rotas').text).toBe('The drivers ... were given new rotas in May');
  });

  it('reads no report in an adjunct led by an adverb and a subordinator (sport)', () => {
    const analysis = analyse([
      'Soon after the coach lost the derby, Tim Cole posted to his readers, “She has to go before the next season.”',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['She has to go before the next season.']);
  });
});

describe('quotations before a coordinated cue', () => {
  it('keeps a quotation with the cue before it when "and said" follows (courts)', () => {
    const analysis = analyse([
      'His brother Omar Ali claimed "there never was exact proof" and said the family\'s "pain is over now".',
    ]);
    const claim = statementWith(analysis, 'exact proof');
    expect(claim.text).toBe('there never was exact proof');
    expect(claim.cue).toBe('claimed');
  });
});

describe('participles and gerunds the tagger misreads', () => {
  it('reads a participle tagged as an adjective as the cue (politics)', () => {
    const analysis = analyse([
      'Health minister Tom Reyes visited the clinic in Dunmore, promising to hire more nurses by spring.',
      'Mayor Ann Bell is promising cheaper bus passes for students, but she has not said how.',
    ]);
    expect(statementWith(analysis, 'nurses').text).toBe('to hire more nurses by spring');
    expect(speakerNameOf(analysis, 'nurses')).toBe('Tom Reyes');
    expect(statementWith(analysis, 'bus passes').text).toBe('cheaper bus passes for students');
  });

  it('takes a gerund object as what was proposed (sport)', () => {
    const analysis = analyse(['The league proposes moving the cup final to a Saturday evening.']);
    expect(statementWith(analysis, 'cup final').text).toBe('moving the cup final to a Saturday evening');
  });
});

describe('questions and prepositions after adverbs', () => {
  it('reads "asked whether" and a preposition after an adverb (politics)', () => {
    const analysis = analyse([
      'Councillors also asked whether the contract obliged the builder to repair the road.',
      'Mayor Ann Bell spoke movingly of her years as a nurse in the city hospital.',
    ]);
    expect(statementWith(analysis, 'contract').text).toBe(
      'whether the contract obliged the builder to repair the road',
    );
    expect(statementWith(analysis, 'nurse').text).toBe('her years as a nurse in the city hospital');
  });
});

describe('more subjects and parentheticals', () => {
  it('reads a clause opened by an approximate number (education)', () => {
    const analysis = analyse(['About 3.4 million pupils attend rural schools, according to ministry figures.']);
    expect(statementWith(analysis, 'rural schools').text).toBe('About 3.4 million pupils attend rural schools');
  });

  it('goes on after a parenthetical cue with the person told (sport)', () => {
    const analysis = analyse([
      'Ida Fox coaches the team.',
      'The plan this year, she told us on Monday, is that the young players start every game.',
    ]);
    expect(statementWith(analysis, 'plan this year').text).toBe(
      'The plan this year ... is that the young players start every game',
    );
  });

  it('keeps a cue whose subject is two nouns joined by "and" inside the report (local news)', () => {
    const analysis = analyse([
      'Bishop Paul Hale said the wave of closures and layoffs demands that every parish give more.',
    ]);
    expect(statementWith(analysis, 'every parish').text).toBe(
      'the wave of closures and layoffs demands that every parish give more',
    );
  });
});

describe('naming participles', () => {
  it('reads no report in "a group called …" after a preposition, but keeps "what X called …" (sport, business)', () => {
    const analysis = analyse([
      'The new kit was paid for by a charity called the “Green Pitch Trust.”',
      'The merger led to what analyst Rosa Lind called “a golden age for small lenders” in her report.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['a golden age for small lenders']);
    expect(speakerNameOf(analysis, 'golden age')).toBe('Rosa Lind');
  });
});

describe('indefinite speakers and question words', () => {
  it('gives a question to "someone" and keeps its question word (politics)', () => {
    const analysis = analyse([
      'Mayor Tom Reyes spoke to the group.',
      'Later someone asked how the city would pay for the new pool.',
    ]);
    expect(statementWith(analysis, 'new pool').text).toBe('how the city would pay for the new pool');
    expect(speakerNameOf(analysis, 'new pool')).toBe('someone');
  });

  it('reads no report in a participle after an inverted speaker (international)', () => {
    const analysis = analyse([
      '“I don’t see a change” in the positions of the major countries, said a NATO official, speaking on the condition of anonymity to discuss a sensitive issue.',
    ]);
    expect(analysis.statements.filter((s) => s.text.includes('anonymity'))).toEqual([]);
  });
});

describe('a block introduced by a colon', () => {
  it('takes the unquoted paragraph after "X added:" as what was said (politics)', () => {
    const analysis = analyse([
      'Mayor Ann Bell spoke on the radio on Monday.',
      'Bell added:',
      'The council never listens. Its plans change every week, and the costs keep rising.',
      'The council did not respond.',
    ]);
    const block = statementWith(analysis, 'never listens');
    expect(block.text).toBe('The council never listens. Its plans change every week, and the costs keep rising.');
    expect(block.kind).toBe('DIRECT');
    expect(speakerNameOf(analysis, 'never listens')).toBe('Ann Bell');
    expect(analysis.statements.filter((s) => s.text.includes('did not respond'))).toEqual([]);
  });
});

describe('a reported clause that opens with a quotation', () => {
  it('is one mixed statement after the cue, while a quotation before an inverted cue stays direct (sport, politics)', () => {
    const analysis = analyse([
      'Coach Ann Bell spoke after the match, saying that “luck still counts for too much” in the league, including who wins the title.',
      '“I don’t see a change” in the positions of the big parties, said a party official.',
    ]);
    const mixed = statementWith(analysis, 'luck still counts');
    expect(mixed.kind).toBe('MIXED');
    expect(mixed.text).toBe('“luck still counts for too much” in the league, including who wins the title');
    const direct = statementWith(analysis, 'see a change');
    expect(direct.kind).toBe('DIRECT');
    expect(direct.text).toBe('I don’t see a change');
  });
});

describe('more ends of a phrase that was said', () => {
  it('ends before ", as …", ", yet …", ", with …" and "while" with a participle (sport, business, health)', () => {
    const analysis = analyse([
      'The club chairman voiced strong support for the coach, as the team tries to avoid relegation.',
      'The union leader demanded accountability from the board, yet refused to publish her own accounts.',
      'Chef Tom Reyes touted his new menu while running three kitchens.',
      'The health ministry warned hospital managers to stock more vaccine after cases rose in two regions.',
    ]);
    expect(statementWith(analysis, 'strong support').text).toBe('strong support for the coach');
    expect(statementWith(analysis, 'accountability').text).toBe('accountability from the board');
    expect(statementWith(analysis, 'new menu').text).toBe('his new menu');
    expect(statementWith(analysis, 'more vaccine').text).toBe('hospital managers to stock more vaccine');
  });
});

describe('passives of evidence verbs', () => {
  it('reads no report in "was found" (courts)', () => {
    const analysis = analyse(['Two weeks before the trial, the witness was found unconscious in his cell.']);
    expect(analysis.statements).toEqual([]);
  });
});

describe('a time between the subject and its verb of saying', () => {
  it('is passed over, "this past weekend" as "last week" (local)', () => {
    const analysis = analyse([
      'Chicago politicians this past weekend asked the cardinal not to cut funding for the groups.',
    ]);
    expect(speakerNameOf(analysis, 'not to cut funding')).toBe('Chicago politicians');
  });
});
