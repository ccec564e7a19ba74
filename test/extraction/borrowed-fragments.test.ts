import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf } from './analyse.ts';

describe('short quoted phrases in a sentence without a cue', () => {
  it('are terms, not said by the cue of a neighbouring sentence', () => {
    const analysis = analyse([
      'The league panel also stated the driver braked too late. Later the league made the "slow zone rule" compulsory.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual(['the driver braked too late']);
  });

  it('are speech when they open in capitals or exclaim', () => {
    const analysis = analyse([
      'Nora Quist said the night went well. "In my head, anyway." The hall was full. "but they were late!"',
    ]);
    expect(speakerNameOf(analysis, 'In my head, anyway.')).toBe('Nora Quist');
    expect(speakerNameOf(analysis, 'but they were late!')).toBe('Nora Quist');
  });

  it('are speech with a cue of their own', () => {
    const analysis = analyse(['The coach called the pitch "a muddy field".']);
    expect(speakerNameOf(analysis, 'a muddy field')).toBe('the coach');
  });
});
