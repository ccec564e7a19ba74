import type { TextDocument, Token } from './text/document.ts';
import { isDateWord } from './names.ts';
import { endsRoleTitle } from './roles.ts';
import { datelineEnd } from './datelines.ts';
import { HYPHENATED_PARTICLES, isInnerHyphen, isWrittenBetweenWords } from './name-joins.ts';

/** A token range [first, end). */
export interface Phrase {
  first: number;
  end: number;
}

/** The tags of the words a noun phrase is made of: "the two new trade agreements". */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const FUNCTION_WORD_TAGS = new Set(['PUNCT', 'PRON', 'SCONJ', 'CCONJ', 'ADP', 'ADV', 'AUX', 'PART', 'INTJ']);
const INNER_PREPOSITIONS = new Set(['of', 'on', 'for', 'at', 'from']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/** The possessive determiners: "his deputy", "their lawyer", "in her second term". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
const MAX_PHRASE_TOKENS = 12;

function isNounPhraseToken(token: Token): boolean {
  if (token.quote >= 0) return false;
  if (NOUN_PHRASE_TAGS.has(token.pos)) return true;
  if (POSSESSIVE_MARKS.has(token.lower)) return true;
  // wink sometimes tags a capitalised first name as a verb ("Josh"); a capital in mid-phrase is a name.
  return /^\p{Lu}/u.test(token.text) && !FUNCTION_WORD_TAGS.has(token.pos);
}

function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '“' || token.text === '”' || token.text === '"');
}

const CAPITALISED = /^\p{Lu}/u;

/** "of The Harbor and Mail": "and" between single capitalised words after a capitalised "The" inside a title. */
function joinsTitledPair(doc: TextDocument, and: number, first: number): boolean {
  const token = doc.tokens[and] as Token;
  const left = doc.tokens[and - 1];
  const right = doc.tokens[and + 1];
  return (
    token.lower === 'and' &&
    first === and + 1 &&
    doc.tokens[and - 2]?.text === 'The' &&
    left !== undefined &&
    right !== undefined &&
    CAPITALISED.test(left.text) &&
    CAPITALISED.test(right.text)
  );
}

// Determiners before an adjective that can head its phrase alone ("the military", "their wounded").
const FUSING_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/**
 * "The military said", "the accused told the court", "the latter added": an adjective closing a phrase that opens
 * with one of these determiners stands for the noun it would modify and heads the phrase (a fused head: Huddleston & Pullum,
 * The Cambridge Grammar of the English Language, 2002, ch. 5 §9).
 */
function hasFusedHead(doc: TextDocument, phrase: Phrase): boolean {
  return phrase.end - phrase.first > 1 && FUSING_DETERMINERS.has((doc.tokens[phrase.first] as Token).lower);
}

/**
 * The phrase's last word, tagged an adjective, heads it all the same: a noun of a follower ("the lifelong
 * democratic socialist") or a fused head ("the military").
 */
export function adjectiveHeadsPhrase(doc: TextDocument, phrase: Phrase): boolean {
  const last = doc.tokens[phrase.end - 1] as Token;
  return last.pos === 'ADJ' && (/ists?$/.test(last.lower) || hasFusedHead(doc, phrase));
}

/** The word at `i` is a participle written right after a hyphen and a word: "self-identified", "long-awaited". */
function isHyphenatedParticiple(doc: TextDocument, i: number): boolean {
  const token = doc.tokens[i] as Token;
  if (token.pos !== 'VERB' || !/(?:ed|ing|en|wn|rn)$/.test(token.lower)) return false;
  return doc.tokens[i - 1]?.text === '-' && isWrittenBetweenWords(doc.tokens, i - 1);
}

/** The noun phrase ending just before `end` (exclusive), walking back. */
export function phraseEndingAt(doc: TextDocument, end: number, floor: number): Phrase | null {
  let first = end;
  for (let i = end - 1; i >= floor && end - i <= MAX_PHRASE_TOKENS; i--) {
    const token = doc.tokens[i] as Token;
    if (isNounPhraseToken(token)) {
      first = i;
      continue;
    }
    const before = doc.tokens[i - 1];
    if (
      INNER_PREPOSITIONS.has(token.lower) &&
      first === i + 1 &&
      before &&
      i - 1 >= floor &&
      // "secretary general of CEI": a title word tagged as an adjective heads the phrase too; so does a surname
      // the tagger read as a demonym after a given name ("Tom French from the Equality Network").
      (before.pos === 'NOUN' ||
        before.pos === 'PROPN' ||
        (before.pos === 'ADJ' && endsRoleTitle(before.text)) ||
        (before.pos === 'ADJ' && CAPITALISED.test(before.text) && doc.tokens[i - 2]?.pos === 'PROPN'))
    ) {
      first = i;
      continue;
    }
    if (joinsTitledPair(doc, i, first)) {
      first = i;
      continue;
    }
    // "a self-identified asylum seeker", "a well-known lawyer": a participle joined by a hyphen to the word before
    // it modifies the noun after it, whatever the tagger read.
    if (first === i + 1 && isHyphenatedParticiple(doc, i) && i - 2 >= floor) {
      first = i - 2;
      i -= 2;
      continue;
    }
    // "Al-Jazeera", "Rolls-Royce", "Mexican-American voters": a hyphen inside a name keeps the part before it;
    // so does a name's particle ("Muqtada al-Sadr").
    if (
      first === i + 1 &&
      before &&
      i - 1 >= floor &&
      isInnerHyphen(doc.tokens, i) &&
      ((isNounPhraseToken(before) && CAPITALISED.test(before.text)) || HYPHENATED_PARTICLES.has(before.lower)) &&
      CAPITALISED.test((doc.tokens[i + 1] as Token).text)
    ) {
      first = i - 1;
      i -= 1;
      continue;
    }
    break;
  }
  while (
    first < end &&
    (INNER_PREPOSITIONS.has((doc.tokens[first] as Token).lower) ||
      POSSESSIVE_MARKS.has((doc.tokens[first] as Token).lower))
  )
    first++;
  return first < end ? { first, end } : null;
}

/** The noun phrase starting at `start`, as after an inverted cue (", said Martin Indyk, …") or "according to". */
export function phraseStartingAt(doc: TextDocument, start: number): Phrase | null {
  const first = doc.tokens[start];
  if (!first) return null;
  if (SUBJECT_PRONOUNS.has(first.lower) && first.pos === 'PRON') return { first: start, end: start + 1 };
  let end = start;
  const limit = Math.min(doc.tokens.length, start + MAX_PHRASE_TOKENS);
  while (end < limit) {
    const token = doc.tokens[end] as Token;
    if (token.sentence !== first.sentence) break;
    const previous = doc.tokens[end - 1] as Token;
    // A determiner after a noun starts the next phrase: "told lawmakers | no evidence supports …".
    const startsNextPhrase =
      end > start && token.pos === 'DET' && (previous.pos === 'NOUN' || previous.pos === 'PROPN');
    if (isNounPhraseToken(token) && !startsNextPhrase && !(end > start && isDateWord(token.text))) {
      end++;
      continue;
    }
    const next = doc.tokens[end + 1];
    // "a spokesman on Monday": a day after the preposition ends the phrase before it, as it would inside it.
    if (
      INNER_PREPOSITIONS.has(token.lower) &&
      end > start &&
      next &&
      isNounPhraseToken(next) &&
      !isDateWord(next.text)
    ) {
      end++;
      continue;
    }
    break;
  }
  return end > start ? { first: start, end } : null;
}

const MAX_SOURCE_TOKENS = 8;

/**
 * The source after "according to": everything up to the comma or the sentence end, when short. Tags
 * are not trusted here, as wink reads noun compounds like "company filings" as verb + noun.
 */
export function sourceStartingAt(doc: TextDocument, start: number): Phrase | null {
  const first = doc.tokens[start];
  if (!first) return null;
  let end = start;
  // Words, not tokens: "a 52-count civil complaint" is four words.
  let words = 0;
  while (end < doc.tokens.length && words <= MAX_SOURCE_TOKENS) {
    const token = doc.tokens[end] as Token;
    if (token.sentence !== first.sentence || token.quote >= 0 || isQuoteMark(token)) break;
    if (/^[,;:.!?—–]$/.test(token.text) && !insideWord(doc, token)) break;
    if (!joinsWord(doc, token)) words++;
    end++;
  }
  if (end > start && words <= MAX_SOURCE_TOKENS) return { first: start, end };
  // A longer source is its first noun phrase, across the hyphens inside its words ("a 52-count civil complaint"); a
  // compound's words are part of it whatever their tags ("a just-released poll", "a so-called expert").
  let phrase = phraseStartingAt(doc, start);
  while (phrase) {
    const hyphen = doc.tokens[phrase.end]?.text === '-' ? phrase.end : phrase.end + 1;
    const compound = joinsWord(doc, doc.tokens[phrase.end] as Token) || opensCompound(doc, phrase.end);
    if (!compound) break;
    const rest = phraseStartingAt(doc, hyphen + 1) ?? phraseAfterCompound(doc, hyphen);
    if (!rest) break;
    phrase = { first: phrase.first, end: rest.end };
  }
  return phrase && withGerundHead(doc, phrase);
}

const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * "preliminary exit polling reported by CNN": a gerund after the phrase, which the tagger reads as a verb, heads
 * the compound when no object follows it ("a study examining the data" ends on "study").
 */
function withGerundHead(doc: TextDocument, phrase: Phrase): Phrase {
  const gerund = doc.tokens[phrase.end];
  const modifier = doc.tokens[phrase.end - 1] as Token;
  if (gerund?.pos !== 'VERB' || !gerund.lower.endsWith('ing') || gerund.sentence !== modifier.sentence) return phrase;
  if (modifier.pos !== 'NOUN' && modifier.pos !== 'ADJ') return phrase;
  const after = doc.tokens[phrase.end + 1];
  return after && OBJECT_OPENERS.has(after.pos) ? phrase : { first: phrase.first, end: phrase.end + 1 };
}

/** After the hyphen at `hyphen`, the compound's second word, whatever its tag ("released" of "just-released"), and
 *  the phrase it modifies ("poll"). */
function phraseAfterCompound(doc: TextDocument, hyphen: number): Phrase | null {
  const second = doc.tokens[hyphen + 1];
  if (!second || !/^\p{L}/u.test(second.text)) return null;
  const rest = phraseStartingAt(doc, hyphen + 2);
  return { first: hyphen + 1, end: rest?.end ?? hyphen + 2 };
}

/** The word at `index` is the first of a hyphenated compound ("just" of "just-released"). */
function opensCompound(doc: TextDocument, index: number): boolean {
  const hyphen = doc.tokens[index + 1];
  return hyphen?.text === '-' && /^\p{L}/u.test(doc.tokens[index]?.text ?? '') && joinsWord(doc, hyphen);
}

/** A hyphen written between two words ("52-count"), or the word after it: no word of its own. */
function joinsWord(doc: TextDocument, token: Token): boolean {
  const hyphen = token.text === '-' ? token : doc.tokens[token.index - 1];
  return hyphen?.text === '-' && isWrittenBetweenWords(doc.tokens, hyphen.index);
}

/** A stop written between letters, as in "Gawker.com": part of the name, not the phrase's end. */
function insideWord(doc: TextDocument, token: Token): boolean {
  const before = doc.tokens[token.index - 1];
  const after = doc.tokens[token.index + 1];
  return token.text === '.' && before?.end === token.start && after?.start === token.end && /^\p{L}/u.test(after.text);
}

const LIST_DASHES = new Set(['—', '–']);

/** The subject at the start of a sentence, after an introductory phrase: "After the hearing, Hawk Sawyer …". */
export function sentenceSubject(doc: TextDocument, sentenceIndex: number, before: number): Phrase | null {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return null;
  // "WASHINGTON – Two officers …", "— Nine months of …": the subject comes after a dateline's dash, or after
  // the dash that opens a list item.
  const afterDash = LIST_DASHES.has(doc.tokens[sentence.firstToken]?.text ?? '') ? sentence.firstToken + 1 : -1;
  const afterDateline = afterDash >= 0 ? afterDash : datelineEnd(doc, sentence.firstToken);
  let start = afterDateline <= before ? afterDateline : sentence.firstToken;
  const head = doc.tokens[start];
  if (head && (head.pos === 'ADP' || head.pos === 'SCONJ' || head.pos === 'ADV')) {
    for (let i = start; i < before; i++) {
      if ((doc.tokens[i] as Token).text === ',') {
        start = i + 1;
        break;
      }
    }
  }
  return phraseStartingAt(doc, start);
}

export function phraseText(doc: TextDocument, phrase: Phrase): string {
  const a = doc.tokens[phrase.first] as Token;
  const b = doc.tokens[phrase.end - 1] as Token;
  return doc.body.slice(a.start, b.end);
}
