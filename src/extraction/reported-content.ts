import type { Sentence, TextDocument, Token } from './text/document.ts';
import type { Attribution } from './attribution.ts';
import { SUBORDINATORS } from './subordinators.ts';
import { isReducedRelative } from './cue-verbs.ts';
import { isDateWord } from './names.ts';
import { isPlace } from './gazetteer.ts';
import { hyphenatedWordEnd, isWrittenBetweenWords } from './name-joins.ts';
import { phraseStartingAt } from './noun-phrases.ts';
import { endBeforeMatrixPredicate, endBeforePredicate } from './noun-clause-end.ts';
import { givesName } from './naming-complement.ts';
import { withholdsSomething } from './double-object.ts';
import { isReportingNoun, reportingVerb } from './reporting-words.ts';
import { isQuoteMark, MAX_QUOTED_OBJECT_TOKENS } from './sources.ts';
import { datelineEnd } from './datelines.ts';

/** A token range [first, end). */
export interface Part {
  first: number;
  end: number;
}

export const MAX_CLAUSE_TOKENS = 80;
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?']);
// Prepositions that open an adjunct after the cue ("said in a statement", "told reporters at the White House").
const ADJUNCT_PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'from',
  'with',
  'without',
  'since',
  'upon',
  'following',
  'via',
  'through',
  'by',
  'for',
  'to',
  'as',
  'outside',
  'inside',
  'near',
  'ahead',
  'amid',
  'under',
  'last',
  'earlier',
  'later',
  'this',
]);
const MAX_ADJUNCT_TOKENS = 10;
const MAX_ADJUNCTS = 3;
// Words that open a reported question or a reported clause without "that".
const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
const NOUN_PHRASE_STARTS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

// Words that approximate a number ("at least six", "up to 40", "nearly 200", "more than half"): English's
// closed class of numeric modifiers, before the number a reported clause's subject may open on.
const APPROXIMATORS = new Set([
  'at',
  'least',
  'most',
  'more',
  'less',
  'fewer',
  'than',
  'about',
  'around',
  'over',
  'under',
  'up',
  'to',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'as',
  'many',
  'just',
  'only',
  'exactly',
]);
const MAX_APPROXIMATOR_WORDS = 3;

/** "at least nine buses …": the index of a number that words approximating it open at `p`, or -1. */
function approximatedNumberAt(doc: TextDocument, p: number): number {
  for (let k = p; k < p + MAX_APPROXIMATOR_WORDS; k++) {
    const token = doc.tokens[k];
    if (!token || token.quote >= 0) return -1;
    if (token.pos === 'NUM') return k > p ? k : -1;
    if (!APPROXIMATORS.has(token.lower)) return -1;
  }
  return -1;
}

function opensNumber(doc: TextDocument, p: number): boolean {
  return approximatedNumberAt(doc, p) >= 0;
}

/** Sentence end, not counting its final stop. */
function contentEnd(doc: TextDocument, sentence: Sentence): number {
  let end = sentence.endToken;
  while (
    end > sentence.firstToken &&
    TRAILING_PUNCTUATION.has((doc.tokens[end - 1] as Token).text) &&
    (doc.tokens[end - 1] as Token).quote < 0
  )
    end--;
  return end;
}

// "said Friday afternoon": a part of the day after the day.
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

