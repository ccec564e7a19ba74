// Stance toward a measure and toward lifting it ("the curfew" / "lifting the curfew"): passives of lifting, wanting
// a thing undone, and a statement of the thing alone read against a topic that takes it away. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { readTopic } from '../../src/extraction/stance/topic-reading.ts';

const curfew = { words: ['curfew', 'harbour'], name: 'the harbour curfew' };
const lifting = { words: ['lifting', 'curfew', 'harbour'], name: 'lifting the harbour curfew' };

describe('a measure lifted', () => {
  it('reads a passive of lifting or repealing as against its subject', () => {
    expect(stanceToward('The harbour curfew should be lifted before the summer.', curfew)).toBe('OPPOSES');
    expect(stanceToward('the curfew must be repealed', curfew)).toBe('OPPOSES');
  });

  it('reads wanting a thing undone as against it', () => {
    expect(stanceToward('We want the curfew scrapped.', curfew)).toBe('OPPOSES');
    expect(stanceToward('We want the curfew kept.', curfew)).toBe('SUPPORTS');
  });
});

describe('a topic that takes something away', () => {
  it('is read as undoing its object', () => {
    expect(readTopic(lifting).undoing).toBe('lifting');
    expect(readTopic(curfew).undoing).toBeNull();
  });

  it('turns round what a statement of the thing alone says of it', () => {
    expect(stanceToward('We oppose the curfew.', lifting)).toBe('SUPPORTS');
    expect(stanceToward('We fully support the curfew.', lifting)).toBe('OPPOSES');
    expect(stanceToward('The curfew is a disaster for the cafés.', lifting)).toBe('SUPPORTS');
    expect(stanceToward('The curfew has worked and should stay.', lifting)).toBe('OPPOSES');
  });

  it('reads a statement naming the undoing toward the topic as it is', () => {
    expect(stanceToward('We oppose lifting the curfew.', lifting)).toBe('OPPOSES');
    expect(stanceToward('The curfew should be lifted now.', lifting)).toBe('SUPPORTS');
    expect(stanceToward('We oppose removing the curfew.', lifting)).toBe('OPPOSES');
  });
});

describe('a topic given by its words alone', () => {
  it('is not read as undoing, its words having no order', () => {
    expect(readTopic(['lifting', 'curfew', 'harbour']).undoing).toBeNull();
  });
});

describe('the speaker wanting or fearing, with words of degree between', () => {
  it('reads the speaker as the subject past auxiliaries and adverbs', () => {
    expect(stanceToward('We very much want the harbour curfew kept.', curfew)).toBe('SUPPORTS');
    expect(stanceToward('We really do want the curfew scrapped.', curfew)).toBe('OPPOSES');
    expect(stanceToward('I am deeply concerned about the harbour curfew.', curfew)).toBe('OPPOSES');
  });
});
