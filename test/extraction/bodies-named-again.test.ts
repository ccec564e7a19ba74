import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('a body named again by a description in its own words', () => {
  it('speaks as the body named before', () => {
    const analysis = analyse([
      'Northfield State University published a survey of its students on Monday.',
      'The university said most of them worked while they studied.',
    ]);
    expect(speakerNameOf(analysis, 'worked while they studied')).toBe('Northfield State University');
    const body = analysis.actors.find((actor) => actor.name === 'Northfield State University');
    expect(body?.aliases).toContain('The university');
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('the university');
  });

  it('takes the head of a name before its complement', () => {
    const analysis = analyse([
      'The Harbour Board of Commerce met the mayor.',
      'The board said the new port fees would be paid by shippers.',
    ]);
    expect(speakerNameOf(analysis, 'would be paid by shippers')).toBe('Harbour Board of Commerce');
  });

  it('is no body whose name holds the word only as a modifier', () => {
    const analysis = analyse([
      'The Platform Committee met in Orlando.',
      'The platform says the minimum wage should rise to $15 an hour.',
    ]);
    expect(speakerNameOf(analysis, 'minimum wage should rise')).not.toBe('Platform Committee');
  });

  it('is no body last named paragraphs before', () => {
    const analysis = analyse([
      'Viewers can watch the channel on Orbit Network in most cities.',
      'Its anchors have often been criticised.',
      'The channel hired a new editor in March.',
      'The network said it would send the editor to Crimea.',
    ]);
    expect(speakerNameOf(analysis, 'send the editor to Crimea')).not.toBe('Orbit Network');
  });
});

describe('a body named again by a noun for its kind', () => {
  it('speaks as the body named last in its sentence or the one before (business, sport)', () => {
    const analysis = analyse([
      'Volta Motors recalled 40,000 cars on Monday. The automaker said the fault lay in the brakes.',
      'Harbour United lost 2-0 at home on Saturday. The club said it would appeal the red card.',
    ]);
    expect(speakerNameOf(analysis, 'fault lay in the brakes')).toBe('Volta Motors');
    expect(speakerNameOf(analysis, 'appeal the red card')).toBe('Harbour United');
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('the club');
  });

  it('is left as written when no body was named just before, or for a noun news uses of others', () => {
    const analysis = analyse([
      'Harbour United lost 2-0 at home on Saturday.',
      'Fans left early. Tickets had cost more this season.',
      'The club said it would appeal the red card.',
      'Volta Motors bought adverts in the Ledger. The newspaper said sales of cars had fallen.',
    ]);
    expect(speakerNameOf(analysis, 'appeal the red card')).toBe('the club');
    expect(speakerNameOf(analysis, 'sales of cars had fallen')).toBe('the newspaper');
  });
});

describe('a body named again by a short form of its name', () => {
  it('is the body, without the word of its trade, and a body’s offshoot stays apart (technology, politics)', () => {
    const analysis = analyse([
      'Black Lotus Communications has announced a donation.',
      'The account was reinstated, and Black Lotus said it would help.',
      'The Harbor Caucus PAC spent $2 million, while the Harbor Caucus said it would not.',
    ]);
    expect(speakerNameOf(analysis, 'would help')).toBe('Black Lotus Communications');
    const names = analysis.actors.map((a) => a.name);
    expect(names).not.toContain('Black Lotus');
    expect(names).toEqual(expect.arrayContaining(['Harbor Caucus PAC', 'Harbor Caucus']));
  });
});

describe('"the company" after two bodies', () => {
  it('is the business, not a body of another kind named after it (technology)', () => {
    const analysis = analyse([
      'Black Lotus Communications will donate revenue made from the Westboro Baptist Church to charity. The company has confirmed its intentions in a statement.',
    ]);
    expect(speakerNameOf(analysis, 'its intentions')).toBe('Black Lotus Communications');
  });
});

describe('a one-word name that takes a verb in the plural', () => {
  it('is a body’s, as British English writes it (business)', () => {
    const analysis = analyse([
      'Skyvane have dismissed a pilot who appeared in a documentary about safety.',
      'Skyvane said the pilot had raised no concerns.',
    ]);
    expect(analysis.actors.find((actor) => actor.name === 'Skyvane')?.kind).toBe('ORGANIZATION');
  });

  it('is not one where the verb is a wish or the name a member of a party (politics)', () => {
    const analysis = analyse(['"God help us," Ana Ruiz said.', 'Lena Ortiz, a Democrat, said she would vote no.']);
    expect(analysis.actors.filter((actor) => actor.kind === 'ORGANIZATION').map((actor) => actor.name)).toEqual([]);
  });
});

describe('"the airline" after the article has called a body an airline', () => {
  it('names that body again, though another was named since (business)', () => {
    const analysis = analyse([
      'Irish budget airline Skyvane have dismissed pilot Tom Reyes over remarks he made in a documentary.',
      'The programme was broadcast by Channel 4 on Monday. The airline says the pilot had raised no concerns.',
    ]);
    expect(speakerNameOf(analysis, 'raised no concerns')).toBe('Skyvane');
  });
});
