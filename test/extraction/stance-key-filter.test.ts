import { describe, expect, it } from 'vitest';
import { inFilter, keyBit, readTopic, wordKey, wordKeys } from '../../src/extraction/stance/topic-reading.ts';
import { stanceToward } from '../../src/extraction/stance.ts';

// A topic's keys are held in a filter of bits too (stance/topic-reading.ts): a word whose bit is not set is not
// looked up. The filter may let a word through that the look-up then turns away, never the other way round.

describe("a topic's key filter", () => {
  it('lets every key of the topic through', () => {
    const topic = readTopic(['harbour', 'dredging', 'permits', 'council']);
    for (const word of ['harbour', 'harbours', 'dredged', 'permit', 'council', 'councillors'])
      expect(inFilter(topic.keyFilter, keyBit(wordKey(word)))).toBe(true);
  });

  it('cuts keys and bits once for a list of words, in order', () => {
    const cut = wordKeys(['dredging', 'of', 'harbours']);
    expect(cut.keys).toEqual(['dredg', 'of', 'harbo']);
    expect([...cut.bits]).toEqual(['dredg', 'of', 'harbo'].map(keyBit));
    for (const bit of cut.bits) expect(bit).toBeLessThan(1024);
  });

  it('reads the stance toward a topic named by a word of its stem', () => {
    expect(stanceToward('The council strongly condemned the harbour dredging.', ['harbour', 'dredging'])).toBe(
      stanceToward('The council strongly condemned the harbour dredging.', new Set(['harbour', 'dredging'])),
    );
    expect(stanceToward('We welcome the new harbour permits, which are excellent.', ['harbour', 'permits'])).toBe(
      'SUPPORTS',
    );
  });
});
