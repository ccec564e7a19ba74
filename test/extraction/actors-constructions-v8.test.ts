import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';
import { findNames } from '../../src/extraction/names.ts';
import { readDocument } from '../../src/extraction/text/document.ts';

/** The names found in a text, as written. */
function namesIn(text: string): string[] {
  return findNames(readDocument(text)).map((n) => n.text);
}

/** "KIND name" of every actor the extractor finds in the paragraphs. */
function actorsOf(...paragraphs: string[]): string[] {
  return analyse(paragraphs).actors.map((a) => `${a.kind} ${a.name}`);
}

describe('a word opening the sentence before a time phrase', () => {
  it('is an adverb, not a name', () => {
    expect(namesIn('Early on Sunday, a train struck a truck near Brellow.')).not.toContain('Early');
    expect(namesIn('Late Friday, Tom Brisk resigned.')).toEqual(['Tom Brisk']);
  });

  it('keeps a surname whose time phrase is not set off by a comma', () => {
    const actors = actorsOf('Kessler on Monday said the vote would go ahead.');
    expect(actors).toContain('PERSON Kessler');
  });
});

describe('a lone name after a noun for gathered figures', () => {
  it('is the body that gathered them', () => {
    const actors = actorsOf(
      'Data from Pollwise showed that support for the plan fell.',
      'A survey by Marketvane found the same, said Mira Tolland.',
    );
    expect(actors).toContain('ORGANIZATION Pollwise');
    expect(actors).toContain('ORGANIZATION Marketvane');
    expect(actors).toContain('PERSON Mira Tolland');
  });

  it('leaves the author of a study a person', () => {
    const actors = actorsOf('A study by Okonkwo found that the plan failed.');
    expect(actors).not.toContain('ORGANIZATION Okonkwo');
  });
});

describe('sports clubs', () => {
  it('are organisations when named with a club word', () => {
    const actors = actorsOf(
      'Sanz joined AC Milan in 2001 and later played for FC Barcelona and Real Madrid.',
      'Olympique Lyon said it had made no offer.',
    );
    expect(actors).toEqual(
      expect.arrayContaining([
        'ORGANIZATION AC Milan',
        'ORGANIZATION FC Barcelona',
        'ORGANIZATION Real Madrid',
        'ORGANIZATION Olympique Lyon',
      ]),
    );
  });

  it('leave initials before a surname a person', () => {
    expect(actorsOf('AS Heagle, a lawyer, said the deal was fair.')).toContain('PERSON AS Heagle');
  });
});

describe('bodies named with "and"', () => {
  it('keep a hall of fame whole', () => {
    const actors = actorsOf('The band was inducted into the Rock and Roll Hall of Fame last year.');
    expect(actors).toContain('ORGANIZATION Rock and Roll Hall of Fame');
  });

  it('keep a museum and art gallery whole', () => {
    const actors = actorsOf('The Dunmore Museum and Art Gallery said it would reopen in May.');
    expect(actors).toContain('ORGANIZATION Dunmore Museum and Art Gallery');
  });
});

describe('a group acting for someone', () => {
  it('gives the person named after "for" no title', () => {
    const analysis = analyse(['The judge ruled on Tuesday.', 'Lawyers for Tomas Reyes said they would appeal.']);
    const reyes = analysis.actors.find((a) => a.name === 'Tomas Reyes');
    expect(reyes?.kind).toBe('PERSON');
    expect(reyes?.roles.map((r) => r.title) ?? []).toEqual([]);
  });

  it('keeps a singular title with its complement', () => {
    const analysis = analyse(['Minister for Health Ann Dole said the wards were full.']);
    expect(analysis.actors.find((a) => a.name === 'Ann Dole')?.roles.map((r) => r.title)).toEqual([
      'Minister for Health',
    ]);
  });
});

