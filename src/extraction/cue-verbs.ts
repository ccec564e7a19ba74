import type { Token } from './text/document.ts';
import { isPersonNoun } from './gazetteer.ts';
import { isDateWord } from './names.ts';
import { BE_FORMS } from './verb-groups.ts';
import { isReportingNoun, reportingVerb, type ReportingVerb } from './reporting-words.ts';

/** A reporting verb found in the text, with the particle or preposition that opens its content. */
export interface VerbCue {
  verb: ReportingVerb;
  /** Token index after the cue phrase ("called for" ends after "for"). */
  end: number;
  /** The preposition taken into the cue ("for" in "called for"), if any. */
  preposition: string | null;
}

const IRREGULAR_FORMS = new Map<string, string>([
  ['said', 'say'],
  ['says', 'say'],
  ['told', 'tell'],
  ['tells', 'tell'],
  ['wrote', 'write'],
  ['written', 'write'],
]);
// "n’t" with a typographic apostrophe as many outlets print it ("wouldn’t say"), as wink leaves it.
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never', 'no']);
const POSSESSIVE = /^['’]s$/;
const POSSESSIVE_WORD = /\p{L}['’]s$/u;
// "needless to say", "that is to say", "fair to say", "let's say": fixed phrases, not reports.
const BEFORE_TO_SAY = new Set(['needless', 'suffice', 'is', 'safe', 'fair']);

function cueLemma(token: Token): string {
  const lemma = IRREGULAR_FORMS.get(token.lower) ?? token.lemma;
  return lemma === token.lower && lemma.endsWith('ed') ? lemma.slice(0, -1) : lemma;
}

/**
 * The reporting verb a token is, if it is one. wink tags some past forms as adjectives ("prosecutors
 * alleged that …"); after a noun or pronoun such a form is read as the verb, while "the alleged crime"
 * stays an adjective.
 */
function verbOf(
  token: Token,
  previous: Token | undefined,
  next: Token | undefined,
  beforePrevious: Token | undefined,
  thirdBefore: Token | undefined,
): ReportingVerb | undefined {
  if (token.quote >= 0) return undefined;
  if (token.pos === 'VERB' || IRREGULAR_FORMS.has(token.lower)) return reportingVerb(cueLemma(token));
  // "is promising cheaper fares", "…, promising to hire more nurses": a participle the tagger read as an adjective.
  if (token.lower.endsWith('ing') && (token.pos === 'ADJ' || token.pos === 'NOUN')) {
    const progressive = previous !== undefined && BE_FORMS.has(previous.lower);
    // "…, touring the base and warning that …": "and" joins it to a participle before, as a comma does.
    const joined = previous?.text === ',' || previous?.lower === 'and' || previous?.lower === 'or';
    const participle = joined && (next?.lower === 'to' || next?.lower === 'that');
    // "with Chair Jerome Powell warning that …": right after a name and before "that", no compound noun.
    const afterName = previous?.pos === 'PROPN' && next?.lower === 'that';
    return progressive || participle || afterName ? verbOfParticiple(token.lower) : undefined;
  }
  // Every other reading needs a subject right before the word: most tokens stop here, before any look-up.
  const afterSubject =
    previous !== undefined &&
    (previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'PRON' || previous.pos === 'NUM');
  if (!afterSubject) return undefined;
  // "Six in 10 say …", "majorities in all five say …": the tagger reads "say" after a number as a noun.
  if (token.lower === 'say') return reportingVerb('say');
  if (previous.lower.endsWith('s')) {
    const bare = reportingVerb(token.lower);
    // "as harbour unions point out", "pilots point to …": a bare verb read as a noun after a plural subject,
    // before the particle it reports with.
    if (bare?.only && opensParticle(bare, next)) return bare;
    // "Two studies show that …", "Officials warn that …": a bare verb form before "that" is the verb.
    if (bare && next?.lower === 'that') return bare;
  }
  if (!/(?:ed|s)$/.test(token.lower) || (token.pos !== 'ADJ' && token.pos !== 'NOUN')) return undefined;
  // "carrying border towns", "moves to Coastal counties", "the votes of member states": a noun's modifier after
  // a preposition or a verb is no subject, and the noun no verb.
  if (isModifierOfNoun(previous, beforePrevious)) return undefined;
  // "…, beating analyst forecasts", "…, missing analyst estimates": after a participle opening an adjunct, the
  // noun ends its object.
  if (isObjectOfParticiple(previous, beforePrevious, thirdBefore)) return undefined;
  if (isPluralAfterNumber(token, previous)) return undefined;
  if (token.lower.endsWith('s')) return reportingVerb(token.lower.slice(0, -1));
  return reportingVerb(token.lower.slice(0, -1)) ?? reportingVerb(token.lower.slice(0, -2));
}

/** A single word after a preposition or a verb, before a plural noun: "to Coastal counties", "carrying border towns". */
function isModifierOfNoun(previous: Token, beforePrevious: Token | undefined): boolean {
  if ((previous.pos !== 'NOUN' && previous.pos !== 'PROPN') || beforePrevious === undefined) return false;
  // "the Department of Fisheries notes" is one name; "the United Press reports" one the tagger may split.
  if (previous.pos === 'PROPN' && (beforePrevious.lower === 'of' || CAPITALISED.test(beforePrevious.text)))
    return false;
  return beforePrevious.pos === 'ADP' || beforePrevious.pos === 'VERB';
}
const CAPITALISED = /^\p{Lu}/u;

/** "…, beating analyst forecasts": a noun after an -ing participle set off by a comma modifies the noun after it. */
function isObjectOfParticiple(previous: Token, participle: Token | undefined, comma: Token | undefined): boolean {
  if (previous.pos !== 'NOUN' || participle === undefined || !/..ing$/.test(participle.lower)) return false;
  return (participle.pos === 'VERB' || participle.pos === 'NOUN') && comma?.text === ',';
}

function opensParticle(verb: ReportingVerb, next: Token | undefined): boolean {
  return next !== undefined && verb.prepositions.some((words) => words[0] === next.lower);
}

/** "twelve counties", "the 50 counties": a plural noun after a number is no verb with the number for its subject. */
function isPluralAfterNumber(token: Token, previous: Token | undefined): boolean {
  return token.lower.endsWith('s') && previous?.pos === 'NUM';
}

/** "promising" → promise, "calling" → call, "admitting" → admit. */
function verbOfParticiple(form: string): ReportingVerb | undefined {
  const stem = form.slice(0, -3);
  const undoubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : undefined;
  return reportingVerb(stem) ?? reportingVerb(`${stem}e`) ?? (undoubled ? reportingVerb(undoubled) : undefined);
}

const ELLIPTICAL_SUBORDINATORS = new Set(['when', 'if', 'unless', 'until', 'whenever', 'though', 'although']);

// Media a message goes by, written bare after "by" ("said by phone", "told reporters by video link").
const MEANS_OF_SAYING = new Set([
  'telephone',
  'phone',
  'email',
  'e-mail',
  'text',
  'letter',
  'fax',
  'radio',
  'video',
  'videolink',
  'satellite',
  'mail',
  'post',
]);

// Past participles of verbs of saying: the regular ones, and the irregular ones that reporting verbs have ("told",
// "written", "shown", and "broadcast", "read", "thought", "heard", "forecast", written like other forms).
const PAST_PARTICIPLE =
  /(?:ed|en|told|said|written|found|shown|^broadcast|^forecast|^read|^thought|^taught|^heard|^meant|^understood)$/;

/**
 * "was told", "were criticized", "a plea agreement offered by prosecutors": in the passive the subject is
 * not who spoke.
 */
function isPassive(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!PAST_PARTICIPLE.test(token.lower)) return false;
  // "said by telephone": "by" with a bare noun of a medium tells the means, not the agent (Quirk et al. 1985 §9.51).
  if (tokens[i + 1]?.lower === 'by') return !MEANS_OF_SAYING.has(tokens[i + 2]?.lower ?? '');
  // "when asked whether …", "if elected": a participle right after a subordinator, with no subject of its own.
  if (ELLIPTICAL_SUBORDINATORS.has(tokens[i - 1]?.lower ?? '')) return true;
  let k = i - 1;
  if (tokens[k]?.pos === 'ADV') k--;
  return BE_FORMS.has(tokens[k]?.lower ?? '');
}

const CONTRACTED_HAVE = new Set(["'s", '’s']);
// "it’s said that …" is a passive of hearsay: only a pronoun for someone who speaks takes "’s" as "has" here.
const SPEAKING_PRONOUNS = new Set(['who', 'he', 'she']);

/**
 * "who’s called for big tax hikes", "she’s warned that …": "’s" after a pronoun is "has" where the participle goes
 * on with its own preposition or with "that"; "he’s called a liar", "she’s told to wait" stay passives.
 */
function isPerfectOfContraction(tokens: Token[], i: number, verb: ReportingVerb): boolean {
  if (!CONTRACTED_HAVE.has(tokens[i - 1]?.lower ?? '') || !SPEAKING_PRONOUNS.has(tokens[i - 2]?.lower ?? ''))
    return false;
  const next = tokens[i + 1];
  if (!next || next.quote >= 0) return false;
  return next.lower === 'that' || verb.prepositions.some((words) => words[0] === next.lower && words[0] !== 'to');
}

/**
 * "Lai Mei, dubbed the Tea Queen, …", "The mayor, asked about the plan, …": a participle set off by the first
 * comma after the sentence's opening noun phrase says what was done to it; the noun is not who spoke. After an
 * appositive ("Ruiz, the club's treasurer, praised …") the verb is the sentence's own.
 */
function isReducedPassive(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const before = tokens[i - 2];
  if (!/(?:ed|en)$/.test(token.lower) || tokens[i - 1]?.text !== ',') return false;
  if (before === undefined || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return false;
  // Only the opening noun phrase comes before: no comma, no verb ("… her tone, called her …" goes on a list).
  for (let k = i - 2; k >= 0 && (tokens[k] as Token).sentence === token.sentence; k--) {
    const word = tokens[k] as Token;
    if (word.text === ',' || word.pos === 'VERB' || word.pos === 'AUX') return false;
  }
  return true;
}

/**
 * A noun the tagger read as a verb: "the security guarantees enshrined in …", "15 states will hold …",
 * "fundraising emails have …" (a plural before a participle or an auxiliary), "1,200 pledged delegates" (a
 * participle after a number or a determiner, before its noun).
 */
function isMisreadNoun(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (token.lower.endsWith('s') && next !== undefined) {
    if (next.pos === 'AUX' && !/^(?:that|to)$/.test(next.lower)) return true;
    // "the rules governing …" is a noun; "the league proposes moving …" a verb after its subject.
    const afterSubject = ['NOUN', 'PROPN', 'PRON'].includes(tokens[i - 1]?.pos ?? '');
    if (next.pos === 'VERB' && next.lower.endsWith('ing') && !afterSubject) return true;
    if (next.pos === 'VERB' && /(?:ed|en)$/.test(next.lower) && !/^(?:said|told)$/.test(next.lower)) return true;
  }
  const previous = tokens[i - 1];
  return (
    token.lower.endsWith('ed') &&
    previous !== undefined &&
    (previous.pos === 'NUM' || previous.pos === 'DET') &&
    !isFloatingQuantifier(tokens, i - 1) &&
    next?.pos === 'NOUN'
  );
}

/** "have all denied interest", "had both rejected claims": a quantifier floated after an auxiliary belongs to the
 *  subject (Quirk et al. 1985 §6.49), and determines no noun the participle would modify. */
function isFloatingQuantifier(tokens: Token[], k: number): boolean {
  return FLOATING_QUANTIFIERS.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.pos === 'AUX';
}
const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'each']);

