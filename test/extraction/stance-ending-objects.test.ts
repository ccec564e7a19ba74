// A side taken toward putting an end to the topic is the other side toward the topic. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';

const quarry = { words: ['granite', 'quarry'], name: 'the granite quarry' };
const raids = { words: ['dawn', 'raids'], name: 'dawn raids on the camps' };

describe('sides taken toward ending the topic', () => {
  it('reads a call for its end, its ban or its repeal as against it', () => {
    expect(stanceToward('the villagers called for an end to the granite quarry', quarry)).toBe('OPPOSES');
    expect(stanceToward('we support a halt to the dawn raids', raids)).toBe('OPPOSES');
    expect(stanceToward('the council urged the closure of the quarry', quarry)).toBe('OPPOSES');
    expect(stanceToward('campaigners demanded a ban on dawn raids', raids)).toBe('OPPOSES');
  });

  it('reads opposition to its end as for it', () => {
    expect(stanceToward('the union opposes the closure of the granite quarry', quarry)).toBe('SUPPORTS');
  });

  it('keeps the side of a call for the topic itself', () => {
    expect(stanceToward('the villagers called for the granite quarry to be expanded', quarry)).toBe('SUPPORTS');
    expect(stanceToward('we oppose the dawn raids', raids)).toBe('OPPOSES');
  });
});

describe('an ending that is the topic', () => {
  it('reads a side taken toward it as toward the topic', () => {
    const ban = { words: ['ban', 'night', 'flights'], name: 'the ban on night flights' };
    expect(stanceToward('residents backed the ban on night flights', ban)).toBe('SUPPORTS');
  });
});
