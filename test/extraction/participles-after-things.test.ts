import { describe, expect, it } from 'vitest';
import { analyse, speakerNameOf, speakerOf } from './analyse.ts';
import type { Analysis } from '../../src/extraction/types.ts';

function speakersOf(analysis: Analysis, fragment: string): string[] {
  return analysis.statements.filter((s) => s.text.includes(fragment)).map((s) => speakerOf(analysis, s).name);
}

describe('a participle of saying right after a thing that cannot speak', () => {
  it("goes with the clause's subject after a verb's object (politics)", () => {
    const analysis = analyse([
      "Former prime minister Tony Blair also commented about Alberta's oil and gas royalty dispute saying, \"I'm just glad it's not my decision.\"",
    ]);
    expect(speakersOf(analysis, 'not my decision')).toEqual(['Tony Blair']);
  });

  it('goes with it after what a copula says the subject is (intelligence)', () => {
    const analysis = analyse([
      'An unnamed senior CIA official stood by the view that the trailers were mobile bioweapons labs saying "It is what we think it is, to the best of our knowledge."',
    ]);
    expect(speakersOf(analysis, 'what we think it is')).toEqual(['an unnamed senior CIA official']);
  });

  it('goes with it after a message the subject answered with (crime)', () => {
    const analysis = analyse(['Many readers responded with tweets calling the attack "monstrous and disgusting".']);
    expect(speakersOf(analysis, 'monstrous')).toEqual(['many readers']);
  });

  it('leaves a participle of a thing that is no saying to the report it sits in (politics)', () => {
    const analysis = analyse([
      'Republicans attacked Senator Tim Kaine for his past work defending death row inmates in Virginia.',
    ]);
    expect(analysis.statements.map((s) => s.text)).toEqual([
      'Senator Tim Kaine for his past work defending death row inmates in Virginia',
    ]);
  });
});

describe('a participle of saying after the one a message is addressed to', () => {
  it('goes with the sender, past a quotation that split the sentence (politics)', () => {
    const analysis = analyse([
      'The council met on Monday.',
      'After she visited the clinic, Mayor Ines Varga tweeted: "How can the city sleep tonight? Have we become so cold?", and addressed Prime Minister Tomas Heyler demanding "stricter laws and more police" to combat the crime.',
    ]);
    expect(speakerNameOf(analysis, 'stricter laws and more police')).toBe('Ines Varga');
  });
});
