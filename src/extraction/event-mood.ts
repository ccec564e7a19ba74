import type { Span } from './types.ts';
import type { Sentence, TextDocument, Token } from './text/document.ts';

// "could vote", "would attack", "did not meet", "never visited": what may happen or did not is no event.
const MODALS = new Set([
  'could',
  'would',
  'might',
  'may',
  'should',
  'must',
  'can',
  'cannot',
  'ca',
  'wo',
  'shall',
  'will',
  "'ll",
  '’ll',
]);
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re', 'am']);
const MAX_VERB_GROUP = 4;
// Verbs and adjectives of intent, wish or likelihood: what they govern has not happened ("plans to meet",
// "threatened to attack", "is likely to vote", "refused to sign").
const INTENT = new Set([
  'plan',
  'schedule',
  'want',
  'hope',
  'expect',
  'seek',
  'aim',
  'intend',
  'try',
  'attempt',
  'threaten',
  'refuse',
  'fail',
  'propose',
  'consider',
  'vow',
  'pledge',
  'promise',
  'prepare',
  'decide',
  'wish',
  'need',
  'ask',
  'urge',
  'call',
  'offer',
  'agree',
  'likely',
  'unlikely',
  'able',
  'unable',
  'ready',
  'due',
  'set',
  'going',
  'about',
  'would',
  'like',
  'order',
  'allow',
  'push',
  'move',
  'look',
  'require',
  'persuade',
  'invite',
  // Nouns whose infinitive has not happened (FrameNet Attempt, Purpose, Commitment): "efforts to free", "a bid
  // to buy", "the movement to free the delegates", "the campaign to oust", "a threat to strike".
  'effort',
  'bid',
  'campaign',
  'movement',
  'drive',
  'threat',
  'proposal',
  'intention',
  // Possibility, Likelihood and Difficulty (FrameNet): "the better chance to beat", "is poised to win", "hard to
  // pass"; and Predicting (pick.v, tip.v, predict.v, favour.v): "picked the Rovers to win".
  'chance',
  'opportunity',
  'enough',
  'poised',
  'eager',
  'determined',
  'possible',
  'impossible',
  'hard',
  'difficult',
  'easy',
  'pick',
  'tip',
  'predict',
  'favor',
  'favour',
]);
// The object between a verb and its infinitive: "required the entire team to travel", "urged him to resign".
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
const MAX_OBJECT_TOKENS = 5;

// Verbs that put a deed as alleged or supposed in the raising construction "X is alleged to have …": FrameNet
// Statement (allege, claim), Awareness and Opinion (believe, think, suppose, presume), Suspicion (suspect) and
// rumour.
const HEDGES = new Set(['allege', 'claim', 'believe', 'think', 'suppose', 'presume', 'suspect', 'rumour', 'rumor']);

/** A hedging verb as a participle ("alleged", "believed") before "to have": a supposed past deed. */
function isHedgedPerfect(doc: TextDocument, verb: number, to: number): boolean {
  const hedge = doc.tokens[verb];
  if (hedge === undefined || doc.tokens[to + 1]?.lower !== 'have') return false;
  // The tagger may read "alleged" as an adjective of its own lemma: the past form is taken by its ending too.
  const participle = /(ed|ought)$/.test(hedge.lower);
  return participle && (HEDGES.has(hedge.lemma) || HEDGES.has(hedge.lower.replace(/d$/, '')));
}

// Verbs whose -ing complement has not happened (Quirk et al. 1985, §16.40, catenatives with a non-factive
// -ing clause): FrameNet Cogitation (consider, contemplate), Avoiding (avoid, evade), Change_event_time
// (postpone, delay), Daring (risk) and Statement's proposals (propose, suggest, recommend): "is considering
// buying", "avoided meeting"; "denied meeting" is read as a denial.
// Attitude verbs take a gerund of what is only favoured or opposed (Quirk et al. 1985, §16.40 again; FrameNet
// Taking_sides: support, favour, back, oppose, endorse): "support temporarily banning imports".
const POTENTIAL_GERUND_VERBS = new Set([
  'support',
  'favor',
  'favour',
  'back',
  'oppose',
  'endorse',
  'consider',
  'contemplate',
  'avoid',
  'evade',
  'postpone',
  'delay',
  'risk',
  'propose',
  'suggest',
  'recommend',
]);

