// Stance toward a topic by the kind of topic and the construction of the statement. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { stanceToward } from '../../src/extraction/stance.ts';
import { readTopic, wordKey } from '../../src/extraction/stance/topic-reading.ts';
import { sideCues, sideTaken } from '../../src/extraction/stance/topic-verbs.ts';
import { attestedPraise } from '../../src/extraction/stance/attested-praise.ts';

describe('the kind of topic', () => {
  it('reads a harm from the phrase, and an aim where a word of removal comes first', () => {
    expect(readTopic(['ferry', 'collision']).harmful).toBe(true);
    expect(readTopic(['reducing', 'air', 'pollution']).harmful).toBe(false);
    expect(readTopic(['city', 'library', 'opening']).harmful).toBe(false);
  });

  it('reads a harm the phrase names in its opening noun phrase, not a harm that qualifies something else', () => {
    const named = (name: string) => readTopic({ words: name.toLowerCase().split(/\W+/), name }).harmNamed;
    expect(named('ferry collision at the pier')).toBe(true);
    expect(named('death of the mayor')).toBe(true);
    expect(named('warming and drought threat to farms')).toBe(true);
    expect(named("the council's offer of talks with hostile tenants")).toBe(false);
    expect(named('the army put on war footing')).toBe(false);
  });

  it('reads the kind from the name as typed where given, not from every word the topic is known by', () => {
    const harbour = ['harbour', 'expansion', 'dredging', 'irreversible', 'damage'];
    expect(readTopic(harbour).harmful).toBe(true);
    expect(readTopic({ words: harbour, name: 'Harbour expansion' }).harmful).toBe(false);
  });

  it('reads a question of what, how or why as a question, and a yes-or-no question as its claim', () => {
    expect(readTopic({ words: ['badly', 'riders', 'hurt'], name: 'how badly the riders were hurt' }).question).toBe(
      true,
    );
    expect(readTopic({ words: ['bridge', 'closed'], name: 'Why the bridge closed' }).question).toBe(true);
    expect(readTopic({ words: ['mayor', 'blame'], name: 'is the mayor to blame' }).question).toBe(false);
    expect(readTopic({ words: ['bridge', 'reopens'], name: 'whether the bridge reopens' }).question).toBe(false);
  });

  it('reads a course of action, not a harm, from a phrase opening on a verb with its object', () => {
    const levy = readTopic({ words: ['making', 'landlords', 'pay', 'levy'], name: 'making landlords pay a levy' });
    expect(levy.harmful).toBe(false);
    expect(levy.claim()).toBe(false);
    // Read as a claim, any account would assert it; as a course of action, talks about it take no side.
    const asked = { words: ['making', 'landlords', 'pay', 'levy'], name: 'making landlords pay a levy' };
    expect(stanceToward('talks will be held with the tenants’ groups', asked)).toBe('NEUTRAL');
    expect(stanceToward('the levy is dangerous and unfair', asked)).toBe('OPPOSES');
    expect(readTopic({ words: ['landlords', 'pay', 'levy'], name: 'landlords made to pay a levy' }).harmful).toBe(true);
    expect(readTopic({ words: ['murder', 'envoy'], name: 'murder of the envoy' }).harmful).toBe(true);
  });

  it('keys its words by their first five letters, a shorter word by itself, for matching a statement’s words', () => {
    expect([...readTopic(['harbour', 'toll', 'tolls']).keys]).toEqual(['harbo', 'toll', 'tolls']);
    expect(wordKey('harbours')).toBe('harbo');
    expect(wordKey('pier')).toBe('pier');
  });

  it('counts its stems by their first three letters, for telling a clause that cannot restate it', () => {
    const { each, counts } = readTopic(['harbour', 'hardship', 'tolls', 'rising']).stemBeginnings();
    expect(each).toEqual(['har', 'har', 'tol', 'ris']);
    expect(counts).toEqual(
      new Map([
        ['har', 2],
        ['tol', 1],
        ['ris', 1],
      ]),
    );
  });

  it('reads a claim where the harm is said of a subject by a verb', () => {
    expect(readTopic(['mayor', 'abusing', 'office']).claim()).toBe(true);
    expect(readTopic(['ferry', 'collision']).claim()).toBe(false);
  });
});

