// A verb or noun of taking sides whose object names the topic: "will fight the charges", "voiced support for
// the invitation", "urged a ban". Its side is the statement's side toward the topic, whatever else it says.
// Lists from verb classes (B. Levin, English Verb Classes and Alternations, 1993, as VerbNet carries them on),
// split by the side they take: judgement-33 (praise / condemn), admire-31.2 (support, favour / oppose),
// urge-58.1 (urge, demand: asking for it), meet-36.3 (fight, battle), and the contention verbs of
// data/reporting-words.json (endorse, defend / reject, dismiss, challenge); with the nouns of the same verbs; and,
// hand-listed, "encourage" with the urge verbs and the commonest verbs of putting an end to their object or
// destroying it (attack, destroy, stop, halt, ban, abolish, cancel, repeal, eliminate; "end" is left out, read as
// often as a noun, "in the end").

import { undoes } from './removal-words.ts';

/** Lemmas taking the side of their object. */
const FOR = `support back endorse defend champion favour favor welcome praise applaud commend hail laud salute
  urge demand request recommend propose seek advocate encourage`.split(/\s+/);
/** Lemmas taking the side against their object. */
const AGAINST = `oppose resist reject dismiss challenge fight battle contest block veto criticize criticise condemn
  denounce decry deplore protest scrap attack destroy stop halt ban abolish cancel repeal eliminate`.split(/\s+/);
/** Nouns of the same, followed by their object ("support for", "opposition to"). */
const FOR_NOUNS = ['support', 'backing', 'endorsement', 'praise', 'demand', 'demands'];
const AGAINST_NOUNS = ['opposition', 'resistance', 'rejection', 'criticism', 'condemnation', 'protest', 'protests'];

/** The nouns of taking sides, each with its side: "support", "opposition", "criticism". */
export const SIDE_NOUNS = new Map<string, number>([
  ...FOR_NOUNS.map((noun) => [noun, 1] as [string, number]),
  ...AGAINST_NOUNS.map((noun) => [noun, -1] as [string, number]),
  ['acclaim', 1],
  ['applause', 1],
  ['criticisms', -1],
  ['backlash', -1],
]);

/** A lemma's inflections, regular ones: "oppose" → opposes, opposed, opposing (a form no one writes, "fighted",
 *  costs nothing). */
export function inflections(lemma: string): string[] {
  // "lobby" → lobbies, lobbied, lobbying.
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  const s = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  // "oppose" → opposed, opposing; "scrap", of one vowel before its last consonant, → scrapped, scrapping.
  const stem = lemma.endsWith('e')
    ? lemma.slice(0, -1)
    : /^[^aeiou]*[aeiou][bdgmnpt]$/.test(lemma)
      ? lemma + lemma.at(-1)
      : lemma;
  return [lemma, s, `${stem}ed`, `${stem}ing`];
}

// "back" alone is read too often as an adverb ("came back"): only its verb forms count.
const SIDES = new Map<string, number>([
  ...FOR.flatMap((lemma) => inflections(lemma).map((form) => [form, 1] as [string, number])),
  ...AGAINST.flatMap((lemma) => inflections(lemma).map((form) => [form, -1] as [string, number])),
  ...FOR_NOUNS.map((noun) => [noun, 1] as [string, number]),
  ...AGAINST_NOUNS.map((noun) => [noun, -1] as [string, number]),
  ['fought', -1],
  ['sought', 1],
]);
SIDES.delete('back');

/** Verbs whose side is their preposition's: "called for", "asked for", "voted against", "fought for". */
const BY_PREPOSITION = new Set(
  `call ask push press lobby campaign argue vote fight battle plead appeal rally`
    .split(/\s+/)
    .flatMap(inflections)
    .concat(['fought']),
);
const PREPOSITION_SIDES = new Map([
  ['for', 1],
  ['against', -1],
]);

const OBJECT_OPENERS = new Set(
  `the a an this that these those its his her their our my your any all for to against`.split(/\s+/),
);

/** How many words after the verb its object may name the topic: "fight the two charges". */
const OBJECT_REACH = 4;
export const NEGATORS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'nor', 'cannot', 't']);

/** The side a verb gives by the preposition after it: "called for", "voted against"; "call" alone names, as
 *  often as not ("called it a mistake"). */
function sideByPreposition(words: readonly string[], i: number): number | undefined {
  return BY_PREPOSITION.has(words[i]!) ? PREPOSITION_SIDES.get(words[i + 1] ?? '') : undefined;
}