/** "is considering buying Lantern", "avoided meeting the envoy": a gerund governed by a verb of the potential. */
function isPotentialGerund(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  if (!(doc.tokens[verb] as Token).lower.endsWith('ing')) return false;
  let k = verb - 1;
  while (k >= sentence.firstToken && (doc.tokens[k] as Token).pos === 'ADV') k--;
  const governor = doc.tokens[k];
  if (k < sentence.firstToken || !governor || !POTENTIAL_GERUND_VERBS.has(governor.lemma)) return false;
  if (governor.pos === 'VERB') return true;
  // The tagger reads "support" after a plural subject as a noun ("voters support suing"): right after a noun or
  // a name, with a gerund after it, it is the verb.
  const subject = doc.tokens[k - 1];
  return governor.pos === 'NOUN' && k > sentence.firstToken && ['NOUN', 'PROPN'].includes(subject?.pos ?? '');
}

function isIntent(token: Token | undefined): boolean {
  return token !== undefined && (INTENT.has(token.lemma) || INTENT.has(token.lower));
}

/**
 * A verb that tells no event that happened: under a modal or a negation ("could vote", "did not attack"),
 * or governed by a word of intent ("plans to meet", "threatened to attack", "is likely to win"). A purpose
 * or a fixed plan still counts: "will stop in Geneva to meet X", "Zelensky to meet Rutte", "is to travel".
 */
export function isUnrealisedVerb(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  if (isPotentialGerund(doc, sentence, verb)) return true;
  for (let i = verb - 1; i >= sentence.firstToken && verb - i <= MAX_VERB_GROUP; i--) {
    const token = doc.tokens[i] as Token;
    if (MODALS.has(token.lower) || NEGATIONS.has(token.lower)) return true;
    if (token.lower === 'to') {
      let k = i - 1;
      while (k >= sentence.firstToken && (doc.tokens[k] as Token).pos === 'ADV') k--;
      if (isIntent(doc.tokens[k])) return true;
      // "alleged to have been donated", "believed to have fled": a deed only alleged or supposed.
      if (isHedgedPerfect(doc, k, i)) return true;
      let v = k;
      while (v >= sentence.firstToken && k - v < MAX_OBJECT_TOKENS && OBJECT_TAGS.has((doc.tokens[v] as Token).pos))
        v--;
      // "impossible for a Republican to win", "a chance for Vale to win": the "for" subject of an infinitive
      // after an adjective or a noun of possibility.
      if (v < k && v > sentence.firstToken && (doc.tokens[v] as Token).lower === 'for')
        return isIntent(doc.tokens[v - 1]);
      return v < k && v >= sentence.firstToken && (doc.tokens[v] as Token).pos === 'VERB' && isIntent(doc.tokens[v]);
    }
    // "to have been donated": the tagger may read the perfect's "have" as a verb.
    const perfect = token.lemma === 'have' && (i + 1 === verb || (doc.tokens[i + 1] as Token).pos === 'AUX');
    if (token.pos !== 'ADV' && token.pos !== 'AUX' && token.pos !== 'PART' && !perfect) break;
  }
  return false;
}

// Nouns whose "of" complement has not happened: FrameNet Risky_situation (risk, danger), Possibility
// (possibility, chance, prospect), Likelihood (likelihood), Fear (fear) and Threat-like warnings (threat).
// And nouns of wish and aim (FrameNet Desiring: hope, dream; Purpose: aim, goal, purpose, intention, idea):
// "in the hope of derailing the bid", "with the aim of winning".
const HYPOTHESES = new Set([
  'risk',
  'danger',
  'threat',
  'possibility',
  'chance',
  'prospect',
  'likelihood',
  'fear',
  'hope',
  'hopes',
  'dream',
  'aim',
  'goal',
  'purpose',
  'intention',
  'idea',
]);
const COMPLEMENT_TAGS = new Set(['DET', 'ADJ', 'AUX', 'ADV']);
const MAX_COMPLEMENT_TOKENS = 4;

