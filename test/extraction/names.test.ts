import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';
import type { Analysis } from '../../src/extraction/types.ts';
import { findNames } from '../../src/extraction/names.ts';
import { readDocument } from '../../src/extraction/text/document.ts';

function actorNamed(analysis: Analysis, name: string) {
  const actor = analysis.actors.find((a) => a.name === name);
  if (!actor) throw new Error(`no actor ${name} in ${analysis.actors.map((a) => a.name).join(', ')}`);
  return actor;
}

const names = (analysis: Analysis) => analysis.actors.map((a) => a.name);

describe('names kept whole', () => {
  it('keeps hyphenated given names and surnames, with a lower-case second part after a family name', () => {
    const analysis = analyse([
      'Tennis player Marie-Claire Dubois beat Anna Kowalski-Brandt in Lyon on Sunday.',
      'Finance Minister Park Min-jun said the budget would pass.',
      'Dubois said she was tired. Park said the vote was close.',
    ]);
    expect(names(analysis)).toEqual(expect.arrayContaining(['Marie-Claire Dubois', 'Anna Kowalski-Brandt']));
    expect(actorNamed(analysis, 'Park Min-jun').aliases).toEqual(['Park']);
    expect(actorNamed(analysis, 'Marie-Claire Dubois').aliases).toEqual(['Dubois']);
  });

  it('opens a name on a number spelled with a capital in mid-sentence, not at a sentence’s start (media)', () => {
    const analysis = analyse([
      'The figures were wrong, according to the blog Nine Ravens.',
      '“The data is cooked,” wrote Nine Ravens in a later post.',
      'Three Americans said the ferry was late.',
    ]);
    expect(speakerNameOf(analysis, 'figures were wrong')).toBe('Nine Ravens');
    expect(speakerNameOf(analysis, 'data is cooked')).toBe('Nine Ravens');
    expect(names(analysis)).not.toContain('Ravens');
  });

  it('leaves the pageant of a beauty title out of the name after it (culture)', () => {
    const analysis = analyse(['Former Miss Universe Laura Mendoza said the contest had changed her life.']);
    expect(speakerNameOf(analysis, 'changed her life')).toBe('Laura Mendoza');
  });

  it('keeps particles, initials and suffixes inside a name', () => {
    const analysis = analyse([
      'Mayor Pieter van der Berg met Omar bin Rashid and Carla de Souza on Tuesday.',
      'Harold T. Whitfield Jr. chaired the meeting, and Samuel King Sr. took notes.',
    ]);
    expect(names(analysis)).toEqual(
      expect.arrayContaining([
        'Pieter van der Berg',
        'Omar bin Rashid',
        'Carla de Souza',
        'Harold T. Whitfield Jr.',
        'Samuel King Sr.',
      ]),
    );
    expect(actorNamed(analysis, 'Samuel King Sr.').roles).toEqual([]);
  });

  it('reads letters beyond Latin-1 as parts of one word', () => {
    const analysis = analyse(['Coach Łukasz Wiśniewski praised striker Nguyễn Văn Toàn after the match.']);
    expect(names(analysis)).toEqual(['Łukasz Wiśniewski', 'Nguyễn Văn Toàn']);
  });

  it('links a first name or a family name written first to the full name', () => {
    const analysis = analyse([
      'Chief Justice Tanaka Hiroshi opened the session as Senator Priscilla Vance listened.',
      'Tanaka said the court would rule in June. Priscilla said nothing.',
    ]);
    expect(actorNamed(analysis, 'Tanaka Hiroshi').aliases).toEqual(['Tanaka']);
    expect(actorNamed(analysis, 'Priscilla Vance').aliases).toEqual(['Priscilla']);
  });

  it('takes a noun for a person before a name as a title, not as part of the name', () => {
    const analysis = analyse([
      'Billionaire Conrad Ashby bought the club.',
      'The deal was praised by veteran goalkeeper Tomas Lindqvist.',
    ]);
    expect(actorNamed(analysis, 'Conrad Ashby').roles.map((r) => r.title)).toEqual(['Billionaire']);
    expect(actorNamed(analysis, 'Tomas Lindqvist').roles.map((r) => r.title)).toEqual(['veteran goalkeeper']);
  });

  it('ends a name at an inflected verb in a title-cased line, and keeps a bare form that may be a name (culture)', () => {
    const analysis = analyse([
      'The actors spoke about their careers this year.',
      'Nadia Ferreira Questioned What It Means To Be A Star',
      'Sen. Ted Marsh Says He Will Run Again',
    ]);
    expect(names(analysis)).toContain('Nadia Ferreira');
    expect(names(analysis)).toContain('Ted Marsh');
    expect(names(analysis).filter((name) => /Questioned|Says/.test(name))).toEqual([]);
  });

  it('reads a month after a given name as a surname, and alone before a verb where the story names someone so', () => {
    const analysis = analyse([
      'Prime Minister Ruth May met the unions on May 5.',
      'May said the talks had gone well.',
      'In May, the unions had threatened a strike.',
    ]);
    expect(names(analysis)).toContain('Ruth May');
    expect(speakerNameOf(analysis, 'talks had gone well')).toBe('Ruth May');
    expect(names(analysis)).not.toContain('Ruth');
  });

  it('reads a common word alone opening a sentence as no name, and data that suggest as a source (business)', () => {
    const analysis = analyse([
      'Worse, the firms hid their profits offshore, in many cases reporting different numbers to regulators.',
      'Estimates suggest 900 jobs may be lost in the region.',
      'Russia said the talks were over.',
    ]);
    expect(names(analysis)).not.toContain('Worse');
    expect(speakerNameOf(analysis, '900 jobs')).toBe('estimates');
    expect(speakerNameOf(analysis, 'talks were over')).toBe('Russia');
  });

  it('takes no piece of a hyphenated title for a name (media)', () => {
    const analysis = analyse(['Lund spoke with Harbor Weekly Editor-in-Chief Mara Quist on Thursday.']);
    expect(names(analysis)).toContain('Mara Quist');
    expect(names(analysis).filter((name) => !/^\p{L}/u.test(name))).toEqual([]);
  });
});