/** Words before "against" that make it a side taken, not a match or a place: a copula ("we are against", "is
 *  firmly against"), "come out against", and the adverbs of degree between. */
const STANDING = new Set(
  `am is are was were be been being out firmly strongly flatly totally very all remain remains remained`.split(/\s+/),
);

/** "Against" after a copula or "come out": a side taken against what follows ("we are against the plan"). */
function standsAgainst(words: readonly string[], i: number): number | undefined {
  return words[i] === 'against' && STANDING.has(words[i - 1] ?? '') ? -1 : undefined;
}

/** Opposition denied: "we are not against the plan", "I'm not opposed to it", "we don't object to the deal", "they
 *  have no objection to the bill". Denying a stand against something, where the speaker is asked for a stand, says
 *  that one accepts it: litotes, the negation of a contrary read as its opposite (L. R. Horn, A Natural History of
 *  Negation, 1989, ch. 5.3). The stands are the stative ones, of holding a view (be against, be opposed to, object to,
 *  an objection to), not acts of opposing ("did not block the deal" tells what was not done). */
const OPPOSITION_STANDS = new Map([
  ['against', 1],
  ['opposed', 2],
  ['object', 2],
  ['objection', 2],
  ['objections', 2],
]);
const DENYING = new Set(['not', 'never', 't', 'no']);

/** The side of an opposition denied at word `i`, and where its object opens; undefined for none. */
function oppositionDenied(words: readonly string[], i: number): { side: number; object: number } | undefined {
  const reach = OPPOSITION_STANDS.get(words[i]!);
  if (reach === undefined || !DENYING.has(words[i - 1] ?? '')) return undefined;
  // "opposed", "object" and the objection nouns take "to" before their object; "no" goes with the nouns only.
  if (reach === 2 && words[i + 1] !== 'to') return undefined;
  if ((words[i - 1] === 'no') !== words[i]!.startsWith('objection')) return undefined;
  return { side: 1, object: i + reach };
}

// Nouns of attitude, each with the preposition that opens its object ("interest in the offer", "fear of the
// plan"): the nominalisations of Levin's admire-31.2 (admiration, respect, enthusiasm / fear, contempt, distaste)
// and want-32.1 (desire, hope, need, appetite) classes, with "interest" and "confidence" (WordNet interest.n.01 "a
// sense of concern with and curiosity about", confidence.n.02), "momentum" for it (momentum.n.02, "an impelling
// force or strength": "momentum behind the deal") and the objection nouns (objection, hostility,
// aversion, scepticism). Only the preposition given counts: "interest rates", "in need of", "for fear that" take
// no side.
const NOUN_SIDES = new Map<string, { side: number; prepositions: string[] }>();
for (const [list, side] of [
  [
    `interest:in hope:for hopes:for enthusiasm:for appetite:for desire:for need:for admiration:for respect:for
    appreciation:for confidence:in faith:in momentum:for momentum:behind momentum:around momentum:toward
    momentum:towards`,
    1,
  ],
  // "Object to", the verb of the objection nouns, in its forms: its side is against its object after "to".
  [`object:to objects:to objected:to objecting:to`, -1],
  [
    `fear:of fears:of hatred:of contempt:for distaste:for disdain:for aversion:to hostility:to hostility:toward
    hostility:towards objection:to objections:to scepticism:about scepticism:over skepticism:about skepticism:over`,
    -1,
  ],
] as const)
  for (const [noun, preposition] of list.split(/\s+/).map((pair) => pair.split(':') as [string, string])) {
    const known = NOUN_SIDES.get(noun);
    if (known) known.prepositions.push(preposition);
    else NOUN_SIDES.set(noun, { side, prepositions: [preposition] });
  }

/** A noun of attitude followed by its preposition: its side, its object after the preposition. */
function nounSide(words: readonly string[], i: number): number | undefined {
  const noun = NOUN_SIDES.get(words[i]!);
  return noun && noun.prepositions.includes(words[i + 1] ?? '') ? noun.side : undefined;
}

/** Verbs of saying, in the forms that are verbs only (not "claims", "reports"): say-37.7's commonest. */
const SAYING = new Set(['say', 'says', 'said', 'saying', 'insist', 'insists', 'insisted', 'argued', 'claimed']);
/** The speaker, or the generic "you": a saying of their own is not relayed. */
const OWN = new Set(['i', 'we', 'you']);

/** Where a clause (lower-case words) begins to relay what someone else says: after a verb of saying whose subject,
 *  within three words before it, is not the speaker; the clause's length where none does. */
