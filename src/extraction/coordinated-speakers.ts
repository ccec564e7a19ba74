// "MSF and WHO are now calling for more help", "Senators Dan Coats of Indiana, John McCain of Arizona, and Olympia
// Snowe of Maine each asked Brown to run": a subject of names joined by "and" reports for each of them. Reporting
// verbs take such subjects segregatorily, each conjunct saying it (Quirk et al. 1985 §13.60, segregatory and
// combinatory coordination), so each person or body named is a speaker of the statement.
import type { DiscourseState } from './discourse.ts';
import { POSSESSIVE_MARKS, type Phrase } from './noun-phrases.ts';
import type { ResolvedSpeaker } from './speakers.ts';
import type { Token } from './text/document.ts';
import { isQuoteMark, isVerbGroupWord } from './sources.ts';
import type { NameLink } from './actors.ts';

/** Kinds of actor that speak for themselves when named in a coordination. */
const SPEAKING_KINDS = new Set(['PERSON', 'ORGANIZATION', 'COUNTRY']);
/** Words that may stand before a coordination opening a clause (and a subordinator: "Though Lynch and …"). */
const OPENERS = new Set([',', ';', ':', '(', '—', '–', 'both']);

interface Conjunct {
  first: number;
  link: NameLink;
}

/** The named person or body ending right before `end`, with its title, its article, and a place it is "of"
 *  ("John McCain of Arizona"); null when the words there name none. */
function conjunctEndingAt(state: DiscourseState, end: number): Conjunct | null {
  const { doc, named } = state;
  let last = end - 1;
  const place = named.actorAtToken.get(last);
  const placeFirst = place ? place.name.firstToken : named.placeOrderAt.has(last) ? last : -1;
  if (placeFirst > 0 && doc.tokens[placeFirst - 1]?.lower === 'of' && (place?.actor.kind ?? 'COUNTRY') === 'COUNTRY')
    last = placeFirst - 2;
  const link = named.actorAtToken.get(last);
  if (!link || !SPEAKING_KINDS.has(link.actor.kind) || link.name.endToken !== last + 1) return null;
  let first = Math.min(link.name.titleFirst, link.name.firstToken);
  if (doc.tokens[first - 1]?.lower === 'the') first--;
  return { first, link };
}

/** A title written in the plural before the first of the names ("Republican Senators Dan Coats, …, and Olympia
 *  Snowe"): it is each one's title. */
function sharedTitle(state: DiscourseState, first: NameLink): string | null {
  const { titleFirst, firstToken } = first.name;
  const written = state.doc.tokens[firstToken - 1];
  if (!first.roleTitle || titleFirst >= firstToken || !written) return null;
  const singular = first.roleTitle.split(/\s+/).at(-1)!.toLowerCase();
  return written.lower !== singular && written.lower.startsWith(singular) ? first.roleTitle : null;
}

/** Where the subject of the verb at `cueIndex` ends: before its verb group ("have all", "are now"). */
function subjectEnd(tokens: readonly Token[], cueIndex: number): number {
  let k = cueIndex - 1;
  while (k >= 0 && isVerbGroupWord(tokens[k] as Token)) k--;
  return k + 1;
}

/** Everyone named in a coordinated subject, in text order, and the token the coordination begins at. */
export interface Coordination {
  speakers: ResolvedSpeaker[];
  first: number;
}

/**
 * The people and bodies named with the speaker in a coordinated subject of the verb at `cueIndex`, the speaker
 * among them, each with the title the article gives them there. None unless every conjunct names a person or body,
 * the speaker is one of them, and the coordination opens its clause (after a comma, "both", a subordinator, or at
 * the sentence's start): "he met Smith
 * and Jones said" joins no subjects.
 */
