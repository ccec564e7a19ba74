// What a statement shows of its stance toward a topic, for judge.ts to read. Each is a construction of
// the statement (evaluation, modality, negation, contrast, voice) or of the topic, not a word fitted to
// an example.
import { advises, readText, stemsOf, wink, wordSentiment, type Clause, type TextReading } from './read-text.ts';
import { sideCues, sideTaken } from './topic-verbs.ts';
import { readCue } from './cue.ts';
import { speaksForDefence } from './legal-sides.ts';
import { predicated, subjectCues, subjectSide } from './subject-sides.ts';
import { outcomeSide } from './consequences.ts';
import { condoles, laments } from './laments.ts';
import { releaseSide } from './release.ts';
import { blamesOmission } from './omissions.ts';
import { relationSide } from './relations.ts';
import { dismissesAccusation } from './accusations.ts';
import {
  inFilter,
  readTopic,
  sanctions,
  STEM_PREFIX,
  type StanceTopic,
  type TopicReading,
  wordKeys,
  type WordKeys,
} from './topic-reading.ts';

/** What a statement shows. Those judge.ts reads on some paths only are functions, read when it asks: most
 *  statements are judged before it gets to them. */
export interface Features {
  /** Its words' praise (wink-nlp's lexicon, turned round where negated), added up over its clauses,
   *  each weighed by how much it counts: asserted over conceded, naming the topic over not, unhedged. */
  praise: number;
  /** Its words' blame, likewise (as a positive number). */
  blame: number;
  /** Said to happen or be needed ("will", "should", "must"), at the weight of the clause saying it. */
  likely: number;
  /** Said to be needed ("should", "must", "it is time to") of the topic, at the weight of the clause saying it. */
  advised: number;
  /** Toward a harm: advice in any clause, said to be needed ("should", "must") or told in the imperative. */
  needed: () => boolean;
  /** Said not to happen, unlikely, not before a condition, likewise. */
  unlikely: number;
  /** A number: a count or a share (a date counts nothing). */
  counted: boolean;
  /** The speaker speaks for himself: "I", "we", "our". */
  firstPerson: boolean;
  /** Intensity: "most", "so", "very", "extremely", "!". */
  intense: boolean;
  /** A clause restating a topic that says something of its subject (two of its stems, and half of them), affirmed. */
  restated: number;
  /** The same, negated. */
  restatedDenied: number;
  /** The topic names a harm (topic-reading.ts). */
  harmfulTopic: boolean;
  /** Toward a sanction, blame in clauses naming it: the sanction itself is blamed ("fight the charges"). */
  sanctionBlamed: number;
  /** A word of blame negated ("not guilty", "did nothing wrong"): a wrong denied. */
  wrongDenied: boolean;
  /** A verb or noun of taking sides whose object names the topic (topic-verbs.ts): 1 for, -1 against, 0 none. */
  sideTaken: number;
  /** The topic names a sanction (topic-reading.ts). */
  sanctionTopic: boolean;
  /** The topic states a harm of a subject ("X abusing Y"). */
  claimTopic: boolean;
  /** The topic is one phrase as typed, not a subject's list of phrases. */
  onePhrase: boolean;
  /** Clauses pulling opposite ways across a contrast said in words. */
  contrasted: boolean;
  /** A topic word shortly after a negation: "no Palestinian state", "not … an invitation". */
  topicNegated: () => boolean;
  /** It asks, to doubt: "does that mean they're going to be indicted?", "why should we pay?". */
  doubts: boolean;
  /** Its asserted clause says no: "we never did", "that is not true". */
  denies: boolean;
  /** Its strongest single word of blame, at the weight of its clause: a word as strong as "horrible" or
   *  "dangerous" judges what it speaks of, where "crash" or "died" only report it. */
  strongestBlame: number;
  /** A clause of blame said as a possibility or a risk ("could", "may", "risks", "warned"): a warning. */
  warns: boolean;
  /** The topic is a question (topic-reading.ts). */
  questionTopic: boolean;
  /** The speaker is named in the topic: a party to it, voicing its own side. */
  speakerParty: boolean;
  /** The speaker speaks for the accused (legal-sides.ts). */
  defence: boolean;
  /** A verb or noun of taking sides against someone or something, not denied, whatever it names: a conflict told. */
  resists: () => boolean;
  /** It asks, in a clause embedded under a verb of finding out ("learning why the gate was open", "to determine
   *  whether") or reported with a cue of asking ("asked how the files got out"): an indirect question, which
   *  claims nothing. */
  inquires: boolean;
  /** It withholds what it would say ("declined to comment", "would not say whether"): it says nothing. */
  withheld: boolean;
  /** What a copula's predicate says of the topic named as its subject, in an asserted clause: 1, -1, 0. */
  predicated: () => number;
  /** Doubt raised in so many words: "raises serious questions about", "casts doubt on", "calls into question". */
  questioned: boolean;
  /** An outcome said of the topic as its agent (consequences.ts): 1 good ("will help families"), -1 bad ("will cost
   *  jobs", "has failed"), 0 none; toward a harm, none (saying what a harm did reports it). */
  outcome: () => number;
  /** Toward a harm, an asserted clause judging it by a copula's predicate (laments.ts): "the abuse was horrific", or
   *  a condolence ("our hearts go out to the families"). */
  lamented: () => boolean;
  /** Toward a harm, an asserted clause blaming someone for letting it happen (omissions.ts): "failed to protect". */
  omission: () => boolean;
  /** Toward a sanction, the side of a clause speaking of freeing its subject (release.ts): 1 freedom denied, -1 called
   *  for, 0 none. */
  released: number;
  /** Toward a sanction, what a copula's predicate says of the sanction named as its subject ("the sentence was fair",
   *  "the penalty is too harsh"): 1, -1, 0. */
  sanctionJudged: number;
  /** Toward a relationship, accord (1) or discord (-1) named by the asserted clause, else by the one side the clauses
   *  agree on, where no clause is negated (relations.ts). */
  relation: () => number;
  /** An asserted clause dismissing an accusation (accusations.ts): "the allegations are baseless". */
  accusationDismissed: () => boolean;
}