function isPossessiveMark(token: Token | undefined): boolean {
  return token !== undefined && /^['’]s$/.test(token.text);
}

const DAY_OR_YEAR = /^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$|^(?:1[89]|20)\d\d$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

function skipTimeWords(doc: TextDocument, p: number): number {
  let i = p;
  for (;;) {
    const token = doc.tokens[i];
    if (!token) return i;
    // "said today's vote …", "said Monday's ruling …": a possessive opens the reported clause's subject.
    if (isPossessiveMark(doc.tokens[i + 1])) return i;
    if (
      isDateWord(token.text) ||
      (PARTS_OF_DAY.has(token.lower) && i > p) ||
      (token.pos === 'ADV' &&
        !opensNumber(doc, i) &&
        token.lower !== 'not' &&
        token.lower !== 'never' &&
        !QUESTION_WORDS.has(token.lower) &&
        // "called half of the squad …": a quantity of something, not an adverb of the cue.
        doc.tokens[i + 1]?.lower !== 'of')
    )
      i++;
    else if (token.lower === 'on' && doc.tokens[i + 1] && isDateWord((doc.tokens[i + 1] as Token).text)) i += 2;
    // "said on December 12", "said Dec. 12, 2016": the day and year after a month's name.
    else if (i > p && DAY_OR_YEAR.test(token.text) && isDateWord((doc.tokens[i - 1] as Token).text)) {
      i++;
      const comma = doc.tokens[i];
      if (comma?.text === ',' && YEAR.test(doc.tokens[i + 1]?.text ?? '')) i += 2;
    } else {
      // "said matter-of-factly": an adverb written with hyphens is one word of the cue.
      const end = hyphenatedWordEnd(doc.tokens, i);
      if (end > i + 1 && doc.tokens[end - 1]!.pos === 'ADV') i = end;
      else return i;
    }
  }
}

const MAX_TITLE_WORDS = 5;
const CAPITALISED_WORD = /^\p{Lu}/u;

/**
 * After the opening mark at `k`, a short quotation in title case ("“Morning Tide”", "“Coast Watch”"):
 * the index after its closing mark (and a stop inside it), else `k`.
 */
function titleEnd(doc: TextDocument, k: number): number {
  const open = doc.tokens[k];
  const first = doc.tokens[k + 1];
  if (!open || !isQuoteMark(open) || open.quote >= 0 || !first || first.quote < 0) return k;
  // A programme is named after its channel or a preposition of place: "Channel Four’s “…”", "on “…”", "with “…”".
  const before = doc.tokens[k - 1];
  const named = before !== undefined && (before.pos === 'PROPN' || /^(?:['’]s|on|with)$/.test(before.lower));
  if (!named || !CAPITALISED_WORD.test(first.text)) return k;
  let j = k + 1;
  let words = 0;
  while (doc.tokens[j]?.quote === first.quote) {
    if (WORD.test((doc.tokens[j] as Token).text)) words++;
    j++;
  }
  if (words > MAX_TITLE_WORDS || !isQuoteMark(doc.tokens[j])) return k;
  return j + 1;
}

/** "the councillors’ office": an apostrophe written right after a word in -s, before the word it owns. */
function isPluralPossessive(doc: TextDocument, k: number): boolean {
  const token = doc.tokens[k] as Token;
  const before = doc.tokens[k - 1];
  const after = doc.tokens[k + 1];
  return (
    (token.text === '’' || token.text === "'") &&
    before !== undefined &&
    before.end === token.start &&
    /s$/i.test(before.text) &&
    after !== undefined &&
    after.start > token.end &&
    (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')
  );
}

/**
 * Past adjuncts of the cue: time words and short prepositional phrases ("in a statement on Monday", "at a
 * rally in Ohio", "to reporters"). An adjunct ends at a comma, "that", a quotation or a clause's verb.
 */
function skipAdjuncts(doc: TextDocument, p: number, end: number): number {
  let i = skipTimeWords(doc, p);
  for (let n = 0; n < MAX_ADJUNCTS && i < end; n++) {
    const token = doc.tokens[i] as Token;
    if (!ADJUNCT_PREPOSITIONS.has(token.lower) || token.quote >= 0 || opensNumber(doc, i)) break;
    // "to" before a verb is an infinitive, not an adjunct.
    const next = doc.tokens[i + 1];
    if (token.lower === 'to' && next && (next.pos === 'VERB' || next.pos === 'AUX')) break;
    let k = i + 1;
    while (k < end && k - i <= MAX_ADJUNCT_TOKENS) {
      const inside = doc.tokens[k] as Token;
      // "on Channel Four’s “Morning Tide”", "in a talk with “Coast Watch”": a programme's title in the adjunct.
      const title = titleEnd(doc, k);
      if (title > k) {
        k = title;
        continue;
      }
      if (inside.quote >= 0 || isQuoteMark(inside) || inside.text === ',' || inside.lower === 'that') break;
      // "wrote to the councillors’ office that …": the apostrophe of a plural possessive.
      if (isPluralPossessive(doc, k)) {
        k++;
        continue;
      }
      // "in a 40-page opinion": a hyphen written between the parts of a word.
      if (inside.text === '-' && isWrittenBetweenWords(doc.tokens, k)) {
        k++;
        continue;
      }
      // "in a statement released Monday": the participle of a message belongs to the adjunct.
      const participle = inside.pos === 'VERB' && isReducedRelative(doc.tokens, k);
      if (
        (inside.pos === 'VERB' && !participle) ||
        inside.pos === 'AUX' ||
        inside.pos === 'SCONJ' ||
        inside.pos === 'PUNCT'
      )
        break;
      // "in an interview he …": a subject pronoun opens the reported clause.
      if (inside.pos === 'PRON' && !OBJECT_PRONOUNS.has(inside.lower) && !/^(?:his|her|its|their)$/.test(inside.lower))
        break;
      k++;
    }
    if (k === i + 1 || k - i > MAX_ADJUNCT_TOKENS) break;
    const after = doc.tokens[k];
    // The phrase was the subject of a clause ("said in 2015 the company …" is rare; "said on Monday the plan …"
    // reaches its verb): give back to the last noun phrase when a verb follows.
    if (after && (after.pos === 'VERB' || after.pos === 'AUX')) break;
    i = skipTimeWords(doc, k);
  }
  return i;
}

// Words before a later attribution that make it a sibling of this one ("…, and the military said …"), not a
// report nested inside this one's content ("South Africa said Mugabe had told Zuma that …").
const SIBLING_OPENERS = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  'and',
  'but',
  'or',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'so',
]);

// "praised the referee for criticizing the chants …", "accused her of saying …": a gerund after these prepositions is
// part of what the earlier cue reports, not a report beside it (unlike "…, saying" or "by saying").
const NESTING_PREPOSITIONS = new Set(['for', 'of', 'about']);

function isSubjectPronoun(token: Token | undefined): boolean {
  return token !== undefined && SUBJECT_PRONOUNS.has(token.lower);
}

/** The word before a later attribution, past adverbs on its subject ("…, while only 40 percent of fishermen say …"). */
function openerOf(doc: TextDocument, later: Attribution): number {
  let k = later.start - 1;
  if (later.link !== 'subject' && later.link !== 'relative') return k;
  while (doc.tokens[k]?.pos === 'ADV' && doc.tokens[k]?.quote === -1 && k > later.cue.index - MAX_CLAUSE_TOKENS) k--;
  return k;
}

/** "did not suggest", "did say": a past "did" before the verb (and a negation), after a cue in the past tense. */
function doesSupport(doc: TextDocument, cueIndex: number, earlierCue: Token): boolean {
  let k = cueIndex - 1;
  if (/^(?:not|n['’]t|never)$/.test(doc.tokens[k]?.lower ?? '')) k--;
  const past = earlierCue.lower !== earlierCue.lemma && /(?:ed|said|told|wrote)$/.test(earlierCue.lower);
  return past && /^did(?:n['’]t)?$/.test(doc.tokens[k]?.lower ?? '');
}

/** "is breaking its rules and showing …": "and" before the participle, and the verb before it one that reports nothing. */
function joinsReportParticiple(doc: TextDocument, cueIndex: number, contentStart: number): boolean {
  if (!/^(?:and|or)$/.test(doc.tokens[cueIndex - 1]?.lower ?? '')) return false;
  for (let k = cueIndex - 2; k >= contentStart; k--) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0 || token.pos !== 'VERB') continue;
    return token.lower.endsWith('ing') && reportingVerb(token.lemma) === undefined;
  }
  return false;
}

function isSibling(doc: TextDocument, later: Attribution, attribution: Attribution): boolean {
  // "stated it would attack … and would respond within 48 hours": a verb coordinated with one of the report's
  // own verbs, whose subject is inside the report, is part of it.
  // "said she would order an audit and warned against further delays" goes with "said": a past form like the cue's.
  // "says the board is breaking its rules and showing contempt for …": a participle is coordinated with the report's
  // own participle, not with a finite cue.
  if (later.link === 'coordinated' && later.cue.lower.endsWith('ing') && !attribution.cue.lower.endsWith('ing')) {
    if (joinsReportParticiple(doc, later.cue.index, attribution.cueEnd)) return false;
  }
  if (later.link === 'coordinated' && later.subject.first >= attribution.cueEnd) {
    const cue = later.cue;
    // "said that she would back the candidate but did not suggest …": "did" agrees with a past cue, not the report.
    if (!doesSupport(doc, cue.index, attribution.cue)) {
      const auxiliary = doc.tokens[cue.index - 1]?.pos === 'AUX';
      if (auxiliary || cue.lower === cue.lemma) return false;
    }
  }
  // "says it is vital to defend the wetlands": an infinitive cue inside the content is part of it.
  const before = doc.tokens[later.cue.index - 1]?.lower ?? '';
  if (later.link === 'participial' && (NESTING_PREPOSITIONS.has(before) || before === 'to')) return false;
  if (later.link !== 'subject' && later.link !== 'relative') return true;
  const opener = doc.tokens[openerOf(doc, later)];
  // "said the wave of closures and layoffs demands that …": "and" joins two nouns of one subject; "… the budget
  // and she accused …" joins no pronoun to a noun.
  const pronoun = later.subject.end - later.subject.first === 1 && isSubjectPronoun(doc.tokens[later.subject.first]);
  if ((opener?.lower === 'and' || opener?.lower === 'or') && doc.tokens[later.start - 2]?.pos === 'NOUN' && !pronoun)
    return false;
  // "…, as his aides had argued": an "as" clause after a comma reports on its own what came before it.
  if (opener?.lower === 'as' && doc.tokens[opener.index - 1]?.text === ',') return true;
  return SIBLING_OPENERS.has(opener?.lower ?? '');
}

// Relative pronouns that may be the subject of a clause reported inside a relative clause.
const RELATIVE_SUBJECTS = new Set(['which', 'who']);

/**
 * "The rules, which officials said will take effect in May, …", "The man, who police said was 34, …": the
 * relative pronoun is the subject of the reported clause (a subject extracted across "said", Huddleston &
 * Pullum 2002, ch. 12 §7); the report ends where the relative clause does, at its closing comma.
 */
function reportInsideRelative(doc: TextDocument, attribution: Attribution): boolean {
  if (attribution.link !== 'subject' || attribution.kind !== 'VERB') return false;
  const pronoun = doc.tokens[attribution.subject.first - 1];
  return (
    pronoun !== undefined &&
    pronoun.quote < 0 &&
    RELATIVE_SUBJECTS.has(pronoun.lower) &&
    doc.tokens[attribution.subject.first - 2]?.text === ','
  );
}

type VerbForm = 'past' | 'present' | 'base' | 'participle';

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'could', 'would', 'might', 'should']);
const PRESENT_AUXILIARIES = new Set(['is', 'has', 'does']);

/** The form of a verb: "said" past, "says" present (third person), "say" base, "saying" participle. */
function verbForm(token: Token): VerbForm {
  if (token.lower.endsWith('ing')) return 'participle';
  if (token.pos === 'AUX') {
    if (PAST_AUXILIARIES.has(token.lower)) return 'past';
    return PRESENT_AUXILIARIES.has(token.lower) ? 'present' : 'base';
  }
  if (token.lower === token.lemma) return 'base';
  return token.lower.endsWith('s') && token.lower.startsWith(token.lemma.slice(0, -1)) ? 'present' : 'past';
}

/** A verb's form, where an "-ed" word the tagger does not know ("midwifed", its own lemma) is read as past. */
function formOf(token: Token): VerbForm {
  const form = verbForm(token);
  return form === 'base' && token.lower.endsWith('ed') ? 'past' : form;
}

const PREDICATE_JOINERS = new Set(['and', 'but']);
// Present forms that show their subject's number: "is", "has", "says" go with one; "are", "have", "say" with many.
const SINGULAR_AUXILIARIES = new Set(['is', 'has', 'does']);
const PLURAL_AUXILIARIES = new Set(['are', 'have', 'do']);

/** The number a present-tense verb agrees with, or null for any other form. */
function presentNumber(token: Token): 'singular' | 'plural' | null {
  if (SINGULAR_AUXILIARIES.has(token.lower)) return 'singular';
  if (PLURAL_AUXILIARIES.has(token.lower)) return 'plural';
  if (token.pos !== 'VERB' || verbForm(token) !== 'present') return null;
  return token.lower.endsWith('s') ? 'singular' : 'plural';
}
const TENSED = new Set<VerbForm>(['past', 'present']);

/**
 * "denies the crime was a genocide and goes to great lengths to …", "railed against what he calls “the cartel” and
 * turned to …": a verb joined by "and" or "but" in the cue's own form, where the report's last verb has another,
 * goes on the speaker's clause (a conjoined predicate, Huddleston & Pullum 2002, ch. 15), not the report. The
 * report ends before it. Alike forms ("said the firm cut jobs and raised prices") stay one report, unless a comma
 * and "but" set the verb against the report ("denied that the US threatened to cut ties, but fought to keep …"):
 * a contrast of the speaker's own acts.
 */
function beforeSpeakersOwnPredicate(doc: TextDocument, attribution: Attribution, end: number): number {
  if (attribution.kind !== 'VERB' || attribution.link === 'inverted' || attribution.cue.pos !== 'VERB') return end;
  // "Officials say …": a bare form right after its subject is the present of a plural subject.
  const beforeCue = doc.tokens[attribution.cue.index - 1];
  const barePresent =
    verbForm(attribution.cue) === 'base' &&
    attribution.link === 'subject' &&
    beforeCue !== undefined &&
    (beforeCue.pos === 'NOUN' || beforeCue.pos === 'PROPN' || beforeCue.pos === 'PRON');
  const cueForm = barePresent ? 'present' : verbForm(attribution.cue);
  if (!TENSED.has(cueForm)) return end;
  let lastForm: VerbForm | null = null;
  let lastNumber: 'singular' | 'plural' | null = null;
  const cueNumber = barePresent ? 'plural' : presentNumber(attribution.cue);
  let auxiliaryGoverns = false;
  for (let i = attribution.cueEnd; i < end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0 || isQuoteMark(token)) continue;
    if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
    // "had cut", "will not close": the auxiliary carries the tense; an infinitive has none.
    const previous = doc.tokens[i - 1];
    const afterAuxiliary = previous?.pos === 'AUX' || (previous?.pos === 'PART' && doc.tokens[i - 2]?.pos === 'AUX');
    if (afterAuxiliary || previous?.lower === 'to' || isReducedRelative(doc.tokens, i)) continue;
    const form = verbForm(token);
    const joined = PREDICATE_JOINERS.has(previous?.lower ?? '') && i - 1 > attribution.cueEnd;
    // Only tenses that cannot be mistaken: "cut", "put" are past and base alike.
    const distinct = lastForm !== null && TENSED.has(lastForm) && TENSED.has(form) && lastForm !== form;
    // "it has broken agreements and shared …": a past form may be a participle under the auxiliary before.
    const underAuxiliary = auxiliaryGoverns && form === 'past';
    const contrasted = previous?.lower === 'but' && doc.tokens[i - 2]?.text === ',';
    if (joined && token.pos === 'VERB' && form === cueForm && (distinct || contrasted) && !underAuxiliary) {
      const joiner = i - 1;
      return doc.tokens[joiner - 1]?.text === ',' ? joiner - 1 : joiner;
    }
    // "Relief officials say the toll continues to rise and are calling for …": an auxiliary that agrees in number
    // with the cue, not with the report's last verb, has the speaker for its subject.
    const number = presentNumber(token);
    // ("are", "have" read as bare forms elsewhere are present here, where they agree.)
    if (joined && token.pos === 'AUX' && cueForm === 'present' && number && number === cueNumber && lastNumber) {
      if (number !== lastNumber) return doc.tokens[i - 2]?.text === ',' ? i - 2 : i - 1;
    }
    if (form === 'participle') continue;
    lastForm = form;
    lastNumber = number;
    const next = doc.tokens[i + 1]?.pos === 'ADV' || doc.tokens[i + 1]?.pos === 'PART' ? i + 2 : i + 1;
    auxiliaryGoverns = token.pos === 'AUX' && doc.tokens[next]?.pos === 'VERB';
  }
  return end;
}

/**
 * "said that, according to the regulator, …", "said that, as confirmed by the regulator, …": a source phrase set off
 * by commas right after the cue's "that" names a further source of the same report; that attribution, or null.
 */
function sourceOpeningContent(
  doc: TextDocument,
  attribution: Attribution,
  following: Attribution[],
): Attribution | null {
  let p: number;
  if (attribution.kind === 'VERB') {
    p = skipAdjuncts(doc, attribution.cueEnd, contentEnd(doc, doc.sentences[attribution.sentence] as Sentence));
    if (doc.tokens[p]?.lower !== 'that' || doc.tokens[p + 1]?.text !== ',') return null;
    p += 2;
  } else if (attribution.kind === 'ACCORDING_TO') {
    // "According to industry reports, and as confirmed by the regulator, …": two sources of one report.
    p = attribution.subject.end;
    if (doc.tokens[p]?.text !== ',' || !/^(?:and|or)$/.test(doc.tokens[p + 1]?.lower ?? '')) return null;
    p += 2;
  } else return null;
  const later = following.find((f) => f.start === p && f.kind === 'ACCORDING_TO');
  return later && doc.tokens[later.subject.end]?.text === ',' ? later : null;
}

// Words that may stand between "according to X" and the subject of the clause it gives: its comma, and a
// quantity's modifier ("According to the survey almost 90% of respondents said …").
const BEFORE_REPORT_SUBJECT = new Set(['ADV', 'ADJ', 'DET']);

/** The clause after "according to X" (from `sourceEnd`) opens with the subject starting at `subjectStart`. */
function opensAfterSource(doc: TextDocument, sourceEnd: number, subjectStart: number): boolean {
  let k = sourceEnd;
  if (doc.tokens[k]?.text === ',') k++;
  while (k < subjectStart && BEFORE_REPORT_SUBJECT.has((doc.tokens[k] as Token).pos)) k++;
  return k === subjectStart;
}

/**
 * Where a reported clause must stop: before the next attribution of the sentence that stands beside this one
 * ("…, telling lawmakers …", "… and the military said …"); one nested inside the content is part of it.
 */
function clauseLimit(doc: TextDocument, attribution: Attribution, following: Attribution[]): number {
  const sentence = doc.sentences[attribution.sentence] as Sentence;
  const ownEnd = Math.max(attribution.cueEnd, attribution.subject.end);
  let end = Math.min(contentEnd(doc, sentence), ownEnd + MAX_CLAUSE_TOKENS);
  for (const later of following) {
    if (later.sentence !== attribution.sentence || later.start >= end) break;
    if (later.start <= attribution.cueEnd || !isSibling(doc, later, attribution)) continue;
    if (later === sourceOpeningContent(doc, attribution, following)) continue;
    // "According to the filing, the firm maintained its monopoly …": the report's own subject, with a verb that
    // reports only a clause and is followed by none, is no report of its own.
    // "According to the filing, the firm …", "According to the RPG survey almost 90% of respondents said …": the
    // clause after the source, with its comma or without.
    const opensContent =
      later.start === attribution.subject.end + 1 ||
      (attribution.kind === 'ACCORDING_TO' && opensAfterSource(doc, attribution.subject.end, later.start));
    if (opensContent && later.verb?.clauseOnly && contentStart(doc, later, end) === null) continue;
    // "According to police, the suspect told officers he was innocent": a report nested in the one the source
    // gives, which both make (the suspect's words, and the police's account of them).
    if (opensContent && attribution.kind === 'ACCORDING_TO' && later.kind === 'VERB') continue;
    const opener = openerOf(doc, later);
    end = doc.tokens[opener]?.text === ',' ? opener : opener + 1;
    // "suggested little had changed; many positions, they say, are …": the later report takes the clause after
    // the semicolon, so this one ends at it.
    const semicolon = afterLastSemicolon(doc, attribution.cueEnd, end) - 1;
    if (semicolon >= attribution.cueEnd) end = semicolon;
    break;
  }
  end = beforeSpeakersOwnPredicate(doc, attribution, end);
  end = beforeConcession(doc, attribution.cueEnd, end);
  end = beforeComparativeInversion(doc, attribution.cueEnd, end);
  // "Although X suggested Y, Z …": the subordinate report ends at its comma; so does a relative clause set off
  // by commas ("Lindsey Graham, who endorsed Cruz last year, said …"), and a gerund whose subject follows it
  // ("Despite announcing his support for Vale, Alder …").
  const relative =
    (attribution.link === 'relative' && doc.tokens[attribution.start - 1]?.text === ',') ||
    reportInsideRelative(doc, attribution);
  const fronted = attribution.link === 'participial' && attribution.subject.first > attribution.cueEnd;
  if (
    relative ||
    fronted ||
    gerundInParenthetical(doc, attribution) ||
    (attribution.link === 'subject' && SUBORDINATORS.has(doc.tokens[attribution.start - 1]?.lower ?? ''))
  ) {
    for (let i = attribution.cueEnd; i < end; i++) {
      const token = doc.tokens[i] as Token;
      if (token.text === ',' && token.quote < 0) return i;
    }
  }
  // "Clinton — who’s called for tax hikes on the rich — lambasting …": a relative clause between dashes ends at
  // the closing dash.
  if (attribution.link === 'relative' && DASHES.has(doc.tokens[attribution.start - 1]?.text ?? '')) {
    for (let i = attribution.cueEnd; i < end; i++) {
      const token = doc.tokens[i] as Token;
      if (DASHES.has(token.text) && token.quote < 0) return i;
    }
  }
  return end;
}

/**
 * "said the bridge was safe, though engineers had doubts": a concessive clause set off by a comma after the report is
 * the writer's, not the speaker's (as annotated in PolNeAR and in the project's gold: cut 10 times in 12); so is a
 * contrast with another named subject (contrastsNamedSubject).
 */
function beforeConcession(doc: TextDocument, from: number, end: number): number {
  for (let i = from; i < end - 1; i++) {
    const token = doc.tokens[i] as Token;
    // A comma, or a quotation's closing mark after its comma: "…they were subjected,” while the UNHCR …".
    const closesQuotation = isQuoteMark(token) && token.quote < 0 && doc.tokens[i - 1]?.text === ',';
    if ((token.text !== ',' || token.quote >= 0) && !closesQuotation) continue;
    const next = doc.tokens[i + 1] as Token;
    const concessive = next.lower === 'even' ? doc.tokens[i + 2]?.lower === 'though' : CONCESSIVES.has(next.lower);
    if ((concessive || contrastsNamedSubject(doc, i + 1)) && next.quote < 0) return closesQuotation ? i + 1 : i;
  }
  return end;
}

/**
 * "…, while the Department of Justice requested a stay", "…, while Forbes counted only individuals": "while" and a
 * named subject set another body's act against the report (cut in PolNeAR and the project's gold 7 times in 8); a
 * place that acts in it ("while Beijing ranked fourth") is part of what was said.
 */
function contrastsNamedSubject(doc: TextDocument, k: number): boolean {
  if (doc.tokens[k]?.lower !== 'while') return false;
  const first = doc.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const name = doc.tokens[first];
  if (!name || name.pos !== 'PROPN' || name.quote >= 0 || isDateWord(name.text)) return false;
  const possessive = /^['’]s$/.test(doc.tokens[first + 1]?.text ?? '');
  // "…, while Sanders would beat him 52 to 38": a modal keeps the clause inside a finding.
  const phrase = phraseStartingAt(doc, first);
  if (phrase && MODALS.has(doc.tokens[phrase.end]?.lower ?? '')) return false;
  return possessive || !isPlace(name.text);
}

const CONCESSIVES = new Set(['although', 'though']);

/**
 * "denied interest in the seat as have other Democrats", "opposed the bill, as did the mayor": a comparative clause
 * with its auxiliary before its subject (Quirk et al. 1985 §15.54, inversion after "as" and "than") tells who else
 * did it, in the writer's words: the report ends before it.
 */
function beforeComparativeInversion(doc: TextDocument, from: number, end: number): number {
  for (let i = from; i < end - 2; i++) {
    const token = doc.tokens[i] as Token;
    if ((token.lower !== 'as' && token.lower !== 'than') || token.quote >= 0) continue;
    const auxiliary = doc.tokens[i + 1] as Token;
    const subject = doc.tokens[i + 2] as Token;
    if (INVERTED_AUXILIARIES.has(auxiliary.lower) && NOUN_PHRASE_STARTS.has(subject.pos))
      return doc.tokens[i - 1]?.text === ',' ? i - 1 : i;
  }
  return end;
}
const INVERTED_AUXILIARIES = new Set(['have', 'has', 'had', 'did', 'do', 'does', 'is', 'are', 'was', 'were']);

// Prepositions that open an adjunct with a gerund set off by commas: "Alder, after telling reporters …, left".
const GERUND_ADJUNCT_OPENERS = new Set(['after', 'before', 'while', 'when', 'since', 'despite', 'by', 'without']);

/**
 * "Ruth Alder, after telling reporters the pier was safe, left the hall": a gerund in an adjunct set off by commas
 * after its subject; its report ends at the adjunct's closing comma.
 */
function gerundInParenthetical(doc: TextDocument, attribution: Attribution): boolean {
  const { cue } = attribution;
  const opener = doc.tokens[cue.index - 1];
  return (
    attribution.link === 'participial' &&
    cue.lower.endsWith('ing') &&
    GERUND_ADJUNCT_OPENERS.has(opener?.lower ?? '') &&
    doc.tokens[cue.index - 2]?.text === ',' &&
    // Right after its subject, before the predicate ("Vale spoke, before insisting that he, Vale,
    // was …" has its predicate already).
    attribution.subject.end === cue.index - 2
  );
}

/**
 * What comes before "…, X said" is a report unless it opens as an adjunct of the attribution: "After signing the
 * contract, Buffon said …", "Asked about the vote, she said …", "Discussing his concern, the minister said …".
 */
function opensReport(doc: TextDocument, first: number, end: number): boolean {
  // "Sunday at the stadium, …", "But when the league raised prices, …": past a day, a conjunction or an adverb.
  const lead = doc.tokens[first] as Token;
  // "Earlier, while receiving the award, Adele said": an adverb set off by a comma before more words is an adjunct
  // of its own, and what follows it decides ("Clearly, the plan failed, he said" is a report); alone before the
  // cue it opens the report the cue interrupts ("Instead, Trump told CNN, his policy would …").
  if (lead.pos === 'ADV' && doc.tokens[first + 1]?.text === ',' && first + 2 < end)
    return opensReport(doc, first + 2, end);
  // "Soon after …", "Shortly before …": an adverb leading a subordinator.
  const leadsSubordinator = lead.pos === 'ADV' && SUBORDINATORS.has(doc.tokens[first + 1]?.lower ?? '');
  const skip = isDateWord(lead.text) || lead.pos === 'CCONJ' || leadsSubordinator;
  const opener = (skip ? doc.tokens[first + 1] : lead) as Token;
  if (opener.quote >= 0 || isQuoteMark(opener)) return true;
  // "About 3.4 million pupils attend …": a preposition before a number approximates it.
  if (opener.pos === 'ADP' && doc.tokens[opener.index + 1]?.pos === 'NUM') return true;
  // "Rising river levels could delay …": a participle opening the subject of a finite verb.
  if (opener.pos === 'VERB' && opener.lower.endsWith('ing') && opensGerundClause(doc, first, end)) return true;
  const adjunct =
    opener.pos === 'SCONJ' ||
    opener.pos === 'ADP' ||
    SUBORDINATORS.has(opener.lower) ||
    (opener.pos === 'VERB' && /(?:ing|ed)$/.test(opener.lower));
  if (!adjunct) return true;
  // "On trade, Clinton is wrong, Trump said": an adjunct and then a clause of its own is a report.
  // "Sunday in Marlow, Oregon, after the final whistle, the coach said" is adjuncts alone.
  let comma = false;
  for (let i = first + 1; i < end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.text === ',') comma = true;
    else if (comma && isFiniteVerb(doc, i)) return true;
  }
  return false;
}

// Words that open an embedded question (the complements of inquire-37.1.2 verbs: "asked whether …", "asked her
// how …").
const QUESTION_OPENERS = new Set(['if', 'whether', 'what', 'how', 'why', 'when', 'where', 'who', 'whom', 'which']);

/** A noun phrase at `p` that is the person told, not the subject of the reported clause. */
function recipientEnd(doc: TextDocument, p: number): number | null {
  const first = doc.tokens[p];
  if (!first || first.lower === 'that' || first.quote >= 0) return null;
  if (first.pos === 'PRON') return OBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it' ? p + 1 : null;
  const object = phraseStartingAt(doc, p);
  if (!object) return null;
  // "told MSNBC's “Morning Joe” that …": a programme's title in quotation marks is part of the one told.
  const end = titleEnd(doc, pastNameParts(doc, object.end));
  const after = doc.tokens[end];
  // "warned the plan would fail": the phrase is the clause's subject.
  if (after && (after.pos === 'VERB' || after.pos === 'AUX')) return null;
  return end;
}

// Verbs whose one told cannot be left out (VerbNet tell-37.2 and advise-37.9 members: *"told the plan would fail").
const RECIPIENT_REQUIRED = new Set(['tell', 'inform', 'assure', 'notify', 'remind', 'advise']);

/**
 * "told investors profits would fall", "told players training would resume": after a verb that must name the one
 * told, a bare plural noun before another noun is the one told, and the reported clause opens on the noun after it.
 */
function bareRecipientEnd(doc: TextDocument, attribution: Attribution, p: number): number | null {
  const lemma = attribution.verb?.lemma;
  const told = doc.tokens[p];
  const subject = doc.tokens[p + 1];
  if (!lemma || !RECIPIENT_REQUIRED.has(lemma) || !told || !subject || told.quote >= 0) return null;
  const plural = told.pos === 'NOUN' && told.lower !== told.lemma && /s$/.test(told.lower);
  return plural && subject.pos === 'NOUN' && opensFiniteClause(doc, p + 1) ? p + 1 : null;
}

/**
 * "The Harbor-Ledger of Dover": past the words of a name joined by a hyphen written without spaces, and past
 * "of" and the place or body that ends it.
 */
function pastNameParts(doc: TextDocument, end: number): number {
  let k = end;
  for (;;) {
    const token = doc.tokens[k];
    const next = doc.tokens[k + 1];
    const before = doc.tokens[k - 1];
    if (!token || !next || !before || token.quote >= 0) return k;
    const hyphen = token.text === '-' && before.end === token.start && token.end === next.start && next.pos === 'PROPN';
    const ofName = token.lower === 'of' && before.pos === 'PROPN' && next.pos === 'PROPN';
    if (!hyphen && !ofName) return k;
    k += 2;
    while (doc.tokens[k]?.pos === 'PROPN' && doc.tokens[k]?.quote === -1) k++;
  }
}

/** Past the person told, for verbs that take one: "The plan, she told us on Monday, is …". */
function afterRecipient(doc: TextDocument, attribution: Attribution, end: number): number {
  if (attribution.verb?.frame !== 'recipient') return attribution.cueEnd;
  // "…, Quint told the Ledger.": the one told may close the sentence.
  const told = recipientEnd(doc, attribution.cueEnd);
  return told !== null && told <= end ? told : attribution.cueEnd;
}

// "billionaire Ann Vale", "the rival candidate Ann Vale": words of a description before the name.
const MAX_DESCRIPTION_WORDS = 3;

/**
 * "Clinton", "him", "the senator's record", "Wall Street banks", "billionaire Ann Vale": the object names someone,
 * not something.
 */
function namesSomeone(doc: TextDocument, p: number): boolean {
  const first = doc.tokens[p] as Token;
  if (first.pos === 'PRON') return OBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it';
  if (first.pos === 'PROPN') return true;
  if (/^(?:his|her|their)$/.test(first.lower)) return doc.tokens[p + 1]?.pos === 'PROPN';
  let k = first.lower === 'the' ? p + 1 : p;
  const limit = k + MAX_DESCRIPTION_WORDS;
  while (k < limit && (doc.tokens[k]?.pos === 'NOUN' || doc.tokens[k]?.pos === 'ADJ')) k++;
  return k > p && doc.tokens[k]?.pos === 'PROPN' && doc.tokens[k - 1]?.pos === 'NOUN';
}

/** "the meeting that was held …": "that" between a noun and a finite verb (not a gerund subject: "that drafting …"). */
function isRelativeAfterNoun(doc: TextDocument, that: number): boolean {
  const noun = doc.tokens[that - 1];
  const verb = doc.tokens[that + 1];
  const finite = verb !== undefined && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !verb.lower.endsWith('ing')));
  return (noun?.pos === 'NOUN' || noun?.pos === 'PROPN') && finite;
}

/** Where the reported content starts after the cue, or null when nothing reported follows it. */
function contentStart(doc: TextDocument, attribution: Attribution, end: number): number | null {
  const verb = attribution.verb;
  let p = skipAdjuncts(doc, attribution.cueEnd, end);
  // Where the adjuncts skipped last began: a "that" right after them may be their noun's relative pronoun.
  let adjunctsFrom = attribution.cueEnd;
  // "called for an explanation", "spoke about his faith": the preposition's object is the content.
  if (attribution.preposition) return p < end ? p : null;
  if (verb?.frame === 'recipient') {
    const told = recipientEnd(doc, p) ?? bareRecipientEnd(doc, attribution, p);
    // "told drivers not to use the old bridge": the person told and what they were told to do, as for a directive.
    if (told !== null && told < end && opensInfinitive(doc, told)) return p;
    if (told !== null) {
      p = skipAdjuncts(doc, told, end);
      adjunctsFrom = told;
    }
  }
  // "ordered the company to pay …": the person told and what they were told to do; "ordered an inquiry" is no report.
  if (verb?.frame === 'directive') {
    const told = recipientEnd(doc, p);
    return told !== null && told < end && opensInfinitive(doc, told) ? p : null;
  }
  // "asked the mayor whether the levy would rise": the one asked is no part of the question.
  if (verb?.verbClass.startsWith('inquire-') && !QUESTION_OPENERS.has(doc.tokens[p]?.lower ?? '')) {
    const asked = recipientEnd(doc, p);
    if (asked !== null && asked < end && QUESTION_OPENERS.has(doc.tokens[asked]?.lower ?? '')) p = asked;
  }
  const first = doc.tokens[p];
  if (!first || p >= end || first.quote >= 0) return null;
  if (isQuoteMark(first)) return quotationGoesOn(doc, p, end) ? p : null;
  // "quoted a Senate aide as saying …": the words are the aide's, reported by the cue after "as".
  if (quotedAsSaying(doc, p)) return null;
  // "said that …" opens the clause; "said that was wrong" reports a clause whose subject is "that". "told reporters
  // after the meeting that was held on a boat": after an adjunct's noun, "that" and a verb open a relative clause.
  if (first.lower === 'that' && p > adjunctsFrom && isRelativeAfterNoun(doc, p)) return null;
  if (first.lower === 'that') return isDemonstrativeSubject(doc, p) ? p : p + 1;
  // "the survey found 40 percent of parents backed …" reports; "found the body", "found it hard" do not.
  if (verb?.clauseOnly) return opensFiniteClause(doc, p, true) ? p : null;
  // "who asked not to be named": a request for anonymity, not a report; "vowed not to raise taxes" promises.
  if (first.lower === 'not') return verb?.frame === 'clause' && verb.infinitive && opensInfinitive(doc, p) ? p : null;
  if (first.text === ':') return isQuoteMark(doc.tokens[p + 1]) ? null : p + 1;
  // "said Monday during a visit to Harlow, Essex, that …": the adjunct held a comma.
  if (first.text === ',') return thatAfterAdjunct(doc, p, end);
  if (DASHES.has(first.text)) return thatAfterAside(doc, p, end);
  if (first.pos === 'PUNCT') return null;
  const next = doc.tokens[p + 1];
  if (first.lower === 'to') {
    // "vowed to “fight for every vote”": the verb may open a quotation, where the tagger cannot tell it is one.
    const quotedVerb = isQuoteMark(next) && verb?.infinitive === true;
    const infinitive = quotedVerb || (next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX'));
    return infinitive && (verb?.infinitive || verb?.object) ? p : null;
  }
  // "told the Courier when asked about the fares": the speaker's own adjunct, a reduced passive, no question told.
  if (first.lower === 'when' && next?.pos === 'VERB' && next.lower.endsWith('ed') && reportingVerb(next.lemma))
    return null;
  // "“…,” the coach added when the interviewer pressed him": a "when" clause that is not a question (no modal, no
  // clause of its own after it) tells when the speaker spoke; "told reporters when the ferry would sail" asks.
  if (first.lower === 'when' && !opensFrontedClause(doc, p, end) && !hasModal(doc, p, end)) return null;
  // "asked whether …" (the tagger may read "whether" as a preposition), "asked how …".
  if (
    first.lower === 'whether' ||
    (QUESTION_WORDS.has(first.lower) && (first.pos === 'SCONJ' || first.pos === 'PRON' || first.pos === 'ADV'))
  )
    return p;
  if (attribution.kind !== 'VERB') return null;
  if (verb?.personObject && !namesSomeone(doc, p)) return null;
  if (verb?.object && NOUN_PHRASE_STARTS.has(first.pos)) return p;
  // "said at least nine buses ran late …": the subject opens on an approximated number.
  const number = approximatedNumberAt(doc, p);
  if (number >= 0 && opensFiniteClause(doc, number)) return p;
  // A clause without "that": it opens on its subject, never on a preposition or a participle ("tweeted using
  // his account").
  if (first.pos === 'ADP' || first.pos === 'SCONJ')
    return thatAfterAdjunct(doc, p, end) ?? (opensFrontedClause(doc, p, end) ? p : null);
  if (first.pos === 'CCONJ') return null;
  // "proposed closing the branch": a gerund is what was said after a verb that takes an object.
  if (first.pos === 'VERB' && first.lower.endsWith('ing'))
    return verb?.object || opensGerundClause(doc, p, end) ? p : null;
  return p;
}

/** "that was …", "that’s …": "that" before an auxiliary is the clause's subject, not its complementiser. */
export function isDemonstrativeSubject(doc: TextDocument, i: number): boolean {
  const next = doc.tokens[i + 1];
  // "that being a small bank is …" opens a clause on a gerund.
  const finite = next !== undefined && next.pos === 'AUX' && next.quote < 0 && !next.lower.endsWith('ing');
  return doc.tokens[i]?.lower === 'that' && finite;
}

const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'might', 'may', 'must', "'ll", '’ll']);

