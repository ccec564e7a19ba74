// A side taken toward the topic named as a subject: the passive, stalling and going ahead, the speaker's wanting.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { subjectSide } from '../../src/extraction/stance/subject-sides.ts';

const tunnel = { words: ['harbour', 'tunnel'], name: 'the harbour tunnel' };

describe('the topic as subject', () => {
  it('reads a verb of taking sides in the passive as the active would be read', () => {
    expect(stanceToward('the harbour tunnel was scrapped by the new council', tunnel)).toBe('OPPOSES');
    expect(stanceToward('the harbour tunnel plan was quickly rejected', tunnel)).toBe('OPPOSES');
    expect(stanceToward('the harbour tunnel was endorsed by every ward', tunnel)).toBe('SUPPORTS');
  });

  it('reads it stalled or put off as against, and going ahead as for', () => {
    expect(stanceToward('the harbour tunnel has stalled', tunnel)).toBe('OPPOSES');
    expect(stanceToward('work on the harbour tunnel has been delayed again', tunnel)).toBe('OPPOSES');
    expect(stanceToward('the harbour tunnel project has been shelved', tunnel)).toBe('OPPOSES');
    expect(stanceToward('the harbour tunnel is on track', tunnel)).toBe('SUPPORTS');
    expect(stanceToward('the harbour tunnel project is proceeding', tunnel)).toBe('SUPPORTS');
  });

  it('takes no side where the verb is negated or its subject is something else', () => {
    expect(subjectSide('the harbour tunnel has not stalled'.split(' '), (w) => tunnel.words.includes(w))).toBe(0);
    expect(subjectSide('there was little progress on the ferry'.split(' '), (w) => tunnel.words.includes(w))).toBe(0);
    expect(stanceToward('the ferry timetable was delayed by the harbour tunnel works', tunnel)).not.toBe('OPPOSES');
  });
});

describe('the speaker’s wanting', () => {
  it('reads the speaker wanting or hoping for it as for it, and fearing it as against', () => {
    expect(stanceToward('I hope the harbour tunnel opens soon', tunnel)).toBe('SUPPORTS');
    expect(stanceToward('we want the harbour tunnel built', tunnel)).toBe('SUPPORTS');
    expect(stanceToward('we look forward to the harbour tunnel', tunnel)).toBe('SUPPORTS');
    expect(stanceToward('we dread the harbour tunnel', tunnel)).toBe('OPPOSES');
  });

  it('leaves a third party’s wanting to be relayed', () => {
    expect(stanceToward('the developers want the harbour tunnel built', tunnel)).toBe('NEUTRAL');
  });
});

describe('a copula’s predicate', () => {
  it('reads one word of praise or blame said of the topic by a copula as judging it', () => {
    expect(stanceToward('the harbour tunnel is a mistake', tunnel)).toBe('OPPOSES');
    expect(stanceToward('the harbour tunnel was a success', tunnel)).toBe('SUPPORTS');
    expect(stanceToward('the harbour tunnel is not a mistake', tunnel)).toBe('SUPPORTS');
  });

  it('leaves the same word said of something else, or in passing, a fact', () => {
    expect(stanceToward('the ferry was a mistake, and the harbour tunnel opens in May', tunnel)).toBe('NEUTRAL');
    expect(stanceToward('a mistake delayed the harbour tunnel survey', tunnel)).not.toBe('SUPPORTS');
  });
});

describe('a side received', () => {
  it('reads the topic facing, drawing or winning a side noun as that side toward it', () => {
    expect(stanceToward('the harbour tunnel faces fierce opposition', tunnel)).toBe('OPPOSES');
    expect(stanceToward('the harbour tunnel plan has drawn criticism from residents', tunnel)).toBe('OPPOSES');
    expect(stanceToward('the harbour tunnel met with a backlash', tunnel)).toBe('OPPOSES');
    expect(stanceToward('the harbour tunnel won broad support in the council', tunnel)).toBe('SUPPORTS');
  });
});
