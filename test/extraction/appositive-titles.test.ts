import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('titles in an appositive after a name', () => {
  it('keep a body named by a capitalised acronym that spells a relative pronoun ("the WHO Assistant Director")', () => {
    const analysis = analyse(['Keiji Fukuda, the WHO Assistant Director, said the risk was low.']);
    expect(statementWith(analysis, 'risk was low').speakerRole).toBe('WHO Assistant Director');
  });

  it('may be written with capitals, which name no one, before the body the title is with (technology, education)', () => {
    const analysis = analyse([
      '"We are happy," said Jeffrey Lyon, Certified Information Systems Security Professional with the Black Lotus team, to Wikinews.',
      'John Gardner, Deputy Principal for Education and Students, said the university was investigating.',
    ]);
    expect(statementWith(analysis, 'happy').speakerRole).toBe(
      'Certified Information Systems Security Professional with the Black Lotus team',
    );
    expect(statementWith(analysis, 'investigating').speakerRole).toBe('Deputy Principal for Education and Students');
    expect(analysis.actors.map((a) => a.name)).not.toContain('Deputy Principal');
  });

  it('keep a modifier joined by a hyphen to a participle', () => {
    const analysis = analyse(['Rosa Petit, a Boston-based attorney, said the ruling was wrong.']);
    expect(statementWith(analysis, 'ruling was wrong').speakerRole).toBe('Boston-based Attorney');
  });

  it('may open with a participle that is part of the title', () => {
    const analysis = analyse(['Mara Lal, acting finance director of the port authority, said the response was weak.']);
    expect(statementWith(analysis, 'response was weak').speakerRole).toBe(
      'acting finance director of the port authority',
    );
  });

  it('name the client or the one advised after "for" or "to", who holds no title of them (courts)', () => {
    const analysis = analyse([
      'Prosecutors charged harbour pilot Tom Reyes with negligence on Monday.',
      'Lena Marsh, an attorney for Reyes, said the hearing was set for June.',
      'Ann Cole, an adviser to Reyes, said the pilot had slept well.',
    ]);
    expect(statementWith(analysis, 'hearing was set').speakerRole?.toLowerCase()).toBe('attorney for reyes');
    expect(statementWith(analysis, 'slept well').speakerRole?.toLowerCase()).toBe('adviser to reyes');
    const reyes = analysis.actors.find((actor) => actor.name === 'Tom Reyes')!;
    expect(reyes.roles.map((role) => role.title.toLowerCase())).toEqual(['harbour pilot']);
  });

  it('are not read from a participle clause', () => {
    const analysis = analyse(['Tom Berg, speaking to reporters, said the plan was dead.']);
    expect(statementWith(analysis, 'plan was dead').speakerRole).toBeNull();
  });

  it('come after an age set off by commas', () => {
    const analysis = analyse(['Lars Moe, 54, a fisherman from Bodø, said the quotas were unfair.']);
    expect(statementWith(analysis, 'quotas were unfair').speakerRole).toBe('fisherman');
  });

  it('keep a participle after a determiner or an adjective as a modifier', () => {
    const analysis = analyse([
      'Irina Sokol, the exiled opposition leader, said the election was rigged.',
      'Omar Farah, a retired army general, said the coup had failed.',
    ]);
    expect(statementWith(analysis, 'election was rigged').speakerRole).toBe('exiled opposition leader');
    expect(statementWith(analysis, 'coup had failed').speakerRole).toBe('retired army general');
  });

  it('leave out an adverb after the copula of a relative clause', () => {
    const analysis = analyse([
      'Ana Ruiz, who is also a senator, said the port would reopen.',
      "Tom Hale, who was then the party's chief whip, said the vote was lost.",
    ]);
    expect(statementWith(analysis, 'port would reopen').speakerRole).toBe('Senator');
    expect(statementWith(analysis, 'vote was lost').speakerRole).toBe("party's Chief Whip");
  });
});

describe('titles written before a name', () => {
  it('keep a modifier whose words are joined by a hyphen', () => {
    const analysis = analyse(['Pulitzer Prize-winning cartoonist Lena Ruud said she had meant no insult.']);
    expect(statementWith(analysis, 'meant no insult').speakerRole).toBe('Pulitzer Prize-winning cartoonist');
  });
});

