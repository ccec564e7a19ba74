import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';
import { reportingVerb } from '../../src/extraction/reporting-words.ts';

describe('reporting-verb lexicon', () => {
  it('knows verbs of each class with their frames', () => {
    expect(reportingVerb('say')?.frame).toBe('clause');
    expect(reportingVerb('tell')?.frame).toBe('recipient');
    expect(reportingVerb('praise')?.frame).toBe('object');
    expect(reportingVerb('call')?.frame).toBe('dub');
    expect(reportingVerb('order')?.frame).toBe('directive');
    expect(reportingVerb('pledge')?.infinitive).toBe(true);
    expect(reportingVerb('point')?.only).toBe(true);
    expect(reportingVerb('suggest')?.evidential).toBe(true);
    expect(reportingVerb('constructor')).toBeUndefined();
  });

  it('reads no report in "implied": what the words let one infer is not what was said (courts)', () => {
    expect(reportingVerb('imply')).toBeUndefined();
    const analysis = analyse(['Mayor Ana Ruiz implied the judge was biased against the harbour board.']);
    expect(analysis.statements).toEqual([]);
  });

  it('reads no report in "portrayed X as Y": a representation, in words or not (elections)', () => {
    expect(reportingVerb('portray')).toBeUndefined();
    expect(reportingVerb('describe')?.frame).toBe('object');
    const analysis = analyse(['The campaign portrayed the senator as a friend of the fishing fleet.']);
    expect(analysis.statements).toEqual([]);
  });
});