describe('kinds of names', () => {
  it('keeps an organisation whole over "and" inside its name, and merges an acronym with its full form', () => {
    const analysis = analyse([
      'The Institute for Coastal and Marine Research (ICMR) published the survey.',
      'ICMR said the reefs were recovering.',
    ]);
    expect(actorNamed(analysis, 'Institute for Coastal and Marine Research')).toMatchObject({
      kind: 'ORGANIZATION',
      aliases: ['ICMR'],
    });
  });

  it('keeps a body whole whose head is plural before its complement, and knows a body written without its accents', () => {
    const analysis = analyse([
      'Yesterday the Centers for Disease Control and Prevention said thirty states had reported cases.',
      'The National Institutes of Health said trials would begin in May.',
      'Medecins sans Frontieres said the health system in Liberia was "falling apart".',
    ]);
    expect(actorNamed(analysis, 'Centers for Disease Control and Prevention').kind).toBe('ORGANIZATION');
    expect(actorNamed(analysis, 'National Institutes of Health').kind).toBe('ORGANIZATION');
    // The curated body, named as the article writes it in full, with its canonical name as an alias.
    expect(speakerNameOf(analysis, 'falling apart')).toBe('Medecins sans Frontieres');
    expect(actorNamed(analysis, 'Medecins sans Frontieres').aliases).toContain('Doctors Without Borders');
  });

  it('reads no actor in the category of an award, and keeps a body whose name opens on "Best" (culture)', () => {
    const analysis = analyse([
      'Adele won Song of the Year, Best Pop Solo and Record of the Year. Bowie won Best Rock Song and Best Rock Performance.',
      'Shares of Best Buy fell on Monday.',
    ]);
    expect(names(analysis).sort()).toEqual(['Adele', 'Best Buy', 'Bowie']);
  });

  it('reads a broadcaster named with "Sports" as a body (sport)', () => {
    const analysis = analyse(['"We played well," Leo Banks told Sky Sports.']);
    expect(actorNamed(analysis, 'Sky Sports').kind).toBe('ORGANIZATION');
  });

  it('merges an acronym met first with the full name given later, and keeps known forms together', () => {
    const analysis = analyse([
      'The NDA won the vote.',
      'The National Democratic Alliance said turnout was high.',
      'The FBI opened an inquiry; the Federal Bureau of Investigation declined to comment.',
    ]);
    expect(actorNamed(analysis, 'National Democratic Alliance').aliases).toEqual(['NDA']);
    expect(actorNamed(analysis, 'Federal Bureau of Investigation').aliases).toEqual(['FBI']);
  });

  it('takes a given name before a country word as a person', () => {
    const analysis = analyse(['Investor Mark Cuban and Representative Steve Israel met in Dallas.']);
    expect(actorNamed(analysis, 'Mark Cuban').kind).toBe('PERSON');
    expect(actorNamed(analysis, 'Steve Israel').kind).toBe('PERSON');
  });

  it('does not take places, events, works or buildings for actors', () => {
    const analysis = analyse([
      'Fans gathered at the Harbour View Stadium in Port Elizabeth before the World Cup final.',
      'Visitors to the Riverside Folk Museum in Coral Springs watched the Midnight Orchard Festival.',
    ]);
    expect(names(analysis)).toEqual([]);
  });

  it('reads a town before its state as a place even when a later word is a given name, but not a title’s country', () => {
    const analysis = analyse([
      'The driver, Lena Fisk of Kessler Grove, Ohio, was unhurt.',
      'After the game, Evaristo Dario Ruiz, Peru coach, said the team had played well.',
    ]);
    expect(names(analysis)).not.toEqual(expect.arrayContaining(['Kessler Grove']));
    expect(analysis.statements[0]?.speakerRole).toBe('Peru coach');
  });

  it('takes a known body’s name after the country it serves for that body', () => {
    const analysis = analyse(['The Canadian Red Cross said the shelters were full.']);
    expect(actorNamed(analysis, 'Canadian Red Cross').kind).toBe('ORGANIZATION');
  });

  it('names the body a title before a name is of', () => {
    const analysis = analyse(['Director of the Lakeside Heritage Trust Anna Weiss said the site would reopen.']);
    expect(actorNamed(analysis, 'Lakeside Heritage Trust').kind).toBe('ORGANIZATION');
    expect(actorNamed(analysis, 'Anna Weiss').roles.map((r) => r.title)).toEqual([
      'Director of the Lakeside Heritage Trust',
    ]);
  });

  it('keeps a university’s campus in its name, but not the body a museum stands in', () => {
    const analysis = analyse([
      'Researchers at the University of Nevada at Elko said the lake was drying.',
      'The Harlan Museum of Glass at Corbett University said it would lend the vase.',
    ]);
    expect(names(analysis)).toEqual(expect.arrayContaining(['University of Nevada at Elko', 'Corbett University']));
    expect(names(analysis)).not.toEqual(expect.arrayContaining(['University of Nevada']));
  });

  it('takes news outlets and companies joined by "&" as organisations', () => {
    const analysis = analyse(['The Lakeside Tribune and Harlow & Finch reported the merger.']);
    expect(actorNamed(analysis, 'Lakeside Tribune').kind).toBe('ORGANIZATION');
    expect(actorNamed(analysis, 'Harlow & Finch').kind).toBe('ORGANIZATION');
  });

  it('reads a one-word place that is also the surname of a person in the story as that person', () => {
    const analysis = analyse(['Senator Mary Lincoln toured the plant.', 'Lincoln said the jobs would stay.']);
    expect(actorNamed(analysis, 'Mary Lincoln').aliases).toEqual(['Lincoln']);
    expect(analysis.statements[0]?.speakerRef).toBe(actorNamed(analysis, 'Mary Lincoln').ref);
  });

  it('keeps two bodies joined by "and" apart, and a web address whole', () => {
    const analysis = analyse([
      'Researchers at the Northfield Institute of Technology and Lakeview State University published the data.',
      'The Granite Peak Wildlife and Forestry Laboratory and Birdwatch.org said the count was low.',
    ]);
    expect(names(analysis)).toEqual(
      expect.arrayContaining([
        'Northfield Institute of Technology',
        'Lakeview State University',
        'Granite Peak Wildlife and Forestry Laboratory',
        'Birdwatch.org',
      ]),
    );
  });

  it('keeps a country or a museum only where it acts, and no name met only inside quotations', () => {
    const analysis = analyse([
      'The conference in Portugal drew scientists from Chile and Kenya to the Harbourside Museum at 10:00 GMT.',
      'Kenya announced new funding, and the Harbourside Museum’s director welcomed the guests.',
      '“Tell the Big Fellow we are ready,” the director said.',
    ]);
    expect(names(analysis)).toEqual(expect.arrayContaining(['Kenya', 'Harbourside Museum']));
    expect(names(analysis)).not.toEqual(expect.arrayContaining(['Portugal']));
    expect(names(analysis)).not.toEqual(expect.arrayContaining(['Chile']));
    expect(names(analysis)).not.toEqual(expect.arrayContaining(['GMT']));
    expect(names(analysis)).not.toEqual(expect.arrayContaining(['Big Fellow']));
  });

  it('leaves out sign-offs and story credits, and reads acronyms only in capitals', () => {
    const analysis = analyse([
      'Foreign Minister Kim Min-soo met the UN envoy in Busan.',
      'During the visit, Kim Min-Soo said the talks would go on.',
      'I’m Laura Benning.',
      'Tomas Arvid reported on this story for Harbour News. Mei Okada adapted this story for young readers.',
    ]);
    expect(names(analysis)).toEqual(['Kim Min-soo', 'United Nations']);
    expect(analysis.statements[0]?.speakerRef).toBe(analysis.actors[0]?.ref);
  });

  it('keeps a full name quoted in someone’s words, a one-name person who acts, and the body behind an occasion', () => {
    const analysis = analyse([
      '“Officers of the Northern Defence League were sent home,” the statement said.',
      'Rosalind was born in Leeds. Rosalind died in 1990.',
      'Tickets for the FIFA World Cup sold out.',
    ]);
    expect(names(analysis)).toEqual(expect.arrayContaining(['Northern Defence League', 'Rosalind', 'FIFA']));
    expect(analysis.actors.find((a) => a.name === 'Rosalind')?.kind).toBe('PERSON');
  });

  it('takes a lone word that owns the title of a body’s officer for that body', () => {
    const analysis = analyse([
      'Velocar’s chief executive, Dana Moretti, said the plant would reopen.',
      'A Velocar spokesman declined to comment on the layoffs.',
    ]);
    expect(analysis.actors.find((a) => a.name === 'Velocar')?.kind).toBe('ORGANIZATION');
  });

  it('keeps names whole over particles, two particles in a row included', () => {
    const analysis = analyse([
      'The plan was opposed during Daniel arap Moi’s rule.',
      'Maria de la Cruz said she agreed, as did Rhodri ap Gwyn.',
    ]);
    expect(names(analysis)).toEqual(['Daniel arap Moi', 'Maria de la Cruz', 'Rhodri ap Gwyn']);
  });

  it('keeps a country inside a body’s complement when the complement runs on past it', () => {
    const analysis = analyse([
      'The National Museum of the U.S. Navy said it was pleased.',
      'The University of Tarvik of the UK said so too.',
    ]);
    expect(names(analysis)).toEqual(
      expect.arrayContaining(['National Museum of the U.S. Navy', 'University of Tarvik']),
    );
    expect(names(analysis)).not.toContain('U.S. Navy');
  });

  it('reads two capitals before a surname as initials, but not a country or a known body', () => {
    const analysis = analyse([
      'A paper by RT Holloway in 1989 showed the loss.',
      'The US Navy and AP reporters were there.',
    ]);
    expect(names(analysis)).toContain('RT Holloway');
    expect(analysis.actors.find((a) => a.name === 'RT Holloway')?.kind).toBe('PERSON');
    expect(analysis.actors.find((a) => a.name === 'US Navy')?.kind).toBe('ORGANIZATION');
  });

  it('reads the company opening the name of a flight as an actor', () => {
    const analysis = analyse(['Tarvik Airways Flight 12 was shot down by a missile on Thursday.']);
    expect(names(analysis)).toEqual(['Tarvik Airways']);
    expect(analysis.events.map((e) => e.type)).toEqual(['ATTACK']);
    const oneWord = analyse(['Skyvia Flight 804 crashed into the sea.', 'Skyvia said the plane vanished.']);
    expect(names(oneWord)).toEqual(['Skyvia']);
  });

  it('reads a known company’s name before a product’s as the company, not a person', () => {
    const analysis = analyse(['Microsoft Word crashed again on Monday.', 'NASA Administrator Lena Falk said so.']);
    expect(names(analysis)).toEqual(['Microsoft', 'Lena Falk']);
    expect(analysis.actors[0]?.kind).toBe('ORGANIZATION');
  });

  it('splits no person from a body’s name whose last words open with a noun for people', () => {
    const analysis = analyse([
      'Atlantis will go on display at the Tarvik Space Center Visitor Complex following its last flight.',
      'The Council on Harbour Relations Nadia Ferris said the strike would go on.',
    ]);
    expect(names(analysis)).toEqual(
      expect.arrayContaining(['Tarvik Space Center Visitor Complex', 'Council on Harbour Relations', 'Nadia Ferris']),
    );
  });

  it('reads the party behind a party’s gathering', () => {
    const analysis = analyse(['Delegates gathered for the Harbour Workers’ Party Congress on Sunday.']);
    expect(names(analysis)).toEqual(['Harbour Workers’ Party']);
  });
});