describe('a name after a trade noun or a group "at"', () => {
  it('is a company after a trade noun', () => {
    const actors = actorsOf('Orders fell after the retailer Stonebridge Market cut prices.');
    expect(actors).toContain('ORGANIZATION Stonebridge Market');
  });

  it('stays a person when it opens with a given name', () => {
    expect(actorsOf('The publisher Anna Berg said sales were strong.')).toContain('PERSON Anna Berg');
  });

  it('is where the group works after "at"', () => {
    const actors = actorsOf('Analysts at Keller Hume said demand was weak.', 'Economists at Morgan Stanley agreed.');
    expect(actors).toContain('ORGANIZATION Keller Hume');
    expect(actors).toContain('ORGANIZATION Morgan Stanley');
  });
});

describe('a name whose appositive is headed by a noun for a group', () => {
  it('names a body', () => {
    const actors = actorsOf(
      'Marlow Sound, a local band, said the show would go on.',
      'Brackwell, a Dublin-based firm, said it had cut jobs.',
    );
    expect(actors).toContain('ORGANIZATION Marlow Sound');
    expect(actors).toContain('ORGANIZATION Brackwell');
  });

  it('leaves a member of the group a person', () => {
    const actors = actorsOf('Anna Berg, a band member, said she was sad.', 'Tessa Holm, a retailer in Lund, said no.');
    expect(actors).toContain('PERSON Anna Berg');
    expect(actors).toContain('PERSON Tessa Holm');
  });
});

describe('competitions', () => {
  it('are no actors, and the body running one is', () => {
    const actors = actorsOf('Dorvik won the Coppa Italia and the UEFA Champions League with Juventus.');
    expect(actors.some((a) => /Coppa|Champions/.test(a))).toBe(false);
    expect(actors).toContain('ORGANIZATION UEFA');
  });

  it('leave a company opening with a cup word a company', () => {
    expect(actorsOf('Copa Airlines said flights were delayed.')).toContain('ORGANIZATION Copa Airlines');
  });
});

describe('musical groups', () => {
  it('are bodies by their head word', () => {
    expect(actorsOf('The Kessling Quartet said the tour would go ahead.')).toContain('ORGANIZATION Kessling Quartet');
  });
});

describe('a lone name after a plural noun for residents', () => {
  it('is a place, no person', () => {
    expect(actorsOf('Residents of Brellow protested on Monday.')).not.toContain('PERSON Brellow');
  });

  it('stays a person named before', () => {
    const actors = actorsOf('Mira Brellow won the vote.', 'The people of Brellow cheered.');
    expect(actors).toContain('PERSON Mira Brellow');
  });
});

describe("a name before a body officer's title", () => {
  it('is the body', () => {
    const actors = actorsOf(
      'On Monday a Palmetto Vale spokesperson said two patients were hurt.',
      'The Kestrel Air chief executive apologised.',
    );
    expect(actors).toContain('ORGANIZATION Palmetto Vale');
    expect(actors).toContain('ORGANIZATION Kestrel Air');
  });

  it('stays a person when it opens with a given name', () => {
    expect(actorsOf('A Maria Lind spokesperson said no.')).toContain('PERSON Maria Lind');
  });
});

describe('a name ending in a word in capitals', () => {
  it('is no person', () => {
    const actors = actorsOf('Users were warned that Windows XP will lose support, said Kara Lund.');
    expect(actors).not.toContain('PERSON Windows XP');
    expect(actors).toContain('PERSON Kara Lund');
  });

  it('is a body when the word is a political action committee', () => {
    expect(actorsOf('The Brighter Future PAC said it would spend more.')).toContain('ORGANIZATION Brighter Future PAC');
  });
});

describe('a name after "at" and a plural that is no job', () => {
  it('stays a person', () => {
    expect(actorsOf('Mr. Dorn took shots at Marco Vell during the debate.')).toContain('PERSON Marco Vell');
  });
});

describe('a name ending in capitals after "the"', () => {
  it("is a body's acronym", () => {
    expect(actorsOf('The vote was won by the Verdant PLP, which said it was pleased.')).toContain(
      'ORGANIZATION Verdant PLP',
    );
  });

  it('is none before a common noun it modifies', () => {
    const actors = actorsOf('Kessel joined the Advanced QRAM technology consortium in May.');
    expect(actors.some((a) => a.includes('QRAM'))).toBe(false);
  });
});

