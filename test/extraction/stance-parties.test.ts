// A party to a topic, named after the topic's subject, and its blame of the other side. Sentences and names are
// our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { readTopic } from '../../src/extraction/stance/topic-reading.ts';

const alert = { words: ['ruritania', 'navy', 'war', 'footing'], name: "Ruritania's navy on war footing" };

describe('a party named after the topic’s subject', () => {
  it('reads a body or a person named after the subject’s proper name as its party', () => {
    expect(readTopic(alert).names('Ruritanian State News Agency')).toBe(true);
    expect(readTopic(alert).names('a Ruritanian official')).toBe(true);
    expect(readTopic(alert).names('Ruritania')).toBe(true);
  });

  it('reads no one else as its party, nor a common word of the subject', () => {
    expect(readTopic(alert).names('Coastal Herald')).toBe(false);
    expect(readTopic(alert).names('Navy Times')).toBe(false);
    // One noun phrase names no one doing anything.
    const plan = { words: ['ruritania', 'war', 'plan'], name: "Ruritania's war plan" };
    expect(readTopic(plan).names('Ruritanian State News Agency')).toBe(false);
  });
});

describe('a party’s blame of the other side', () => {
  const blame = 'Those reckless and foolish provocations deserve a harsh answer';

  it('is its side toward its own action, not against it', () => {
    expect(stanceToward(blame, alert, 'Ruritanian State News Agency', 'added')).toBe('SUPPORTS');
  });

  it('is against the topic from anyone else', () => {
    expect(stanceToward(blame, alert, 'Coastal Herald', 'added')).toBe('OPPOSES');
  });

  it('leaves a party’s denial against the topic', () => {
    expect(stanceToward('The navy will not be put on alert', alert, 'Ruritanian State News Agency', 'said')).toBe(
      'OPPOSES',
    );
  });
});