/** Asserted clauses count fully, conceded ones less; clauses naming the topic more than those that do not. */
function weightOf(clause: Clause, onTopic: boolean, anyOnTopic: boolean): number {
  return (clause.asserted ? 1 : 0.6) * (anyOnTopic && !onTopic ? 0.6 : 1);
}

/** The same, for the word at `i` of words whose keys are cut: a word whose bit is not in the topic's filter is
 *  not looked up. */
function namesKey(words: WordKeys, i: number, topic: TopicReading): boolean {
  return inFilter(topic.keyFilter, words.bits[i]!) && topic.keys.has(words.keys[i]!);
}

const NAMES_NONE: readonly number[] = [];

/** Where a clause's words name the topic. Their keys are cut once for all the topics it is asked about. */
function namedIn(clause: Clause, topic: TopicReading): readonly number[] {
  const keys = (clause.keys ??= wordKeys(clause.words));
  let named: number[] | undefined;
  for (let i = 0; i < keys.keys.length; i++) if (namesKey(keys, i, topic)) (named ??= []).push(i);
  return named ?? NAMES_NONE;
}

// Words of one stem begin alike: a clause whose words begin like fewer than two of the topic's stems
// cannot restate it, and is not stemmed.
const RESTATED_SHARE = 0.5;

function restates(clause: Clause, topic: TopicReading): boolean {
  const beginnings = (clause.beginnings ??= new Set(clause.words.map((word) => word.slice(0, STEM_PREFIX))));
  // Counted from the smaller side: a taxonomy topic has many stems, a clause a few words.
  const { each, counts } = topic.stemBeginnings();
  let begun = 0;
  if (each.length <= beginnings.size) {
    for (const beginning of each) if (beginnings.has(beginning) && ++begun === 2) break;
  } else for (const beginning of beginnings) if ((begun += counts.get(beginning) ?? 0) >= 2) break;
  if (begun < 2) return false;
  const topicStems = topic.stems();
  // A topic that only names a thing is not restated: naming it is speaking of it.
  if (!topic.predicative()) return false;
  clause.stems ??= new Set(stemsOf(wink().readDoc(clause.text)));
  const stems = clause.stems;
  const held = topicStems.filter((stem) => stems.has(stem)).length;
  // Naming one word of the topic is speaking of it; restating it takes two (a thing and what is said of it).
  return held >= 2 && held / topicStems.length >= RESTATED_SHARE;
}

