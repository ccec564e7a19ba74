// Stance read from constructions that carry no word of praise or blame. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { readText } from '../../src/extraction/stance/read-text.ts';
import { sideTaken } from '../../src/extraction/stance/topic-verbs.ts';

describe('"it is time to"', () => {
  const fleet = { words: ['retiring', 'ferry', 'fleet'], name: 'retiring the old ferry fleet' };

  it('reads "it\'s time (for X) to" as necessity, as "should" says it', () => {
    expect(stanceToward("it's time to retire the old ferry fleet", fleet)).toBe('SUPPORTS');
    expect(stanceToward('it is high time for the council to retire the ferry fleet', fleet)).toBe('SUPPORTS');
    expect(stanceToward('The ferry fleet served us for decades. It is time that the fleet went', fleet)).toBe(
      'SUPPORTS',
    );
  });

  it('leaves other uses of "time" alone', () => {
    expect(stanceToward('the ferry fleet keeps time with the tides', fleet)).toBe('NEUTRAL');
  });
});

describe('numbers in names', () => {
  it('reads no count in a number that is part of a name', () => {
    expect(readText('Flight KX42 was diverted').counted).toBe(false);
    expect(readText('the old Corvair 440 was grounded').counted).toBe(false);
    expect(readText('the Navigator 7 browser is slow').counted).toBe(false);
  });

  it('still reads a count after a weekday, at the opening of a sentence, or before a share', () => {
    expect(readText('on Monday 30 people fled the valley').counted).toBe(true);
    expect(readText('Some 200 people fled the valley').counted).toBe(true);
    expect(readText('the Valley Party won 30 percent').counted).toBe(true);
    expect(readText('the storm left 48 boats damaged').counted).toBe(true);
  });

  it('judges a statement naming a model by number as it would one without', () => {
    const retire = { words: ['retiring', 'navigator'], name: 'retiring the Navigator browser' };
    expect(stanceToward('it is time for users to move on from Navigator 7', retire)).toBe('SUPPORTS');
  });
});

describe('words that turn round what follows them', () => {
  const wall = { words: ['sea', 'wall'], name: 'the new sea wall' };
  const vaccine = { words: ['vaccine', 'programme'], name: 'the vaccine programme' };

  it('reads ill said of what something undoes as speaking well of it', () => {
    expect(stanceToward('the sea wall gives the town protection from deadly floods and terrible storms', wall)).toBe(
      'SUPPORTS',
    );
    expect(stanceToward('the sea wall will prevent terrible, deadly floods', wall)).toBe('SUPPORTS');
    expect(stanceToward('the vaccine programme will fight a deadly, terrible disease', vaccine)).toBe('SUPPORTS');
  });

  it('turns it round again when the undoing is denied, and not at all for "fight for"', () => {
    expect(stanceToward('the sea wall did not prevent the terrible, deadly floods', wall)).toBe('OPPOSES');
    expect(stanceToward('the vaccine programme is fighting for terrible, deadly outcomes', vaccine)).toBe('OPPOSES');
  });

  it('reads good things undone as ill, and a compound before the noun as no undoing of what follows', () => {
    expect(stanceToward('the vaccine programme will cut the generous, wonderful benefits', vaccine)).toBe('OPPOSES');
    expect(stanceToward('sea wall upkeep and flood prevention are good and wonderful', wall)).toBe('SUPPORTS');
  });

  it('sets a concession aside, and takes "despite" for no blame', () => {
    expect(stanceToward('the vaccine programme ran through the spring despite terrible, deadly storms', vaccine)).toBe(
      'NEUTRAL',
    );
  });
});

describe('a side taken toward what the statement points back to', () => {
  const tunnel = { words: ['harbour', 'tunnel'], name: 'the harbour tunnel' };

  it('reads "it", a "this" or "that" closing the clause, and a shell noun as the topic spoken of', () => {
    expect(stanceToward('we will fight it all the way', tunnel)).toBe('OPPOSES');
    expect(stanceToward('the mayor will oppose this move', tunnel)).toBe('OPPOSES');
    expect(stanceToward('the council will endorse such a plan', tunnel)).toBe('SUPPORTS');
  });

  it('reads "against" after a copula or "come out" as a side taken', () => {
    expect(stanceToward('I am against the harbour tunnel', tunnel)).toBe('OPPOSES');
    expect(stanceToward('the mayor has come out against the plan', tunnel)).toBe('OPPOSES');
    // A match against a side takes none.
    expect(stanceToward('the harbour tunnel team played against the rovers', tunnel)).toBe('NEUTRAL');
  });
});