function hasModal(doc: TextDocument, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (MODALS.has((doc.tokens[k] as Token).lower)) return true;
  return false;
}

const MAX_ADJUNCT_TOKENS_BEFORE_THAT = 20;
const WORD = /^[\p{L}\p{N}]/u;
const CUE_ADJUNCT_TAGS = new Set(['CCONJ', 'SCONJ', 'ADP', 'ADV', 'PUNCT']);

/**
 * "said “it makes me angry” every time he sees the pier": a quotation opening the content that the writer's words
 * go on from, without a break, is the start of a mixed report (indirect.ts weighs the words after it).
 */
function quotationGoesOn(doc: TextDocument, p: number, end: number): boolean {
  let close = p + 1;
  while (close < end && (doc.tokens[close] as Token).quote >= 0) close++;
  const after = doc.tokens[close + 1];
  if (!isQuoteMark(doc.tokens[close]) || close + 1 >= end || after === undefined || after.quote >= 0) return false;
  // "said “…” and left", "said “…” on Tuesday", "said “…”, adding": the speaker's own doings, not the report's;
  // "“…” rose by ten points": the quotation is the subject of a verb of the writer's, no report.
  const speakersOwn = CUE_ADJUNCT_TAGS.has(after.pos) || isDateWord(after.text) || after.lower.endsWith('ing');
  return WORD.test(after.text) && !speakersOwn && after.pos !== 'VERB' && after.pos !== 'AUX';
}
const DASHES = new Set(['—', '–', '―']);

