import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';

const SIZE = 200_000;
// Generous for a slow machine; the linear-time passes take about a second here.
const TIME_LIMIT_MS = 5_000;

function timed(body: string) {
  const started = performance.now();
  const analysis = extractArticle({ headline: 'Stress', body, publishedAt: '2024-01-01' });
  return { analysis, ms: performance.now() - started };
}

describe('pathological input', () => {
  it('handles 200 KB of nothing but quotation marks', () => {
    const { analysis, ms } = timed('“”"'.repeat(SIZE / 3));
    expect(analysis.statements).toEqual([]);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('handles one 200 KB sentence without punctuation', () => {
    const words = ['the', 'minister', 'said', 'officials', 'told', 'Anna', 'Berg', 'visited', 'summit', 'Paris'];
    const body = Array.from({ length: SIZE / 7 }, (_, i) => words[i % words.length]).join(' ');
    const { analysis, ms } = timed(body);
    expect(analysis.extractorVersion).toMatch(/\S/);
    expect(ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('returns an empty analysis for an empty body', () => {
    const analysis = extractArticle({ headline: '', body: '' });
    expect([analysis.actors, analysis.statements, analysis.events, analysis.topics]).toEqual([[], [], [], []]);
  });
});

describe('linear time on 1 MB inputs', () => {
  const MB = 1_000_000;
  // A megabyte goes through wink in a few seconds on a slow machine; quadratic work would take minutes.
  const MB_LIMIT_MS = 30_000;

  it('reads 1 MB of quotation marks', () => {
    const { analysis, ms } = timed('“"”'.repeat(MB / 3));
    expect(analysis.statements).toEqual([]);
    expect(ms).toBeLessThan(MB_LIMIT_MS);
  });

  it('reads one 1 MB sentence, and twice the text takes about twice the time', () => {
    const words = ['the', 'envoy', 'said', 'he', 'visited', 'Rome', 'and', 'met', 'Carla', 'Rossi', '“yes', 'no”'];
    const make = (chars: number) => Array.from({ length: chars / 5 }, (_, i) => words[i % words.length]).join(' ');
    const half = timed(make(MB / 2));
    const full = timed(make(MB));
    expect(full.ms).toBeLessThan(MB_LIMIT_MS);
    expect(full.ms).toBeLessThan(half.ms * 3 + 500);
  });
});
