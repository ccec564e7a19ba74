// Topics found in an article's own words: names, key phrases and events, weighed against English at
// large, their forms gathered as aliases, the people quoted left to be actors.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';

const article = {
  headline: 'Davis Cup final goes to a deciding rubber as martial law debate grips Seoul',
  body: [
    'MADRID — Spain and Italy will settle the Davis Cup final in a deciding rubber on Sunday.',
    '“The Davis Cup means everything to us,” Spanish captain Rafael Ortega said after the doubles.',
    'In Seoul, lawmakers debated the martial law decree for a third day.',
    'Opposition leader Han Min-ji said the martial law order had been illegal from the start.',
    '“Martial law cannot return,” Han said, calling for an impeachment vote next week.',
    'The impeachment motion needs two thirds of the assembly, officials said.',
  ].join('\n'),
  publishedAt: '2024-12-06',
};

describe('topic discovery', () => {
  const analysis = extractArticle(article);
  const discovered = analysis.topics.filter((topic) => topic.origin === 'DISCOVERED');

  it('finds the names, phrases and events an article is about, most telling first', () => {
    const labels = discovered.map((topic) => topic.label.toLowerCase());
    expect(labels).toEqual(expect.arrayContaining(['davis cup', 'martial law']));
    expect(discovered.find((topic) => topic.label === 'Davis Cup')?.kind).toBe('ENTITY');
    const impeachment = discovered.find((topic) => /impeachment/i.test(topic.label));
    expect(impeachment?.kind).toBe('EVENT');
    expect([impeachment!.label.toLowerCase(), ...impeachment!.aliases]).toEqual(
      expect.arrayContaining(['impeachment vote', 'impeachment motion']),
    );
    for (let i = 1; i < discovered.length; i++) {
      expect(discovered[i - 1]!.weight).toBeGreaterThanOrEqual(discovered[i]!.weight);
    }
  });

  it('leaves the people quoted to be actors, and tags each statement with the topics its sentence names', () => {
    expect(discovered.map((topic) => topic.label)).not.toContain('Han Min-ji');
    const davisCup = discovered.find((topic) => topic.label === 'Davis Cup')!;
    const quote = analysis.statements.find((statement) => statement.text.startsWith('The Davis Cup means'))!;
    expect(quote.topics.map((topic) => topic.slug)).toContain(davisCup.slug);
    const martial = analysis.statements.find((statement) => statement.text.startsWith('Martial law cannot return'))!;
    expect(martial.topics.map((topic) => topic.slug)).not.toContain(davisCup.slug);
  });
});