/** "at risk of being hacked", "the threat of a strike", "fears of an invasion": a happening only feared. */
export function isHypothesisComplement(doc: TextDocument, sentence: Sentence, first: number): boolean {
  let k = first - 1;
  while (
    k >= sentence.firstToken &&
    first - k <= MAX_COMPLEMENT_TOKENS &&
    COMPLEMENT_TAGS.has((doc.tokens[k] as Token).pos)
  )
    k--;
  if (k <= sentence.firstToken || (doc.tokens[k] as Token).lower !== 'of') return false;
  const noun = doc.tokens[k - 1] as Token;
  return noun.pos === 'NOUN' && HYPOTHESES.has(noun.lemma);
}

// Verbs whose object has not happened: FrameNet Seeking (seek), Desiring (want), Purpose (plan, propose),
// Request (demand), Preventing (prevent, avoid), Prohibiting_or_licensing (ban, prohibit, forbid), Fear
// (fear) and Commitment (threaten).
const UNREALISING_VERBS = new Set([
  'seek',
  'want',
  'plan',
  'propose',
  'demand',
  'prevent',
  'avoid',
  'ban',
  'prohibit',
  'forbid',
  'fear',
  'threaten',
]);

/**
 * The verb governing an event noun leaves it unrealised: "is seeking a trade deal", "bans attacks", "will hold
 * talks", "is expected to sign the agreement", "did not hold a vote".
 */
export function isUnrealisedObject(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  const token = doc.tokens[verb];
  if (token?.lower === 'for' && verb - 1 >= sentence.firstToken) return asksFor(doc.tokens[verb - 1] as Token);
  if (verb < sentence.firstToken || !token || (token.pos !== 'VERB' && token.pos !== 'AUX')) return false;
  return UNREALISING_VERBS.has(token.lemma) || isUnrealisedVerb(doc, sentence, verb);
}

// Words whose "for" complement is wanted, awaited or readied, not yet real: FrameNet Request (call, ask, appeal,
// press, push, plead), Desiring (hope, long, yearn), Waiting (wait) and Activity_prepare (prepare); as nouns
// too: "calls for a ceasefire", "hopes for a deal", "plans for a summit" (Purpose), "demands for a vote".
const WANTING_FOR = new Set([
  'call',
  'ask',
  'appeal',
  'press',
  'push',
  'plead',
  'hope',
  'long',
  'yearn',
  'wait',
  'prepare',
  'plan',
  'demand',
  'request',
]);

/** "called for a ceasefire", "pushing for a vote", "calls for talks": what is asked or hoped for. */
function asksFor(token: Token): boolean {
  return (token.pos === 'VERB' || token.pos === 'NOUN') && WANTING_FOR.has(token.lemma);
}

// FrameNet Affirm_or_deny: what is denied is not told as having happened ("denied that she met him").
const DENIALS = new Set(['deny', 'dispute']);
const MAX_TOKENS_TO_DENIAL = 12;

/** A denial verb opens the clause of the trigger: "X denied that she met Y", "X denies meeting Y". */
export function isDenied(doc: TextDocument, sentence: Sentence, trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(sentence.firstToken, trigger - MAX_TOKENS_TO_DENIAL); k--) {
    const token = doc.tokens[k] as Token;
    if (token.pos === 'VERB' && DENIALS.has(token.lemma)) return true;
    if (token.text === ';' || token.lower === 'but') return false;
  }
  return false;
}

/**
 * "attacking style", "winning goal": a present participle before a noun describes the noun; so does any
 * participle between a determiner and its noun ("the recently released Google Chrome", "a newly elected
 * mayor"), which names the thing, not the event.
 */
