import { describe, expect, it } from 'vitest';
import { analyse, eventsOf, participants } from './analyse.ts';
import type { ExtractedEvent } from '../../src/extraction/types.ts';
import { readDocument, type Sentence, type Token } from '../../src/extraction/text/document.ts';
import { isNominalParticiple } from '../../src/extraction/event-mood.ts';

describe('events read by construction, for news the rules never saw', () => {
  it('tells a petition as a request put (an OTHER action), not a statement issued', () => {
    const analysis = analyse([
      'The Harbour Residents Association of Velmora launched a petition on Monday asking the council to close the plant.',
    ]);
    expect(eventsOf(analysis, 'STATEMENT_ISSUED')).toEqual([]);
    const others = eventsOf(analysis, 'OTHER');
    expect(others).toHaveLength(1);
    expect(participants(analysis, others[0] as ExtractedEvent)).toContain('Harbour Residents Association of Velmora');
  });

  it('reads no event from a past participle between a preposition and its noun', () => {
    const analysis = analyse([
      'The Orvell Museum in Tarnby is one of the recipients of donated paintings from the Halvorsen Trust.',
    ]);
    expect(eventsOf(analysis, 'OTHER')).toEqual([]);
  });

  it('still tells a donation told by its verb', () => {
    const analysis = analyse(['The Halvorsen Trust donated forty paintings to the Orvell Museum in Tarnby.']);
    const others = eventsOf(analysis, 'OTHER');
    expect(others).toHaveLength(1);
    expect(participants(analysis, others[0] as ExtractedEvent)).toContain('Halvorsen Trust');
  });

  it('reads "the two killed" as the people an event told before happened to, not a second event', () => {
    const analysis = analyse([
      'Two Ferrovia Nord employees were killed on Monday when a freight train derailed near Brask.',
      'The two killed were engineer Tomas Lind and conductor Erik Sand.',
    ]);
    const deaths = eventsOf(analysis, 'OTHER').filter((e) => e.mentions.some((m) => m.text === 'killed'));
    expect(deaths).toHaveLength(1);
  });

  it('keeps "the two killed a guard" a deed: the participle with an object is a verb', () => {
    const nominal = (body: string, word: string) => {
      const doc = readDocument(body);
      const token = doc.tokens.find((t) => t.lower === word) as Token;
      return isNominalParticiple(doc, doc.sentences[token.sentence] as Sentence, token.index);
    };
    expect(nominal('The two killed were engineers from Brask.', 'killed')).toBe(true);
    expect(nominal('The three injured remain in hospital in Brask.', 'injured')).toBe(true);
    expect(nominal('The two killed a guard in Brask.', 'killed')).toBe(false);
  });

  it('reads what researchers found as a conclusion, not a find', () => {
    const analysis = analyse([
      'Researchers at the Halden Institute of Soils published a study on Monday.',
      'The scientists found harvests across Valdoria fell by a fifth.',
    ]);
    expect(analysis.events.filter((e) => e.mentions.some((m) => m.text === 'found'))).toEqual([]);
  });

  it('still tells a find by people who are not researchers', () => {
    const analysis = analyse(['Divers from the Brask Coast Guard found the wreck of the ferry on Monday.']);
    const finds = analysis.events.filter((e) => e.mentions.some((m) => m.text === 'found'));
    expect(finds).toHaveLength(1);
    expect(participants(analysis, finds[0] as ExtractedEvent)).toContain('Brask Coast Guard');
  });

  it('tells the start of an activity a named actor begins (FrameNet Activity_start)', () => {
    const analysis = analyse(['The Velmora Water Board started to ration water in Brask on Monday.']);
    const starts = analysis.events.filter((e) => e.mentions.some((m) => m.text === 'started'));
    expect(starts).toHaveLength(1);
    expect(starts[0]?.type).toBe('OTHER');
    expect(participants(analysis, starts[0] as ExtractedEvent)).toContain('Velmora Water Board');
  });

  it('reads no start without the activity begun, without a named subject, or when the activity is a trigger', () => {
    const started = (body: string) =>
      analyse([body]).events.filter((e) => e.mentions.some((m) => /^(start|began|begun)/.test(m.text)));
    expect(started('Norway started the match against Denmark with two quick goals by Jonas Vik.')).toEqual([]);
    expect(started('After Mayor Ines Dahl spoke in Brask, the crowds began to cheer.')).toEqual([]);
    expect(started('The Velmora Navy began shelling the port of Brask on Monday.')).toEqual([]);
  });

  it('tells a permission denied (FrameNet Deny_or_grant_permission), not a denial of words', () => {
    const denied = (body: string) => analyse([body]).events.filter((e) => e.mentions.some((m) => m.text === 'denied'));
    const visa = analyse(['The Velmora Youth Choir was denied visas to enter Brask on Monday.']);
    const events = visa.events.filter((e) => e.mentions.some((m) => m.text === 'denied'));
    expect(events).toHaveLength(1);
    expect(events[0]?.type).toBe('OTHER');
    expect(participants(visa, events[0] as ExtractedEvent)).toContain('Velmora Youth Choir');
    expect(denied('Senator Ana Ruiz denied the allegations on Monday in Brask.')).toEqual([]);
  });

  it('tells a building made when the passive names its builder (FrameNet Building)', () => {
    const built = (body: string) => {
      const analysis = analyse([body]);
      const events = analysis.events.filter((e) => e.mentions.some((m) => /^(built|constructed)$/.test(m.text)));
      return events.map((e) => participants(analysis, e));
    };
    expect(built('The old harbour tower of Brask was constructed in 1820 by King Olav Sten.')).toEqual([['Olav Sten']]);
    expect(built('Mayor Ines Dahl built three schools and ran a shipping firm in Brask.')).toEqual([]);
    expect(built('The plan of Mayor Ines Dahl for Brask was built on trust between the two towns.')).toEqual([]);
    const building = analyse(['Mayor Ines Dahl is building a new harbour plan for Brask.']);
    expect(building.events.filter((e) => e.mentions.some((m) => m.text === 'building'))).toEqual([]);
  });

  it('reads no event from a deed only alleged or supposed ("alleged to have", "believed to have")', () => {
    const fled = (body: string) => analyse([body]).events.filter((e) => e.mentions.some((m) => m.text === 'fled'));
    expect(fled('Officials in Brask named Tomas Vik, a farmer believed to have fled to Norway in May.')).toEqual([]);
    expect(fled('Farmer Tomas Vik fled from Brask to Norway in May.')).toHaveLength(1);
  });

  it('reads the perfect after a modal as unrealised when the tagger reads "have" as a verb', () => {
    const analysis = analyse(['Mayor Ines Dahl could have visited Brask in May.']);
    expect(eventsOf(analysis, 'VISIT')).toEqual([]);
  });

  it('reads no happening from a present perfect in a time clause, and still one from a past', () => {
    const found = (body: string) => analyse([body]).events.filter((e) => e.mentions.some((m) => m.text === 'found'));
    expect(
      found(
        'When a file of the Brask Port Authority has been found in the street, the authority says it was harmless.',
      ),
    ).toEqual([]);
    expect(found('A file of the Brask Port Authority was found in the street on Monday.')).toHaveLength(1);
  });

  it('reads no single meeting from talks measured by a span of time', () => {
    const talks = (body: string) => eventsOf(analyse([body]), 'MEETING');
    expect(talks('Two years of negotiations between Valdoria and Norway ended on Monday in Brask.')).toEqual([]);
    expect(talks('Negotiations between Valdoria and Norway ended on Monday in Brask.')).toHaveLength(1);
  });

  it('tells travel in company to no place named as a tour (OTHER), and travel to a place as a visit', () => {
    const tour = analyse(['Singer Mira Holt met pianist Jonas Vik in 1961, with whom she toured for two years.']);
    const tours = tour.events.filter((e) => e.mentions.some((m) => m.text === 'toured'));
    expect(tours.map((e) => e.type)).toEqual(['OTHER']);
    expect(participants(tour, tours[0] as ExtractedEvent)).toEqual(expect.arrayContaining(['Mira Holt', 'Jonas Vik']));
    const visit = analyse(['Minister Ana Ruiz travelled with Mayor Ines Dahl to Brask on Monday.']);
    expect(eventsOf(visit, 'VISIT')).toHaveLength(1);
  });
});

describe('a violent act on a person whose doer is always a person', () => {
  it('is an attack told from its victim, as killing by a crash or a virus is not (crime and courts)', () => {
    const analysis = analyse([
      'Journalist Omar Vance was murdered outside his office in 2007.',
      'A shopkeeper, Lena Ortiz, was beaten up by a gang on Friday.',
      'The virus killed 12 people in the province last year.',
    ]);
    expect(eventsOf(analysis, 'ATTACK').map((e) => participants(analysis, e))).toEqual([
      ['Omar Vance'],
      ['Lena Ortiz'],
    ]);
  });
});

describe('a violent act only supposed', () => {
  it('is no attack inside the clause of a theory or a suggestion (crime and courts)', () => {
    const analysis = analyse([
      'Before the medical examiner ruled on the case, his death was shadowed by conspiracy theories suggesting he had been murdered.',
    ]);
    expect(eventsOf(analysis, 'ATTACK')).toEqual([]);
  });
});
