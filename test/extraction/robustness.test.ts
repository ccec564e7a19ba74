import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';

// Pathological text must not throw; how long it takes is the linear-time test's business below
// (the test runner's timeout catches runaway regexes).
const SIZE = 200_000;

function extract(body: string) {
  return extractArticle({ headline: 'Stress', body, publishedAt: '2024-01-01' });
}

describe('pathological input', () => {
  it('handles 200 KB of nothing but quotation marks', () => {
    expect(extract('“”"'.repeat(SIZE / 3)).statements).toEqual([]);
  });

  it('handles one 200 KB sentence without punctuation', () => {
    const words = ['the', 'minister', 'said', 'officials', 'told', 'Anna', 'Berg', 'visited', 'summit', 'Paris'];
    const body = Array.from({ length: SIZE / 7 }, (_, i) => words[i % words.length]).join(' ');
    expect(extract(body).extractorVersion).toMatch(/\S/);
  });

  it('reads an article written all in lower case that opens on a relative pronoun', () => {
    const analysis = extract(
      'who declares ebola outbreak an international emergency.\n\nthe outbreak, who said, is the largest.',
    );
    expect(analysis.extractorVersion).toMatch(/^rules-/);
  });

  it('returns an empty analysis for an empty body', () => {
    const analysis = extractArticle({ headline: '', body: '' });
    expect([analysis.actors, analysis.statements, analysis.events, analysis.topics]).toEqual([[], [], [], []]);
  });
});

describe('linear time on 1 MB inputs', () => {
  const MB = 1_000_000;

  /** CPU time of one extraction, the smallest of three runs: steadier than wall time on a shared machine. */
  function cpuMs(body: string): number {
    const runs = [0, 1, 2].map(() => {
      const before = process.cpuUsage();
      extractArticle({ headline: 'Stress', body, publishedAt: '2024-01-01' });
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000;
    });
    return Math.min(...runs);
  }

  it('reads 1 MB of quotation marks', () => {
    const analysis = extractArticle({ headline: 'Stress', body: '“"”'.repeat(MB / 3), publishedAt: '2024-01-01' });
    expect(analysis.statements).toEqual([]);
  });

  // Four times the text must cost about four times the work: quadratic work would cost sixteen. The bound sits
  // between the two, clear of a busy machine's noise (one run once measured above 8 under load).
  it('reads one 1 MB sentence in time linear in its length', () => {
    const words = ['the', 'envoy', 'said', 'he', 'visited', 'Rome', 'and', 'met', 'Carla', 'Rossi', '“yes', 'no”'];
    const make = (chars: number) => Array.from({ length: chars / 5 }, (_, i) => words[i % words.length]).join(' ');
    const quarter = cpuMs(make(MB / 4));
    const full = cpuMs(make(MB));
    expect(full / quarter).toBeLessThan(10);
  });
});
