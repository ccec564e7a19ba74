// Toward a harm, blaming someone for letting it happen condemns it: "the agency failed to protect them", "staff
// ignored the warnings", "inspectors overlooked the cracks", "we let those children down". The verbs are WordNet's
// of omission, hand-listed in their forms: fail.v.02 ("fail to do something; leave something undone", with its
// infinitive), neglect.v.01, ignore.v.01 and disregard, overlook, and "let down" (let_down.v.01, "fail to meet the
// hopes of"), with negligence (negligence.n.01, "failure to act with the prudence that a reasonable person would
// exercise"). "The brakes failed" tells a breakdown, not an omission: "fail" counts only before "to".
const OMITTING =
  /\b(?:fail(?:s|ed|ing)?\s+to|failure\s+to|neglect(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?|overlook(?:s|ed|ing)?|negligen(?:t|tly|ce)|let\s+(?:\w+\s+){0,3}?down)\b/gi;

/** Whether a clause blames someone for an omission, other than the topic's own word for it ("neglect", asked about
 *  neglect, names the harm). */
export function blamesOmission(text: string, namesTopic: (word: string) => boolean): boolean {
  for (const match of text.matchAll(OMITTING)) if (!namesTopic(match[0].split(/\s+/)[0]!.toLowerCase())) return true;
  return false;
}
