import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { statementTopics, topicSlugsIn } from '../../src/extraction/topics.ts';

describe('statement topics and stance', () => {
  it('tags from the statement and its sentence', () => {
    const topics = statementTopics(
      'it should happen this year',
      'Estonia backs a NATO invitation for Kyiv. Its minister said it should happen this year.',
    );
    expect(topics).toContainEqual({ slug: 'nato-invitation', stance: 'SUPPORTS' });
  });

  it('tags by a common word only beside another of the topic’s phrases, not by bare words', () => {
    expect(topicSlugsIn('Federer walked onto centre court for the final')).not.toContain('courts');
    expect(topicSlugsIn('The invitation to the gala was lost in the post')).not.toContain('nato-invitation');
    expect(topicSlugsIn('The judge delayed the trial until March')).toContain('courts');
    expect(topicSlugsIn('Kyiv wants NATO membership')).toContain('nato-invitation');
  });
});

describe('stance', () => {
  it('is read from how a statement is built: evaluation, modality, negation, contrast', () => {
    expect(stanceToward('We strongly support the bid', ['bid'])).toBe('SUPPORTS');
    expect(stanceToward('We do not support the bid', ['bid'])).toBe('OPPOSES');
    expect(stanceToward('A decision is unlikely before spring', ['decision'])).toBe('OPPOSES');
    expect(stanceToward('The committee meets on Monday', ['committee'])).toBe('NEUTRAL');
    expect(stanceToward('it should happen now')).toBe('SUPPORTS');
    expect(stanceToward('It won’t happen before.')).toBe('OPPOSES');
    expect(
      stanceToward(
        'We are not at the point right now where the alliance is talking about issuing an invitation ... But we will continue conversations to help them move closer to this alliance.',
        ['invitation'],
      ),
    ).toBe('MIXED');
  });

  it('takes a clause restating the topic as presenting it so, and a negated one as not', () => {
    const topic = ['harbour', 'bridge', 'closed'];
    expect(stanceToward('The harbour bridge was closed to traffic on Sunday', topic)).toBe('SUPPORTS');
    expect(stanceToward('The harbour bridge has not been closed at any point', topic)).toBe('OPPOSES');
    // Naming one word of the topic is not restating it.
    expect(stanceToward('The bridge opened in 1932', topic)).toBe('NEUTRAL');
  });
});