describe('stance toward a harm', () => {
  const collision = ['ferry', 'collision'];

  it('is neutral toward an account of it, and against it when condemned in one’s own voice', () => {
    expect(stanceToward('Twelve passengers were injured when the two ferries struck the pier', collision)).toBe(
      'NEUTRAL',
    );
    expect(stanceToward('We are appalled; this disaster was a terrible failure of the whole service', collision)).toBe(
      'OPPOSES',
    );
  });

  it('does not take "I think" for a voice of one’s own: it hedges an account', () => {
    expect(stanceToward('I think the toll would have been far worse an hour later', collision)).toBe('NEUTRAL');
    expect(stanceToward('My crew saw terrible damage', collision)).toBe('OPPOSES');
  });

  it('is against it when condemned in words of strong blame, whoever’s voice', () => {
    expect(stanceToward('The wreck of the two ferries was a horrible sight', collision)).toBe('OPPOSES');
    // Words that only report harm ("injured", "died") judge nothing.
    expect(stanceToward('Two crew members died and a cook was injured', collision)).toBe('NEUTRAL');
  });

  it('is against it when warned of, and not when told what could have been', () => {
    expect(stanceToward('Overloaded ferries could sink in the first winter storm', collision)).toBe('OPPOSES');
    expect(stanceToward('A second radar could have spotted the pier before the collision', collision)).toBe('NEUTRAL');
  });

  it('is against it when the statement advises how to avoid it, with a modal or in the imperative', () => {
    expect(stanceToward('Captains must slow down in fog near the harbour', collision)).toBe('OPPOSES');
    expect(stanceToward('Keep clear of the harbour in fog', collision)).toBe('OPPOSES');
    // What will happen is no advice.
    expect(stanceToward('The inquiry will report in June', collision)).toBe('NEUTRAL');
  });

  it('takes naming the harm as no judgement of it', () => {
    expect(stanceToward('The collision happened shortly after midnight', collision)).toBe('NEUTRAL');
  });

  it('is never for it', () => {
    expect(stanceToward('The rescue crews did a wonderful job', collision)).not.toBe('SUPPORTS');
  });
});

describe('stance toward a sanction', () => {
  const fine = { words: ['fine', 'against', 'harbour', 'company'], name: 'penalty against the harbour company' };

  it('reads a sanction from a noun of penalty or prosecution, not as a harm', () => {
    const charges = readTopic({ words: ['charges', 'dockworkers'], name: 'charges against the dockworkers' });
    expect(charges.sanction).toBe(true);
    expect(charges.harmful).toBe(false);
    expect(readTopic(['ferry', 'collision']).sanction).toBe(false);
  });

  it('takes blame of the wrong it punishes as for it, and blame of the sanction or a wrong denied as against it', () => {
    expect(stanceToward('The company dumped waste for years and lied to the inspectors', fine)).toBe('SUPPORTS');
    expect(stanceToward('The firm will fight the penalty, which is unfair and wrong', fine)).toBe('OPPOSES');
    expect(stanceToward('The company is not guilty of anything', fine)).toBe('OPPOSES');
  });

  it('takes a hope or a promise, said of no one wronged, as no side', () => {
    expect(stanceToward('We hope to reach a good settlement soon', fine)).toBe('NEUTRAL');
  });
});

describe('a side taken in so many words', () => {
  const levy = { words: ['tourist', 'levy'], name: 'tourist levy' };

  it('reads the side of a verb or noun of taking sides whose object names the topic', () => {
    expect(stanceToward('the hoteliers will fight the levy in court', levy)).toBe('OPPOSES');
    expect(stanceToward('there is broad support for a tourist levy among residents', levy)).toBe('SUPPORTS');
    expect(stanceToward('the council called for a levy on overnight stays', levy)).toBe('SUPPORTS');
    expect(stanceToward('she would ask for a levy of two euros a night', levy)).toBe('SUPPORTS');
    expect(stanceToward('the hotels lobbied against the levy for months', levy)).toBe('OPPOSES');
  });

  it('takes no side from a side denied, or from one whose object is not the topic', () => {
    expect(sideTaken(['i', 'can', 't', 'say', 'i', 'support', 'the', 'levy'], (word) => word === 'levy')).toBe(0);
    expect(sideTaken(['support', 'from', 'the', 'levy', 'board'], (word) => word === 'levy')).toBe(0);
  });

  it('reads a clause’s words of taking sides once, whatever the topic, with a negation before them', () => {
    const words = ['we', 'don', 't', 'oppose', 'the', 'ferry', 'but', 'called', 'for', 'a', 'toll'];
    const cues = sideCues(words);
    expect(cues).toEqual([
      { word: 3, side: -1, object: 4, denied: true },
      { word: 7, side: 1, object: 9, denied: true },
    ]);
    expect(sideTaken(words, (word) => word === 'toll', cues)).toBe(0);
    expect(sideTaken(['they', 'called', 'for', 'a', 'toll'], (word) => word === 'toll')).toBe(1);
  });
});