// Words of a short time adjunct after a participle ("published Sunday", "released earlier this week").
const PARTICIPLE_TIME_WORDS = new Set([
  'today',
  'yesterday',
  'tonight',
  'on',
  'last',
  'this',
  'earlier',
  'week',
  'online',
]);
const MAX_TIME_WORDS = 3;

/**
 * "Brian McMonagle, a lawyer defending the actor, accused …": a participle right after the head of an appositive
 * that describes a person tells what the person does for a living or a client, not what they said; the clause's
 * own verb comes after the appositive.
 */
function describesAppositiveHead(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const head = tokens[i - 1];
  if (!token.lower.endsWith('ing') || head?.pos !== 'NOUN' || !isPersonNoun(head.lower)) return false;
  for (let k = i - 2; k >= Math.max(0, i - MAX_APPOSITIVE_OPENING); k--) {
    const word = tokens[k] as Token;
    if (word.sentence !== token.sentence) return false;
    if (word.text === ',') return tokens[k - 1]?.pos === 'PROPN' && ARTICLES.has(tokens[k + 1]?.lower ?? '');
    if (word.pos !== 'DET' && word.pos !== 'ADJ' && word.pos !== 'NOUN') return false;
  }
  return false;
}

const MAX_APPOSITIVE_OPENING = 5;