describe('titles are never cut', () => {
  const rolesOf = (paragraphs: string[], name: string) =>
    analyse(paragraphs)
      .actors.find((a) => a.name === name)
      ?.roles.map((r) => r.title);

  it('keep the name of the body before the title whole, connectors and all (business, education)', () => {
    const analysis = analyse([
      'Bank of Harbour analyst Jo Reyes said the shares were cheap.',
      'University of Valley Forge professor Ann Lee said the data were weak.',
      'Council for the Welfare of Anglers campaigner Mara Quint said the quota was unfair.',
      'Councillors Tom Berg and Valley Trust chairman Sam Hale said the bridge would open.',
    ]);
    expect(statementWith(analysis, 'shares were cheap').speakerRole).toBe('Bank of Harbour analyst');
    expect(statementWith(analysis, 'data were weak').speakerRole).toBe('University of Valley Forge Professor');
    expect(statementWith(analysis, 'quota was unfair').speakerRole).toBe(
      'Council for the Welfare of Anglers campaigner',
    );
    // "and" joins two people, not the words of a name.
    const hale = analysis.actors.find((actor) => actor.name === 'Sam Hale')!;
    expect(hale.roles.map((role) => role.title)).toEqual(['Valley Trust Chairman']);
  });

  it('keep a body whose name holds a capitalised word the tagger reads as a verb', () => {
    const analysis = analyse(['Tom Hale, head of the state Ways and Means Committee, said the bill would pass.']);
    expect(statementWith(analysis, 'the bill would pass').speakerRole).toBe(
      'head of the state Ways and Means Committee',
    );
  });

  it('keep the quoted title of a work after "author of"', () => {
    const analysis = analyse([
      '"This is a warning," said Ann Wirth, the author of "Quiet Harbors," who studies shipping at a think tank.',
    ]);
    expect(statementWith(analysis, 'This is a warning').speakerRole).toBe('author of “Quiet Harbors”');
  });

  it('keep the quoted title of a work its owner is named before (culture)', () => {
    const analysis = analyse([
      '"This is a warning," said Ann Wirth, the host of Harbor Radio’s "Morning Tide," who studies shipping.',
    ]);
    expect(statementWith(analysis, 'This is a warning').speakerRole).toBe('host of Harbor Radio’s “Morning Tide”');
  });

  it('end before an adjunct of when or how the title is held (politics, business)', () => {
    const analysis = analyse([
      'In 1992, Rosa Petit, an accomplished attorney and union organiser by the time her brother took office, said the mill would close.',
      'Tom Berg, a law professor in his first campaign for the council, said the port was losing money.',
      'Ann Cole, a young reporter when the strike began, said the owners had refused to meet.',
      'Lena Marsh, a senior fellow since 2019, said the harbour needed dredging.',
    ]);
    expect(statementWith(analysis, 'mill would close').speakerRole).toBe('accomplished attorney and union organiser');
    const petit = analysis.actors.find((actor) => actor.name === 'Rosa Petit')!;
    expect(petit.roles.map((role) => role.title)).toEqual(['accomplished attorney and union organiser']);
    expect(statementWith(analysis, 'losing money').speakerRole).toBe('law professor');
    expect(statementWith(analysis, 'refused to meet').speakerRole).toBe('young reporter');
    // A time alone, with no clause, says when the title began: it stays part of it.
    expect(statementWith(analysis, 'needed dredging').speakerRole).toBe('senior fellow since 2019');
  });

  it('read no title from a predicate after the name', () => {
    expect(
      rolesOf(
        [
          'Robert T. Lane, Jr., is a visiting scholar at the Institute for Advanced Maritime Studies.',
          'Lane said the plan would fail.',
        ],
        'Robert T. Lane, Jr.',
      ),
    ).toEqual([]);
  });

  it('read no title from a phrase opened by a preposition, a relative "whose" or "acting as"', () => {
    const analysis = analyse([
      'Regulators charged the owner, Dan Broker, with defrauding investors from 40 countries, officials said.',
      'Ken Udall, acting as a witness for his former rival, said the claims were false.',
      'Sam Ortiz, whose rural campaign echoed older times, said he would win.',
      'Lia Moss, acting director of the agency, said the claims were old.',
    ]);
    const titles = (name: string) => analysis.actors.find((a) => a.name === name)?.roles.map((r) => r.title);
    expect(titles('Dan Broker')).toEqual([]);
    expect(titles('Ken Udall')).toEqual([]);
    expect(titles('Sam Ortiz')).toEqual([]);
    expect(titles('Lia Moss')).toEqual(['acting director of the agency']);
  });

  it('read titles, not verbs, from a relative clause after the name', () => {
    const analysis = analyse([
      'Jo Brandt, who was her deputy during the campaign and is now the interim director of the port, said nothing was hidden.',
      'Maria Cole, who was nominated by President Anna Park and confirmed by the Senate in May, said the rules would change.',
      'Jim Lyle, who was press secretary to the governor, said the office was closed.',
    ]);
    const titles = (name: string) => analysis.actors.find((a) => a.name === name)?.roles.map((r) => r.title);
    expect(titles('Jo Brandt')).toEqual(['her deputy during the campaign', 'interim director of the port']);
    expect(titles('Maria Cole')).toEqual([]);
    expect(titles('Jim Lyle')).toEqual(['Press Secretary to the Governor']);
  });
});