function relayedSaying(words: readonly string[]): number {
  for (let i = 1; i < words.length; i++)
    if (SAYING.has(words[i]!) && !words.slice(Math.max(0, i - 3), i).some((word) => OWN.has(word))) return i;
  return words.length;
}

const SEEK = new Set([...inflections('seek'), 'sought']);

/** A word of taking sides in a clause, read once whatever the topic: where it stands, its side, where its object
 *  opens, and whether a negation comes before it. */
export interface SideCue {
  word: number;
  side: number;
  object: number;
  denied: boolean;
}

/** Verbs of refusing (WordNet refuse.v.01, "show unwillingness towards", with decline.v.02), in their forms. */
const REFUSING = new Set([...inflections('refuse'), ...inflections('decline')]);

/** Subjects that say no one, or hardly anyone, does what follows (Quirk et al. 1985 §10.58-10.60, negative and
 *  "few" quantifiers): "nobody", "no one", "none of them", "few (people)". */
const NO_ONE = new Set(['nobody', 'none', 'few']);

/** Whether the word at `j` says no one; "a few" and "quite a few" say some do. A function of its own, not an arrow
 *  in noOneBefore: tsx names each arrow function as it is made, which cost 1.7 % of extraction time there. */
function noOneAt(words: readonly string[], j: number): boolean {
  return NO_ONE.has(words[j] ?? '') && !(words[j] === 'few' && (words[j - 1] === 'a' || words[j - 1] === 'the'));
}

/** Whether the verb at `i` has such a subject, right before it or one word before ("few people support"). */
export function noOneBefore(words: readonly string[], i: number): boolean {
  return (
    noOneAt(words, i - 1) ||
    noOneAt(words, i - 2) ||
    (words[i - 2] === 'no' && words[i - 1] === 'one') ||
    (words[i - 3] === 'no' && words[i - 2] === 'one')
  );
}

/** A clause's words of taking sides, with an object after them: "fight the …", "called for …". */
export function sideCues(words: readonly string[]): SideCue[] {
  const cues: SideCue[] = [];
  let negated = false;
  for (let i = 0; i < words.length; i++) {
    const denial = oppositionDenied(words, i);
    if (denial) {
      if (denial.object < words.length) cues.push({ word: i, side: denial.side, object: denial.object, denied: false });
      continue;
    }
    const byPreposition = sideByPreposition(words, i) ?? nounSide(words, i);
    // "seeks to …" tries (WordNet seek.v.04, attempt): it takes no side toward what follows.
    const conative = SEEK.has(words[i]!) && words[i + 1] === 'to';
    const side = byPreposition ?? (conative ? undefined : SIDES.get(words[i]!)) ?? standsAgainst(words, i);
    const object = byPreposition === undefined ? i + 1 : i + 2;
    if (side !== undefined && object < words.length) {
      // Refusing to take a side for something is taking the side against it ("refused to back the plan"); refusing
      // to take one against it takes none ("declined to condemn the raid").
      const refused = words[i - 1] === 'to' && REFUSING.has(words[i - 2] ?? '');
      // A side no one takes ("nobody supports the plan", "few back it") presents the topic as lacking it: the other
      // side.
      const noneTake = noOneBefore(words, i);
      cues.push({
        word: i,
        side: refused || noneTake ? -side : side,
        object,
        denied: (negated && !noneTake) || (refused && side < 0),
      });
    }
    negated ||= NEGATORS.has(words[i]!);
  }
  return cues;
}

/**
 * The side taken toward the topic by a verb or noun of taking sides whose object names it: 1 for, -1 against,
 * 0 for none (or both). The cues are the words' own (sideCues), read once where a clause is asked about many topics.
 */
export function sideTaken(
  words: readonly string[],
  namesTopic: (word: string) => boolean,
  cues: readonly SideCue[] = sideCues(words),
): number {
  if (cues.length === 0) return 0;
  let side = 0;
  const relayed = relayedSaying(words);
  for (const { word, side: own, object: at, denied } of cues) {
    if (namesTopic(words[word]!)) continue;
    // A side someone else is said to take ("the senators have said they will block a deal") is theirs, relayed.
    if (word > relayed) continue;
    // Its object opens at once on the topic, or on a determiner or a preposition of object: "fight the
    // charges", "support for the plan"; not "support from", "the challenge of climbing".
    // A side taken toward putting an end to the topic ("called for an end to the strikes") is the other side
    // toward the topic itself.
    // An ending that is the topic's own word ("backed the ban", asked about the ban) is the topic named.
    const found = endingOf(words, at);
    const ending = found && !namesTopic(words[found.word]!) ? found : null;
    const object = ending ? ending.ended : at;
    if (!pointsBack(words, object)) {
      // After its preposition ("called for", "interest in") the object is that preposition's, whatever opens it.
      const afterPreposition = at === word + 2;
      if (!(afterPreposition || namesTopic(words[at]!) || OBJECT_OPENERS.has(words[at]!))) continue;
      if (!objectNames(words, object, namesTopic)) continue;
    }
    // A side denied anywhere before it in the clause ("doesn't mean I can say I support the plan") is not the
    // other side taken: no side.
    if (denied) return 0;
    const toward = ending ? -own : own;
    if (side !== 0 && side !== toward) return 0;
    side = toward;
  }
  return side;
}