describe('a city named with its state', () => {
  it('is a place, not a person, whether the state is abbreviated in AP style or as a postal code', () => {
    const { actors, events } = analyse([
      'Gov. Ana Berg arrived in Springfield Ill. on Monday. She later flew to Washington D.C. to meet Sen. Jan Kowal.',
    ]);
    expect(actors.map((a) => a.name).sort()).toEqual(['Ana Berg', 'Jan Kowal']);
    expect(events.map((e) => e.place)).toContain('Springfield Ill.');
  });
});

describe('an administrative division', () => {
  it('is an organisation by its name, whatever place opens it', () => {
    const { actors } = analyse(['The North Dakota Water Management Division said the dam would hold.']);
    expect(actors).toEqual([
      expect.objectContaining({ name: 'North Dakota Water Management Division', kind: 'ORGANIZATION' }),
    ]);
  });
});

describe('a surname that is also a title word', () => {
  it('is a surname after a given name, and "of" after it tells where the person is from', () => {
    const names = findNames(readDocument('Representative Tom King of Ohio spoke first.'));
    expect(names.map((n) => [n.kind, n.text])).toEqual([
      ['PERSON', 'Tom King'],
      ['PLACE', 'Ohio'],
    ]);
  });

  it('is a surname after an honorific, so "Mr. King" is the person named before', () => {
    const analysis = analyse([
      'Television host Tom King joined the network in May.',
      '"They pay us well," Mr. King said.',
    ]);
    expect(speakerNameOf(analysis, 'They pay us well')).toBe('Tom King');
  });

  it('stays a title before another name, or after a place that is a given name too', () => {
    const names = findNames(readDocument('Florida Sen. Ana Berg spoke. Charlotte Mayor Jennifer Kowal spoke.'));
    expect(names.map((n) => n.text)).toEqual(['Ana Berg', 'Jennifer Kowal']);
  });
});

describe('a member of a people or party standing for a person of the story', () => {
  it('is the one who spoke last', () => {
    const analysis = analyse([
      'Maria Lopez beat Anna Berg in the final. "It was tough," Lopez said. "I am tired," the Spaniard added.',
    ]);
    expect(speakerNameOf(analysis, 'I am tired')).toBe('Maria Lopez');
    expect(analysis.actors.map((a) => a.name).sort()).toEqual(['Anna Berg', 'Maria Lopez']);
  });

  it('is the subject of a sentence that named someone after the last speaker spoke', () => {
    const analysis = analyse([
      '"It was a massive win for us," Arsenal manager Mikel Arteta told the BBC.',
      'Chelsea coach Enzo Maresca was less pleased. "We did not deserve to lose," the Italian said.',
    ]);
    expect(speakerNameOf(analysis, 'We did not deserve to lose')).toBe('Enzo Maresca');
  });

  it('reads an age as the person named first in this sentence or the one before, else as a description (sport)', () => {
    const analysis = analyse([
      'Striker Leo Banks scored twice. "We played well," the 25-year-old told reporters.',
      'The dispute dragged on for months.',
      'The club said little. "It was a hard year," the 61-year-old said.',
    ]);
    expect(speakerNameOf(analysis, 'We played well')).toBe('Leo Banks');
    expect(speakerNameOf(analysis, 'hard year')).toBe('the 61-year-old');
  });

  it('is else the subject of the last sentence naming a person', () => {
    const analysis = analyse(['Tom Kowal lost to Jan Berg on Sunday.', '"I am tired," the Scot said.']);
    expect(speakerNameOf(analysis, 'I am tired')).toBe('Tom Kowal');
  });

  it('names a body where it modifies a noun', () => {
    const names = findNames(readDocument('Kowal says that staff of the Conservative government have complained.'));
    expect(names.map((n) => n.text)).toContain('Conservative government');
  });
});
