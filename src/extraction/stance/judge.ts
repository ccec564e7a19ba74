// From what a statement shows (features.ts) to its stance toward the topic: the surest readings first.
import type { Stance } from '../types.ts';
import type { Features } from './features.ts';

/** Words' praise below this says nothing. */
const PRAISE = 0.3;
/** Words' blame below this says nothing: one mildly negative word (wink-nlp scores "attack", "charges",
 *  "crash" 0.4 or less) is often a fact; two of them, or a stronger one, blame. */
const BLAME = 0.5;
/** A word of blame this strong judges in the speaker's own voice ("horrible", "dangerous"; wink-nlp's scale). */
const STRONG_BLAME = 0.75;
/** "Not likely", said of a clause that names the topic or points back to it: a hedge ("they don't seem able to")
 *  or a concession softens a prospect denied but does not turn it round, so any clause but one both conceded and
 *  hedged off the topic (weight 0.18) says it. */
const UNLIKELY = 0.25;
/** Said to happen or be needed in an asserted, unhedged clause that names the topic or points back to it. */
const LIKELY = 1;

export function judgeStance(f: Features): Stance {
  const stance = judgeStatement(f);
  // A party to the topic giving its account of it speaks for its own side: where the words take none,
  // that is its stance ("North Korea says its army is ready", asked about North Korea's army on war footing).
  if (stance !== 'NEUTRAL' || f.questionTopic) return stance;
  if (f.speakerParty) return 'SUPPORTS';
  // The defence speaks against the charge or the penalty its client faces, whatever its words.
  return f.defence ? 'OPPOSES' : stance;
}

function judgeStatement(f: Features): Stance {
  // A question ("how badly the passengers were hurt") is answered, not taken a side on.
  if (f.questionTopic) return 'NEUTRAL';
  // Speech withheld ("declined to comment on the charges", "would not say whether") says nothing of the topic.
  if (f.withheld) return 'NEUTRAL';
  if (f.contrasted) return 'MIXED';
  // A side taken in so many words toward what the topic names: "fight the charges", "support for the plan".
  if (f.sideTaken !== 0) return f.sideTaken > 0 ? 'SUPPORTS' : 'OPPOSES';
  // Toward a sanction, freedom called for ("should be released") or denied ("must never be freed").
  if (f.released !== 0) return f.released > 0 ? 'SUPPORTS' : 'OPPOSES';
  // A question the statement asks, to doubt ("does that mean they're going to be indicted?"), is against it.
  if (f.doubts) return 'OPPOSES';
  // Doubt said in so many words ("raises serious questions about", "casts doubt on") is against what is doubted, and
  // the one raising it: either way, against the topic.
  if (f.questioned) return 'OPPOSES';
  // An indirect question ("learning why the gate was open") asks what happened, and claims nothing of it.
  if (f.inquires) return 'NEUTRAL';
  // What the topic is said to do, good or bad ("the tax will cost jobs", "the plan has failed"), whatever it
  // counts; asked to doubt it, or asked of, it is read above.
  const outcome = f.outcome();
  if (outcome !== 0) return outcome > 0 ? 'SUPPORTS' : 'OPPOSES';
  // Said not to be so, not to happen, or not before a condition; the topic itself negated.
  if (f.restatedDenied > 0 || f.unlikely >= UNLIKELY || f.topicNegated()) return 'OPPOSES';
  const against = f.blame >= BLAME && f.blame > f.praise;
  // A count, reported in no voice of the speaker's own, is a fact.
  // Blame as strong as "horrible" judges, whatever it counts.
  // Advice given in its own words ("it is time to", "should") is a voice of the speaker's own, whatever it counts.
  if (f.counted && !f.firstPerson && f.advised < LIKELY && !(against && f.strongestBlame >= STRONG_BLAME))
    return 'NEUTRAL';
  if (f.claimTopic) {
    // "Intel abusing its monopoly": any account of what was done, blaming in words or not ("withheld the
    // chips"), asserts the claim; an asserted clause saying no ("we never pressured anyone") denies it.
    // Dismissing the accusation ("the allegations are baseless") denies it too.
    if (f.onePhrase) return f.denies || f.accusationDismissed() ? 'OPPOSES' : 'SUPPORTS';
    // A subject's list of phrases holds a harm and a verb apart: only blame, or a restatement, asserts it.
    if (against || f.restated > 0) return 'SUPPORTS';
  } else if (f.harmfulTopic) {
    // Toward a harm, describing it is reporting; condemning it in one's own voice (first person, intensity,
    // or a word of strong blame), a warning of it, or advice against it ("should", "must", the imperative),
    // is against it; nothing said of a harm is for it.
    const ownVoice = f.firstPerson || f.intense || f.strongestBlame >= STRONG_BLAME;
    // Judging it by a predicate of blame ("it was horrific") laments it; blaming those who let it happen ("failed to
    // protect them") condemns it.
    if ((against && ownVoice) || f.warns || f.needed() || f.lamented() || f.omission()) return 'OPPOSES';
    return 'NEUTRAL';
  } else if (f.sanctionTopic) {
    // Toward a sanction, blaming the wrong it punishes argues for it ("the crimes are extraordinarily serious").
    // A wrong denied ("not guilty"), or the accusation dismissed ("the charges are baseless"), argues against it.
    if (f.wrongDenied || f.accusationDismissed()) return 'OPPOSES';
    // The sanction itself judged by a copula: "the sentence was fair", "the penalty is too lenient".
    if (f.sanctionJudged !== 0) return f.sanctionJudged > 0 ? 'SUPPORTS' : 'OPPOSES';
    if (against) return f.sanctionBlamed >= BLAME ? 'OPPOSES' : 'SUPPORTS';
    return f.restated > 0 ? 'SUPPORTS' : 'NEUTRAL';
    // A party to the topic blaming in words blames the other side, justifying its own action ("the enemy's reckless
    // shelling will be answered", of its own army on war footing): its words are its side, read in judgeStance.
  } else {
    const relation = f.relation();
    // A relationship portrayed in accord ("cooperation", "allies") or in discord ("tensions", "a rift").
    if (relation !== 0) return relation > 0 ? 'SUPPORTS' : 'OPPOSES';
    const predicated = f.speakerParty ? 0 : f.predicated();
    // Said of the topic by a copula, one word of praise or blame judges it: "the tunnel is a mistake".
    if (predicated !== 0) return predicated > 0 ? 'SUPPORTS' : 'OPPOSES';
    if (against && !f.speakerParty) return 'OPPOSES';
  }
  if ((f.praise >= PRAISE && f.praise > f.blame) || f.restated > 0 || f.likely >= LIKELY) return 'SUPPORTS';
  // A side taken against anyone or anything ("to resist the president", "block a deal") tells a conflict, which
  // a plain topic, a relationship or a plan, is the worse for; a party's own fight is its side (judgeStance).
  if (!f.speakerParty && f.resists()) return 'OPPOSES';
  return 'NEUTRAL';
}
