// Words of taking away: of removal and reduction, and of lifting or undoing a measure, in their verb, -ing, noun
// and participle forms. A leaf the topic's reading and the verbs said of it share.

// Verbs and nouns of removal and reduction, hand-listed (the commonest English ones, with their -ing and
// noun forms; not drawn from any gold): what follows them is taken away, so a harm after them makes an aim.
export const REMOVAL = new Set(
  `cut cutting cuts reduce reducing reduction curb curbing end ending fight fighting tackle tackling stop stopping
  prevent preventing prevention ban banning lower lowering clear clearing fix fixing ease easing combat combating
  eliminate eliminating elimination remove removing removal avoid avoiding against anti`.split(/\s+/),
);

/** Verbs of lifting or undoing a measure, as -ing forms (LIFTED holds their participles): with REMOVAL's
 *  -ing forms, what a phrase may open on to name taking its object away. */
export const LIFTING = new Set(
  `lifting overturning revoking rescinding repealing annulling scrapping dropping withdrawing axing reversing
  abolishing`.split(/\s+/),
);

/** Whether a word is a verb (or noun) of removal or lifting, in any form: "lifted", "scrapping", "removal". */
export function undoes(word: string): boolean {
  return REMOVAL.has(word) || LIFTING.has(word) || LIFTED.has(word) || REMOVAL.has(word.replace(/(?:s|ed|d)$/, ''));
}

/** The same verbs as past participles: "the ban was lifted". */
export const LIFTED = new Set(
  `lifted overturned revoked rescinded repealed annulled scrapped dropped withdrawn axed reversed struck abolished
  removed ended stopped banned cut reduced curbed eased eliminated`.split(/\s+/),
);
