import type { Gender } from './types.ts';

// English nouns for people that carry a gender: kinship terms, titles of nobility, and the nouns of offices
// and trades news writes with -man and -woman ("Thomas' sister", "a spokeswoman", "the victim's father").
const MALE_NOUNS = new Set([
  'man',
  'boy',
  'gentleman',
  'father',
  'son',
  'brother',
  'husband',
  'boyfriend',
  'fiance',
  'grandfather',
  'grandson',
  'uncle',
  'nephew',
  'stepfather',
  'stepson',
  'widower',
  'king',
  'prince',
  'duke',
  'monk',
]);
const FEMALE_NOUNS = new Set([
  'woman',
  'girl',
  'lady',
  'mother',
  'daughter',
  'sister',
  'wife',
  'girlfriend',
  'fiancee',
  'grandmother',
  'granddaughter',
  'aunt',
  'niece',
  'stepmother',
  'stepdaughter',
  'widow',
  'queen',
  'princess',
  'duchess',
  'nun',
  'actress',
  'waitress',
]);
const GENDERED_COMPOUNDS = new Set([
  'spokes',
  'chair',
  'business',
  'congress',
  'police',
  'council',
  'assembly',
  'alder',
  'committee',
  'camera',
  'anchor',
  'front',
  'sports',
  'states',
  'service',
  'clergy',
  'sales',
  'fisher',
  'fire',
  'news',
  'gun',
  'country',
  'crafts',
  'fresh',
  'middle',
  'weather',
  'door',
  'fore',
  'kins',
]);

/** The gender a noun for a person carries ("sister", "spokesman", "chairwoman"), or null. */
export function genderOfNoun(word: string): Gender | null {
  const lower = word.toLowerCase();
  if (MALE_NOUNS.has(lower)) return 'male';
  if (FEMALE_NOUNS.has(lower)) return 'female';
  if (lower.endsWith('woman') && GENDERED_COMPOUNDS.has(lower.slice(0, -5))) return 'female';
  if (lower.endsWith('man') && GENDERED_COMPOUNDS.has(lower.slice(0, -3))) return 'male';
  return null;
}