export function isModifyingParticiple(doc: TextDocument, verb: number): boolean {
  const token = doc.tokens[verb] as Token;
  const next = doc.tokens[verb + 1];
  if (!next || next.sentence !== token.sentence) return false;
  let before = verb - 1;
  while (doc.tokens[before]?.pos === 'ADV') before--;
  const determiner = doc.tokens[before];
  if (
    determiner?.pos === 'DET' &&
    determiner.sentence === token.sentence &&
    (next.pos === 'NOUN' || next.pos === 'PROPN')
  )
    return true;
  // "recipients of donated items", "with stolen documents": right after a preposition no verb is finite, so
  // a past participle before its noun is an adjective of that noun (an attributive participle).
  if (
    determiner?.pos === 'ADP' &&
    before === verb - 1 &&
    determiner.sentence === token.sentence &&
    next.pos === 'NOUN' &&
    token.lower !== token.lemma &&
    !token.lower.endsWith('ing')
  )
    return true;
  if (!token.lower.endsWith('ing')) return false;
  const previous = doc.tokens[verb - 1];
  return next.pos === 'NOUN' && !BE.has(previous?.lower ?? '');
}

/**
 * "with laws banning illegal entry", "for a bill requiring": a present participle right after the noun of a
 * prepositional phrase describes that noun (what the law does), not a happening told.
 */
export function isDescribingParticiple(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  const token = doc.tokens[verb] as Token;
  if (!token.lower.endsWith('ing')) return false;
  let k = verb - 1;
  if (k < sentence.firstToken || !['NOUN', 'PROPN'].includes((doc.tokens[k] as Token).pos)) return false;
  while (k >= sentence.firstToken && ['NOUN', 'ADJ', 'DET', 'PROPN'].includes((doc.tokens[k] as Token).pos)) k--;
  const preposition = doc.tokens[k];
  return (
    k >= sentence.firstToken &&
    preposition !== undefined &&
    (preposition.pos === 'ADP' || PARTICIPLE_PREPOSITIONS.has(preposition.lower))
  );
}

// Participles that work as prepositions (Quirk et al., "marginal prepositions"), often tagged as verbs:
// "policies regarding Muslims traveling to the U.S.".
const PARTICIPLE_PREPOSITIONS = new Set(['regarding', 'concerning', 'including', 'involving', 'considering']);

const STANDS_FOR_PEOPLE = new Set(['those', 'the']);
// Tags that open an object after a verb: "killed a guard", "injured him", "wounded two".
const OBJECT_START_TAGS = new Set(['DET', 'PRON', 'NUM', 'NOUN', 'PROPN', 'ADJ']);

/**
 * "one of those killed in the bombing", "a count of 116 injured", "the wounded", "the two killed": a past
 * participle after "those", "the" or a number inside the sentence names the people it happened to, not a
 * happening told.
 */
