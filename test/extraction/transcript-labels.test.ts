import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('speaker labels of a transcript in capitals', () => {
  it('are the surnames of the people the article names (politics)', () => {
    const analysis = analyse([
      'Governor Mary Fallow spoke to the host, Jack Tapley, on Sunday.',
      'TAPLEY: Do you think the senator has campaigned as a healer?',
      'FALLOW: Well, I think the whole state needs to work together on this.',
    ]);
    expect(speakerNameOf(analysis, 'campaigned as a healer')).toBe('Jack Tapley');
    expect(speakerNameOf(analysis, 'whole state needs')).toBe('Mary Fallow');
    expect(analysis.actors.map((actor) => actor.name)).not.toContain('FALLOW');
  });

  it('speak in a transcript printed as a quotation of several paragraphs, a clip’s label not (politics)', () => {
    const analysis = analyse([
      'Governor Mary Fallow spoke to the host, Jack Tapley, on Sunday. Partial transcript as follows:',
      '"TAPLEY: Do you think the senator has campaigned as a healer?',
      '"FALLOW: Well, I think the whole state needs to work together on this.',
      '"VIDEO: We will build the road, and we will build it this year.',
    ]);
    expect(speakerNameOf(analysis, 'campaigned as a healer')).toBe('Jack Tapley');
    expect(speakerNameOf(analysis, 'whole state needs')).toBe('Mary Fallow');
    expect(analysis.statements.filter((s) => s.text.includes('build the road'))).toEqual([]);
  });

  it('leave a dateline in capitals a place (politics)', () => {
    const analysis = analyse([
      'MANCHESTER, N.H. — Voters here liked the plan, said Ruth Manchester, a retired teacher.',
    ]);
    expect(speakerNameOf(analysis, 'liked the plan')).toBe('Ruth Manchester');
  });
});