describe('cues other than said and told', () => {
  it('reads a clause after accuse, insist and warn (sport, business)', () => {
    const analysis = analyse([
      'The club insisted that its accounts complied with every financial rule of the league.',
      'Analysts at Fenwick Capital warned investors the merger would raise prices for rural customers.',
    ]);
    expect(statementWith(analysis, 'accounts complied').text).toBe(
      'its accounts complied with every financial rule of the league',
    );
    expect(statementWith(analysis, 'merger would raise').text).toBe(
      'the merger would raise prices for rural customers',
    );
  });

  it('takes the object of a verb of judgement as what was said (courts, politics)', () => {
    const analysis = analyse([
      'Defence lawyer Maria Okonkwo accused the prosecution of hiding evidence from the jury.',
      'Governor Alan Pryce praised the firefighters for their courage during the week-long blaze.',
    ]);
    expect(statementWith(analysis, 'hiding evidence').text).toBe('the prosecution of hiding evidence from the jury');
    expect(speakerNameOf(analysis, 'hiding evidence')).toBe('Maria Okonkwo');
    expect(statementWith(analysis, 'courage').text).toBe(
      'the firefighters for their courage during the week-long blaze',
    );
  });

  it('reads the content after a cue with its preposition (health, international)', () => {
    const analysis = analyse([
      'The World Health Organization called for an urgent review of antibiotic use in farming.',
      'Foreign Minister Ines Dahl spoke about the refugees stranded at the northern border crossing.',
    ]);
    expect(statementWith(analysis, 'urgent review').text).toBe('an urgent review of antibiotic use in farming');
    expect(statementWith(analysis, 'urgent review').cue).toBe('called for');
    expect(statementWith(analysis, 'refugees stranded').text).toBe(
      'the refugees stranded at the northern border crossing',
    );
  });

  it('reads past an adjunct with a hyphenated word to "that", and no relative clause of its noun (courts)', () => {
    const analysis = analyse([
      'Judge Ines Carvalho said in a 40-page opinion that the law placed an unfair burden on older voters.',
      '“We are in a difficult moment,” the minister told reporters after the day-long summit that was held on a river boat.',
    ]);
    expect(statementWith(analysis, 'unfair burden').text).toBe('the law placed an unfair burden on older voters');
    expect(analysis.statements.map((s) => s.text)).not.toContain('was held on a river boat');
    expect(analysis.statements.some((s) => s.text.includes('river boat'))).toBe(false);
  });

  it('reads the preposition of a cue past the day it was said on (courts)', () => {
    const analysis = analyse([
      'Attorney General Lena Marsh called Friday for releasing the bodycam footage.',
      'The council called on Monday for an inquiry into the flooding.',
    ]);
    expect(statementWith(analysis, 'bodycam').text).toBe('releasing the bodycam footage');
    expect(statementWith(analysis, 'bodycam').cue).toBe('called for');
    expect(statementWith(analysis, 'inquiry').text).toBe('an inquiry into the flooding');
    expect(statementWith(analysis, 'inquiry').cue).toBe('called for');
  });

  it('reads a verb of evidence after a plural the tagger took for a compound’s head, given a surer clause (politics)', () => {
    const analysis = analyse(['Recent polls show the race is tight.', 'The findings show signs of progress.']);
    expect(statementWith(analysis, 'race is tight').cue).toBe('show');
    expect(speakerNameOf(analysis, 'race is tight')).toBe('recent polls');
    expect(analysis.statements.filter((s) => s.text.includes('progress'))).toEqual([]);
  });

  it('reads a bare verb after a plural subject with its complements, given a clause (science, politics)', () => {
    const analysis = analyse([
      'Researchers at the Valley Institute report that the glacier lost a third of its ice.',
      'County records from the 2019 election show he backed both candidates.',
      'The quarterly sales report showed a loss.',
      'Investors report losses every year.',
    ]);
    expect(speakerNameOf(analysis, 'glacier lost')).toBe('researchers at the Valley Institute');
    expect(speakerNameOf(analysis, 'backed both')).toBe('county records from the 2019 election');
    expect(analysis.statements.map((s) => s.cue)).toEqual(['report', 'show']);
  });

  it('reads a directive verb only with the person told and an infinitive (courts, science)', () => {
    const analysis = analyse([
      'Judge Ruth Calloway ordered the company to pay the workers their back wages.',
      'The lab director ordered a new round of tests on the samples.',
    ]);
    expect(statementWith(analysis, 'back wages').text).toBe('the company to pay the workers their back wages');
    expect(analysis.statements.some((s) => s.text.includes('new round of tests'))).toBe(false);
  });

  it('reads a to-infinitive after a promise (politics)', () => {
    const analysis = analyse(['The mayor pledged to reopen the library branch before the end of the year.']);
    expect(statementWith(analysis, 'library branch').text).toBe(
      'to reopen the library branch before the end of the year',
    );
  });

  it('does not report through a passive, an infinitive after a noun, or a noun misread as a verb', () => {
    const analysis = analyse([
      'The striker was criticized by fans after the defeat in the cup final.',
      'A team doctor, speaking on condition of anonymity to comment on medical matters, said the knee was sound.',
      'The security guarantees enshrined in the treaty come with conditions attached.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['the knee was sound']);
    expect(speakerNameOf(analysis, 'knee was sound')).toBe('a team doctor');
  });
});

describe('nouns of refusal before an infinitive cue', () => {
  it('read no report in "refusal to answer" or "failure to condemn" (politics)', () => {
    const analysis = analyse([
      'The minister’s refusal to answer fully did not go over well with the committee members.',
      'The council came under criticism for its failure to condemn the attacks on the refugee shelter.',
    ]);
    expect(analysis.statements).toEqual([]);
  });
});

describe('sources of cue verbs', () => {
  it('passes over several parentheticals to the subject (business)', () => {
    const analysis = analyse([
      'Dana Whitfield, chief economist at Harbor Bank, which advised on the deal, said interest rates would stay high.',
    ]);
    expect(speakerNameOf(analysis, 'interest rates')).toBe('Dana Whitfield');
  });

  it('gives a relative clause the speaker it hangs on (science)', () => {
    const analysis = analyse([
      'The finding surprised Professor Kenji Mori, who said the samples had been stored correctly for a decade.',
    ]);
    expect(speakerNameOf(analysis, 'samples had been stored')).toBe('Kenji Mori');
  });

  it('reads "’s" after who, he or she as "has" before the cue’s own preposition or "that" (politics)', () => {
    const analysis = analyse([
      'Mayor Ines Falk, who’s called for higher taxes on yachts, spoke on Monday.',
      'He’s called a liar by his rivals.',
    ]);
    expect(statementWith(analysis, 'yachts').text).toBe('higher taxes on yachts');
    expect(speakerNameOf(analysis, 'yachts')).toBe('Ines Falk');
    expect(analysis.statements.filter((s) => s.text.includes('liar'))).toEqual([]);
  });

  it('gives a relative clause between dashes its antecedent and ends it at the closing dash (politics)', () => {
    const analysis = analyse([
      'The levy became an issue, with Mayor Ines Falk — who has called for higher taxes on yachts — attacking the plan.',
      'Senator Tom Reyes—who had previously endorsed Ana Cruz for governor—spoke on Monday.',
      'They checked the ledger—which keeps a tally of the repairs—and found 40 broken pumps.',
    ]);
    expect(statementWith(analysis, 'yachts').text).toBe('higher taxes on yachts');
    expect(speakerNameOf(analysis, 'yachts')).toBe('Ines Falk');
    expect(speakerNameOf(analysis, 'Ana Cruz')).toBe('Tom Reyes');
    expect(analysis.statements.filter((s) => s.text.includes('pumps'))).toEqual([]);
  });

  it('gives a cue joined after an "according to" source the clause’s subject, not the source (courts)', () => {
    const analysis = analyse([
      'The family watched the footage on Thursday, according to their lawyers, and said they had more questions.',
    ]);
    expect(speakerNameOf(analysis, 'more questions')).toBe('the family');
    expect(speakerNameOf(analysis, 'watched the footage')).toBe('their lawyers');
  });

  it('gives a coordinated cue the subject of the verb before it (international)', () => {
    const analysis = analyse([
      'President Amara Sesay condemned the attack on the convoy and said the culprits would be found.',
    ]);
    expect(speakerNameOf(analysis, 'culprits would be found')).toBe('Amara Sesay');
    expect(statementWith(analysis, 'culprits would be found').text).toBe('the culprits would be found');
  });

  it('gives an inflected cue after a reported clause with a modal the subject of the cue that reports it (international)', () => {
    const analysis = analyse([
      'Chancellor Ines Wolter said on Monday that the union would formally announce its decision in May and suggested that it would leave the pact.',
    ]);
    expect(speakerNameOf(analysis, 'leave the pact')).toBe('Ines Wolter');
  });

  it('gives a gerund after a preposition the subject of its clause (politics)', () => {
    const analysis = analyse([
      'The Green Party, which tried to win over young voters by saying that tuition would be free, lost two seats.',
    ]);
    expect(speakerNameOf(analysis, 'tuition would be free')).toBe('Green Party');
  });

  it('takes any subject of an unambiguous reporting verb as its speaker (culture)', () => {
    const analysis = analyse(['The veteran actress said the festival had lost its way.']);
    expect(speakerNameOf(analysis, 'festival had lost')).toBe('the veteran actress');
  });

  it('keeps the report before the attribution only when the attribution closes the sentence (courts)', () => {
    const analysis = analyse([
      'As the verdict was read in Denver, the defendant stared at the floor without a word.',
      'The jury had been misled about the timeline, the defence lawyer said at a news conference.',
    ]);
    expect(statementWith(analysis, 'jury had been misled').text).toBe('The jury had been misled about the timeline');
    expect(analysis.statements).toHaveLength(1);
  });

  it('looks past a bracketed party and a time adjunct to the subject (politics)', () => {
    const analysis = analyse([
      'Sen. Dana Whitcombe (D-Ore.) on Saturday criticized the water agreement, saying the deal gave away too much.',
      'Health Minister Farah Osei on Tuesday said that clinics would open on weekends.',
    ]);
    expect(speakerNameOf(analysis, 'gave away too much')).toBe('Dana Whitcombe');
    expect(speakerNameOf(analysis, 'clinics would open')).toBe('Farah Osei');
  });

  it('gives a participle after a quotation the sentence subject, never the phrase after it (culture)', () => {
    const analysis = analyse([
      'Director Lena Varga defended her “quiet cinema,” saying the film needed long silences to work.',
    ]);
    expect(speakerNameOf(analysis, 'long silences')).toBe('Lena Varga');
  });

  it('gives "a statement saying" to whoever issued the statement (business)', () => {
    const analysis = analyse([
      'Nordhavn Shipping issued a statement Tuesday saying its tankers had never entered the sanctioned port.',
    ]);
    expect(speakerNameOf(analysis, 'tankers had never entered')).toBe('Nordhavn Shipping');
  });

  it('reads a poll share as a source and a parenthetical between dashes (politics, science)', () => {
    const analysis = analyse([
      'Six in 10 say the city should build more housing near the new tram line.',
      'Ilse Brandt — a glaciologist who has studied the ice sheet for two decades — told reporters the melt was speeding up.',
    ]);
    expect(statementWith(analysis, 'build more housing').text).toBe(
      'the city should build more housing near the new tram line',
    );
    expect(speakerNameOf(analysis, 'melt was speeding up')).toBe('Ilse Brandt');
  });

  it('gives a participle the subject of the finite verb before it, past an infinitive (sport)', () => {
    const analysis = analyse([
      'On Sunday the club captain Marta Silva made a fresh attempt to calm the fans, writing that the squad would fight on.',
    ]);
    expect(speakerNameOf(analysis, 'squad would fight on')).toBe('Marta Silva');
  });

  it('reads an inverted source followed by adjuncts that end the sentence, and no other (politics)', () => {
    const analysis = analyse([
      'The talks with the harbour board broke down within an hour, said one council source in the room.',
      'The ferry fares will rise in April, said a spokeswoman for the operator on Monday.',
      'Mayor Ilse Brand, who chairs the board, emailed residents on Friday evening, telling them, “The ferry will run.”',
    ]);
    expect(speakerNameOf(analysis, 'broke down within an hour')).toBe('one council source');
    expect(speakerNameOf(analysis, 'fares will rise')).toBe('a spokeswoman for the operator');
    expect(speakerNameOf(analysis, 'ferry will run')).toBe('Ilse Brand');
  });

  it('looks past a parenthetical naming members of the group that speaks (business)', () => {
    const analysis = analyse([
      'As several tax lawyers, including Ruth Amadi, have pointed out, the owner is free to publish his returns.',
      'Four regional papers, among them the Harbor Courier, said the councillor should resign.',
    ]);
    expect(speakerNameOf(analysis, 'free to publish')).toBe('several tax lawyers');
    expect(speakerNameOf(analysis, 'should resign')).toBe('four regional papers');
  });

  it('reads an inverted source that opens on a possessive (culture)', () => {
    const analysis = analyse(['“He painted every single day,” said his oldest friend from art school.']);
    expect(speakerNameOf(analysis, 'painted every single day')).toBe('his oldest friend from art school');
  });

  it('reads an inverted source whose title opens on a place and a participle (business, culture)', () => {
    const analysis = analyse([
      '“Freight rates will fall by spring,” said Rotterdam-based analyst Pieter Smit.',
      '“The first night was chaos,” recalled New York-born director Lena Ortiz.',
    ]);
    expect(speakerNameOf(analysis, 'Freight rates')).toBe('Pieter Smit');
    expect(speakerNameOf(analysis, 'first night')).toBe('Lena Ortiz');
    expect(statementWith(analysis, 'first night').speakerRole).toMatch(/^New York-born director$/i);
  });

  it('gives "I" outside quotations to the writer of the piece (opinion)', () => {
    const analysis = analyse(['I argued last year that the council had no plan for the river.']);
    expect(speakerNameOf(analysis, 'no plan for the river')).toBe('the writer');
  });

  it('reads a colon after a name as an attribution, in a transcript and before a quotation (broadcast, health)', () => {
    const analysis = analyse([
      'HOST: The hospital reopened its emergency ward this morning after the flood.',
      'The decision pleased infectious disease specialist Nadia Karim: “We finally have room for every patient.”',
      'Note: This story was updated with new figures.',
    ]);
    expect(statementWith(analysis, 'emergency ward')).toMatchObject({
      text: 'The hospital reopened its emergency ward this morning after the flood',
      kind: 'DIRECT',
    });
    expect(speakerNameOf(analysis, 'emergency ward')).toBe('HOST');
    expect(speakerNameOf(analysis, 'room for every patient')).toBe('Nadia Karim');
    expect(analysis.statements).toHaveLength(2);
  });

  it('reads the fields of a profile as labels, not speakers (labour)', () => {
    const analysis = analyse(['Name: Ana Ruiz Age: 27 City: Harlow Job: Waitress', 'HOST: The strike will go on.']);
    expect(analysis.statements.map((s) => s.text)).toEqual(['The strike will go on']);
  });

  it('reads a subheading in title case and a clarification as labels, a name ending in -s still speaking (local)', () => {
    const analysis = analyse([
      'Levy Vote Splits Harbour Board: Members argued for an hour before the chair called the vote.',
      'Ned Brooks: The channel is too shallow for the new ferries.',
      'CLARIFICATION: An earlier version misstated the date of the vote.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['The channel is too shallow for the new ferries']);
    expect(speakerNameOf(analysis, 'too shallow')).toBe('Ned Brooks');
  });

  it('gives an infinitive the subject of its clause, and none when it was refused or urged (business)', () => {
    const analysis = analyse([
      'The chief executive went out of her way to say that no jobs would be cut this year.',
      'A spokesman declined to comment on the lawsuit filed by former employees.',
      'The union urged members to reject the offer at Friday’s meeting.',
    ]);
    expect(speakerNameOf(analysis, 'no jobs would be cut')).toBe('the chief executive');
    expect(analysis.statements.some((s) => s.text.includes('lawsuit'))).toBe(false);
    expect(statementWith(analysis, 'reject the offer').text).toBe('members to reject the offer at Friday’s meeting');
  });

  it('reads two names joined by "and" as one subject, so the report holding them stays whole (courts)', () => {
    const analysis = analyse([
      'Prosecutors alleged that Lena Fox and Omar Diaz both admitted to investigators that they had shredded the files.',
    ]);
    expect(statementWith(analysis, 'shredded the files').text).toBe(
      'Lena Fox and Omar Diaz both admitted to investigators that they had shredded the files',
    );
    expect(speakerNameOf(analysis, 'Lena Fox and Omar Diaz both admitted')).toBe('prosecutors');
  });

  it('gives the description opening the clause after an adjunct, not its appositive, and keeps a quotation after "according to X," with X (local, science)', () => {
    const analysis = analyse([
      'On Monday, the mayor, a Democrat, said the bridge would close in June.',
      'On Tuesday, researchers at the Harbour Institute, Dover, announced the discovery of a new reef and according to the lead diver Ana Ruiz, it is “the largest reef found in a century”.',
    ]);
    expect(speakerNameOf(analysis, 'bridge would close')).toBe('the mayor');
    expect(speakerNameOf(analysis, 'discovery of a new reef')).toBe('researchers at the Harbour Institute');
    expect(speakerNameOf(analysis, 'largest reef found')).toBe('Ana Ruiz');
  });

  it('gives a report of two people named together to the first, the head of the coordination (politics)', () => {
    const analysis = analyse([
      'Mayor Lena Fox and Councillor Omar Diaz, who are both seeking re-election, have pledged to cut the harbour levy.',
      'Lena Fox and Omar Diaz said the levy had outlived its purpose.',
    ]);
    expect(speakerNameOf(analysis, 'cut the harbour levy')).toBe('Lena Fox');
    expect(speakerNameOf(analysis, 'outlived its purpose')).toBe('Lena Fox');
  });

  it('looks past "seen by X" to the document that says, and past a relative clause after "according to" (politics)', () => {
    const analysis = analyse([
      'A leaked memo seen by reporters says the ministry will close three regional offices.',
      'According to Tacitus who wrote a century later, the fire started in the shops near the circus.',
    ]);
    expect(speakerNameOf(analysis, 'close three regional offices')).toBe('a leaked memo');
    expect(speakerNameOf(analysis, 'fire started in the shops')).toBe('Tacitus');
  });

  it('sends "she" to a woman named since, not to a source of unknown gender (culture)', () => {
    const analysis = analyse([
      'According to Variety, the singer Rosa Lindqvist was recording a new album in Stockholm.',
      'She told a radio station last year she would never tour again.',
    ]);
    expect(speakerNameOf(analysis, 'never tour again')).toBe('Rosa Lindqvist');
  });

  it('takes no report from an adjunct or an appositive before the attribution (sport, courts)', () => {
    const analysis = analyse([
      'After signing a two-year contract with the club, the goalkeeper said the move was a dream.',
      'The judge presiding over the fraud case, Ruth Adeyemi, said the sentence would follow in May.',
      'On pensions, the plan is a disgrace, the union leader said.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual([
      'the move was a dream',
      'the sentence would follow in May',
      'On pensions, the plan is a disgrace',
    ]);
  });

  it('reads a quoted title as no statement and a participle after the cue as no report (culture, politics)', () => {
    const analysis = analyse([
      'The gallery showed the screen print “Cowboys and Indians” next to the portraits.',
      'The president tweeted using his official account on Friday night.',
    ]);
    expect(analysis.statements).toEqual([]);
  });

  it('carries a quotation over to a paragraph that is only a quotation, and takes a cue ending the paragraph before (science)', () => {
    const analysis = analyse([
      '“The results surprised all of us,” said lead author Marit Olsen.',
      '“We expected the coral to recover, but it kept bleaching through the winter.”',
      'Olsen told the conference:',
      '“The reef has perhaps a decade left unless the water cools.”',
    ]);
    expect(statementWith(analysis, 'surprised all of us').text).toBe(
      'The results surprised all of us ... We expected the coral to recover, but it kept bleaching through the winter.',
    );
    expect(speakerNameOf(analysis, 'a decade left')).toBe('Marit Olsen');
  });

  it('gives the quotations after "issued a statement" to whoever issued it (politics)', () => {
    const analysis = analyse([
      'Senator Ada Kowalski issued a statement on the base closure. “This decision abandons thousands of families.”',
    ]);
    expect(speakerNameOf(analysis, 'abandons thousands')).toBe('Ada Kowalski');
  });
});

describe('a participle right after a subordinator ("when asked …")', () => {
  it('reads no report of the one who asked (media, transport)', () => {
    const analysis = analyse([
      '“It was very nice,” Tom Vale told the Courier in an interview when asked if he had met the mayor.',
      'Ana Ruiz declined to comment when asked whether the ferry would run.',
    ]);
    expect(analysis.statements.map((s) => [s.cue, s.text])).toEqual([['told', 'It was very nice']]);
  });

  it('still reads "once said" as a report (history)', () => {
    const analysis = analyse(['The historian Ana Ruiz once said the harbour was older than the town.']);
    expect(analysis.statements.map((s) => s.text)).toEqual(['the harbour was older than the town']);
  });
});
