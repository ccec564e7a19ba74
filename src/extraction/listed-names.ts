import type { TextDocument } from './text/document.ts';
import type { ActorKind } from './types.ts';
import type { NameSpan } from './names.ts';

/** A name in the text as a list member: its tokens and, when linked, its actor's kind. */
export interface ListMember {
  firstToken: number;
  endToken: number;
  kind: ActorKind | null;
}

// What stands between two members of a list: "Dell, Sony", "Sony and Hitachi", "Gateway, and Hitachi".
const SEPARATORS = new Set([',', 'and', 'or']);
const MAX_SEPARATOR_TOKENS = 2;

/**
 * "customers such as Dell, Sony, Toshiba and Hitachi": names listed together are of one kind. Returns the
 * unlinked names that share a list with an organisation and with no person or country.
 * `memberAt(first)` and `memberEndingAt(end)` give the name that starts at a token or ends before one.
 */
export function namesListedWithBodies(
  doc: TextDocument,
  unlinked: NameSpan[],
  memberAt: (first: number) => ListMember | undefined,
  memberEndingAt: (end: number) => ListMember | undefined,
): Set<NameSpan> {
  const listed = new Set<NameSpan>();
  for (const name of unlinked) {
    const sentence = doc.tokens[name.firstToken]?.sentence;
    if (!standsAlone(doc, name.firstToken, name.endToken)) continue;
    const members: ListMember[] = [{ firstToken: name.firstToken, endToken: name.endToken, kind: null }];
    let separated = false;
    // Rightwards: separators, then the next member.
    for (let at = name.endToken; ;) {
      const next = afterSeparators(doc, at, sentence);
      const member = next === at ? undefined : memberAt(next);
      if (!member || !standsAlone(doc, member.firstToken, member.endToken)) break;
      members.push(member);
      separated = true;
      at = member.endToken;
    }
    // Leftwards: separators, then the member before.
    for (let at = name.firstToken; ;) {
      const end = beforeSeparators(doc, at, sentence);
      const member = end === at ? undefined : memberEndingAt(end);
      if (!member || !standsAlone(doc, member.firstToken, member.endToken)) break;
      members.push(member);
      separated = true;
      at = member.firstToken;
    }
    if (!separated) continue;
    const kinds = members.map((m) => m.kind);
    if (kinds.includes('ORGANIZATION') && !kinds.includes('PERSON') && !kinds.includes('COUNTRY')) listed.add(name);
  }
  return listed;
}

const COMPLEMENT_LINKS = new Set(['of', 'for']);

/**
 * Whether the name is a whole list member: not after an abbreviated title ("Dr. Pepper"), not itself an
 * abbreviation ("Tenn."), not cut before its complement ("Friends for Clean Rivers") and not modifying a noun
 * ("Korvell engineers").
 */
export function standsAlone(doc: TextDocument, first: number, end: number): boolean {
  const before = doc.tokens[first - 1];
  const last = doc.tokens[end - 1];
  const after = doc.tokens[end];
  if (!last || (before && before.sentence === last.sentence && before.text.endsWith('.')) || last.text.endsWith('.'))
    return false;
  if (!after || after.sentence !== last.sentence) return true;
  if (COMPLEMENT_LINKS.has(after.lower) && /^\p{Lu}/u.test(doc.tokens[end + 1]?.text ?? '')) return false;
  return !(after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text));
}

/** The token after the separators that start at `at`, or `at` when none do. */
function afterSeparators(doc: TextDocument, at: number, sentence: number | undefined): number {
  let k = at;
  while (
    k - at < MAX_SEPARATOR_TOKENS &&
    SEPARATORS.has(doc.tokens[k]?.lower ?? '') &&
    doc.tokens[k]?.sentence === sentence
  )
    k++;
  return k;
}

/** The end (exclusive) of the member before the separators that end at `at`, or `at` when none do. */
function beforeSeparators(doc: TextDocument, at: number, sentence: number | undefined): number {
  let k = at;
  while (
    at - k < MAX_SEPARATOR_TOKENS &&
    SEPARATORS.has(doc.tokens[k - 1]?.lower ?? '') &&
    doc.tokens[k - 1]?.sentence === sentence
  )
    k--;
  return k;
}