/**
 * "Figures published today show …", "A report released Tuesday said …", "in an interview published Sunday":
 * a participle right after a noun, before the clause's own verb or after a message named by a preposition's
 * object, says what was done to the noun; the verb after it, or the cue before it, reports.
 */
export function isReducedRelative(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  // A sentence's first word may be tagged a name ("Figures published today …").
  const noun = previous?.pos === 'NOUN' || (previous?.pos === 'PROPN' && previous.sentence !== tokens[i - 2]?.sentence);
  if (!/(?:ed|en)$/.test(token.lower) || !previous || !noun) return false;
  let k = i + 1;
  while (k - i <= MAX_TIME_WORDS && isTimeWord(tokens[k])) k++;
  if (k > i + 1 && isClauseVerb(tokens[k])) return true;
  return isSpeechNoun(previous) && tokens[i - 2]?.pos === 'DET' && tokens[i - 3]?.pos === 'ADP';
}

/** "said", "would", and the bare "show" the tagger reads as a noun. */
function isClauseVerb(token: Token | undefined): boolean {
  if (!token || token.lower.endsWith('ing')) return false;
  if (token.pos === 'AUX' || token.pos === 'VERB') return true;
  return (
    token.pos === 'NOUN' && (reportingVerb(token.lower) ?? reportingVerb(token.lower.replace(/s$/, ''))) !== undefined
  );
}

