import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';

describe('a quotation followed by a participle cue', () => {
  it('belongs to the cue before it, and the participle reports on its own', () => {
    const analysis = analyse([
      'Ola Berg described the closure as "a dark day for the town", telling the radio she was "sure for years that the mill would be saved".',
    ]);
    expect(statementWith(analysis, 'a dark day').cue).toBe('described');
    expect(statementWith(analysis, 'a dark day').text).not.toContain('mill would be saved');
    expect(statementWith(analysis, 'mill would be saved').cue).toBe('telling');
  });
});

describe('a quotation after "X said, according to Y."', () => {
  it('goes on with the speaker, not the one who reported the words (labour)', () => {
    const analysis = analyse([
      '“I ask you not to protest on the floor,” Ana Ruiz said, according to the Courier. “It matters that you explain this to your members.”',
    ]);
    expect(analysis.statements.map((s) => [s.cue, s.text])).toEqual([
      ['said', 'I ask you not to protest on the floor ... It matters that you explain this to your members.'],
    ]);
  });

  it('still gives a quotation after "According to Y, …" in a sentence of its own to Y (courts)', () => {
    const analysis = analyse([
      '“The ferry was late,” Ana Ruiz said. According to the Courier, “the captain had been warned twice.”',
    ]);
    expect(statementWith(analysis, 'warned twice').cue).toBe('According to');
  });
});

describe('a second quotation of the sentence after a noun of its own clause', () => {
  it('is that subject’s quoted predicate, not the first quotation going on (technology)', () => {
    const analysis = analyse([
      '"We have not yet made a formal decision," Lyon noted, but the company "supports all of these groups."',
    ]);
    expect(analysis.statements.map((s) => [s.kind, s.text])).toEqual([
      ['DIRECT', 'We have not yet made a formal decision'],
      ['MIXED', 'the company "supports all of these groups."'],
    ]);
  });
});

describe('a participle of saying right after the object of an earlier cue', () => {
  it('shares the cue’s subject when the object is a thing, and ends the phrase that was said (technology)', () => {
    const analysis = analyse([
      'In a video, Anonymous announced their intentions saying, "We will render you obsolete. We are coming."',
    ]);
    expect(analysis.statements.map((s) => [s.kind, s.text])).toEqual([
      ['DIRECT', 'We will render you obsolete. We are coming.'],
    ]);
    expect(speakerNameOf(analysis, 'obsolete')).toBe('Anonymous');
  });
});

describe('a participle of saying after a quotation that runs on past its cue’s sentence', () => {
  it('shares the speaker of the cue that opened the quotation (defence)', () => {
    const analysis = analyse([
      'Later, ministry officials denied the drill had been staged. Ministry spokeswoman Ana Ruiz said "We regret any impression that the crews were told what to say. It is not the case," adding that "the crews chose among themselves who would answer each question."',
    ]);
    expect(speakerNameOf(analysis, 'crews chose among themselves')).toBe('Ana Ruiz');
  });

  it('leaves a participle after a quotation with no cue of its own to the sentence’s subject (sport)', () => {
    const analysis = analyse([
      'Coach Omar Hale said the team was tired. "We lost our shape," the captain Lena Ortiz told reporters. "It happens," she said, adding that the squad would recover.',
    ]);
    expect(speakerNameOf(analysis, 'squad would recover')).toBe('Lena Ortiz');
  });
});
