// Who speaks for the accused. In a criminal case the defence argues against the charge and the penalty; where its
// words take no side (a client's plea, a plea deal refused, the system blamed), its statement is its side toward a
// sanction (shared/gold/queries/README.md, "Relayed positions": defence attorneys "prepared to fight the charges").
// The roles are FrameNet's Trial and Criminal_process frames' Defense element ("the lawyer or legal team
// representing the Defendant"), by the titles English gives it: a defence attorney, lawyer, counsel, solicitor or
// barrister, or any of them "for" or "representing" someone. A prosecutor is left out: an allegation is NEUTRAL,
// whoever makes it, and "U.S. attorney for the Southern District", "attorney general" and "district attorney"
// prosecute.

const LAWYER = String.raw`(?:attorney|lawyer|counsel|counsellor|counselor|solicitor|barrister|advocate)s?`;

/** A defence lawyer's title, or a lawyer's "for" or "representing" someone. */
const DEFENCE = new RegExp(
  String.raw`\bdefen[cs]e\s+(?:${LAWYER}|team)\b|\b${LAWYER}\s+(?:for|representing|of)\b|\b(?:his|her|their)\s+${LAWYER}\b`,
  'i',
);

/** A prosecutor's title, some of which read like a defence lawyer's ("U.S. attorney for the Southern District"). */
const PROSECUTION =
  /\bprosecut\w*|\bdistrict\s+attorney|\b(?:u\.?\s?s\.?|united states|state['’]?s?|crown|government)\s+(?:attorney|counsel|solicitor)|\battorneys?[- ]general|\bsolicitors?[- ]general|\bcrown\b/i;

/** Whether the speaker, by name or role as written, speaks for the accused. */
export function speaksForDefence(...who: readonly string[]): boolean {
  return who.some((words) => DEFENCE.test(words)) && !who.some((words) => PROSECUTION.test(words));
}
