import type { TextDocument, Token } from './text/document.ts';
import { reportingVerb } from './reporting-words.ts';
import { isQuoteMark } from './sources.ts';

// Words that open a further clause inside the reported one, whose verb is then no predicate of the sentence:
// "that the pier is safe and the ferry runs", "that the pier, which the council built, is safe".
const CLAUSE_LINKS = new Set([
  'and',
  'or',
  'but',
  'nor',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'whether',
  'if',
  'because',
  'since',
  'as',
  'while',
  'although',
  'though',
  'unless',
  'until',
  'than',
  'so',
]);
// Verbs of saying and thinking take a clause of their own without "that" ("that voters know the plan is dead").
const CLAUSE_TAKING_VERBS = new Set(['think', 'believe', 'know', 'hope', 'feel', 'expect', 'fear', 'assume', 'guess']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);

/** A finite verb that opens a verb group: "was", "makes", "had imperiled" (at "had"), not "be" after "would". */
function opensFiniteGroup(doc: TextDocument, i: number): boolean {
  const token = doc.tokens[i] as Token;
  if (token.quote >= 0 || (token.pos !== 'VERB' && token.pos !== 'AUX')) return false;
  if (token.lower.endsWith('ing')) return false;
  // "had never asked": adverbs inside a verb group.
  let before = i - 1;
  while (doc.tokens[before]?.pos === 'ADV') before--;
  const previous = doc.tokens[before];
  // Inside a verb group or after "to": "would be", "has been", "to wait", "not be".
  if (previous && (previous.pos === 'AUX' || previous.pos === 'PART' || previous.lower === 'to')) return false;
  // A bare form other than a modal is finite only after its subject pronoun ("they make"), not in "help them
  // win" or "go have".
  const bare = token.lower === token.lemma && !MODALS.has(token.lower);
  if (bare && !SUBJECT_PRONOUNS.has(previous?.lower ?? '')) return false;
  // "the group formed in 2014", "the funds raised": a participle after a noun describes it.
  return !(
    token.pos === 'VERB' &&
    /(?:ed|en)$/.test(token.lower) &&
    previous?.pos === 'NOUN' &&
    token.lemma !== 'have'
  );
}

function takesClause(token: Token): boolean {
  return CLAUSE_TAKING_VERBS.has(token.lemma) || reportingVerb(token.lemma) !== undefined;
}

/**
 * "Vale's claim that the pier is safe was wrong": a speech noun's "that" clause inside the sentence's subject ends
 * where the sentence's own predicate starts, a second finite verb with no word between that opens a clause of its
 * own. Returns the index the report must end at (`end` when the clause runs to it).
 */
export function endBeforeMatrixPredicate(doc: TextDocument, first: number, end: number): number {
  let clauseVerb = false;
  for (let i = first; i < end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0) continue;
    if (CLAUSE_LINKS.has(token.lower) || token.pos === 'PUNCT' || token.pos === 'SCONJ') {
      if (clauseVerb) return end;
      continue;
    }
    if (!opensFiniteGroup(doc, i)) {
      if ((token.pos === 'VERB' || token.pos === 'AUX') && takesClause(token)) return end;
      continue;
    }
    // "that the pier the council built is safe": a verb right after a verb ends a clause without its relative word.
    if (clauseVerb) return doc.tokens[i - 1]?.pos === 'VERB' ? end : i;
    if (takesClause(token)) return end;
    clauseVerb = true;
  }
  return end;
}

/**
 * "what critics have called a “reckless scheme” drew protests": a name given before the verb ("what", "which") is
 * a noun phrase inside the sentence's subject or object, and ends where the sentence's own predicate starts. A
 * clause of its own ("a scheme that would …") leaves the end where it was.
 */
export function endBeforePredicate(doc: TextDocument, first: number, end: number): number {
  for (let i = first; i < end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0 || isQuoteMark(token)) continue;
    // "which Vale calls a “tax on fishermen”, passed …": the predicate may follow the relative clause's comma.
    if (token.text === ',') return i + 1 < end && opensFiniteGroup(doc, i + 1) ? i : end;
    if (CLAUSE_LINKS.has(token.lower) || token.pos === 'PUNCT' || token.pos === 'SCONJ') return end;
    if (opensFiniteGroup(doc, i)) return i;
  }
  return end;
}