describe('speech withheld', () => {
  const charges = { words: ['charges', 'ferry', 'captain'], name: 'charges against the ferry captain' };
  const tunnel = { words: ['harbour', 'tunnel'], name: 'the harbour tunnel' };

  it('reads a verb of saying negated or declined as saying nothing of the topic', () => {
    expect(stanceToward("she couldn't comment on the ongoing criminal investigation", charges)).toBe('NEUTRAL');
    expect(stanceToward('she would not say whether the charges would be dropped', charges)).toBe('NEUTRAL');
    expect(stanceToward('she would not say whether the tunnel would be finished on time', tunnel)).toBe('NEUTRAL');
  });

  it('leaves a negation of anything but saying to its words', () => {
    expect(stanceToward('she said the harbour tunnel would not open before 2030', tunnel)).toBe('OPPOSES');
  });
});

describe('cues of boasting and complaining', () => {
  const tunnel = { words: ['harbour', 'tunnel'], name: 'the harbour tunnel' };

  it('reads the boasting members of the complain class as praise and the rest as blame', () => {
    expect(stanceToward('the harbour tunnel opened on schedule', tunnel, 'the mayor', 'boasted')).toBe('SUPPORTS');
    expect(stanceToward('the harbour tunnel opened on schedule', tunnel, 'the mayor', 'touted')).toBe('SUPPORTS');
    expect(stanceToward('the harbour tunnel cost a great deal', tunnel, 'residents', 'bemoaned')).toBe('OPPOSES');
    expect(stanceToward('the harbour tunnel opened on schedule', tunnel, 'the mayor', 'said')).toBe('NEUTRAL');
  });
});

describe('nouns of attitude with their preposition', () => {
  const offer = { words: ['ferry', 'offer'], name: 'the ferry company offer' };

  it('reads a noun of liking or wanting before its object as a side for it, and one of fear or contempt against', () => {
    expect(stanceToward('keen interest in a fresh ferry offer next spring', offer)).toBe('SUPPORTS');
    expect(stanceToward('the union has no appetite for this ferry offer', offer)).not.toBe('SUPPORTS');
    expect(stanceToward('open contempt for the latest ferry offer', offer)).toBe('OPPOSES');
  });

  it('takes no side where the preposition is not the noun’s own', () => {
    expect(stanceToward('interest rates rose after the ferry offer', offer)).toBe('NEUTRAL');
  });
});

describe('undoing and concession, further', () => {
  const choir = { words: ['youth', 'choir'], name: 'the youth choir tour' };

  it('reads "nothing will prevent" as undoing the undoing, and the word of undoing as no blame of its own', () => {
    expect(stanceToward('nothing will prevent the youth choir from being a proud and active ensemble', choir)).toBe(
      'SUPPORTS',
    );
    expect(stanceToward('the youth choir sang to avoid import duty', choir)).toBe('NEUTRAL');
  });

  it('sets aside a concession with its gerund clause, to the comma when it opens the sentence', () => {
    expect(
      stanceToward('the youth choir sang on despite having been brought up in a long and bitter war', choir),
    ).not.toBe('OPPOSES');
    expect(stanceToward('Despite the rain, the youth choir tour was a terrible, dreadful mess', choir)).toBe('OPPOSES');
  });
});

describe('damaging and seeking', () => {
  const ties = { words: ['port', 'ties'], name: 'the port ties' };

  it('reads good things damaged as blame, the verb of damaging keeping its own', () => {
    expect(stanceToward('the row undermines the fine, warm and valued port ties', ties)).toBe('OPPOSES');
  });

  it('reads "seeks to" as trying, which takes no side toward what follows', () => {
    expect(stanceToward('rhetoric that seeks to end the port ties', ties)).not.toBe('SUPPORTS');
    expect(stanceToward('the mayor seeks stronger port ties', ties)).toBe('SUPPORTS');
  });
});

describe('a side relayed', () => {
  const tolls = { words: ['bridge', 'tolls'], name: 'the bridge tolls' };

  it('reads a side someone else is said to take as theirs, not the speaker’s', () => {
    expect(sideTakenOf('the drivers have said they will fight the bridge tolls', tolls)).toBe(0);
    expect(sideTakenOf('we said we will fight the bridge tolls', tolls)).toBe(-1);
    expect(sideTakenOf('we will fight the bridge tolls', tolls)).toBe(-1);
  });
});

function sideTakenOf(text: string, topic: { words: string[] }): number {
  const words = text.split(' ');
  return sideTaken(words, (word) => topic.words.includes(word));
}

describe('momentum', () => {
  it('reads momentum behind or around the topic as for it, hedged or not', () => {
    const levy = { words: ['tourist', 'levy'], name: 'a tourist levy' };
    expect(stanceToward('there seemed to be real momentum behind a tourist levy', levy)).toBe('SUPPORTS');
    expect(stanceToward('the momentum of the tide moved the tourist boats', levy)).toBe('NEUTRAL');
  });
});