describe('titles of a person named by one word or after a quotation', () => {
  it('are read from the appositive after a lone surname', () => {
    const analysis = analyse([
      'Mr. Okafor, a lawyer, told supporters the vote had been stolen.',
      'Varga, the Kremlin spokesman, said the talks were useful.',
    ]);
    expect(statementWith(analysis, 'vote had been stolen').speakerRole).toBe('Lawyer');
    expect(statementWith(analysis, 'talks were useful').speakerRole).toBe('Kremlin Spokesman');
  });

  it('are read before a name that follows a closing quotation mark', () => {
    const analysis = analyse(['"We are ready," the foreign minister, Anna Sokol, said.']);
    expect(statementWith(analysis, 'We are ready').speakerRole).toBe('Foreign Minister');
  });

  it('are not read from a plural after a capitalised opening word', () => {
    const analysis = analyse(['Worse, companies reported different figures to different regulators.']);
    expect(analysis.actors.flatMap((a) => a.roles.map((r) => r.title))).not.toContain('companies');
  });
});

describe('a title before a name set off by commas', () => {
  it('goes with a name followed by where its bearer works, which the title takes (courts, international)', () => {
    const analysis = analyse([
      'The tenants’ lawyer, Rosa Imbert of the Legal Aid Society, called the ruling “a victory for renters.”',
      'Another analyst, Mark Sorensen from the Baltic Policy Institute in Riga, said the talks would fail.',
    ]);
    expect(speakerNameOf(analysis, 'victory for renters')).toBe('Rosa Imbert');
    expect(statementWith(analysis, 'victory for renters').speakerRole).toBe('tenants’ lawyer of the Legal Aid Society');
    expect(speakerNameOf(analysis, 'talks would fail')).toBe('Mark Sorensen');
    expect(statementWith(analysis, 'talks would fail').speakerRole).toBe(
      'analyst from the Baltic Policy Institute in Riga',
    );
  });
});

describe('a title before a name that a party’s word opens', () => {
  it('is the speaker’s title; the party word is no part of it (politics)', () => {
    const analysis = analyse(['The Speaker of the Assembly, Republican Ana Ruiz, said the bill would pass.']);
    expect(statementWith(analysis, 'bill would pass').speakerRole).toBe('Speaker of the Assembly');
  });
});

describe('a chain of a name and its description after a sentence adverb', () => {
  it('gives the words to the name opening the chain (politics, international)', () => {
    const analysis = analyse([
      'Meanwhile, the Harbour Alliance, the country’s principal opposition party, stated that the reports did not warrant the outburst.',
    ]);
    expect(speakerNameOf(analysis, 'did not warrant')).toBe('Harbour Alliance');
  });
});

describe('a surname that also ends the names of days and buildings', () => {
  it('is a person’s right after a title (international)', () => {
    const analysis = analyse([
      '"We will not bring them back," said Canadian Public Safety Minister Stockwell Day.',
      'Thousands marked Victory Day in the capital.',
    ]);
    expect(speakerNameOf(analysis, 'We will not bring them back')).toBe('Stockwell Day');
    expect(analysis.actors.map((a) => a.name)).not.toContain('Victory Day');
  });
});

describe('a clause of contrast after a comma, whose subject has a relative clause set off by commas', () => {
  it('gives the cue to that subject, not to the main clause’s (international)', () => {
    const analysis = analyse([
      'The government has confirmed that the journalists are alive, even though the kidnappers, who call themselves the Dawn Brigades, stated that they would kill them.',
    ]);
    expect(speakerNameOf(analysis, 'would kill them')).toBe('the kidnappers');
  });
});