describe('stance toward a claim of a harm', () => {
  it('takes an account of the harm as asserting the claim', () => {
    expect(
      stanceToward('He threatened the suppliers and punished those who refused', ['mayor', 'abusing', 'office']),
    ).toBe('SUPPORTS');
  });

  it('takes an account in plain words as asserting it, and a denial as against it', () => {
    const claim = ['mayor', 'abusing', 'office'];
    expect(stanceToward('He gave the harbour contract to his brother-in-law', claim)).toBe('SUPPORTS');
    expect(stanceToward('The mayor never gave any contract to his family', claim)).toBe('OPPOSES');
    // A failure said by negating praise states the harm; it denies nothing.
    expect(stanceToward('The mayor’s office was not working for the tenants', claim)).toBe('SUPPORTS');
    // A negation of purpose or of a condition denies nothing.
    expect(stanceToward('He paid the inspectors not to visit the harbour works', claim)).toBe('SUPPORTS');
    expect(stanceToward('He punished firms if they did not hire his friends', claim)).toBe('SUPPORTS');
    // A count reported in no voice of the speaker's stays a fact.
    expect(stanceToward('The council awarded 14 contracts last year', claim)).toBe('NEUTRAL');
  });

  it('does not read a subject’s list of phrases as one claim', () => {
    const subject = ['housing', 'tenants', 'evicted', 'rent', 'arrears', 'landlords', 'eviction', 'notices', 'council'];
    expect(readTopic(subject).claim()).toBe(true);
    expect(readTopic(subject).onePhrase).toBe(false);
    expect(stanceToward('The landlord sent letters to every flat in the block', subject)).toBe('NEUTRAL');
    expect(stanceToward('The landlord sent letters to every flat in the block', ['mayor', 'abusing', 'office'])).toBe(
      'SUPPORTS',
    );
  });
});

describe('stance of a party to the topic', () => {
  const alert = { words: ['ruritania', 'navy', 'put', 'war', 'alert'], name: "Ruritania's navy put on war alert" };

  it('reads as a party the speaker named as the one doing what a harm topic names', () => {
    expect(readTopic(alert).names('Ruritania')).toBe(true);
    expect(readTopic(alert).names('Coastal Herald')).toBe(false);
    // One noun phrase names no one doing anything; a participle says what was done to its subject.
    const plan = { words: ['ruritania', 'war', 'plan'], name: "Ruritania's war plan" };
    expect(readTopic(plan).names('Ruritania')).toBe(false);
    const expelled = {
      words: ['ruritania', 'envoys', 'expelled'],
      name: "Ruritania's envoys expelled from the capital",
    };
    expect(readTopic(expelled).names('Ruritania')).toBe(false);
  });

  it('takes a party’s own account as its side, and anyone else’s as a report', () => {
    const account = 'The fleet has sailed to its stations along the coast with all 48 of its ships';
    expect(stanceToward(account, alert, 'Ruritania')).toBe('SUPPORTS');
    expect(stanceToward(account, alert, 'Coastal Herald')).toBe('NEUTRAL');
    expect(stanceToward(account, alert)).toBe('NEUTRAL');
  });
});

