import lexicon from './data/reporting-words.json' with { type: 'json' };

/** What follows a reporting verb (see data/reporting-words.json). */
export type ReportingFrame = 'clause' | 'recipient' | 'object' | 'dub' | 'directive';

export interface ReportingVerb {
  lemma: string;
  /** The verb class it was taken from, for provenance. */
  verbClass: string;
  frame: ReportingFrame;
  /** "pledged to punish …": a to-infinitive is what was said. */
  infinitive: boolean;
  /** "denied the report", "voiced support": a noun phrase may be what was said. */
  object: boolean;
  /** Particles and prepositions that open the content ("called for", "spoke out against"), word by word. */
  prepositions: string[][];
  /** Reports speech only with one of its prepositions ("pointed to", never "pointed"). */
  only: boolean;
  /** Also says what things show ("the results suggest"): a report only when its subject can speak. */
  evidential: boolean;
  /** Also a deed ("attacked the convoy"): a report only of a named person or body, or a pronoun for one. */
  personObject: boolean;
  /** Attributes a quotation, never a clause of its own ("“…,” she continued"). */
  quoteOnly: boolean;
  /** Reports only a clause ("the survey found that …"), never a noun phrase ("found the body"). */
  clauseOnly: boolean;
}

interface VerbGroup {
  class: string;
  frame: string;
  verbs: string[];
  infinitive?: boolean;
  objectVerbs?: string[];
  infinitiveVerbs?: string[];
  only?: string[];
  prepositions?: Record<string, string[]>;
  personObjectVerbs?: string[];
  clauseOnly?: string[];
}

function readVerbs(groups: VerbGroup[], evidential: Set<string>, quoteOnly: Set<string>): Map<string, ReportingVerb> {
  const verbs = new Map<string, ReportingVerb>();
  for (const group of groups) {
    const frame = group.frame as ReportingFrame;
    for (const lemma of group.verbs) {
      verbs.set(lemma, {
        lemma,
        verbClass: group.class,
        frame,
        infinitive: group.infinitive === true || (group.infinitiveVerbs ?? []).includes(lemma),
        object: frame === 'object' || frame === 'dub' || (group.objectVerbs ?? []).includes(lemma),
        prepositions: (group.prepositions?.[lemma] ?? []).map((p) => p.split(' ')),
        only: (group.only ?? []).includes(lemma),
        evidential: evidential.has(lemma),
        personObject: (group.personObjectVerbs ?? []).includes(lemma),
        quoteOnly: quoteOnly.has(lemma),
        clauseOnly: (group.clauseOnly ?? []).includes(lemma),
      });
    }
  }
  return verbs;
}

// A Map, not an object: a word such as "constructor" must not find Object's prototype.
const VERBS = readVerbs(lexicon.verbGroups as VerbGroup[], new Set(lexicon.evidential), new Set(lexicon.quoteOnly));
const NOUNS = new Set(lexicon.nouns.words);

export function reportingVerb(lemma: string): ReportingVerb | undefined {
  return VERBS.get(lemma);
}

export function isReportingNoun(lemma: string): boolean {
  return NOUNS.has(lemma);
}