export function isNominalParticiple(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  const token = doc.tokens[verb] as Token;
  const previous = doc.tokens[verb - 1];
  const next = doc.tokens[verb + 1];
  if (!previous || verb - 1 < sentence.firstToken || token.lower.endsWith('ing')) return false;
  if (next && next.sentence === token.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
  if (STANDS_FOR_PEOPLE.has(previous.lower)) return true;
  if (previous.pos !== 'NUM' || verb - 2 < sentence.firstToken) return false;
  const opener = doc.tokens[verb - 2] as Token;
  if (opener.pos === 'ADP') return true;
  // "The two killed were …", "the three injured remain in hospital": a number after "the" or "those" is the
  // head the participle hangs on; "the two killed a guard" has an object and is a deed.
  return STANDS_FOR_PEOPLE.has(opener.lower) && !(next && OBJECT_START_TAGS.has(next.pos));
}

const CAPITALISED = /^\p{Lu}/u;
// A quotation mark, bracket, colon or dash before a capital opens a phrase, which may start with one.
const OPENS_PHRASE = /^[“"‘(:—–-]$/;

/** A trigger written with a capital inside a sentence belongs to a name: "Meet the Fockers", "Google Science Fair". */
export function isInsideName(doc: TextDocument, sentence: Sentence, first: number): boolean {
  const token = doc.tokens[first] as Token;
  if (first === sentence.firstToken || !CAPITALISED.test(token.text)) return false;
  const previous = doc.tokens[first - 1] as Token;
  return !OPENS_PHRASE.test(previous.text);
}

// Verbs of belief and supposition, which make what follows them an opinion.
const BELIEFS = new Set(['believe', 'think', 'suspect', 'suppose', 'assume', 'fear', 'expect', 'suggest', 'allege']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'has', 'have', 'did']);

/** A past form: "caused", "was shot down", "has been found"; a lemma differing by -ed or an irregular past. */
function isPastForm(token: Token): boolean {
  if (PAST_AUXILIARIES.has(token.lower)) return true;
  if (token.pos !== 'VERB' || token.lower === token.lemma) return false;
  return !token.lower.endsWith('ing') && !(token.lower === `${token.lemma}s` || token.lower === `${token.lemma}es`);
}

/**
 * "A storm caused the crane to fall, according to the authority": the span of "according to" and its source,
 * up to the next comma or the sentence end, when the sentence tells something past. Such a source vouches
 * for what happened; it does not make the clause a claim.
 */
export function evidentialSource(doc: TextDocument, sentence: Sentence): Span | null {
  let at = -1;
  for (let i = sentence.firstToken; i < sentence.endToken - 1; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote < 0 && token.lower === 'according' && (doc.tokens[i + 1] as Token).lower === 'to') at = i;
  }
  if (at < 0) return null;
  let pastTold = false;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0 || i === at || i === at + 1) continue;
    // "X believes the ferry capsized": the source reports a belief, not a happening.
    if (token.pos === 'VERB' && BELIEFS.has(token.lemma)) return null;
    if (isPastForm(token)) pastTold = true;
  }
  if (!pastTold) return null;
  let end = at + 2;
  while (end < sentence.endToken && ![',', ';', '.'].includes((doc.tokens[end] as Token).text)) end++;
  return { start: (doc.tokens[at] as Token).start, end: (doc.tokens[end - 1] as Token).end };
}

// Adverbs of indefinite frequency (Quirk et al. 1985, §8.64-8.67: usually, often, always …) make a simple present
// habitual (§4.6): "typically votes Democratic", "usually meets the board in May" tell a habit, not a happening.
const FREQUENCY_ADVERBS = new Set([
  'typically',
  'usually',
  'often',
  'always',
  'regularly',
  'generally',
  'normally',
  'sometimes',
  'frequently',
  'routinely',
  'rarely',
  'seldom',
  'occasionally',
  'traditionally',
  'customarily',
  'habitually',
]);
const MAX_TOKENS_TO_FREQUENCY = 2;

/** A simple present verb with an adverb of frequency right before it: "he typically votes", "often travels". */
export function isHabitual(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  const token = doc.tokens[verb] as Token;
  if (token.pos !== 'VERB' || token.lower.endsWith('ing') || token.lower.endsWith('ed')) return false;
  for (let k = verb - 1; k >= Math.max(sentence.firstToken, verb - MAX_TOKENS_TO_FREQUENCY); k--) {
    const word = doc.tokens[k] as Token;
    if (FREQUENCY_ADVERBS.has(word.lower)) return true;
    if (word.pos !== 'ADV' && word.pos !== 'AUX') return false;
  }
  return false;
}

// Verbs and nouns of supposing and rumour (FrameNet Suspicion, Opinion, Certainty's hedges; rumour.n, theory.n,
// speculation.n): a happening in the clause they govern is supposed, not told ("conspiracy theories suggesting he
// had been murdered", "speculation that he was killed").
const SUPPOSING = new Set([
  'suggest',
  'speculate',
  'allege',
  'rumour',
  'rumor',
  'theorize',
  'theorise',
  'speculation',
  'theory',
  'suspicion',
]);
const MAX_TOKENS_TO_SUPPOSITION = 6;

/** The trigger at `trigger` follows a word of supposing in its sentence, with no punctuation between them. */
export function isSupposed(doc: TextDocument, sentence: Sentence, trigger: number): boolean {
  for (let k = trigger - 1; k >= sentence.firstToken && trigger - k <= MAX_TOKENS_TO_SUPPOSITION; k--) {
    const token = doc.tokens[k] as Token;
    if (token.pos === 'PUNCT') return false;
    if ((token.pos === 'VERB' || token.pos === 'NOUN') && SUPPOSING.has(token.lemma)) return true;
  }
  return false;
}
