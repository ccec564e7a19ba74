import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';
import type { Analysis } from '../../src/extraction/types.ts';

function actorNamed(analysis: Analysis, name: string) {
  const actor = analysis.actors.find((a) => a.name === name);
  if (!actor) throw new Error(`no actor ${name} in ${JSON.stringify(analysis.actors.map((a) => a.name))}`);
  return actor;
}

describe('rules v0.4: organisations', () => {
  it('takes a name ending with an organisation suffix as an organisation', () => {
    const analysis = analyse([
      'Pinecrest Airlines cancelled dozens of flights on Monday.',
      'Lakeshore Airport said the delays would last into the evening.',
      'Passengers were sent on to Millbrook Airport.',
    ]);
    expect(actorNamed(analysis, 'Pinecrest Airlines').kind).toBe('ORGANIZATION');
    expect(actorNamed(analysis, 'Lakeshore Airport').kind).toBe('ORGANIZATION');
    // An airport that only receives passengers is where they went, not an actor.
    expect(analysis.actors.map((a) => a.name)).not.toContain('Millbrook Airport');
  });

  it('takes a record label, a film studio and a football club by the word they end on as organisations', () => {
    const analysis = analyse([
      'Singer Mira Holt signed with Harbourside Records in 1967.',
      'Lantern Pictures said the film would open in May.',
      'Kessby United said the transfer fee was a club record.',
    ]);
    expect(actorNamed(analysis, 'Harbourside Records').kind).toBe('ORGANIZATION');
    expect(actorNamed(analysis, 'Lantern Pictures').kind).toBe('ORGANIZATION');
    expect(actorNamed(analysis, 'Kessby United').kind).toBe('ORGANIZATION');
  });

  it('takes a research or advisory firm by the word it ends on, and its name without that word as the firm (business)', () => {
    const analysis = analyse([
      'Harwick Research estimated that tablet sales would fall this year.',
      'Harwick said the decline would last into the spring.',
      'Lindqvist Economics said growth would slow in the north.',
    ]);
    expect(actorNamed(analysis, 'Harwick Research').kind).toBe('ORGANIZATION');
    expect(actorNamed(analysis, 'Lindqvist Economics').kind).toBe('ORGANIZATION');
    expect(speakerNameOf(analysis, 'decline would last')).toBe('Harwick Research');
  });

  it('takes the journal a work was published in as an organisation, not a person (science)', () => {
    const analysis = analyse([
      'The findings were published in Coral Ecology Letters on Monday.',
      'Writing in Coastal Reviews, the authors said the effect was modest.',
    ]);
    expect(actorNamed(analysis, 'Coral Ecology Letters').kind).toBe('ORGANIZATION');
    expect(actorNamed(analysis, 'Coastal Reviews').kind).toBe('ORGANIZATION');
  });

  it('takes a subject that owns "its" or reports results as an organisation', () => {
    const analysis = analyse([
      'Marlow Widgets cut its workforce by a tenth.',
      'Brightwater Foods reported a quarterly loss.',
    ]);
    expect(actorNamed(analysis, 'Marlow Widgets').kind).toBe('ORGANIZATION');
    expect(actorNamed(analysis, 'Brightwater Foods').kind).toBe('ORGANIZATION');
  });

  it('takes a plural capitalised name after "the" as a team, not a person', () => {
    const analysis = analyse(['The Eastport Mariners lost at home to the Valley Falcons on Saturday.']);
    expect(actorNamed(analysis, 'Eastport Mariners').kind).not.toBe('PERSON');
    expect(actorNamed(analysis, 'Valley Falcons').kind).not.toBe('PERSON');
  });
});

describe('rules v0.4: titles', () => {
  it('keeps a full chief-officer title as an executive, and a police officer in law enforcement', () => {
    const analysis = analyse([
      'Chief Operating Officer Lina Haddad said the plant would reopen in March.',
      'Police officer Mark Dunn said the road would stay closed overnight.',
    ]);
    const haddad = statementWith(analysis, 'plant would reopen');
    expect(haddad.speakerRole).toBe('Chief Operating Officer');
    expect(actorNamed(analysis, 'Lina Haddad').roles[0]?.kind).toBe('EXECUTIVE');
    expect(actorNamed(analysis, 'Mark Dunn').roles[0]?.kind).toBe('LAW_ENFORCEMENT');
  });

  it('reads lower-case and capitalised sports titles before a name', () => {
    const analysis = analyse([
      'Assistant coach Rafael Mendes said the defence had improved since January.',
      'Captain Ingrid Sola said the squad was ready for the playoffs.',
    ]);
    expect(speakerNameOf(analysis, 'defence had improved')).toBe('Rafael Mendes');
    expect(statementWith(analysis, 'defence had improved').speakerRole?.toLowerCase()).toBe('assistant coach');
    expect(speakerNameOf(analysis, 'squad was ready')).toBe('Ingrid Sola');
    expect(statementWith(analysis, 'squad was ready').speakerRole).toBe('Captain');
  });
});

describe('rules v0.4: according to', () => {
  it('gives an indirect statement to a titled person after "according to"', () => {
    const analysis = analyse([
      'Orion Freight expanded its fleet this spring.',
      'According to Chief Technology Officer Dana Whitfield, the firm will add three depots in the north.',
    ]);
    const statement = statementWith(analysis, 'three depots');
    expect(statement.kind).toBe('INDIRECT');
    expect(statement.cue?.toLowerCase()).toBe('according to');
    expect(speakerNameOf(analysis, 'three depots')).toBe('Dana Whitfield');
    expect(statement.speakerRole).toBe('Chief Technology Officer');
  });

  it('still reads "added" as speech when a clause follows, but not when things are added', () => {
    const analysis = analyse([
      'Governor Paula Reyes said the budget was balanced.',
      'Reyes added the state would hire more teachers.',
      'The state also added 400 jobs in May.',
    ]);
    expect(speakerNameOf(analysis, 'hire more teachers')).toBe('Paula Reyes');
    expect(analysis.statements.some((s) => s.text.includes('400 jobs'))).toBe(false);
  });
});

describe('events referred back to', () => {
  it('merges "the ruling" into the ruling reported before, whoever its clause names', () => {
    const analysis = analyse([
      'A state judge on Monday blocked the expansion of Westbrook Airport, ruling that the permit ignored the river.',
      'Airport spokesperson Lena Fischer said the operator would appeal the ruling.',
    ]);
    const rulings = analysis.events.filter((event) => event.type === 'COURT_RULING');
    expect(rulings).toHaveLength(1);
  });
});