export function coordinationOf(
  state: DiscourseState,
  subject: Phrase,
  cueIndex: number,
  speaker: ResolvedSpeaker,
  sentenceFirst: number,
): Coordination | null {
  const { doc, named } = state;
  const end = subjectEnd(doc.tokens, cueIndex);
  if (subject.end > end) return null;
  const conjuncts: Conjunct[] = [];
  let right = end;
  let joined = false;
  for (;;) {
    const conjunct = conjunctEndingAt(state, right);
    if (!conjunct) return null;
    conjuncts.push(conjunct);
    let k = conjunct.first - 1;
    if (doc.tokens[k]?.lower === 'and') {
      joined = true;
      if (doc.tokens[k - 1]?.text === ',') k--;
    } else if (!(joined && doc.tokens[k]?.text === ',' && conjunctEndingAt(state, k))) break;
    right = k;
  }
  const leftmost = conjuncts[conjuncts.length - 1]!.first;
  const before = doc.tokens[leftmost - 1];
  const opens =
    leftmost <= sentenceFirst || !before || OPENERS.has(before.lower) || isQuoteMark(before) || before.pos === 'SCONJ';
  if (!joined || !opens || subject.first < leftmost) return null;
  if (!conjuncts.some((c) => c.link.actor === speaker.actor)) return null;
  conjuncts.reverse();
  const shared = sharedTitle(state, conjuncts[0]!.link);
  const speakers: ResolvedSpeaker[] = [];
  for (const { link } of conjuncts) {
    if (speakers.some((other) => other.actor === link.actor)) continue;
    const at = (doc.tokens[link.name.firstToken] as Token).start;
    const roleTitle = link.roleTitle ?? shared ?? named.registry.roleAt(link.actor, at);
    speakers.push(link.actor === speaker.actor && speaker.roleTitle ? speaker : { actor: link.actor, roleTitle });
  }
  return { speakers, first: leftmost };
}

// "…, as have other Democrats including actor Ben Affleck": a comparative clause with inversion says the same of its
// subject (Quirk et al. 1985 §15.53, comparison with "as" and subject-operator inversion). Only the operators of a
// deed: "as is the case with …" compares a state, no one's words.
const COMPARED_OPERATORS = new Set(['have', 'has', 'had', 'did', 'do', 'does']);
// Words after which a name is no subject of the comparison: "as did the head of Lopez's union", "as have critics of
// Vale".
const NOT_SUBJECT_BEFORE = new Set(['of', 'for', 'with', 'by', 'to', 'from', 'about', 'against', 'on']);
// How far after the cue the comparison is looked for, and how long its subject may run: a sentence may be
// thousands of tokens long, and each of its cues looks.
const MAX_REPORT_TOKENS = 80;
const MAX_SUBJECT_TOKENS = 40;

/**
 * The people and bodies named as the subject of a comparative clause with inversion after the report of the cue
 * ending at `cueEnd` ("denied interest in the seat, as have … Ben Affleck and … Edward M. Kennedy, Jr."), each with
 * the title the article gives them there; none when the sentence holds no such clause.
 */
export function comparedSpeakers(state: DiscourseState, cueEnd: number, sentenceEnd: number): ResolvedSpeaker[] {
  const { doc, named } = state;
  const reach = Math.min(sentenceEnd, cueEnd + MAX_REPORT_TOKENS);
  let k = cueEnd;
  for (; k + 2 < reach; k++) {
    const token = doc.tokens[k] as Token;
    if (token.lower === 'as' && token.quote < 0 && COMPARED_OPERATORS.has(doc.tokens[k + 1]?.lower ?? '')) break;
  }
  if (k + 2 >= reach) return [];
  const speakers: ResolvedSpeaker[] = [];
  const subjectEnd = Math.min(sentenceEnd, k + 2 + MAX_SUBJECT_TOKENS);
  for (let i = k + 2; i < subjectEnd; i++) {
    const token = doc.tokens[i] as Token;
    if (token.text === ';' || token.quote >= 0) break;
    const link = named.actorAtToken.get(i);
    if (!link || link.name.firstToken !== i || !SPEAKING_KINDS.has(link.actor.kind)) continue;
    const after = doc.tokens[link.name.endToken];
    if (NOT_SUBJECT_BEFORE.has(doc.tokens[i - 1]?.lower ?? '') || POSSESSIVE_MARKS.has(after?.lower ?? '')) continue;
    if (speakers.some((other) => other.actor === link.actor)) continue;
    const roleTitle = link.roleTitle ?? named.registry.roleAt(link.actor, token.start);
    speakers.push({ actor: link.actor, roleTitle });
  }
  return speakers;
}