describe('stance toward a question', () => {
  it('is neutral whatever the answer: a question asks, and takes no side', () => {
    const hurt = { words: ['badly', 'riders', 'hurt'], name: 'how badly the riders were hurt' };
    expect(stanceToward('Four riders were taken to hospital with broken bones', hurt)).toBe('NEUTRAL');
    expect(stanceToward('It was a horrible sight, the worst I have seen', hurt)).toBe('NEUTRAL');
    // Asked by its words alone, it reads as the claim that riders were hurt, which an account asserts.
    expect(stanceToward('It was a horrible sight, the worst I have seen', ['riders', 'hurt'])).toBe('SUPPORTS');
  });
});

describe('stance toward anything else', () => {
  const library = ['library', 'opening'];

  it('follows the statement’s praise and blame', () => {
    expect(stanceToward('The new library is a wonderful gift to the town', library)).toBe('SUPPORTS');
    expect(stanceToward('The library plan is a terrible waste of money', library)).toBe('OPPOSES');
  });

  it('takes a question asked in a statement as doubting what it asks', () => {
    expect(stanceToward('But does that mean the library will really open on time?', library)).toBe('OPPOSES');
    expect(stanceToward('How can anyone read there if the library opening keeps slipping?', library)).toBe('OPPOSES');
    // A question answered by what follows it doubts nothing.
    expect(stanceToward('Will it open on time? Yes, the library opening is on Monday', library)).not.toBe('OPPOSES');
  });

  it('takes one mildly negative word as a fact, not blame', () => {
    expect(stanceToward('Some guests went missing from the library opening', library)).toBe('NEUTRAL');
  });

  it('takes a count reported in no voice of the speaker’s as a fact', () => {
    expect(stanceToward('The library opened with 12,000 books on 3 May', library)).toBe('NEUTRAL');
  });

  it('takes the topic said to happen as for it, and something else said to happen as nothing', () => {
    expect(stanceToward('The library will open its doors in spring', library)).toBe('SUPPORTS');
    expect(stanceToward('It should happen this spring', library)).toBe('SUPPORTS');
    expect(stanceToward('The ferry service will resume in spring', library)).toBe('NEUTRAL');
  });

  it('takes the topic negated as against it', () => {
    expect(stanceToward('There will be no library on this site', library)).toBe('OPPOSES');
  });

  it('weighs the clause after a contrast against the one before: both ways at once is MIXED', () => {
    expect(stanceToward('The library is a fine idea, but the cost is a disgrace', library)).toBe('MIXED');
  });
});

describe("the cue's own side toward what it reports", () => {
  const levy = { words: ['landlord', 'levy'], name: 'the landlord levy' };
  const bribery = { words: ['bribery', 'inspectors'], name: 'bribery of the inspectors' };
  const sentence = { words: ['prison', 'sentence'], name: 'the prison sentence' };

  it('reads a verb of taking sides or of judging as the speaker’s side toward its object', () => {
    expect(stanceToward('the landlord levy', levy, '', 'said')).toBe('NEUTRAL');
    expect(stanceToward('the landlord levy', levy, '', 'condemned')).toBe('OPPOSES');
    expect(stanceToward('the landlord levy', levy, '', 'welcomed')).toBe('SUPPORTS');
    expect(stanceToward('a landlord levy to fund the repairs', levy, '', 'called for')).toBe('SUPPORTS');
  });

  it('reads a phrasal verb of attacking in words as blame', () => {
    expect(stanceToward('the landlord levy', levy, '', 'hit out at')).toBe('OPPOSES');
    expect(stanceToward('the landlord levy', levy, '', 'lashed out at')).toBe('OPPOSES');
    expect(stanceToward('the landlord levy', levy, '', 'set out')).toBe('NEUTRAL');
  });

  it('reads blame in the cue as blame said in the statement', () => {
    expect(stanceToward('the inspectors took bribery payments', bribery, '', 'reported')).toBe('NEUTRAL');
    expect(stanceToward('the inspectors took bribery payments', bribery, '', 'complained')).toBe('OPPOSES');
  });

  it('turns round what a verb of denial reports: a wrong denied argues against its sanction', () => {
    expect(stanceToward('any fraud in the deal', sentence, '', 'denied')).toBe('OPPOSES');
  });

  it('reads a wrong denied as no praise of anything', () => {
    const harbour = { words: ['harbour', 'contract'], name: 'the harbour contract' };
    expect(stanceToward('any fraud in the tender', harbour, '', 'denied')).toBe('NEUTRAL');
  });

  it('reads nothing into a cue that only reports, whatever the sentiment lexicon scores it', () => {
    expect(stanceToward('the landlord levy starts in May', levy, '', 'noted')).toBe('NEUTRAL');
    expect(stanceToward('the landlord levy starts in May', levy, '', 'according to')).toBe('NEUTRAL');
  });
});