/** "said — on the radio, as it happens — that …": the clause after "that", past an aside between dashes. */
function thatAfterAside(doc: TextDocument, p: number, end: number): number | null {
  for (let k = p + 1; k < end && k - p <= MAX_ADJUNCT_TOKENS_BEFORE_THAT; k++) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0) return null;
    if (DASHES.has(token.text)) return doc.tokens[k + 1]?.lower === 'that' && k + 2 < end ? k + 2 : null;
  }
  return null;
}

/**
 * The clause after "that" when only an adjunct without a verb lies between `p` and it: "said Monday during a
 * hearing in Dunmore, Kent, that …", "said in a long talk with club members last month that …".
 */
function thatAfterAdjunct(doc: TextDocument, p: number, end: number): number | null {
  // "said on Monday, speaking in Riga, that …": a participle's phrase set off by commas is an aside of the speaker.
  let aside = false;
  for (let k = p + 1; k < end && k - p <= MAX_ADJUNCT_TOKENS_BEFORE_THAT; k++) {
    const token = doc.tokens[k] as Token;
    if (!aside && opensParticipleAside(doc, k)) {
      aside = true;
      continue;
    }
    const verb = token.pos === 'VERB' && !isNounInPhrase(doc, k) && !isReducedRelative(doc.tokens, k);
    if (token.quote >= 0 || token.pos === 'AUX' || verb) return null;
    // "that time" is a determiner; "that she …", "that the state …", "that ports need …" open the clause.
    if (token.lower === 'that' && (doc.tokens[k + 1]?.pos !== 'NOUN' || opensFiniteClause(doc, k + 1))) {
      // "said on Monday, adding that …": a "that" the participle takes is its own report, not the cue's.
      if (aside && doc.tokens[k - 1]?.text !== ',') return null;
      return k + 1 < end ? k + 1 : null;
    }
  }
  return null;
}

