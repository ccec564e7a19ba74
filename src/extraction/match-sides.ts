// "Real Madrid beat Juventus", "Juventus lost to Real Madrid", "drew with Juventus": in a result, the side a body
// plays against is a body too (a club, a national team), not a person known by one name.
import type { ActorRecord } from './actor-registry.ts';
import type { NameSpan } from './names.ts';
import type { TextDocument } from './text/document.ts';

// The verbs of event-triggers.json's competition group that take the beaten side as object, and those that take
// the other side after a preposition ("lost to", "drew with", "tied with").
const BEATING_VERBS = new Set(['beat', 'defeat', 'thrash', 'rout', 'eliminate']);
const OPPONENT_AFTER: Record<string, string> = { lose: 'to', lost: 'to', draw: 'with', drew: 'with', tie: 'with' };

const BODY_KINDS = new Set(['ORGANIZATION', 'COUNTRY']);

/** Whether the name stands across a result from a body: after "beat" or "drew with" one, or before them. */
export function facesBody(
  doc: TextDocument,
  name: NameSpan,
  actorAt: (token: number) => ActorRecord | undefined,
  /** A name at the token that no person bears yet ("Arsenal beat Porto": each side makes the other a body). */
  isSideName: (token: number) => boolean = () => false,
): boolean {
  const isBody = (token: number) => BODY_KINDS.has(actorAt(token)?.kind ?? '') || isSideName(token);
  const tokens = doc.tokens;
  // "Real Madrid beat Juventus", "Real Madrid drew with Juventus".
  const before = tokens[name.firstToken - 1];
  if (before && BEATING_VERBS.has(before.lemma) && isBody(name.firstToken - 2)) return true;
  const verb = tokens[name.firstToken - 2];
  if (before && verb && OPPONENT_AFTER[verb.lemma] === before.lower && isBody(name.firstToken - 3)) return true;
  // "Juventus beat Real Madrid", "Juventus lost to Real Madrid".
  const after = tokens[name.endToken];
  if (!after || after.sentence !== tokens[name.firstToken]!.sentence) return false;
  if (BEATING_VERBS.has(after.lemma)) return isBody(name.endToken + 1);
  const preposition = OPPONENT_AFTER[after.lemma];
  return preposition !== undefined && tokens[name.endToken + 1]?.lower === preposition && isBody(name.endToken + 2);
}

// A team's coach and positions, as news writes them after the team's name ("Porto coach Sergio Conceição"); not
// "manager", which a city has too.
const TEAM_TITLES = new Set([
  'coach',
  'captain',
  'goalkeeper',
  'striker',
  'midfielder',
  'defender',
  'winger',
  'forward',
  'quarterback',
  'pitcher',
]);

/** "Porto coach Sergio Conceição", "Liverpool striker Mo Salah": a place whose team title opens a name is its club. */
export function headsTeamTitle(doc: TextDocument, name: NameSpan): boolean {
  const title = doc.tokens[name.endToken];
  const next = doc.tokens[name.endToken + 1];
  return (
    title !== undefined &&
    next !== undefined &&
    TEAM_TITLES.has(title.text) &&
    next.sentence === title.sentence &&
    /^\p{Lu}/u.test(next.text)
  );
}