describe('a newspaper named "The A and B"', () => {
  it('is one body inside a sentence, and its writer speaks for "NAME of The A and B"', () => {
    const analysis = analyse([
      'Writing in a blog post, Jon Merrit of The Harbor and Mail dubbed the dispute "a farce".',
      'The report was read by The Times and Reuters, which said that it was flawed.',
    ]);
    expect(analysis.actors.map((a) => a.name)).toContain('Harbor and Mail');
    expect(speakerNameOf(analysis, 'a farce')).toBe('Jon Merrit');
    expect(speakerNameOf(analysis, 'it was flawed')).toBe('Reuters');
  });
});

describe('a given name the tagger reads as a verb, opening the sentence', () => {
  it('opens the name when a surname follows and the pair stands as the subject', () => {
    const analysis = analyse(['Josh Varga, a party lawyer, warned that the move could hurt the party.']);
    expect(speakerNameOf(analysis, 'hurt the party')).toBe('Josh Varga');
  });

  it('does not when the word opens an imperative or a supposition', () => {
    const analysis = analyse(['Say Norway refused to sign; the talks would then end.']);
    expect(names(analysis)).not.toContain('Say Norway');
  });
});

describe('a people’s word of more than one word', () => {
  const names = (text: string) => findNames(readDocument(text)).map((n) => [n.kind, n.text]);

  it('describes a person, naming no one, and in the plural stands for the country', () => {
    expect(names('Britt presented an affidavit from a Costa Rican man named Juan Valdez.')).toEqual([
      ['UNKNOWN', 'Britt'],
      ['PERSON', 'Juan Valdez'],
    ]);
    expect(names('The Costa Ricans won on Sunday.')).toEqual([['COUNTRY', 'Costa Ricans']]);
  });
});

