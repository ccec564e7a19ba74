// Toward a relationship, accord is for it and discord against it. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { readTopic } from '../../src/extraction/stance/topic-reading.ts';

const ties = { words: ['ties', 'ruritania', 'freedonia'], name: 'ties between Ruritania and Freedonia' };

describe('relationships', () => {
  it('reads relationship nouns, and two names joined by "and", as a relationship', () => {
    expect(readTopic(ties).relationship).toBe(true);
    expect(readTopic({ words: ['ruritania', 'freedonia'], name: 'Ruritania and Freedonia' }).relationship).toBe(true);
    const sharing = { words: ['anna', 'bert', 'sharing', 'flat'], name: 'Anna and Bert sharing a flat' };
    expect(readTopic(sharing).relationship).toBe(false);
  });

  it('reads discord as against it, accord as for it', () => {
    expect(stanceToward('tensions between Ruritania and its neighbour are rising', ties)).toBe('OPPOSES');
    expect(stanceToward('Freedonia accused Ruritania of meddling in its affairs', ties)).toBe('OPPOSES');
    expect(stanceToward("Ruritania is Freedonia's closest ally", ties)).toBe('SUPPORTS');
  });

  it('reads both, or discord denied, as neither', () => {
    expect(stanceToward('there is no rift between Ruritania and Freedonia', ties)).not.toBe('OPPOSES');
    expect(stanceToward('the leaders of Ruritania and Freedonia met in March', ties)).toBe('NEUTRAL');
  });
});