/** ", speaking in Riga,": a participle right after a comma opens an aside of the speaker's. */
function opensParticipleAside(doc: TextDocument, k: number): boolean {
  const token = doc.tokens[k] as Token;
  return token.pos === 'VERB' && token.quote < 0 && token.lower.endsWith('ing') && doc.tokens[k - 1]?.text === ',';
}

/** "a lunch stop in Harlow": a noun the tagger read as a verb, between a noun phrase's words and a preposition. */
function isNounInPhrase(doc: TextDocument, k: number): boolean {
  const before = doc.tokens[k - 1];
  const after = doc.tokens[k + 1];
  return (
    before !== undefined &&
    (before.pos === 'NOUN' || before.pos === 'ADJ' || before.pos === 'DET') &&
    after !== undefined &&
    (after.pos === 'ADP' || after.text === ',')
  );
}

// A gerund's object may carry a prepositional phrase: "expanding a national monument off the coast of Hawaii will …".
const MAX_GERUND_SUBJECT_TOKENS = 12;
const NOUN_PHRASE_ENDS = new Set(['NOUN', 'PROPN']);

/**
 * "said widening the road could cut journeys", "say eating less sugar lowers the risk": a gerund phrase that is the
 * subject of a finite verb, an auxiliary or a verb in the present's third person or the past right after the noun
 * that ends the gerund's object.
 */
function opensGerundClause(doc: TextDocument, p: number, end: number): boolean {
  for (let k = p + 1; k < end && k - p <= MAX_GERUND_SUBJECT_TOKENS; k++) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0 || token.pos === 'PUNCT' || token.pos === 'SCONJ') return false;
    if (token.pos === 'AUX') return true;
    if (token.pos === 'VERB' && isTensedForm(token.lower) && NOUN_PHRASE_ENDS.has(doc.tokens[k - 1]?.pos ?? ''))
      return true;
  }
  return false;
}

// Participles that work as prepositions ("including a provision", "according to"): they open no gerund subject.
const PREPOSITIONAL_PARTICIPLES = new Set([
  'including',
  'excluding',
  'according',
  'regarding',
  'concerning',
  'following',
  'considering',
  'involving',
  'pending',
  'barring',
]);
const MAX_GERUND_BEFORE_AUXILIARY = 8;

/**
 * "replacing Clinton would be harder" after a cue set off by commas: a gerund, its object without a clause of its own,
 * then an auxiliary. Past and present forms do not count here: "referencing a PAC called Future45" is the speaker's
 * participle, whose object a participle modifies.
 */
function opensGerundBeforeAuxiliary(doc: TextDocument, p: number, end: number): boolean {
  const gerund = doc.tokens[p];
  if (!gerund || gerund.pos !== 'VERB' || !gerund.lower.endsWith('ing') || gerund.quote >= 0) return false;
  if (PREPOSITIONAL_PARTICIPLES.has(gerund.lower)) return false;
  for (let k = p + 1; k < end && k - p <= MAX_GERUND_BEFORE_AUXILIARY; k++) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0 || token.pos === 'PUNCT' || token.pos === 'SCONJ' || token.pos === 'VERB') return false;
    if (RELATIVE_SUBJECTS.has(token.lower) || token.lower === 'that') return false;
    if (token.pos === 'AUX') return true;
  }
  return false;
}

/** "lowers", "lowered": a verb's form that is finite after a subject; "lower" and "lowering" may not be. */
function isTensedForm(lower: string): boolean {
  return (lower.endsWith('s') && !lower.endsWith('ss')) || lower.endsWith('ed');
}

const OBJECT_OPENERS = new Set(['PROPN', 'DET', 'NUM', 'PRON']);

/** "could", "continues", "the coach often ignored": a finite verb, not a participle opening an adjunct. */
function isFiniteVerb(doc: TextDocument, i: number): boolean {
  const token = doc.tokens[i] as Token;
  if (token.pos === 'AUX') return true;
  if (token.pos !== 'VERB' || token.lower.endsWith('ing')) return false;
  const previous = doc.tokens[i - 1];
  return (
    !token.lower.endsWith('ed') ||
    (previous !== undefined && (previous.pos === 'PROPN' || previous.pos === 'PRON' || previous.pos === 'ADV'))
  );
}

/** A verb at `p` that goes on with a subject written before: "are required", "limited the harvest". */
function startsPredicate(doc: TextDocument, p: number): boolean {
  const token = doc.tokens[p];
  if (!token || token.quote >= 0) return false;
  // "…, said a NATO official, speaking on condition of anonymity": a participle is the speaker's, not the report's.
  return (token.pos === 'VERB' && !token.lower.endsWith('ing')) || token.pos === 'AUX' || isMisreadVerb(doc, p);
}

/** A noun phrase and then "as saying": the one quoted, whose words follow. */
export function quotedAsSaying(doc: TextDocument, p: number): boolean {
  const object = phraseStartingAt(doc, p);
  if (object === null) return false;
  // "cites unnamed sources among officials and members of the group as claiming": the phrase may go on with its
  // own prepositions and "and" before "as".
  for (let k = object.end; k < p + MAX_QUOTED_OBJECT_TOKENS; k++) {
    const token = doc.tokens[k];
    if (token === undefined || token.quote >= 0 || token.text === ',' || token.pos === 'VERB' || token.pos === 'AUX')
      return false;
    if (token.lower !== 'as') continue;
    const verb = doc.tokens[k + 1];
    return verb !== undefined && verb.lower.endsWith('ing') && reportingVerb(verb.lemma) !== undefined;
  }
  return false;
}
const ADJUNCT_OPENERS = new Set([...SUBORDINATORS, 'which', 'who', 'whose', 'where', 'referring']);

/** "refused …", "would not …": a verb with no subject of its own, going on from the one before. */
function opensPredicate(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX') && !token.lower.endsWith('ing');
}

/**
 * "…, the coach said, waving to the fans", "…, she said, since …", and after a quotation "…,” the auditors said,
 * under section 9": the speaker's own adjunct, as is, after a quotation, a predicate of the speaker's own
 * ("…,” she said, but refused to give details"). Without a quotation before the cue, a preposition may open the rest of
 * the report ("About a year ago, NASA reports, at the observatory, observers noticed …").
 */
function opensAdjunctOfSpeaker(doc: TextDocument, p: number, afterQuotation: boolean): boolean {
  const token = doc.tokens[p];
  if (!token || token.quote >= 0) return false;
  return (
    ADJUNCT_OPENERS.has(token.lower) ||
    withholdingAt(doc, p) ||
    (afterQuotation && token.pos === 'ADP') ||
    (afterQuotation && token.pos === 'CCONJ' && opensPredicate(doc.tokens[p + 1])) ||
    (token.pos === 'VERB' && /(?:ing|ed)$/.test(token.lower))
  );
}
const MESSAGE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via', 'through']);
// Occasions and media of speaking that the reporting nouns leave out ("at a news conference", "in a video").
const SPEAKING_OCCASIONS = new Set([
  'conference',
  'briefing',
  'hearing',
  'rally',
  'meeting',
  'ceremony',
  'video',
  'broadcast',
  'podcast',
  'email',
  'release',
  'address',
  'appearance',
]);
/** How far into a phrase of the message its noun may stand: "in a lengthy written statement". */
const MESSAGE_NOUN_REACH = 4;

/** "in a statement", "in an interview with …", "at a news conference": a phrase of the message, with no verb. */
function opensMessagePhrase(doc: TextDocument, p: number, end: number): boolean {
  if (!MESSAGE_PREPOSITIONS.has(doc.tokens[p]?.lower ?? '') || hasFiniteVerb(doc, p, end)) return false;
  for (let k = p + 1; k < end && k <= p + MESSAGE_NOUN_REACH; k++) {
    const token = doc.tokens[k] as Token;
    if (token.pos === 'NOUN' && (isReportingNoun(token.lemma) || SPEAKING_OCCASIONS.has(token.lemma))) return true;
    if (token.pos === 'ADP' || token.pos === 'PUNCT') return false;
  }
  return false;
}

function isSayingParticiple(token: Token): boolean {
  if (token.pos !== 'VERB' || !token.lower.endsWith('ing') || token.quote >= 0) return false;
  const verb = reportingVerb(token.lemma);
  return verb !== undefined && verb.frame === 'clause' && !verb.evidential;
}

/** "The ministry", "Many of the 40 workers": a noun phrase opening the sentence, with no verb of its own yet. */
function waitsForPredicate(doc: TextDocument, first: number, end: number): boolean {
  if (end <= first || !NOUN_PHRASE_STARTS.has(doc.tokens[first]?.pos ?? '')) return false;
  for (let k = first; k < end; k++) {
    const token = doc.tokens[k] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.quote >= 0 || token.text === ',') return false;
  }
  return true;
}

/** "issued new rules", not "surrounded by fans": a past form that goes on as a predicate, not as a passive aside. */
function isPastPredicate(doc: TextDocument, p: number): boolean {
  const token = doc.tokens[p];
  return token?.pos === 'VERB' && token.lower.endsWith('ed') && doc.tokens[p + 1]?.lower !== 'by';
}
const MAX_FRONTED_TOKENS = 15;
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const RELATIVE_WORDS = new Set(['who', 'which', 'whose', 'that', 'where']);

