// The cue a statement is reported with ("condemned", "praised", "warned", "denied") says the speaker's own
// side toward what the statement says, the cue's object. A cue that only reports ("said", "told", "according
// to", "noted") says nothing; its words are not read with the sentiment lexicon, which scores many of them
// ("noted", "according", "detailed") as praise.
// Lists of reporting verbs by class, hand-split by the side they take (B. Levin, English Verb Classes and
// Alternations, 1993): judgement-33 (praise / blame, castigate), advise-37.9 (warn, caution, alert),
// complain-37.8 (its boasting members, boast and brag, praise; the rest blame), all of them as
// data/reporting-words.json lists them, with "tout" of its contention verbs; the verbs of denial of the
// admit-class contrast (deny, refute, dispute, rebut); with topic-verbs.ts's verbs of taking sides ("urged",
// "called for", "rejected").
import { remembered } from '../remembered.ts';
import { cueSide, inflections } from './topic-verbs.ts';

export interface CueReading {
  /** The cue praises what it reports ("praised", "hailed", "congratulated"): as much as a word of praise. */
  praise: number;
  /** It blames or warns of what it reports ("accused", "warned", "complained"), as a positive number. */
  blame: number;
  /** A warning: what it reports is a danger ahead ("warned", "cautioned"). */
  warns: boolean;
  /** A verb of denial: what it reports is said not to be so ("denied corruption"). */
  denies: boolean;
  /** A verb of taking sides (topic-verbs.ts): 1 for what it reports ("urged", "called for"), -1 against
   *  ("condemned", "rejected"), 0 none. */
  side: number;
}

export const NO_CUE: CueReading = { praise: 0, blame: 0, warns: false, denies: false, side: 0 };

/** A cue verb's judgement weighs as a word of wink-nlp's lexicon that judges in the speaker's own voice. */
const CUE_WEIGHT = 0.75;

const lemmas = (list: string) => new Set(list.split(/\s+/).filter(Boolean).flatMap(inflections));

const PRAISING = lemmas(`praise hail laud applaud commend welcome congratulate compliment extol thank salute celebrate
  honour honor credit boast brag tout`);
const BLAMING = lemmas(`blame accuse castigate censure chastise condemn criticise criticize denounce deride disparage
  excoriate fault mock rebuke reprimand reproach reprove ridicule scold vilify decry deplore lament complain object
  grumble slam blast attack threaten warn caution alert chide upbraid berate lambaste bemoan gripe grouse fret`);
/** Phrasal verbs of attacking in words (WordNet lash_out.v.01 "attack verbally"; "hit out at", its British synonym). */
const ATTACKING_PHRASE = /\b(?:hit|hits|hitting|lash|lashes|lashed|lashing)\s+out\b/i;
const WARNING = lemmas('warn caution alert');
const DENIAL = lemmas('deny refute dispute rebut');

/** A cue's reading: kept, since an article's cues are few and repeat. */
export const readCue = remembered(2_000, (cue: string): CueReading => {
  const words = cue.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return NO_CUE;
  if (words.some((word) => DENIAL.has(word) || word === 'denial')) return { ...NO_CUE, denies: true };
  const praise = words.some((word) => PRAISING.has(word)) ? CUE_WEIGHT : 0;
  const blame = words.some((word) => BLAMING.has(word)) || ATTACKING_PHRASE.test(cue) ? CUE_WEIGHT : 0;
  const warns = words.some((word) => WARNING.has(word));
  const side = cueSide(words);
  return praise === 0 && blame === 0 && side === 0 ? NO_CUE : { praise, blame, warns, denies: false, side };
});