/** Below this a clause leans nowhere. */
const LEAN = 0.3;

/** How far a clause leans, for or against: its sentiment, and what it says will or will not happen. */
function lean(clause: Clause): number {
  return clause.sentiment + 0.35 * clause.modality;
}

/**
 * An asserted clause leaning one way against a conceded one leaning the other, one of them naming the
 * topic: "We are not at the point where the alliance is talking about an invitation ... But we will help
 * them move closer to this alliance".
 */
function contrasted(contrastWorded: boolean, clauses: Clause[], onTopic: boolean[]): boolean {
  if (!contrastWorded) return false;
  const asserted = clauses.map((clause, i) => ({
    lean: lean(clause),
    asserted: clause.asserted,
    onTopic: onTopic[i]!,
  }));
  for (const a of asserted.filter((clause) => clause.asserted))
    for (const b of asserted.filter((clause) => !clause.asserted))
      if (a.lean * b.lean < 0 && Math.min(Math.abs(a.lean), Math.abs(b.lean)) >= LEAN && (a.onTopic || b.onTopic))
        return true;
  return false;
}

// Verbs of finding out, hand-listed (the commonest English ones, with their -ing forms), before a question word
// within a few words; "how to" tells a way of doing, not a question. Verbs of knowing ("know why", "understand
// why") are left out: they take what follows as a fact.
const INQUIRY =
  /\b(?:learn|learning|determine|determining|find out|finding out|ask|asked|asking|wonder|wondering|investigate|investigating|establish|establishing)\s+(?:[\p{L}']+\s+){0,3}?(?:why|how|whether)\b(?!\s+to\b)/iu;
/** A cue of asking, and a question word among the first words of what it reports. */
const ASKING_CUE = /\b(?:ask|asks|asked|asking|inquired|wondered|queried)\b/i;
const QUESTION_OPENING = /^(?:[\p{L}']+\s+){0,4}?(?:why|how|whether|what|who|where|when)\b(?!\s+to\b)/iu;

// The patterns below scan every word of a statement, for each topic it is asked about; most statements hold
// none of the words they need, which these cheap tests tell first.
const QUESTION_WORD = /\b(?:why|how|whether|what|who|where|when)\b/i;
const DOUBT_WORD = /question|doubt|concern/i;

/** An indirect question: asked under a verb of finding out, or reported with a cue of asking. What the text shows is
 *  read once, for all the topics it is asked about. */
function inquires(text: string, reading: TextReading, cue: string): boolean {
  if (!(reading.questionWord ??= QUESTION_WORD.test(text))) return false;
  return (
    (reading.inquiry ??= INQUIRY.test(text)) ||
    (ASKING_CUE.test(cue) && (reading.questionOpening ??= QUESTION_OPENING.test(text)))
  );
}

// The commonest English collocations of raising doubt, hand-listed: raise or pose questions, doubts or concerns about
// something, cast doubt on it, call it into question.
const DOUBT_RAISED =
  /\b(?:rais(?:e|es|ed|ing)|pos(?:e|es|ed|ing))\s+(?:[\p{L}']+\s+){0,2}?(?:questions|doubts?|concerns?)\s+(?:about|over|on|as to)\b|\bcast(?:s|ing)?\s+(?:[\p{L}']+\s+){0,2}?doubts?\s+(?:on|over)\b|\bcall(?:s|ed|ing)?\s+(?:[\p{L}']+\s+){0,5}?into\s+question\b/iu;

const NEGATORS = new Set(['no', 'not', 'never', 'without', 'nor', 'cannot']);
/** How many words after a negation a topic word is taken as negated. */
const NEGATION_REACH = 4;

/** How many words after a negation a "without" undoes it: "no one would be buried there without a reason". */
const UNDOING_REACH = 8;

function undone(words: readonly string[], negation: number): boolean {
  if (words[negation] === 'without') return false;
  for (let k = negation + 1; k < words.length && k <= negation + UNDOING_REACH; k++)
    if (words[k] === 'without') return true;
  return false;
}

/** Prepositions: a topic word after one, between it and a negation, is in a phrase that modifies what is negated
 *  ("no leaks from the pipeline" denies leaks, not the pipeline); "for" is left out: "no need for the pipeline" denies
 *  it. */
const PREPOSITIONS = new Set([
  'of',
  'from',
  'in',
  'on',
  'at',
  'by',
  'about',
  'over',
  'with',
  'into',
  'through',
  'between',
]);

function governed(words: readonly string[], negation: number, named: number): boolean {
  for (let k = negation + 2; k < named; k++) if (PREPOSITIONS.has(words[k]!)) return true;
  return false;
}

function topicNegated(clauses: Clause[], named: (readonly number[])[]): boolean {
  for (let c = 0; c < clauses.length; c++) {
    const { words } = clauses[c]!;
    for (const i of named[c]!)
      for (let j = Math.max(0, i - NEGATION_REACH); j < i; j++)
        // "don't" is read as "don", "t".
        if ((NEGATORS.has(words[j]!) || (words[j] === 't' && j > 0)) && !undone(words, j) && !governed(words, j, i))
          return true;
  }
  return false;
}

/** Words that point back to what was spoken of: "it should happen now". */
const POINTS_BACK = /\b(?:it|this|that|they|these|those)\b/i;

/** What a clause that names none of the topic's words is read with: the predicates below ask only of its words. */
const NAMES_NOTHING = (): boolean => false;

/** The side the asserted clause takes, else the one side the clauses that take any agree on; 0 for none. */
function clausesSide(sides: readonly number[], clauses: readonly Clause[]): number {
  const asserted = sides.find((side, i) => side !== 0 && clauses[i]!.asserted);
  if (asserted !== undefined) return asserted;
  const taken = new Set(sides.filter((side) => side !== 0));
  return taken.size === 1 ? [...taken][0]! : 0;
}

/** The outcome said of the topic by its asserted clause, else by any clause alone; none toward a harm. */
function outcomeOf(clauses: Clause[], topic: TopicReading, onTopic: boolean[]): number {
  if (topic.harmful) return 0;
  const sides = clauses.map((clause, i) =>
    onTopic[i]
      ? outcomeSide(clause.words, topic.namesWord, wordSentiment)
      : (clause.outcomeUnnamed ??= outcomeSide(clause.words, NAMES_NOTHING, wordSentiment)),
  );
  return clausesSide(sides, clauses);
}

/** The side a clause takes toward the topic: by a word of taking sides, else by a subject naming the topic. */
function clauseSide(clause: Clause, topic: TopicReading): number {
  const cues = (clause.sideCues ??= sideCues(clause.words));
  return (
    // A rhetorical question ("who could object to it?") takes the side opposite to the one it asks about.
    (clause.rhetorical ? -1 : 1) *
    (sideTaken(clause.words, topic.namesWord, cues) ||
      subjectSide(clause.words, topic.namesWord, (clause.subjectCues ??= subjectCues(clause.words))))
  );
}

/** The side a clause that names none of the topic's words takes toward it: it has no subject naming it. */
function unnamedSide(clause: Clause): number {
  const cues = (clause.sideCues ??= sideCues(clause.words));
  return (clause.rhetorical ? -1 : 1) * sideTaken(clause.words, NAMES_NOTHING, cues);
}

/** The side taken toward the topic by its asserted clause, else by any clause alone. */
function sideOf(clauses: Clause[], topic: TopicReading, onTopic: boolean[]): number {
  const sides = clauses.map((clause, i) =>
    onTopic[i] ? clauseSide(clause, topic) : (clause.sideUnnamed ??= unnamedSide(clause)),
  );
  return clausesSide(sides, clauses);
}

/** What a copula's predicate says of the topic named as its subject, in the first asserted clause that says
 *  something: a clause that names none of the topic's words has no such subject. */
function predicatedOf(clauses: Clause[], topic: TopicReading, onTopic: boolean[]): number {
  for (let i = 0; i < clauses.length; i++) {
    if (!clauses[i]!.asserted || !onTopic[i]) continue;
    const lean = predicated(clauses[i]!.words, topic.namesWord, wordSentiment);
    if (lean !== 0) return lean;
  }
  return 0;
}

/** What the first asserted clause that judges a sanction by a copula says of it, the sanction word its subject. */
function sanctionJudged(clauses: Clause[]): number {
  for (const clause of clauses) {
    if (!clause.asserted) continue;
    const lean = predicated(clause.words, sanctions, wordSentiment);
    if (lean !== 0) return lean;
  }
  return 0;
}

export function stanceFeatures(
  text: string,
  topicAsked: StanceTopic | readonly string[] | ReadonlySet<string>,
  speaker = '',
  cue = '',
  role = '',
): Features {
  const topic = readTopic(topicAsked);
  const reading = readText(text);
  const { clauses } = reading;
  const named = clauses.map((clause) => namedIn(clause, topic));
  const onTopic = named.map((at) => at.length > 0);
  const anyOnTopic = onTopic.some(Boolean);
  let praise = 0;
  let blame = 0;
  let likely = 0;
  let unlikely = 0;
  let advised = 0;
  let restated = 0;
  let restatedDenied = 0;
  let strongestBlame = 0;
  let sanctionBlamed = 0;
  // A loop, not forEach: the sums are the function's own variables, not a closure's.
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const weight = weightOf(clause, onTopic[i]!, anyOnTopic) * (clause.hedged ? 0.5 : 1);
    // What is said to happen, or not to, is the topic's when the clause names it or points back to it.
    const saysOfTopic =
      clause.modality !== 0 &&
      (onTopic[i]! || topic.words.size === 0 || (clause.pointsBack ??= POINTS_BACK.test(clause.text)));
    // Naming the topic is not judging it: "the crash" says nothing for or against the crash.
    let ownPraise = clause.praise;
    let ownBlame = clause.blame;
    // A topic word negated ("doesn't support the plan") is denial of it, not naming: it keeps its weight.
    const scoredKeys = (clause.scoredKeys ??= wordKeys(clause.scored.map(({ word }) => word)));
    for (let j = 0; j < clause.scored.length; j++) {
      const { word, sentiment } = clause.scored[j]!;
      const naming = namesKey(scoredKeys, j, topic);
      if (naming && sentiment === wordSentiment(word)) {
        if (sentiment > 0) ownPraise -= sentiment;
        else ownBlame += sentiment;
      }
      if (sentiment < 0 && !naming) strongestBlame = Math.max(strongestBlame, -sentiment * weight);
    }
    praise += ownPraise * weight;
    blame += ownBlame * weight;
    if (topic.sanction && (clause.namesSanction ??= clause.words.some(sanctions))) sanctionBlamed += ownBlame * weight;
    if (clause.modality > 0 && saysOfTopic) likely = Math.max(likely, weight);
    if (clause.deontic && saysOfTopic) advised = Math.max(advised, weight);
    if (clause.modality < 0 && saysOfTopic) unlikely = Math.max(unlikely, weight);
    if (restates(clause, topic)) {
      if (clause.negated) restatedDenied = Math.max(restatedDenied, weight);
      else restated = Math.max(restated, weight);
    }
  }
  let wrongDenied = reading.wrongDenied;
  let denies = reading.denies;
  let warns = reading.warns;
  let side = sideOf(clauses, topic, onTopic);
  if (cue !== '') {
    const cueReading = readCue(cue);
    if (cueReading.denies) {
      // What a verb of denial reports is said not to be so: its blame is a wrong denied (no praise of anything),
      // its praise a good denied, a restatement of the topic a restatement denied.
      wrongDenied ||= blame > 0;
      denies = true;
      [praise, blame] = [0, praise];
      restatedDenied = Math.max(restatedDenied, restated);
      restated = 0;
      strongestBlame = 0;
    } else {
      // The cue judges what it reports, in the speaker's voice, as an asserted clause does.
      praise += cueReading.praise;
      blame += cueReading.blame;
      strongestBlame = Math.max(strongestBlame, cueReading.blame);
      warns ||= cueReading.warns;
      // The statement is asked about under the topic: what the cue's object says is said of it, named or not.
      if (side === 0) side = cueReading.side;
    }
  }
  // What is read only when asked is a method, not an arrow function: the runtime names each arrow function it makes.
  return {
    praise,
    blame,
    likely,
    unlikely,
    // Advice matters only toward a harm, and is read last there; telling it costs a tagging of a clause's opening.
    needed() {
      return topic.harmful && clauses.some(advises);
    },
    advised,
    counted: reading.counted,
    firstPerson: reading.firstPerson,
    intense: reading.intense,
    restated,
    restatedDenied,
    harmfulTopic: topic.harmNamed,
    sanctionTopic: topic.sanction,
    sideTaken: side,
    wrongDenied,
    sanctionBlamed,
    claimTopic: topic.claim(),
    onePhrase: topic.onePhrase,
    contrasted: contrasted(reading.contrastWorded, clauses, onTopic),
    doubts: reading.doubts,
    topicNegated() {
      return topicNegated(clauses, named);
    },
    strongestBlame,
    warns,
    denies,
    questionTopic: topic.question,
    speakerParty: speaker !== '' && topic.names(speaker),
    defence: topic.sanction && speaksForDefence(speaker, role),
    inquires: inquires(text, reading, cue),
    withheld: reading.withheld,
    predicated() {
      return predicatedOf(clauses, topic, onTopic);
    },
    questioned: (reading.questioned ??= DOUBT_WORD.test(text) && DOUBT_RAISED.test(text)),
    outcome() {
      return outcomeOf(clauses, topic, onTopic);
    },
    accusationDismissed() {
      return clauses.some(
        (clause) =>
          clause.asserted && !clause.negated && dismissesAccusation(clause.words, topic.namesWord, wordSentiment),
      );
    },
    relation() {
      return topic.relationship && !clauses.some((clause) => clause.negated)
        ? clausesSide(
            clauses.map((clause) => relationSide(clause.words)),
            clauses,
          )
        : 0;
    },
    sanctionJudged: topic.sanction ? sanctionJudged(clauses) : 0,
    released: topic.sanction ? clausesSide(clauses.map(releaseSide), clauses) : 0,
    omission() {
      return (
        topic.harmNamed &&
        clauses.some((clause) => clause.asserted && !clause.negated && blamesOmission(clause.text, topic.namesWord))
      );
    },
    lamented() {
      return (
        topic.harmNamed &&
        clauses.some(
          (clause) =>
            clause.asserted && (condoles(clause.text) || laments(clause.text, topic.namesWord, wordSentiment)),
        )
      );
    },
    resists() {
      return clauses.some((clause) =>
        (clause.sideCues ??= sideCues(clause.words)).some((c) => c.side < 0 && !c.denied),
      );
    },
  };
}