// Linking adverbials that may open a reported clause without a comma (Quirk et al. 1985 §8.134-8.137, result,
// summative, additive and transitional conjuncts written as prepositional phrases).
const LINKING_PHRASES = [
  ['as', 'a', 'result'],
  ['as', 'a', 'consequence'],
  ['in', 'the', 'end'],
  ['in', 'fact'],
  ['in', 'addition'],
  ['in', 'turn'],
  ['in', 'response'],
  ['so', 'far'],
  ['for', 'now'],
  ['at', 'the', 'same', 'time'],
  ['by', 'contrast'],
  ['of', 'course'],
];

/** The token after a linking adverbial at `p` ("as a result the toll has risen"), or -1. */
function afterLinkingPhrase(doc: TextDocument, p: number): number {
  for (const phrase of LINKING_PHRASES)
    if (phrase.every((word, k) => doc.tokens[p + k]?.lower === word)) return p + phrase.length;
  return -1;
}

/**
 * "says despite being a farmer's son, he backs …", "said if elected again she would …": an adjunct put before
 * the reported clause's subject and verb, not the preposition of "posted about the match".
 */
function opensFrontedClause(doc: TextDocument, p: number, end: number): boolean {
  const linked = afterLinkingPhrase(doc, p);
  if (linked > 0 && linked < end && opensFiniteClause(doc, linked)) return true;
  // "estimated by 2050 food needs would …", "said in 2019 the pier would …": a year or a date, then the clause.
  const object = doc.tokens[p + 1];
  if (object && (object.pos === 'NUM' || isDateWord(object.text)) && p + 2 < end && opensFiniteClause(doc, p + 2))
    return true;
  for (let k = p + 1; k < end && k - p <= MAX_FRONTED_TOKENS; k++) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0) return false;
    if (token.text === ',') return !RELATIVE_WORDS.has(doc.tokens[k + 1]?.lower ?? '') && opensFiniteClause(doc, k + 1);
    // "said as she left the stage" is the cue's own adjunct: the adjunct must hold more than a clause's subject;
    // "when asked which team she supports" holds a question of its own.
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !/(?:ed|ing)$/.test(token.lower)) return false;
    if (QUESTION_WORDS.has(token.lower) || (RELATIVE_WORDS.has(token.lower) && token.lower !== 'that')) return false;
    const next = doc.tokens[k + 1];
    if (SUBJECT_PRONOUNS.has(token.lower) && token.pos === 'PRON' && (next?.pos === 'AUX' || next?.pos === 'VERB'))
      return k > p + 1 && !next.lower.endsWith('ing');
  }
  return false;
}

/**
 * A verb the tagger read otherwise: "Reyes trails Bell", "Harlow leads the league" (a noun in -s after a
 * name), "farmers say, limited the harvest" (an adjective in -ed before its object).
 */
export function isMisreadVerb(doc: TextDocument, i: number): boolean {
  const token = doc.tokens[i] as Token;
  const next = doc.tokens[i + 1];
  // "the fishing families deserved better": a past form in -ed after a noun.
  const previous = doc.tokens[i - 1];
  if (
    token.pos === 'NOUN' &&
    token.lower.length > 4 &&
    /[^e]ed$/.test(token.lower) &&
    (previous?.pos === 'NOUN' || previous?.pos === 'PROPN') &&
    next?.pos !== 'NOUN'
  )
    return true;
  if (!next || !OBJECT_OPENERS.has(next.pos)) return false;
  if (token.pos === 'ADJ') return /ed$/.test(token.lower);
  // "revelations about his tax history show the need for reform": a verb of report or evidence read as a compound's
  // head, though a determiner follows it, where no noun's phrase goes on.
  if (
    token.pos === 'NOUN' &&
    next.pos === 'DET' &&
    previous?.pos === 'NOUN' &&
    reportingVerb(token.lemma) !== undefined
  )
    return true;
  return token.pos === 'NOUN' && /[^s']s$/.test(token.lower) && doc.tokens[i - 1]?.pos === 'PROPN';
}

/** "to pay", "not to drink": a to-infinitive, perhaps negated, at `p`. */
function opensInfinitive(doc: TextDocument, p: number): boolean {
  const at = doc.tokens[p]?.lower === 'not' ? p + 1 : p;
  const next = doc.tokens[at + 1];
  return doc.tokens[at]?.lower === 'to' && next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** A noun phrase and then its finite verb: "unemployment rose", "most voters have". */
function opensFiniteClause(doc: TextDocument, p: number, withComplements = false): boolean {
  let subject = phraseStartingAt(doc, p);
  // "found loss of wheat harvests by 2040 exceeded …": after "found", "showed", the subject may carry
  // prepositional phrases.
  for (let hops = 0; withComplements && subject && hops < 3 && doc.tokens[subject.end]?.pos === 'ADP'; hops++) {
    const object = phraseStartingAt(doc, subject.end + 1);
    if (!object) break;
    subject = { first: subject.first, end: object.end };
  }
  const verbAt = subject && withComplements ? pastExamples(doc, subject.end) : subject?.end;
  const verb = verbAt === undefined ? undefined : doc.tokens[verbAt];
  return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !/ing$/.test(verb.lower);
}

const MAX_EXAMPLE_TOKENS = 20;

/** "dicot species, such as soybean and cotton, lose …": past a list of examples set off by commas on the subject. */
function pastExamples(doc: TextDocument, at: number): number {
  const opener = doc.tokens[at + 1]?.lower;
  const examples = opener === 'including' || (opener === 'such' && doc.tokens[at + 2]?.lower === 'as');
  if (doc.tokens[at]?.text !== ',' || !examples) return at;
  let close = -1;
  for (let k = at + 2; k < at + MAX_EXAMPLE_TOKENS && doc.tokens[k]; k++) {
    const token = doc.tokens[k] as Token;
    if (token.quote >= 0 || token.pos === 'AUX' || token.pos === 'VERB') return close >= 0 ? close + 1 : at;
    if (token.text === ',') close = k;
  }
  return at;
}

// "the same", "the opposite": what was said, given by reference to what someone else said.
const PRO_FORMS = new Set(['same', 'opposite']);

/** "45 percent say the same of the fuel tax", "pilots say the opposite of the dredging": a report by reference. */
export function saysByReference(doc: TextDocument, attribution: Attribution, first: number): boolean {
  return (
    attribution.verb?.lemma === 'say' &&
    doc.tokens[first]?.lower === 'the' &&
    PRO_FORMS.has(doc.tokens[first + 1]?.lower ?? '')
  );
}

/**
 * What was said is a noun phrase or an infinitive, not a clause: "endorsed the mayor", "called for an inquiry",
 * "pledged to cut taxes", "told residents to boil water", "said the same thing".
 */
function isPhraseContent(doc: TextDocument, attribution: Attribution, first: number): boolean {
  if (attribution.kind !== 'VERB' || doc.tokens[first - 1]?.lower === 'that') return false;
  if (saysByReference(doc, attribution, first)) return true;
  if (QUESTION_WORDS.has((doc.tokens[first] as Token).lower)) return false;
  if (attribution.preposition !== null || opensInfinitive(doc, first)) return true;
  const verb = attribution.verb;
  // "warned hospital managers to stock more vaccine": the person told and an infinitive.
  if (verb?.frame === 'recipient') {
    const told = recipientEnd(doc, first);
    return told !== null && opensInfinitive(doc, told);
  }
  return verb !== null && (verb.object || verb.frame === 'directive') && !opensFiniteClause(doc, first);
}

// Words that open the writer's own adjunct clause after a phrase that was said: "pledged to repair the
// harbour wall after she tabled a motion", "called him “second-rate” as their quarrel grew".
const CLAUSE_SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'although', 'though', 'until', 'whereas']);
// After a comma, words that open no further item of a list: "discussed the injuries, including …", "the
// sale of the stadium, even though …", "its support for the Harbor Clinic, which …".
const AFTER_COMMA_ENDERS = new Set([
  ...CLAUSE_SUBORDINATORS,
  'even',
  'which',
  'who',
  'whose',
  'but',
  'including',
  'despite',
  'then',
  'so',
  'as',
  'yet',
  'with',
]);
const MIN_PHRASE_TOKENS = 2;
const MAX_RECIPIENT_TOKENS = 6;

/**
 * Where a phrase that was said ends: before a verb coordinated with the cue ("called him “second-rate” and
 * left the meeting"), before a clause of the writer's ("… after she tabled a motion"), and before an
 * aside after a comma ("…, including …", "…, saying …"). A list goes on ("endorsed Lopez, Adams and Bell").
 */
function phraseContentEnd(
  doc: TextDocument,
  first: number,
  end: number,
  dub: boolean,
  /** The cue's tense, where it has one: a verb after "and" in another form is coordinated inside the phrase. */
  cueForm: VerbForm | null,
): number {
  // "called Lopez, the club treasurer, a menace": after a verb of naming, an appositive of the one named is
  // skipped; what they were called follows it.
  let appositive = false;
  // "to cut taxes", "residents to boil water": an infinitive, perhaps after the person told.
  let infinitive = false;
  for (let k = first; k < Math.min(end, first + MAX_RECIPIENT_TOKENS) && !infinitive; k++)
    infinitive = opensInfinitive(doc, k);
  for (let i = first + MIN_PHRASE_TOKENS; i < end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote >= 0) continue;
    const next = doc.tokens[i + 1];
    // "… and travel costs" is one more noun; "and left the meeting" a verb of the subject's.
    const finiteNext = next?.pos === 'VERB' && next.quote < 0 && !next.lower.endsWith('ing');
    // "called on the firms that host and protect the site", "claims to have gained access to and leaked …": a verb
    // in another form than the cue's cannot share its subject (Huddleston & Pullum 2002, ch. 15: conjoined
    // predicates are alike in form), so it goes on inside what was said.
    if (
      (token.lower === 'and' || token.lower === 'but') &&
      finiteNext &&
      (cueForm === null || formOf(next) === cueForm)
    ) {
      // "to resign and return the club car" goes on; "and left the meeting" is the subject's own deed.
      if (!infinitive || (next.lower !== next.lemma && !next.lower.endsWith('ing'))) return i;
    }
    // "… after she tabled a motion", "… as their quarrel grew": the writer's clause; "before the trial",
    // "described the strike as a threat" are part of what was said.
    if ((CLAUSE_SUBORDINATORS.has(token.lower) || token.lower === 'as') && opensFiniteClause(doc, i + 1)) return i;
    // "touted his new menu while running three kitchens": the subject's own deed alongside.
    if (CLAUSE_SUBORDINATORS.has(token.lower) && next?.pos === 'VERB' && next.lower.endsWith('ing')) return i;
    // "promising cheaper fares and “buses, buses, buses,” but she has also …": a clause of the writer's.
    if (token.lower === 'but' && opensFiniteClause(doc, i + 1)) return i;
    // "a scheme her office had drawn up which would ban …": the writer's description of what was named.
    if (token.lower === 'which' && token.pos !== 'DET') return i;
    // "criticized the arrests; equipment was confiscated …": a semicolon closes the speaker's clause.
    if (token.text === ';') return i;
    // "announced their intentions saying, “…”": a participle of saying before its own quotation or clause is the
    // speaker's next cue, not more of the phrase.
    if (isSayingParticiple(token) && (next?.text === ',' || next?.lower === 'that' || isQuoteMark(next))) return i;
    if (token.text === ',' && next && next.quote < 0) {
      if (AFTER_COMMA_ENDERS.has(next.lower) || (next.pos === 'VERB' && next.lower.endsWith('ing'))) return i;
      // The comma closing the appositive opened by the content's first comma.
      if (dub && !appositive && commaBetween(doc, first, i)) {
        appositive = true;
        continue;
      }
      // "its support for the Harbor Clinic, the charity that …": an appositive, unless a list goes on with "and".
      if (next.pos === 'DET' && !continuesList(doc, i + 1, end)) return i;
    }
  }
  return end;
}

