// In a result, the side a body plays against is a body: a club or a national team, not a person or a city; so is a city whose coach is named.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';

describe('the sides of a result', () => {
  const analysis = extractArticle({
    headline: 'Results',
    body: 'Atletico Rosales beat Dunmore 2-1 in Lisbon on Saturday. Valencia lost to Atletico Rosales on Sunday.',
    publishedAt: '2024-10-17',
  });
  const kinds = Object.fromEntries(analysis.actors.map((a) => [a.name, a.kind]));

  it('makes a one-word side an organisation, and a city that plays its club', () => {
    expect(kinds).toMatchObject({
      'Atletico Rosales': 'ORGANIZATION',
      Dunmore: 'ORGANIZATION',
      Valencia: 'ORGANIZATION',
    });
    expect(kinds).not.toHaveProperty('Lisbon');
  });

  it('gives each match both its sides', () => {
    const names = (refs: string[]) => refs.map((ref) => analysis.actors.find((a) => a.ref === ref)?.name);
    expect(analysis.events.map((e) => names(e.participants.map((p) => p.actorRef)))).toEqual([
      ['Atletico Rosales', 'Dunmore'],
      ['Valencia', 'Atletico Rosales'],
    ]);
  });
});

describe('a city before a team title', () => {
  it('is the club whose coach or player the name after it is, and that club speaks later (sport)', () => {
    const analysis = extractArticle({
      headline: 'Appeal',
      body: 'Porto coach Sergio Alves blamed the referee for the defeat. Porto said it would appeal the red card to the league.',
      publishedAt: '2024-10-17',
    });
    const porto = analysis.actors.find((a) => a.name === 'Porto');
    expect(porto?.kind).toBe('ORGANIZATION');
    expect(analysis.statements.find((s) => s.text.includes('appeal the red card'))?.speakerRef).toBe(porto?.ref);
  });
});

describe('two sides neither of which the story names as a body yet', () => {
  it('are both clubs when one beat the other (sport)', () => {
    const analysis = extractArticle({
      headline: 'Result',
      body: 'Kessby beat Dunmore 3-1 on Tuesday in Lisbon. The win sends Kessby into the quarterfinals.',
      publishedAt: '2024-10-17',
    });
    const kinds = Object.fromEntries(analysis.actors.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({ Kessby: 'ORGANIZATION', Dunmore: 'ORGANIZATION' });
    expect(analysis.events).toHaveLength(1);
  });

  it('are clubs across a result with a score even when read as people, and people without a score (sport, politics)', () => {
    const analysis = extractArticle({
      headline: 'Results',
      body: 'Vorwerk Bremen beat Kessel Hansa 4-0 on Saturday. Lena Marsh beat Tom Cole in the mayoral debate.',
      publishedAt: '2024-10-17',
    });
    const kinds = Object.fromEntries(analysis.actors.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({ 'Vorwerk Bremen': 'ORGANIZATION', 'Kessel Hansa': 'ORGANIZATION' });
    expect(kinds['Lena Marsh']).not.toBe('ORGANIZATION');
  });
});
