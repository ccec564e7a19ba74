import type { Sentence, TextDocument, Token } from './text/document.ts';
import type { NamedActors } from './actors.ts';
import type { ActorRecord } from './actor-registry.ts';
import { opensDate } from './dates.ts';

/** One conjunct of a gapped coordination: its tokens and the party it names. */
export interface GappedConjunct {
  from: number;
  to: number;
  party: ActorRecord;
}

// Prepositions that introduce the party of a verb: "contracted to", "signed with", "ran for", "lost to".
const PARTY_PREPOSITIONS = new Set(['to', 'with', 'for', 'against']);
// Words that may open a conjunct after its comma: "…, then in 1960 to …", "…, and later in 1966 to …".
const CONJUNCT_OPENERS = new Set(['and', 'then', 'later', 'again']);
// A date of a year or of a month and day: "in 1960", "in March 2004", "on May 3".
const MAX_DATE_TOKENS = 3;

/** The party after a preposition, past "the": the actor named there, or null. */
function partyAt(named: NamedActors, doc: TextDocument, preposition: number): ActorRecord | null {
  const at = doc.tokens[preposition + 1]?.lower === 'the' ? preposition + 2 : preposition + 1;
  return named.actorAtToken.get(at)?.actor ?? null;
}

/** The token after a date opened at `k` ("in 1960", "on May 3"), or -1 when no date opens there. */
function afterDate(doc: TextDocument, sentence: Sentence, k: number): number {
  if (!opensDate(doc.tokens[k]?.lower, doc.tokens[k + 1]?.lower)) return -1;
  let t = k + 2;
  while (t < Math.min(sentence.endToken, k + 1 + MAX_DATE_TOKENS) && (doc.tokens[t] as Token).pos === 'NUM') t++;
  return t;
}

/**
 * "She contracted in 1956 to JVB Records, then in 1960 to Columbia Records, and in 1966 to Atlantic Records":
 * the verb is left out of the later conjuncts (gapping), each of which repeats the dated party of the first
 * and so tells an event of its own. The verb's first complement must be "[date] preposition party"; each
 * conjunct after a comma must be "[and|then|later] date preposition party" with the same preposition.
 */
export function gappedConjuncts(
  doc: TextDocument,
  named: NamedActors,
  sentence: Sentence,
  verbEnd: number,
): GappedConjunct[] {
  let k = verbEnd;
  const dated = afterDate(doc, sentence, k);
  if (dated < 0) return [];
  k = dated;
  const preposition = doc.tokens[k]?.lower ?? '';
  if (!PARTY_PREPOSITIONS.has(preposition) || !partyAt(named, doc, k)) return [];
  const conjuncts: GappedConjunct[] = [];
  for (let t = k + 1; t < sentence.endToken; t++) {
    if ((doc.tokens[t] as Token).text !== ',') continue;
    let c = t + 1;
    while (c < sentence.endToken && CONJUNCT_OPENERS.has((doc.tokens[c] as Token).lower)) c++;
    const end = afterDate(doc, sentence, c);
    if (end < 0 || doc.tokens[end]?.lower !== preposition) continue;
    const party = partyAt(named, doc, end);
    if (!party) continue;
    let to = doc.tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
    while (named.actorAtToken.get(to)?.actor === party) to++;
    conjuncts.push({ from: c, to, party });
    t = to - 1;
  }
  return conjuncts;
}