function commaBetween(doc: TextDocument, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((doc.tokens[k] as Token).text === ',') return true;
  return false;
}

/** "the economy, the border and taxes": a further item joined by "and" or "or" before the end. */
function continuesList(doc: TextDocument, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const token = doc.tokens[k] as Token;
    if (token.quote < 0 && (token.lower === 'and' || token.lower === 'or')) return true;
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
  }
  return false;
}

/** "he was confident X and that he would Y" reports two things. */
function splitAtAndThat(doc: TextDocument, part: Part): Part[] {
  const parts: Part[] = [];
  let first = part.first;
  for (let i = part.first; i + 1 < part.end; i++) {
    const token = doc.tokens[i] as Token;
    if (token.quote < 0 && token.lower === 'and' && doc.tokens[i + 1]?.lower === 'that') {
      parts.push({ first, end: i });
      first = i + 2;
    }
  }
  parts.push({ first, end: part.end });
  return parts;
}

/**
 * "As the Ledger reported, the council …", "…, as the economist noted in a column.": an "as" clause whose cue
 * takes no content of its own attributes the sentence's main clause, after its comma or before it.
 */
function reportOfAsClause(
  doc: TextDocument,
  attribution: Attribution,
  sentence: Sentence,
  following: Attribution[],
): Part | null {
  const as = doc.tokens[attribution.start - 1];
  const verb = attribution.verb;
  if (attribution.link !== 'subject' || as?.lower !== 'as' || !verb) return null;
  // "as the senator pointed out, …": a particle closing the cue leaves the main clause as what was said.
  const particle = attribution.preposition === 'out';
  if (verb.only && !particle) return null;
  if (verb.frame !== 'clause' && verb.frame !== 'recipient' && !particle) return null;
  let last = contentEnd(doc, sentence);
  // "As Heald told The Huffington Post, …": past the one told.
  const after = skipAdjuncts(doc, afterRecipient(doc, attribution, last), last);
  const closing = doc.tokens[after];
  // "…, according to court records": a later attribution of the sentence ends the main clause.
  // One nested inside it ("Trump is free to disclose his returns") is part of it, as in clauseLimit.
  const later = following.find(
    (f) => f.sentence === attribution.sentence && f.start > after && isSibling(doc, f, attribution),
  );
  if (later) last = doc.tokens[later.start - 1]?.text === ',' ? later.start - 1 : later.start;
  // The main clause before: "…, as X noted (in …)." ends the sentence, or a clause of the writer's is joined to it
  // ("…, as the Times reported on Tuesday, and he will …").
  const joined = closing?.text === ',' && doc.tokens[after + 1]?.pos === 'CCONJ';
  if ((after >= last || joined) && doc.tokens[as.index - 1]?.text === ',' && as.index - 1 > sentence.firstToken)
    return { first: sentence.firstToken, end: as.index - 1 };
  // The main clause after: "(But) as X reported, …" opens the sentence.
  const opening =
    as.index === sentence.firstToken ||
    (as.index === sentence.firstToken + 1 && doc.tokens[sentence.firstToken]?.pos === 'CCONJ');
  if (opening && closing?.text === ',' && closing.quote < 0 && after + 1 < last) return { first: after + 1, end: last };
  return null;
}

/**
 * Where the report after "according to X" starts: past the comma closing the source ("According to X, …"), past a
 * relative clause on the source and its comma ("According to Livy who studied the early republic, …"), or, opening the
 * sentence, right after a source that a clause follows without a comma ("According to Ruiz the ledger was …").
 */
function afterAccordingSource(
  doc: TextDocument,
  attribution: Attribution,
  sentence: Sentence,
  end: number,
): number | null {
  const afterSource = attribution.subject.end;
  const next = doc.tokens[afterSource];
  if (!next || afterSource >= end) return null;
  if (next.text === ',') return afterSource + 1;
  // "According to exit polls conducted by Edison for the networks, …": a participle after the source opens a
  // reduced relative clause, skipped as a relative one is.
  const participle = next.pos === 'VERB' && /(?:ed|en)$/.test(next.lower);
  if ((RELATIVE_WORDS.has(next.lower) || participle) && next.quote < 0) {
    for (let k = afterSource + 1; k < end; k++) {
      const token = doc.tokens[k] as Token;
      if (token.quote >= 0 || isQuoteMark(token)) return null;
      if (token.text === ',') return k + 1 < end ? k + 1 : null;
    }
    return null;
  }
  const opening = attribution.start === sentence.firstToken;
  // "According to the RPG survey almost 90% of respondents said …": an adverb of degree before the phrase's number.
  const degree = next.pos === 'ADV' && doc.tokens[afterSource + 1]?.pos === 'NUM';
  const phraseStarts = NOUN_PHRASE_STARTS.has(next.pos) || degree;
  return opening && phraseStarts && hasFiniteVerb(doc, afterSource, end) ? afterSource : null;
}

/** A finite verb between `from` and `end`: the words after the source make a clause. */
function hasFiniteVerb(doc: TextDocument, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (isFiniteVerb(doc, k)) return true;
  return false;
}

// Verbs of telling what one knows (FrameNet Statement, Reveal_secret, Explaining_the_facts; VerbNet say-37.7,
// reveal-37.1.1) and of giving (FrameNet Giving, Supply) whose absence a wire report notes: "…, without
// elaborating", "… but declined to give details", "… but provided no evidence".
const WITHHELD_TELLING = new Set([
  'elaborate',
  'specify',
  'explain',
  'say',
  'disclose',
  'reveal',
  'detail',
  'comment',
  'identify',
  'name',
]);
const WITHHELD_GIVING = new Set(['give', 'provide', 'offer', 'present', 'share', 'cite', 'produce']);
// What is given or withheld: the nouns of information and proof (WordNet information.n.01, evidence.n.01).
const WITHHELD_THINGS = new Set([
  'detail',
  'details',
  'evidence',
  'proof',
  'reason',
  'reasons',
  'specifics',
  'information',
  'figures',
  'explanation',
  'timeline',
  'timeframe',
  'names',
  'source',
  'sources',
]);
const MAX_WITHHELD_OBJECT_TOKENS = 4;

/** A verb at `p` that tells or gives what is known: "elaborating", "give further details", "provided no evidence". */
function tellsOrGives(doc: TextDocument, p: number): boolean {
  const verb = doc.tokens[p];
  if (!verb || verb.quote >= 0 || (verb.pos !== 'VERB' && verb.pos !== 'NOUN')) return false;
  if (WITHHELD_TELLING.has(verb.lemma)) return true;
  if (!WITHHELD_GIVING.has(verb.lemma)) return false;
  for (let k = p + 1; k <= p + MAX_WITHHELD_OBJECT_TOKENS; k++) {
    const token = doc.tokens[k];
    if (!token || token.quote >= 0 || token.pos === 'PUNCT' || token.pos === 'VERB') return false;
    if (WITHHELD_THINGS.has(token.lower)) return true;
  }
  return false;
}

/**
 * "…, without giving details", "… but did not elaborate", "… but declined to give a reason", "…, but provided no
 * evidence": the speaker's withholding, told by the writer after the report (a predicate of the speaker's own,
 * coordinated with the cue, or a "without" adjunct of it), is no part of what was said.
 */