// Shell nouns: abstract nouns that point back to a proposal or an action spoken of before them ("the plan", "this
// move", "such a step"), the commonest of H.-J. Schmid, English Abstract Nouns as Conceptual Shells (2000), that
// name something proposed or done.
const SHELLS = new Set(
  `idea plan proposal proposals move decision deal measure measures step steps policy scheme project bill law change
  changes ruling agreement initiative effort approach offer process reform reforms`.split(/\s+/),
);
const SHELL_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'a', 'any', 'their', 'its']);
/** What may follow "this" or "that" standing alone as an object: an adverb closing the clause. */
const CLOSING = new Set(['all', 'too', 'either', 'again', 'now', 'outright', 'entirely', 'fully', 'completely']);

/** Whether an object opening at `at` points back to what was spoken of: "support it", "reject that", "fight
 *  this move", "oppose such a step". A statement asked about under the topic points back to it. */
function pointsBack(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (word === 'it') return true;
  if ((word === 'this' || word === 'that') && (at === words.length - 1 || CLOSING.has(words[at + 1]!))) return true;
  if (!SHELL_DETERMINERS.has(word ?? '')) return false;
  // "such a move", "the new plan": the shell within two words of its determiner.
  return [1, 2].some((k) => SHELLS.has(words[at + k] ?? '')) && !(words[at + 1] === 'of');
}

/** The side a statement's cue takes toward what the statement says, the cue's object: "urged", "called for",
 *  "condemned", "rejected"; 0 for a cue that only reports ("said", "told"). */
export function cueSide(words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) {
    const side = sideByPreposition(words, i) ?? SIDES.get(words[i]!);
    if (side !== undefined) return side;
  }
  return 0;
}

// Nouns of putting an end to something, the nominalisations of the verbs of ending above and of removal-words.ts's
// verbs of lifting ("a halt to", "the repeal of", "the withdrawal of"); "end" only before "to" or "of".
const ENDING_NOUNS = new Set(
  `halt repeal abolition withdrawal cancellation reversal suspension revocation closure scrapping`.split(/\s+/),
);
/** How many words may open an object before its word of ending: "an immediate end to". */
const ENDING_REACH = 3;

/** An object opening at `at` on a word of putting an end to something ("an end to the strikes", "a ban on the drug",
 *  "action against the plan"): where that word stands and where what it ends opens, after its preposition; null
 *  where it opens on no such word. */
function endingOf(words: readonly string[], at: number): { word: number; ended: number } | null {
  for (let j = at; j < Math.min(words.length, at + ENDING_REACH); j++) {
    const word = words[j]!;
    const ending =
      ENDING_NOUNS.has(word) || undoes(word) || (word === 'end' && (words[j + 1] === 'to' || words[j + 1] === 'of'));
    if (ending) return { word: j, ended: /^(?:to|of|on|against)$/.test(words[j + 1] ?? '') ? j + 2 : j + 1 };
  }
  return null;
}

/** Whether a word of the object, within OBJECT_REACH words of where it opens, names the topic. */
function objectNames(words: readonly string[], at: number, namesTopic: (word: string) => boolean): boolean {
  return namedIn(words, at, at + OBJECT_REACH, namesTopic);
}

/** Whether a word from `from` up to `to` (the clause's bounds kept) names the topic. */
export function namedIn(
  words: readonly string[],
  from: number,
  to: number,
  namesTopic: (word: string) => boolean,
): boolean {
  for (let j = Math.max(0, from); j < Math.min(words.length, to); j++) if (namesTopic(words[j]!)) return true;
  return false;
}

/** A word's side as a verb or noun of taking sides (SIDES): 1, -1, or undefined for none. */
export function sideOfWord(word: string): number | undefined {
  return SIDES.get(word);
}
