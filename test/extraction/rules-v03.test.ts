import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, statementWith } from './analyse.ts';
import type { Analysis } from '../../src/extraction/types.ts';

function actorNames(analysis: Analysis): string[] {
  return analysis.actors.map((a) => a.name);
}

function eventsOfType(analysis: Analysis, type: string) {
  return analysis.events.filter((e) => e.type === type);
}

function participantNames(analysis: Analysis, event: Analysis['events'][number]): string[] {
  return event.participants.map((p) => analysis.actors.find((a) => a.ref === p.actorRef)?.name ?? '?');
}

describe('rules v0.3: reported speech', () => {
  it('reports the clause written before a quotation that the cue follows', () => {
    const analysis = analyse([
      'Although the board expected profits to rise, sales were falling because “margins are thin everywhere,” the chief financial officer said, and rivals kept cutting prices.',
    ]);
    expect(statementWith(analysis, 'sales were falling').text).toBe(
      'Although the board expected profits to rise, sales were falling',
    );
    expect(speakerNameOf(analysis, 'sales were falling')).toBe('the chief financial officer');
    expect(statementWith(analysis, 'rivals kept').text).toBe('rivals kept cutting prices');
    expect(statementWith(analysis, 'margins are thin').kind).toBe('DIRECT');
  });

  it('keeps a report whole up to a quotation that goes on with a clause of its own, even without a comma', () => {
    const analysis = analyse([
      'The manager said the team would keep its tactics until the season ends “and nobody here wants anything else.”',
      'The manager said the referee had made “a terrible mistake in the second half.”',
    ]);
    expect(statementWith(analysis, 'keep its tactics')).toMatchObject({
      text: 'the team would keep its tactics until the season ends “and nobody here wants anything else.”',
      kind: 'MIXED',
    });
    expect(analysis.statements.find((s) => s.text === 'and nobody here wants anything else.')?.kind).toBe('DIRECT');
    // A quotation completing the clause is woven into it: one mixed statement, no direct one.
    expect(analysis.statements.map((s) => s.text)).not.toContain('the referee had made');
    expect(statementWith(analysis, 'a terrible mistake')).toMatchObject({
      text: 'the referee had made “a terrible mistake in the second half.”',
      kind: 'MIXED',
    });
    expect(analysis.statements.filter((s) => s.text.includes('a terrible mistake'))).toHaveLength(1);
  });
});

describe('rules v0.3: roles', () => {
  it('gives later statements the role stated most recently', () => {
    const analysis = analyse([
      '“The port needs dredging,” said Ines Duarte, chair of the harbour board and a former transport minister.',
      'Duarte said the work could start in spring.',
    ]);
    expect(statementWith(analysis, 'port needs').speakerRole).toBe('chair of the harbour board');
    expect(statementWith(analysis, 'work could start').speakerRole?.toLowerCase()).toBe('former transport minister');
  });

  it('reads a charge given in the story as a role: “put X in charge (of …)”', () => {
    const analysis = analyse([
      'The scandal forced a shake-up at the National Weather Agency. The minister put Tomas Vidal in charge on Monday.',
      'Vidal said forecasts would improve within a year.',
      'The governor placed Rhea Okafor in charge of the Water Authority after the floods.',
      'Okafor said repairs would take months.',
    ]);
    expect(statementWith(analysis, 'forecasts would improve').speakerRole).toBe('head of the National Weather Agency');
    expect(statementWith(analysis, 'repairs would take').speakerRole).toBe('head of the Water Authority');
  });
});

describe('rules v0.3: actors', () => {
  it('takes no actor from a vehicle named with a number word', () => {
    const analysis = analyse(['The spokesman spoke to reporters aboard Coast Guard One on Friday.']);
    expect(actorNames(analysis).some((n) => n.startsWith('Coast'))).toBe(false);
  });

  it('reads “<person> administration” and “<name> party” as organisations', () => {
    const analysis = analyse([
      'The Harlow administration said the budget would be balanced.',
      'Members of the Verdant party gathered in the square.',
    ]);
    const administration = analysis.actors.find((a) => a.name === 'Harlow administration');
    expect(administration?.kind).toBe('ORGANIZATION');
    expect(speakerNameOf(analysis, 'budget would be balanced')).toBe('Harlow administration');
    expect(analysis.actors.find((a) => a.name === 'Verdant')?.kind).toBe('ORGANIZATION');
  });

  it('keeps an organisation inside a title before a name out of the actors', () => {
    const analysis = analyse(['Meridian Bank spokeswoman Lena Fischer said branch hours would not change.']);
    expect(speakerNameOf(analysis, 'branch hours')).toBe('Lena Fischer');
    expect(actorNames(analysis)).not.toContain('Meridian Bank');
  });

  it('keeps the capital of a proper adjective opening a group’s name', () => {
    const analysis = analyse(['Nordic governments said the pipeline plan was premature.']);
    expect(speakerNameOf(analysis, 'pipeline plan')).toBe('Nordic governments');
    const other = analyse(['Local farmers said the drought had ruined the harvest.']);
    expect(speakerNameOf(other, 'drought had ruined')).toBe('local farmers');
  });
});

describe('rules v0.3: events', () => {
  it('takes no event from a trigger hanging on another noun, a court proceeding or a hypothesis', () => {
    const analysis = analyse([
      'Mayor Petra Novak unveiled the housing plan against a backdrop of not just the regional election but also rising rents.',
      'Dozens of neighbours of Omar Haddad attended the court hearing in Leeds.',
      'If a deal is reached, Chancellor Ruth Amsel will try to block the accord in parliament.',
      'The nurses Sara Lind and Maja Berg signed forms attesting they had checked the ward.',
    ]);
    expect(eventsOfType(analysis, 'VOTE')).toEqual([]);
    expect(eventsOfType(analysis, 'MEETING')).toEqual([]);
    expect(eventsOfType(analysis, 'AGREEMENT')).toEqual([]);
  });

  it('takes no event from a subheading', () => {
    const analysis = analyse([
      'Striker Leo Varga scored twice on Saturday.',
      'Coach met owners before final',
      'The club said nothing more.',
    ]);
    expect(eventsOfType(analysis, 'MEETING')).toEqual([]);
  });

  it('keeps a newly dated meeting apart from an undated one, and groups of OTHER apart', () => {
    const analysis = analyse([
      'Minister Aiko Tanaka said she discussed the tariffs with President Ruth Amsel during her trip.',
      'Tanaka will stop in Geneva on Friday to meet trade chief Paolo Conti.',
      'Prosecutor Nina Graf charged the driver Karl Weiss with manslaughter.',
      'Weiss died in hospital three days later.',
    ]);
    const meetings = eventsOfType(analysis, 'MEETING');
    expect(meetings).toHaveLength(2);
    expect(participantNames(analysis, meetings[1]!)).toContain('Paolo Conti');
    expect(eventsOfType(analysis, 'OTHER')).toHaveLength(2);
  });

  it('makes the speaker of “said in a news release” the agent of the release', () => {
    const analysis = analyse([
      '“The recall is precautionary,” Dana Reyes, the safety director of the Northwind Motor Company, said in a news release.',
    ]);
    const [release] = eventsOfType(analysis, 'STATEMENT_ISSUED');
    expect(release?.participants[0]).toMatchObject({ part: 'AGENT' });
    expect(participantNames(analysis, release!)[0]).toBe('Dana Reyes');
  });
});