function withholdingAt(doc: TextDocument, i: number): boolean {
  let k = i;
  if (doc.tokens[k]?.text === ',') k++;
  const opener = doc.tokens[k];
  if (!opener || opener.quote >= 0) return false;
  if (opener.lower === 'without') return doc.tokens[k + 1]?.lower.endsWith('ing') === true && tellsOrGives(doc, k + 1);
  if (opener.lower !== 'but' && opener.lower !== 'and') return false;
  const verb = doc.tokens[k + 1];
  if (!verb) return false;
  // "but did not elaborate", "but would not say", "but didn't give details"
  if (/^(?:did|would|could)$/.test(verb.lower) && /^(?:not|n['’]t)$/.test(doc.tokens[k + 2]?.lower ?? ''))
    return tellsOrGives(doc, k + 3);
  // "but declined to give details", "but refused to elaborate"
  if (/^(?:declined|refused)$/.test(verb.lower) && doc.tokens[k + 2]?.lower === 'to') return tellsOrGives(doc, k + 3);
  // "but gave no details", "but offered no evidence"
  return WITHHELD_GIVING.has(verb.lemma) && verb.lower !== verb.lemma && doc.tokens[k + 2]?.lower === 'no'
    ? tellsOrGives(doc, k + 1)
    : false;
}

// Nouns for what a report claims or counts (WordNet statement.n.01 hyponyms claim, assertion, allegation,
// accusation, charge; and figure.n.01, number, toll, tally, count, estimate), heading the writer's comment on the
// report set after it: "…, a figure that could not be independently verified", "…, a claim Kyiv denied".
const COMMENT_NOUNS = new Set([
  'figure',
  'number',
  'toll',
  'tally',
  'count',
  'estimate',
  'claim',
  'assertion',
  'allegation',
  'accusation',
  'charge',
]);
const MAX_COMMENT_MODIFIERS = 2;

/**
 * "…, a figure that could not be independently verified", "…, a claim Kyiv denied": an indefinite noun of a claim
 * or a count, in apposition to the whole report and itself modified by a clause, is the writer's comment on it.
 */
function writersCommentAt(doc: TextDocument, i: number): boolean {
  if (doc.tokens[i]?.text !== ',' || !/^(?:a|an)$/.test(doc.tokens[i + 1]?.lower ?? '')) return false;
  let k = i + 2;
  while (k < i + 2 + MAX_COMMENT_MODIFIERS && doc.tokens[k]?.pos === 'ADJ') k++;
  const noun = doc.tokens[k];
  const after = doc.tokens[k + 1];
  if (!noun || noun.quote >= 0 || !COMMENT_NOUNS.has(noun.lower) || !after) return false;
  return RELATIVE_WORDS.has(after.lower) || after.pos === 'PROPN' || after.pos === 'PRON';
}

/**
 * The part, ended before the speaker's withholding ("…, without giving details") or the writer's comment on it
 * ("…, a figure that could not be verified").
 */
function beforeWithholding(doc: TextDocument, part: Part): Part {
  for (let i = part.first + 1; i < part.end; i++)
    if (withholdingAt(doc, i) || writersCommentAt(doc, i)) return { first: part.first, end: i };
  return part;
}

/**
 * The text an attribution reports: after the cue ("said that …"), before it ("…, Dempsey said."), or both
 * ("Many, she said, are …").
 */
/**
 * "If she wins the seat, Alder said in a radio interview, nurses will …": a cue set off by commas after an opening adjunct
 * may hold adjuncts of its own before the comma that resumes the report; the comma, or null.
 */
function parentheticalEnd(
  doc: TextDocument,
  attribution: Attribution,
  commaBefore: boolean,
  end: number,
): number | null {
  if (!commaBefore || attribution.link !== 'subject') return null;
  // The cue right after its subject, which the comma opens: "…, Alder said in …" (not "…, and Peru have claims in …").
  const { subject, cue } = attribution;
  if (doc.tokens[subject.first - 1]?.text !== ',' || cue.index !== subject.end) return null;
  const comma = skipAdjuncts(doc, attribution.cueEnd, end);
  // "…, Vale wrote to his followers, “…”": a quotation after the comma is reported as one.
  const resumes = doc.tokens[comma + 1] !== undefined && !isQuoteMark(doc.tokens[comma + 1]);
  return comma > attribution.cueEnd && doc.tokens[comma]?.text === ',' && resumes ? comma : null;
}

export function reportedParts(doc: TextDocument, attribution: Attribution, following: Attribution[]): Part[] {
  const sentence = doc.sentences[attribution.sentence] as Sentence;
  const asReport = reportOfAsClause(doc, attribution, sentence, following);
  if (asReport) return [asReport];
  const end = clauseLimit(doc, attribution, following);
  const { start, link } = attribution;
  // "…, Dempsey said", "…,” according to a case report": the attribution follows a comma (for "according to",
  // perhaps inside a quotation's closing mark; a verb after a quotation reports it, see clauseBeforeQuote).
  const accordingTo = attribution.kind === 'ACCORDING_TO';
  const afterQuote = accordingTo && isQuoteMark(doc.tokens[start - 1]) && doc.tokens[start - 2]?.text === ',';
  const comma = afterQuote ? start - 2 : start - 1;
  // "Analysts suggested little had changed; many positions, they say, are filled …": a report before the cue
  // begins after the semicolon that closes the clause before it.
  const clauseFirst = afterLastSemicolon(doc, datelineEnd(doc, sentence.firstToken), comma);
  const commaBefore = doc.tokens[comma]?.text === ',' && comma > clauseFirst;
  const before: Part | null =
    commaBefore && (link === 'subject' || link === 'inverted') && opensReport(doc, clauseFirst, comma)
      ? { first: clauseFirst, end: start - 1 }
      : null;
  if (accordingTo) {
    const afterSource = attribution.subject.end;
    const coordinated = sourceOpeningContent(doc, attribution, following);
    const resume = coordinated ? coordinated.subject.end + 1 : afterAccordingSource(doc, attribution, sentence, end);
    const after: Part | null = resume === null ? null : { first: resume, end };
    // "The bakery sold 400 loaves on Sunday according to its owner.": closing the sentence, the source
    // needs no comma before it.
    // "… was shot down on Thursday according to officials, over the strait …": nor before a comma going on.
    // "… by 12 points according to a count by the Ledger, but Alder …": a clause of the writer's after the source.
    const conjunct =
      after !== null && doc.tokens[after.first]?.pos === 'CCONJ' && doc.tokens[after.first - 1]?.text === ',';
    const goesOn = after !== null && doc.tokens[after.first]?.pos !== 'CCONJ';
    const closes = (afterSource >= contentEnd(doc, sentence) || goesOn || conjunct) && start > sentence.firstToken + 1;
    // "…; according to X, …" and "…, and in the words of X, …" open a clause of their own.
    const unmarked: Part | null =
      !before &&
      closes &&
      !/^[;:]$/.test(doc.tokens[start - 1]?.text ?? '') &&
      !(doc.tokens[start - 1]?.pos === 'CCONJ' && after !== null) &&
      opensReport(doc, sentence.firstToken, start)
        ? { first: datelineEnd(doc, sentence.firstToken), end: start }
        : null;
    // "The carpark itself was severely damaged; according to Joe Anderson, the mayor.": a source closing the sentence
    // after a semicolon gives the clause before it.
    const closesAfterSemicolon =
      !before &&
      doc.tokens[start - 1]?.text === ';' &&
      (after === null || !hasFiniteVerb(doc, after.first, after.end)) &&
      start - 1 > clauseFirst &&
      opensReport(doc, clauseFirst, start - 1);
    const report = before ?? unmarked ?? (closesAfterSemicolon ? { first: clauseFirst, end: start - 1 } : null);
    // "…, according to court papers, a large sum for a small bakery": a noun phrase without a verb after the source,
    // once the report came before it, is the writer's aside, not more of the report.
    const aside =
      report !== null &&
      after !== null &&
      NOUN_PHRASE_STARTS.has(doc.tokens[after.first]?.pos ?? '') &&
      !hasFiniteVerb(doc, after.first, after.end);
    return [report, aside || (conjunct && report !== null) ? null : after].filter((p): p is Part => p !== null);
  }
  if (link === 'inverted') {
    // "Institutional recipients, said Maurer, are required to …": the report goes on after the speaker.
    const resume = attribution.subject.end + 1;
    const goesOn = before !== null && doc.tokens[attribution.subject.end]?.text === ',' && startsPredicate(doc, resume);
    return before ? (goesOn ? [before, { first: resume, end }] : [before]) : [];
  }
  // "The drivers, Berg explained later in the meeting, were …": a parenthetical cue may hold adjuncts.
  const afterCue = before
    ? skipAdjuncts(doc, afterRecipient(doc, attribution, end), end)
    : (parentheticalEnd(doc, attribution, commaBefore, end) ?? skipTimeWords(doc, attribution.cueEnd));
  // "Many, she said, are …", "He added, however, that …": the report goes on after the comma.
  if (doc.tokens[afterCue]?.text === ',' && link !== 'participial') {
    let resume = afterCue + 1;
    while (doc.tokens[resume]?.pos === 'ADV' && doc.tokens[resume + 1]?.text === ',') resume += 2;
    if (doc.tokens[resume]?.lower === 'that') resume++;
    // "explains, in a satirical fashion, that …": an adjunct set off by commas before "that".
    else if (doc.tokens[resume]?.pos === 'ADP') {
      const clause = thatAfterAdjunct(doc, resume, end);
      if (clause !== null && doc.tokens[clause - 2]?.text === ',') resume = clause;
    } else if (opensParticipleAside(doc, resume)) {
      // "said Monday, speaking in Riga, that …": past the speaker's aside to the cue's own "that".
      const clause = thatAfterAdjunct(doc, afterCue, end);
      if (clause !== null) resume = clause;
    }
    // "…, the coach said, waving to the fans", "…, she said, since …": the speaker's own adjunct, not a report.
    const afterQuotation = isQuoteMark(doc.tokens[start - 1]) || isQuoteMark(doc.tokens[start - 2]);
    // "The ministry, Reuters reported, issued new rules": a subject still without its verb takes the past form
    // after the cue as its predicate, not as the speaker's participle.
    const subjectWaits = commaBefore && link === 'subject' && waitsForPredicate(doc, sentence.firstToken, start - 1);
    // "…, Smith said, replacing Clinton would be harder": a gerund that is a clause's subject, not the speaker's own.
    const gerundSubject = opensGerundBeforeAuxiliary(doc, resume, end);
    const predicateGoesOn = (subjectWaits && isPastPredicate(doc, resume)) || gerundSubject;
    // "…, PIA said Monday, in a statement.": after a report before the cue, a phrase of the message it was said in
    // is the speaker's adjunct ("The argument would be aided, Devine said, by the calendar" goes on).
    const adjunctPhrase = before !== null && opensMessagePhrase(doc, resume, end);
    if (!predicateGoesOn && (adjunctPhrase || opensAdjunctOfSpeaker(doc, resume, afterQuotation)))
      return before ? [before] : [];
    // "Closing the mill so early, residents say, limited the town's growth": a predicate goes on, so what came
    // before was its subject, not an adjunct.
    const subject =
      before ??
      (commaBefore && link === 'subject' && startsPredicate(doc, resume)
        ? { first: clauseFirst, end: start - 1 }
        : null);
    return [...(subject ? [subject] : []), { first: resume, end }];
  }
  // "…, Dempsey said in an interview.": what came before is the report, when the attribution closes the
  // sentence; "As the charges were unsealed, Hawk Sawyer testified before …" is no report of hers.
  if (before && skipAdjuncts(doc, afterCue, end) >= end) return [before];
  // "said that, according to the regulator, the firm had paid …": the report goes on past the nested source.
  const nested = sourceOpeningContent(doc, attribution, following);
  const first = nested ? nested.subject.end + 1 : contentStart(doc, attribution, end);
  if (first === null) return [];
  if (isPhraseContent(doc, attribution, first)) {
    const dub = attribution.verb?.frame === 'dub';
    // "what he calls political correctness": the one named came before the verb.
    // "what former employees called a “scheme”": the tagger may read "what" as the subject's determiner.
    const named = doc.tokens[attribution.start - 1];
    const opener = doc.tokens[attribution.subject.first];
    const namedBefore =
      /^(?:what|which)$/.test(named?.lower ?? '') || (opener?.lower === 'what' && opener.pos === 'DET');
    if (dub && attribution.preposition === null && !namedBefore && !givesName(doc, first, end)) return [];
    if (attribution.verb?.lemma === 'deny' && withholdsSomething(doc, first)) return [];
    // The cue is a verb whatever the tagger read ("claims" as a plural noun).
    const cueForm = attribution.kind === 'VERB' ? verbForm(attribution.cue) : null;
    const last = phraseContentEnd(doc, first, end, dub, cueForm !== null && TENSED.has(cueForm) ? cueForm : null);
    return [beforeWithholding(doc, { first, end: namedBefore ? endBeforePredicate(doc, first, last) : last })];
  }
  const parts = splitAtAndThat(doc, beforeWithholding(doc, { first, end }));
  // "Vale's claim that the pier is safe was wrong": the noun's clause ends before the sentence's predicate.
  const last = parts[parts.length - 1] as Part;
  if (attribution.kind === 'NOUN' && doc.tokens[first - 1]?.lower === 'that')
    last.end = endBeforeMatrixPredicate(doc, last.first, last.end);
  // "The bridge, which engineers say is unsafe, …": the relative pronoun is the reported clause's subject.
  if (reportInsideRelative(doc, attribution)) {
    const pronoun = attribution.subject.first - 1;
    return [{ first: pronoun, end: pronoun + 1 }, ...parts];
  }
  return parts;
}

/** The token after the last semicolon outside quotations from `first` to `end`, else `first`. */
function afterLastSemicolon(doc: TextDocument, first: number, end: number): number {
  for (let k = end - 1; k > first; k--) {
    const token = doc.tokens[k] as Token;
    if (token.text === ';' && token.quote < 0) return k + 1;
  }
  return first;
}
