import type { Token } from './text/document.ts';

/** Verbs that report speech and take a clause: "X said (that) …". Lemmas, as wink gives them. */
const CLAUSE_CUES = new Set([
  'say',
  'tell',
  'add',
  'acknowledge',
  'warn',
  'allege',
  'assert',
  'suggest',
  'conclude',
  'declare',
  'claim',
  'insist',
  'argue',
  'explain',
  'note',
  'state',
  'announce',
  'write',
  'report',
  'confirm',
  'deny',
  'admit',
  'predict',
  'stress',
  'emphasize',
  'emphasise',
  'testify',
  'recall',
  'reply',
  'respond',
  'caution',
  'concede',
  'contend',
  'maintain',
  'observe',
  'remark',
  'reiterate',
  'complain',
  'estimate',
  'indicate',
  'pledge',
  'vow',
  'promise',
  'threaten',
  'voice',
  'agree',
]);

/**
 * Cues whose content may be a noun phrase or an infinitive rather than a clause: "voiced strong support
 * for …", "pledged to punish …", "calling for an explanation …". Their report needs no verb of its own.
 */
export const PHRASE_CONTENT_CUES = new Set(['voice', 'pledge', 'vow', 'promise', 'threaten', 'call', 'agree']);

/** Speech nouns that report what their possessor said: "his vow that …", "Netanyahu's declaration that …". */
export const SPEECH_NOUNS = new Set([
  'vow',
  'declaration',
  'pledge',
  'promise',
  'claim',
  'assertion',
  'warning',
  'insistence',
  'announcement',
  'statement',
  'assurance',
  'admission',
]);

/** Verbs that attribute a quotation but not a reported clause: "called it “a crisis”", "the patient described". */
const QUOTE_ONLY_CUES = new Set(['call', 'describe', 'ask', 'urge', 'recount', 'joke', 'quip', 'scoff']);

/** Verbs whose first complement is the person told: "told reporters that …". */
export const OBJECT_BEFORE_CLAUSE = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'brief']);

// A Map, not an object: a word such as "constructor" must not find Object's prototype.
const IRREGULAR_FORMS = new Map<string, string>([
  ['said', 'say'],
  ['says', 'say'],
  ['told', 'tell'],
  ['tells', 'tell'],
  ['wrote', 'write'],
  ['written', 'write'],
]);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

export type CueKind = 'CLAUSE' | 'QUOTE_ONLY';

export function cueLemma(token: Token): string {
  const lemma = IRREGULAR_FORMS.get(token.lower) ?? token.lemma;
  return lemma === token.lower && lemma.endsWith('ed') ? lemma.slice(0, -1) : lemma;
}

function kindOfLemma(lemma: string): CueKind | null {
  if (CLAUSE_CUES.has(lemma)) return 'CLAUSE';
  if (QUOTE_ONLY_CUES.has(lemma)) return 'QUOTE_ONLY';
  return null;
}

/**
 * wink tags some past forms as adjectives ("prosecutors alleged that …"); after a noun or pronoun
 * such a form is read as the verb, while "the alleged crime" stays an adjective.
 */
export function cueKind(token: Token, previous: Token | undefined): CueKind | null {
  if (token.pos === 'VERB' || IRREGULAR_FORMS.has(token.lower)) return kindOfLemma(cueLemma(token));
  const afterSubject =
    previous !== undefined && (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'PRON');
  if (token.pos !== 'ADJ' || !afterSubject || !token.lower.endsWith('ed')) return null;
  return kindOfLemma(token.lower.slice(0, -1)) ?? kindOfLemma(token.lower.slice(0, -2));
}

/** "did not exactly say": a negation among the three words before the cue. */
export function isNegated(tokens: Token[], cueIndex: number): boolean {
  for (let i = cueIndex - 1; i >= 0 && i >= cueIndex - 3; i--) {
    const token = tokens[i] as Token;
    if (NEGATIONS.has(token.lower)) return true;
    if (token.pos === 'PUNCT') break;
  }
  return false;
}

/** "according to X": the token index of "according" when followed by "to". */
export function isAccordingTo(tokens: Token[], index: number): boolean {
  return tokens[index]?.lower === 'according' && tokens[index + 1]?.lower === 'to';
}

/** "calling for an explanation": "call" is a cue only with "for". */
export function isCallFor(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && cueLemma(token) === 'call' && tokens[index + 1]?.lower === 'for';
}