describe('a programme, time, holiday or disease WordNet names', () => {
  const names = (text: string) => findNames(readDocument(text)).map((n) => [n.kind, n.text]);

  it('is no one, while a name with a sense of a body keeps it', () => {
    expect(names('Tom Reed said Social Security would pay less after Labor Day.')).toEqual([['PERSON', 'Tom Reed']]);
    expect(names('The polls close at nine Eastern Standard Time, said Ines Moya.')).toEqual([['PERSON', 'Ines Moya']]);
    expect(names('The White House said the plan would wait.')).toEqual([['ORGANIZATION', 'White House']]);
  });
});

describe('"I\'m", which wink keeps as one word', () => {
  it('is the pronoun, neither a name nor a topic (politics, opinion)', () => {
    const doc = readDocument("I'm told the vote failed. I’m not worried.");
    expect(doc.tokens.filter((t) => /^I['’]m$/.test(t.text)).map((t) => t.pos)).toEqual(['PRON', 'PRON']);
    const analysis = analyse([
      '"I\'m with her," Ann Lee tweeted on Monday, posting a picture of the rally.',
      'Later she wrote: "I’m going to read you the question: is the harbour safe?"',
      '"I\'m not worried about the harbour," she said. "I’m sure the council will act."',
    ]);
    expect(names(analysis).filter((name) => /I['’]m/.test(name))).toEqual([]);
    expect(analysis.topics.filter((topic) => topic.slug === 'i-m')).toEqual([]);
  });
});

describe('a common noun for a kind of body right before a name', () => {
  it('makes the name a body’s, not a person’s (media, business)', () => {
    const analysis = analyse([
      'The Portuguese newspaper Correio da Tarde reported that the plane turned sharply.',
      'Shares in poultry company Mountvale rose on Monday.',
    ]);
    const kindOf = (name: string) => analysis.actors.find((actor) => actor.name === name)?.kind;
    expect(kindOf('Correio da Tarde')).toBe('ORGANIZATION');
    expect(kindOf('Mountvale')).toBe('ORGANIZATION');
  });
});