function isTimeWord(token: Token | undefined): boolean {
  return token !== undefined && (isDateWord(token.text) || PARTICIPLE_TIME_WORDS.has(token.lower));
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** "The only state voting …", "a reported deal": after an article (and perhaps an adverb), a noun or an adjective. */
function followsArticle(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous) return false;
  if (ARTICLES.has(previous.lower)) return true;
  return previous.pos === 'ADV' && ARTICLES.has(tokens[i - 2]?.lower ?? '');
}

function isFixedPhrase(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  const twoBefore = tokens[i - 2]?.lower ?? '';
  return (before === 'to' && BEFORE_TO_SAY.has(twoBefore)) || (twoBefore === 'let' && /^['’]s$/.test(before));
}

const MAX_ADVERBS_BEFORE_PREPOSITION = 2;

/** The particle or preposition sequence of the verb starting at `at` ("spoke warmly of"), if one follows. */
function prepositionAt(tokens: Token[], verb: ReportingVerb, at: number): { words: string[]; end: number } | null {
  let start = at;
  while (start - at < MAX_ADVERBS_BEFORE_PREPOSITION && tokens[start]?.pos === 'ADV' && tokens[start]?.quote === -1)
    start++;
  // "called Friday for …", "called on Friday for …": a day between the verb and its preposition is the report's
  // time; the preposition after it is the verb's, asked first ("called on Friday" is no "call on").
  const afterTime = timeBeforePreposition(tokens, at);
  const starts = start === at ? [at] : [at, start];
  for (const from of afterTime > at ? [afterTime, ...starts] : starts) {
    for (const words of verb.prepositions) {
      const end = matchedPrepositionEnd(tokens, words, from);
      if (end !== null) return { words, end };
    }
  }
  return null;
}

/** Past "Friday" or "on Friday" at `at`; `at` itself where no day stands there. */
function timeBeforePreposition(tokens: Token[], at: number): number {
  const first = tokens[at];
  if (first && first.quote < 0 && isDateWord(first.text)) return at + 1;
  const day = tokens[at + 1];
  if (first?.lower === 'on' && day && day.quote < 0 && isDateWord(day.text)) return at + 2;
  return at;
}

/**
 * Where the words of a preposition matched from `from` end, or null; an adverb may stand after the particle of a
 * phrasal verb ("spoke out forcefully against", "lashed out angrily at").
 */
function matchedPrepositionEnd(tokens: Token[], words: string[], from: number): number | null {
  let k = from;
  for (const [n, word] of words.entries()) {
    if (n === 1 && words[0] === 'out') while (tokens[k]?.pos === 'ADV' && tokens[k]?.quote === -1) k++;
    if (tokens[k]?.lower !== word) return null;
    k++;
  }
  return k;
}

// What may stand between a verb of talking and its "about": the one spoken to, the place and the time ("spoke to
// the council at the town hall on Friday about …"); a verb, a quotation or a clause's punctuation ends the search.
const ADJUNCT_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'PRON']);
const MAX_ADJUNCT_TOKENS_BEFORE_ABOUT = 12;

