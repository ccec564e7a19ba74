// Toward a relationship between parties ("ties between Ruritania and Freedonia", "Israel and the Palestinians"), the
// README of the topic gold reads how a statement portrays it: cooperation or progress is for it, strain or clashes
// against. The words are the commonest English nouns of discord (WordNet discord.n.01, conflict.n.01 and their
// hyponyms: tension, friction, rift, feud, dispute, hostility, enmity, standoff) and of accord (cooperation.n.01,
// partnership.n.01, friendship.n.01, alliance.n.01, rapprochement), hand-listed with their plurals; with the verbs one
// party turns on the other with (accuse.v.01, rebuke.v.01, threaten.v.01, expel.v.02), in their forms.
const DISCORD = new Set(
  `tension tensions friction frictions rift rifts strain strains feud feuds dispute disputes hostility hostilities
  enmity animosity mistrust distrust clash clashes standoff standoffs row rows spat spats rupture quarrel quarrels
  accuse accuses accused accusing rebuke rebukes rebuked threaten threatens threatened expel expels expelled`.split(
    /\s+/,
  ),
);
const ACCORD = new Set(
  `cooperation partnership partnerships friendship friendships alliance alliances ally allies rapprochement detente
  reconciliation`.split(/\s+/),
);
/** Nouns naming a relationship: "U.S.-Israel ties", "relations with Freedonia". */
const RELATION_NOUNS = new Set(['ties', 'relations', 'relationship', 'relationships', 'rapport', 'partnership']);
/** Two names joined by "and", and nothing else: "Israel and the Palestinians" (not "Antony and Cleopatra sharing one
 *  grave", which says what they do). */
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
const PAIR = new RegExp(String.raw`^\s*${NAME}\s+and\s+${NAME}\s*$`, 'u');

/** Whether a topic, by its words (lower case) and its name as typed, names a relationship between parties. */
export function namesRelationship(words: readonly string[], name: string | undefined): boolean {
  return words.some((word) => RELATION_NOUNS.has(word)) || (name !== undefined && PAIR.test(name));
}

/** The side a clause's words take toward a relationship: 1 where they name accord only, -1 discord only, else 0. */
export function relationSide(words: readonly string[]): number {
  const discord = words.some((word) => DISCORD.has(word));
  const accord = words.some((word) => ACCORD.has(word));
  return discord === accord ? 0 : discord ? -1 : 1;
}