describe('praise two lexicons agree on', () => {
  const ferry = { words: ['ferry', 'timetable'], name: 'the new ferry timetable' };

  it('reads no praise in words that only report work done', () => {
    expect(attestedPraise('wonderful')).toBe(true);
    expect(attestedPraise('working')).toBe(false);
    expect(stanceToward('crews were working on the key changes to the ferry timetable', ferry)).toBe('NEUTRAL');
    expect(stanceToward('the ferry timetable is a wonderful improvement', ferry)).toBe('SUPPORTS');
  });

  it('still reads a failure in a word of function negated', () => {
    expect(stanceToward('the ferry timetable screens were not working all week', ferry)).toBe('OPPOSES');
  });
});

describe('a negation undone', () => {
  const chapel = { words: ['king', 'buried', 'chapel'], name: 'is the king buried in the chapel' };

  it('reads "no … without" as no denial, and a plain "no" as one', () => {
    expect(stanceToward('No one would be buried in a chapel without a reason', chapel)).toBe('SUPPORTS');
    expect(stanceToward('No one was ever buried in the chapel', chapel)).toBe('OPPOSES');
  });
});

describe('a conflict told', () => {
  const ties = { words: ['harbour', 'city', 'ties'], name: 'harbour-city ties' };

  it('reads a side taken against anyone as against a relationship, unless denied', () => {
    expect(stanceToward('the port board means to resist the mayor on both counts', ties)).toBe('OPPOSES');
    expect(stanceToward('the port board will not resist the mayor on both counts', ties)).not.toBe('OPPOSES');
  });
});

describe('verbs of putting an end to their object', () => {
  it('read as a side against what they would end or destroy', () => {
    const sirens = { words: ['harbour', 'sirens'], name: 'the harbour sirens' };
    expect(stanceToward('the council would ban the harbour sirens by June', sirens)).toBe('OPPOSES');
    // "end" is read as often as a noun: it takes no side.
    expect(stanceToward('in the end the harbour sirens were tested at noon', sirens)).not.toBe('OPPOSES');
  });
});

describe('counts and dates', () => {
  it('reads a count as a fact, and a date as no count', () => {
    const levy = { words: ['landlord', 'levy'], name: 'the landlord levy' };
    expect(stanceToward('the landlord levy is a cruel and unfair disgrace', levy)).toBe('OPPOSES');
    expect(stanceToward('from April 1 the landlord levy is a cruel and unfair disgrace', levy)).toBe('OPPOSES');
    expect(stanceToward('the landlord levy fell on 4,000 unfair landlords', levy)).toBe('NEUTRAL');
  });

  it('reads no count in a rank, an ordinal or a span of time', () => {
    const museum = { words: ['museum', 'collection'], name: 'the museum collection' };
    expect(stanceToward('the museum collection is the best of the 19th century', museum)).toBe('SUPPORTS');
    expect(stanceToward('over the past 30 days the museum collection was the best', museum)).toBe('SUPPORTS');
    expect(stanceToward('the museum collection is the best of 30 galleries', museum)).toBe('NEUTRAL');
  });
});

describe('an attitude relayed', () => {
  const painter = { words: ['painter', 'legacy'], name: "the painter's legacy" };

  it("reads a third party's liking or wanting as theirs, not the speaker's praise", () => {
    expect(stanceToward('she loved bright colours and wanted to be rich and famous', painter)).toBe('NEUTRAL');
  });

  it("reads the speaker's own, or the generic you's, as the speaker's", () => {
    expect(stanceToward('I loved her bright, wonderful colours', painter)).toBe('SUPPORTS');
    expect(stanceToward('if you want wonderful colours, her work is the best', painter)).toBe('SUPPORTS');
  });

  it('reads "like" as a preposition and a verb after "to" as no attitude', () => {
    expect(stanceToward('great painters like her leave a wonderful legacy', painter)).toBe('SUPPORTS');
  });
});