/** "spoke at the town hall on Friday about …": the "about" of a verb that reports only with a preposition. */
function aboutAfterAdjuncts(tokens: Token[], verb: ReportingVerb, at: number): { words: string[]; end: number } | null {
  if (!verb.only || !verb.prepositions.some((words) => words.length === 1 && words[0] === 'about')) return null;
  const first = tokens[at];
  // The adjunct opens on a preposition or a time word: "spoke Tuesday about", "talked to the crew about".
  if (!first || (first.pos !== 'ADP' && !isDateWord(first.text)) || first.lower === 'about') return null;
  for (let k = at + 1; k < at + MAX_ADJUNCT_TOKENS_BEFORE_ABOUT; k++) {
    const token = tokens[k];
    if (!token || token.quote >= 0 || token.sentence !== first.sentence) return null;
    // "spoke for about 40 minutes": "about" before a number approximates it.
    if (token.lower === 'about') return tokens[k + 1]?.pos === 'NUM' ? null : { words: ['about'], end: k + 1 };
    if (!ADJUNCT_TAGS.has(token.pos) || /^(?:that|which|who)$/.test(token.lower)) return null;
  }
  return null;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const CLAUSE_SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const MAX_CLAUSE_SUBJECT_TOKENS = 8;

/** "the deal will …", "he is …", "most farm jobs vanished": a noun phrase and then its finite verb start at `p`. */
function opensFiniteClauseAt(tokens: Token[], p: number): boolean {
  const first = tokens[p];
  if (!first || first.quote >= 0) return false;
  if (first.pos === 'PRON') {
    const verb = tokens[p + 1];
    return SUBJECT_PRONOUNS.has(first.lower) && (verb?.pos === 'AUX' || verb?.pos === 'VERB');
  }
  let k = p;
  while (
    k - p < MAX_CLAUSE_SUBJECT_TOKENS &&
    tokens[k] !== undefined &&
    tokens[k]?.sentence === first.sentence &&
    (CLAUSE_SUBJECT_TAGS.has((tokens[k] as Token).pos) || POSSESSIVE.test((tokens[k] as Token).text))
  )
    k++;
  const verb = tokens[k];
  return k > p && verb !== undefined && (verb.pos === 'AUX' || verb.pos === 'VERB') && !verb.lower.endsWith('ing');
}

/**
 * "Farm unions claim the deal will …", "Critics argue the plan is …", "Researchers at the institute report that …":
 * after a plural subject the tagger may read a bare verb that reports a clause as a noun; a clause with its own
 * subject and verb after it makes it the verb.
 */
function bareVerbBeforeClause(tokens: Token[], i: number): ReportingVerb | undefined {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  if (token.pos !== 'NOUN' || token.quote >= 0 || !previous || previous.quote >= 0) return undefined;
  if (previous.pos !== 'NOUN' && previous.pos !== 'PROPN') return undefined;
  // The look-up first: most nouns after a noun report nothing, and the subject's words are then not read.
  const verb = reportingVerb(token.lower);
  if (verb?.frame !== 'clause' || !(pluralSubjectBefore(tokens, i) || bodyAcronymOpensClause(tokens, i)))
    return undefined;
  // A verb that also tells what things show needs a surer reading: "that", or a clause opening on a determiner or a
  // pronoun ("recent polls show the race is tight", "the findings show it was"); "the findings show" alone stays
  // a noun.
  const next = tokens[i + 1];
  const sure =
    (next?.lower === 'that' || ((next?.pos === 'DET' || next?.pos === 'PRON') && opensFiniteClauseAt(tokens, i + 1))) &&
    subjectOpensSentence(tokens, i);
  return (verb.evidential ? sure : opensFiniteClauseAt(tokens, i + 1)) ? verb : undefined;
}

const SUBJECT_WORD_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
// The prepositions of a subject's complements: "researchers at the institute", "records from the 2008 cycle".
const SUBJECT_PREPOSITIONS = new Set(['of', 'at', 'in', 'from', 'for', 'with']);
const MAX_SUBJECT_TOKENS = 8;

function isSubjectWord(token: Token): boolean {
  return SUBJECT_WORD_TAGS.has(token.pos) || SUBJECT_PREPOSITIONS.has(token.lower);
}

/** Where the noun phrase ending before `i` starts, its complements included, within the sentence. */
function subjectStart(tokens: Token[], i: number): number {
  const sentence = (tokens[i] as Token).sentence;
  let k = i;
  for (let before = tokens[k - 1]; before && i - k < MAX_SUBJECT_TOKENS; before = tokens[k - 1]) {
    if (before.sentence !== sentence || !isSubjectWord(before)) break;
    k--;
  }
  return k;
}

/** A plural noun in the noun phrase before `i` ("farm unions", "researchers at the institute"), which a bare verb
 *  agrees with; a capitalised plural opening the sentence keeps its form as its lemma ("Researchers"). */
function pluralSubjectBefore(tokens: Token[], i: number): boolean {
  for (let k = subjectStart(tokens, i); k < i; k++) {
    const token = tokens[k] as Token;
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN') continue;
    if (/[^s']s$/.test(token.lower) && (token.lower !== token.lemma || isPersonNoun(token.lower))) return true;
  }
  return false;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** "PIA state the aircraft was …": a body named by its acronym, opening the clause, takes a verb in the plural in
 *  British English (notional concord, Quirk et al. 1985 §10.35). */
function bodyAcronymOpensClause(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1] as Token;
  return previous.pos === 'PROPN' && ACRONYM.test(previous.text) && subjectOpensSentence(tokens, i);
}

/**
 * The noun phrase before the verb at `i` opens a clause of its own, at the sentence's start or after a comma or a
 * conjunction ("Recent polls show …", "…, but new filings show …"), not inside a report ("noted the findings show").
 */
function subjectOpensSentence(tokens: Token[], i: number): boolean {
  const sentence = (tokens[i] as Token).sentence;
  const k = subjectStart(tokens, i) - 1;
  const before = tokens[k];
  return (
    before === undefined || before.sentence !== sentence || before.pos === 'CCONJ' || /^[,;:—–]$/.test(before.text)
  );
}

export function verbCueAt(tokens: Token[], i: number): VerbCue | null {
  const token = tokens[i] as Token;
  // Most tokens are no reporting verb: look the word up before the possessive tests.
  const verb =
    verbOf(token, tokens[i - 1], tokens[i + 1], tokens[i - 2], tokens[i - 3]) ?? bareVerbBeforeClause(tokens, i);
  if (!verb) return null;
  // "Trump's comments on immigrants": after a possessive, a noun; "she’s pointing out" is "she is", no possessive.
  const contracted = POSSESSIVE.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.pos === 'PRON';
  if ((POSSESSIVE.test(tokens[i - 1]?.text ?? '') && !contracted) || POSSESSIVE_WORD.test(tokens[i - 1]?.text ?? ''))
    return null;
  if ((isPassive(tokens, i) && !isPerfectOfContraction(tokens, i, verb)) || isMisreadNoun(tokens, i)) return null;
  if (isReducedRelative(tokens, i) || followsArticle(tokens, i) || describesAppositiveHead(tokens, i)) return null;
  // "An eight year study, published in Nature, claims …": a participle with its adjunct after the subject's comma
  // is a passive of the subject, whatever the verb's frame.
  if ((verb.frame === 'dub' || verb.frame === 'object' || tokens[i + 1]?.pos === 'ADP') && isReducedPassive(tokens, i))
    return null;
  if (verb.lemma === 'say' && isFixedPhrase(tokens, i)) return null;
  // "weathered the crisis thanks to high prices": "thanks to" is a preposition (because of), not a verb.
  if (token.lower === 'thanks' && tokens[i + 1]?.lower === 'to') return null;
  const preposition = prepositionAt(tokens, verb, i + 1) ?? aboutAfterAdjuncts(tokens, verb, i + 1);
  if (verb.only && !preposition) return null;
  return { verb, end: preposition?.end ?? i + 1, preposition: preposition?.words.join(' ') ?? null };
}

/** Speech nouns that report what their possessor said: "his vow that …", "Netanyahu's declaration that …". */
export function isSpeechNoun(token: Token): boolean {
  return token.pos === 'NOUN' && isReportingNoun(token.lemma);
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
