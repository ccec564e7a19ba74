import { describe, expect, it } from 'vitest';
import { analyse, speakerOf } from './analyse.ts';
import type { Analysis } from '../../src/extraction/types.ts';

/** Speakers (and the role each is given) of the statements whose text contains `fragment`, in order. */
function speakersOf(analysis: Analysis, fragment: string): string[] {
  return analysis.statements
    .filter((s) => s.text.includes(fragment))
    .map((s) => `${speakerOf(analysis, s).name}${s.speakerRole ? ` (${s.speakerRole})` : ''}`);
}

describe('a coordinated subject of a verb of saying', () => {
  it('gives the statement to each body it names (health)', () => {
    const analysis = analyse([
      'The outbreak is spreading. Medecins sans Frontieres and the World Health Organization said on Monday that the outbreak was out of control.',
    ]);
    expect(speakersOf(analysis, 'out of control')).toEqual(['Medecins sans Frontieres', 'World Health Organization']);
    const [first, second] = analysis.statements;
    expect([second?.start, second?.end]).toEqual([first?.start, first?.end]);
  });

  it('gives it to each person of a list, each with the plural title before them (politics)', () => {
    const analysis = analyse([
      'After the defeat, Republican Senators Dan Coats of Indiana, John McCain of Arizona, and Olympia Snowe of Maine each asked Brown to run for Senate again.',
    ]);
    expect(speakersOf(analysis, 'Brown to run')).toEqual([
      'Dan Coats (Republican Senator)',
      'John McCain (Republican Senator)',
      'Olympia Snowe (Republican Senator)',
    ]);
  });

  it('reads "both … and …" as two speakers (local news)', () => {
    const analysis = analyse([
      "Both the Irving Independent School District and the Irving Police Department have asserted that the boy's religion was not a factor.",
    ]);
    expect(speakersOf(analysis, 'not a factor')).toEqual([
      'Irving Independent School District',
      'Irving Police Department',
    ]);
  });

  it('ends a report under a subordinator at its comma, the coordination opening the clause (politics)', () => {
    const analysis = analyse([
      'Congressmen Mike Capuano and Stephen Lynch are popular. Though Lynch and Capuano have expressed interest in the seat, Markey is the only candidate.',
    ]);
    expect(analysis.statements.filter((s) => s.text === 'interest in the seat')).toHaveLength(2);
  });

  it('joins no names across a verb: "met Ruth Alder and Tom Hale said" gives one speaker', () => {
    const analysis = analyse(['The envoy met Ruth Alder and Tom Hale said the talks had failed.']);
    expect(speakersOf(analysis, 'the talks had failed')).toHaveLength(1);
  });

  it('keeps a quotation from another sentence with the cue’s own speaker alone', () => {
    const analysis = analyse([
      'Ruth Alder and Tom Hale said the port would reopen. “We will be back,” Alder said later.',
    ]);
    expect(speakersOf(analysis, 'the port would reopen')).toEqual(['Ruth Alder', 'Tom Hale']);
    expect(speakersOf(analysis, 'We will be back')).toEqual(['Ruth Alder']);
  });
});

describe('a quantifier floated after the auxiliary', () => {
  it('leaves the participle a verb of saying: "have all denied interest" (politics)', () => {
    const analysis = analyse(['Martha Coakley and Marty Meehan have all denied interest in the seat.']);
    expect(speakersOf(analysis, 'interest in the seat')).toEqual(['Martha Coakley', 'Marty Meehan']);
  });
});

describe('a comparative clause with inversion after the report', () => {
  it('is the writer’s, and ends the report (politics)', () => {
    const analysis = analyse(['Deval Patrick has denied interest in the seat as have other Democrats.']);
    expect(analysis.statements.map((s) => s.text)).toEqual(['interest in the seat']);
  });

  it('after a comma too (business)', () => {
    const analysis = analyse(['The airline said the strike was unlawful, as did the union of pilots.']);
    expect(analysis.statements.map((s) => s.text)).toEqual(['the strike was unlawful']);
  });
});

describe('a comparative clause with inversion after a report', () => {
  it('gives the report to the people it names as its subject (politics)', () => {
    const analysis = analyse([
      'Governor Deval Patrick has denied interest in the seat, as have other Democrats including actor Ben Affleck and attorney Edward M. Kennedy, Jr.',
    ]);
    expect(speakersOf(analysis, 'interest in the seat')).toEqual([
      'Deval Patrick (Governor)',
      'Ben Affleck (actor)',
      'Edward M. Kennedy, Jr. (Attorney)',
    ]);
  });

  it('gives it to one named after "as did" (local government)', () => {
    const analysis = analyse(['The mayor, Ana Ruiz, said the plan would fail, as did Tom Vale.']);
    expect(speakersOf(analysis, 'the plan would fail')).toEqual(['Ana Ruiz (Mayor)', 'Tom Vale']);
  });

  it('gives it to no one a comparison of states names, nor to an owner (business)', () => {
    const analysis = analyse([
      'Ana Ruiz said prices would rise, as is the case with Tom Vale.',
      'Tom Vale said sales would fall, as did the head of Ana Ruiz’s union.',
    ]);
    expect(speakersOf(analysis, 'prices would rise')).toEqual(['Ana Ruiz']);
    expect(speakersOf(analysis, 'sales would fall')).toEqual(['Tom Vale']);
  });
});
