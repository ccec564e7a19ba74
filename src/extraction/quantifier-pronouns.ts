/**
 * Determiners that stand for a noun phrase of their own as a clause's subject: "Some say …", "while another says
 * …", "Many argue …" (the fused determiner-head construction, R. Huddleston and G. K. Pullum, The Cambridge Grammar
 * of the English Language, 2002, ch. 5 §9). Only those that name people not named before: "both", "each",
 * "either", "neither" and "all" point back to people already named, and are left out.
 */
const QUANTIFIER_PRONOUNS = new Set(['another', 'some', 'many', 'most', 'several', 'few', 'others']);

/** "another", "some", "many": a determiner that may be a speaker on its own. */
export function isQuantifierPronoun(word: string): boolean {
  return QUANTIFIER_PRONOUNS.has(word.toLowerCase());
}
