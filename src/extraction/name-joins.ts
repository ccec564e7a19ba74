import type { TextDocument, Token } from './text/document.ts';
import { isGivenName } from './given-names.ts';
import {
  countryNamed,
  countryOfDemonym,
  isOrganizationHead,
  isOrganizationSuffix,
  isBuildingHead,
  isPlace,
  knownOrganization,
  organizationKey,
  singularForms,
} from './gazetteer.ts';

/** How a token takes part in a name run: not at all, as a name word, inside a name only, or opening one. */
export const NOT_NAME = 0;
export const NAME_WORD = 1;
/** A hyphen, a lower-case particle or a lower-case part after a hyphen: only between name words. */
export const INSIDE_NAME = 2;
/** A particle that may open a surname: "de Blasio", "al-Sisi". */
export const OPENS_NAME = 3;

// Lower-case particles of surnames, between a given name and the surname ("Bill de Blasio", "Ludwig van
// Beethoven", "Mohammed bin Salman", "Charles de Gaulle", "Ursula von der Leyen").
const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'der',
  'den',
  'des',
  'van',
  'von',
  'ter',
  'ten',
  'bin',
  'ibn',
  'bint',
  'ben',
  'abu',
  'al',
  'el',
  'la',
  'le',
  'dos',
  'das',
  'zu',
  // Kalenjin "arap" (Daniel arap Moi), Welsh "ap", Italian "dei"/"degli", Swedish "af".
  'arap',
  'ap',
  'dei',
  'degli',
  'af',
  // French "sans" inside a body's name: "Médecins sans Frontières", "Reporters sans frontières".
  'sans',
]);
// Particles that open a surname on their own ("de Blasio said", "said al-Sisi"); "la", "le", "da" are too
// often words of other languages.
const OPENING_PARTICLES = new Set(['de', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'der', 'del', 'della', 'di', 'du']);
// Arabic articles written with a hyphen: "al-Awlaki", "el-Sisi", "bin-Talal".
export const HYPHENATED_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ad',
  'ar',
  'as',
  'ash',
  'at',
  'az',
  'bin',
  'ibn',
  'abu',
  'abd',
]);
const NAME_SUFFIXES = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
// Lower-case second parts that make a compound adjective, not a given name: "U.S.-led", "Paris-based".
const COMPOUND_TAIL = /(?:ed|ing|based|born|era|style|like|wide|run|made|owned|backed|linked)$/;
const HYPHEN = /^[-‐‑]$/;
const LETTERS = /^[\p{L}\p{M}'’.]+$/u;
const CAPITALISED = /^\p{Lu}/u;

function attached(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** Two words of one sentence with one space between: "de la". */
function attachedBySpace(a: Token, b: Token): boolean {
  return a.sentence === b.sentence && b.start - a.end === 1;
}

/** A word that names a country, people or place: "U.S.-China", "Israel-Hamas", "Franco-German" stay apart. */
function namesAPlaceOrBody(word: string): boolean {
  return (
    countryNamed(word) !== undefined ||
    countryOfDemonym(word) !== undefined ||
    isPlace(word) ||
    knownOrganization(word) !== undefined
  );
}

/** The token at `i` is written with no space on either side: a hyphen inside "52-count", "Editor-in-Chief". */
export function isWrittenBetweenWords(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const left = tokens[i - 1];
  const right = tokens[i + 1];
  return (
    token !== undefined && left !== undefined && right !== undefined && attached(left, token) && attached(token, right)
  );
}

/** A hyphen written inside a word: "Holtz-Eakin", "Jae-myung", "al-Awlaki", "ground-level". */
export function isInnerHyphen(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i] as Token;
  // The length first: it rules out most tokens (words) more cheaply than the pattern.
  return (
    hyphen.text.length === 1 &&
    HYPHEN.test(hyphen.text) &&
    isWrittenBetweenWords(tokens, i) &&
    (tokens[i - 1] as Token).sentence === (tokens[i + 1] as Token).sentence &&
    LETTERS.test((tokens[i - 1] as Token).text) &&
    LETTERS.test((tokens[i + 1] as Token).text)
  );
}

/**
 * The end of the word starting at `i`: past every hyphen inside it ("ground-level", "matter-of-factly"); an
 * abbreviation's point joins no word ("U.S.-Israeli ties" relates two names).
 */
export function hyphenatedWordEnd(tokens: Token[], i: number): number {
  let end = i + 1;
  while (tokens[end]?.text.length === 1 && isInnerHyphen(tokens, end) && !tokens[end - 1]!.text.endsWith('.')) end += 2;
  return end;
}

/**
 * Marks the pieces that hold a name together beyond its capitalised words: hyphens ("Jo-Wilfried Tsonga",
 * "Douglas Holtz-Eakin", "Coca-Cola", and "Lee Jae-myung" with its lower-case second part), particles
 * ("Bill de Blasio", "Anwar al-Awlaki"), suffixes after a comma ("King, Jr."), "and"/"&" inside the
 * complement of an organisation's name ("Center for Strategic and International Studies") and "at" before a
 * university's campus.
 * `codes` holds NAME_WORD or NOT_NAME for each token on entry.
 */
export function markNameJoins(doc: TextDocument, codes: Uint8Array): void {
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    // Every join below is of a piece next to a name word: the codes, cheaper to read than the tokens, pass by
    // the rest.
    if (codes[i - 1] !== NAME_WORD && codes[i + 1] !== NAME_WORD) continue;
    const token = tokens[i] as Token;
    const left = tokens[i - 1] as Token;
    const right = tokens[i + 1] as Token;
    // "Kim In-seok": a capitalised word the tagger read as a function word, after a family name and before a
    // hyphen, opens a given name of two parts, which the join below completes.
    if (
      codes[i] === NOT_NAME &&
      codes[i - 1] === NAME_WORD &&
      left.sentence === token.sentence &&
      CAPITALISED.test(token.text) &&
      isInnerHyphen(tokens, i + 1) &&
      /^\p{Ll}+$/u.test(tokens[i + 2]?.text ?? '') &&
      !COMPOUND_TAIL.test(tokens[i + 2]?.text ?? '')
    )
      codes[i] = NAME_WORD;
    if (isInnerHyphen(tokens, i)) {
      if (codes[i - 1] === NAME_WORD && CAPITALISED.test(right.text)) {
        // "U.S.-China talks" stay apart, but not inside a body's name ("Council on American-Islamic Relations").
        const inBody =
          insideOrganizationComplement(tokens, codes, i - 1) ||
          isOrganizationHead(left.text) ||
          endsKnownHyphenatedBody(tokens, codes, i);
        if (!inBody && (namesAPlaceOrBody(left.text) || namesAPlaceOrBody(right.text))) continue;
        codes[i] = INSIDE_NAME;
        codes[i + 1] = NAME_WORD;
      } else if (
        codes[i - 1] === NAME_WORD &&
        codes[i - 2] === NAME_WORD &&
        left.sentence === tokens[i - 2]?.sentence &&
        !COMPOUND_TAIL.test(right.lower) &&
        !namesAPlaceOrBody(left.text)
      ) {
        // "Lee Jae-myung", "Moon Jae-in": a given name of two parts after the family name.
        codes[i] = INSIDE_NAME;
        codes[i + 1] = INSIDE_NAME;
      } else if (HYPHENATED_PARTICLES.has(left.lower) && CAPITALISED.test(right.text) && codes[i + 1] === NAME_WORD) {
        codes[i - 1] = codes[i - 2] === NAME_WORD ? INSIDE_NAME : OPENS_NAME;
        codes[i] = INSIDE_NAME;
      }
      continue;
    }
    // "Gawker.com", "RottenTomatoes.com": a web address names the site's owner.
    if (token.text === '.' && codes[i - 1] === NAME_WORD && attached(left, token) && attached(token, right)) {
      if (WEB_DOMAINS.has(right.lower)) {
        codes[i] = INSIDE_NAME;
        codes[i + 1] = INSIDE_NAME;
      }
      continue;
    }
    // "Korean People's Army", "Workers’ Party": a possessive inside a body's name.
    if (
      codes[i - 1] === NAME_WORD &&
      POSSESSIVES.has(token.text) &&
      attached(left, token) &&
      bodyFollows(tokens, codes, i + 1)
    ) {
      codes[i] = INSIDE_NAME;
      continue;
    }
    if (codes[i] !== NOT_NAME || codes[i + 1] !== NAME_WORD || token.sentence !== right.sentence) continue;
    if (PARTICLES.has(token.text)) {
      if (codes[i - 1] === NAME_WORD && left.sentence === token.sentence) codes[i] = INSIDE_NAME;
      // "Maria de la Cruz": the second of two particles after a given name; the first joins it below.
      else if (
        PARTICLES.has(left.text) &&
        codes[i - 2] === NAME_WORD &&
        isGivenName(tokens[i - 2]?.text ?? '') &&
        attachedBySpace(left, token)
      )
        codes[i] = INSIDE_NAME;
      else if (OPENING_PARTICLES.has(token.text)) codes[i] = OPENS_NAME;
    } else if (token.text === ',' && NAME_SUFFIXES.test(right.text) && codes[i - 1] === NAME_WORD) {
      codes[i] = INSIDE_NAME;
    } else if (token.lower === 'at' && codes[i - 1] === NAME_WORD && isCampusOf(tokens, codes, i)) {
      codes[i] = INSIDE_NAME;
    } else if (token.text === '&' && codes[i - 1] === NAME_WORD) {
      codes[i] = INSIDE_NAME;
    } else if (
      token.lower === 'and' &&
      codes[i - 1] === NAME_WORD &&
      (joinsOneBody(tokens, codes, i) || joinsTitlePair(tokens, codes, i))
    ) {
      codes[i] = INSIDE_NAME;
    }
  }
  // "von der Leyen": a particle before a particle that joins.
  for (let i = tokens.length - 2; i >= 0; i--) {
    const token = tokens[i] as Token;
    // The codes first: few tokens stand before a particle that joins, and they are cheaper to read than a set.
    if (codes[i] === NOT_NAME && codes[i + 1] !== NOT_NAME && codes[i + 1] !== NAME_WORD && PARTICLES.has(token.text))
      codes[i] = codes[i - 1] === NAME_WORD ? INSIDE_NAME : OPENING_PARTICLES.has(token.text) ? OPENS_NAME : NOT_NAME;
  }
}

const WEB_DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'io', 'co', 'uk', 'info', 'news', 'tv']);
const MAX_WORDS_AFTER_AND = 5;

/**
 * "and" inside one body's name: in the complement of its head ("Department of Health and Human Services"),
 * or between modifiers of a head that follows ("Idaho National Engineering and Environmental Laboratory");
 * not between two bodies ("Massachusetts Institute of Technology and Colorado State University").
 */
function joinsOneBody(tokens: Token[], codes: Uint8Array, and: number): boolean {
  let headAfter = false;
  for (let k = and + 1; k < tokens.length && k <= and + MAX_WORDS_AFTER_AND; k++) {
    if (codes[k] !== NAME_WORD) break;
    if (isBodyHeadAt(tokens, k)) headAfter = true;
  }
  if (insideOrganizationComplement(tokens, codes, and)) return !headAfter;
  if (pairsBuildingHeads(tokens, codes, and)) return true;
  let headBefore = false;
  for (let k = and - 1; k >= 0 && and - k <= MAX_WORDS_BACK_TO_HEAD; k--) {
    if (codes[k] !== NAME_WORD) break;
    if (isOrganizationHead((tokens[k] as Token).text)) headBefore = true;
  }
  return headAfter && !headBefore;
}

/**
 * A word that heads a body's name: an organisation head, or "Hall" in "Hall of Fame" ("Rock and Roll Hall of
 * Fame", "Pro Football Hall of Fame"), a museum named for what it honours; "Carnegie Hall" stays a building.
 */
export function isBodyHeadAt(tokens: Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (isOrganizationHead(token.text)) return true;
  // A plural head before its complement: "Centers for Disease Control", "National Institutes of Health".
  if (ORGANIZATION_CONNECTORS.has(tokens[k + 1]?.lower ?? '') && isHead(token)) return true;
  return token.text === 'Hall' && tokens[k + 1]?.text === 'of' && tokens[k + 2]?.text === 'Fame';
}

/**
 * "Museum and Art Gallery", "Presidential Library and Museum": two different heads of bodies that are also
 * buildings, joined by "and" with at most one word between, name one institution. The word between names no
 * place, country, people or known body ("Art" is a given name too; "the Tate Museum and Harlow Gallery" may
 * still be two).
 */
function pairsBuildingHeads(tokens: Token[], codes: Uint8Array, and: number): boolean {
  const before = tokens[and - 1] as Token;
  if (!isBuildingHead(before.text)) return false;
  for (let k = and + 1; k <= and + 2 && codes[k] === NAME_WORD; k++) {
    const word = (tokens[k] as Token).text;
    if (isBuildingHead(word)) return word !== before.text && codes[k + 1] !== NAME_WORD;
    if (namesAPlaceOrBody(word)) return false;
  }
  return false;
}

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);
const MAX_WORDS_TO_BODY_HEAD = 3;

/** A body's head word among the next few name words: "[People's] Army", "[Workers'] Party". */
function bodyFollows(tokens: Token[], codes: Uint8Array, from: number): boolean {
  for (let k = from; k < tokens.length && k < from + MAX_WORDS_TO_BODY_HEAD; k++) {
    if (codes[k] !== NAME_WORD) return false;
    const word = (tokens[k] as Token).text;
    if (isOrganizationHead(word) || isOrganizationSuffix(word)) return true;
  }
  return false;
}

const ORGANIZATION_CONNECTORS = new Set(['of', 'for', 'on']);
const MAX_WORDS_BACK_TO_HEAD = 6;

/**
 * "at The Harbor and Mail": a capitalised "The" inside a sentence opens a title, and "The A and B" of one word
 * each is one newspaper's name, unless either word is a known body or country ("The Times and Reuters").
 */
function joinsTitlePair(tokens: Token[], codes: Uint8Array, and: number): boolean {
  const the = tokens[and - 2];
  const before = tokens[and - 3];
  const first = tokens[and - 1] as Token;
  const second = tokens[and + 1];
  if (the?.text !== 'The' || !before || before.sentence !== the.sentence || !/^\p{L}/u.test(before.text)) return false;
  if (!second || codes[and + 1] !== NAME_WORD || codes[and + 2] === NAME_WORD) return false;
  return [first, second].every(
    (word) => !knownOrganization(word.text) && !countryNamed(word.text) && !isPlace(word.text),
  );
}

/**
 * "Agence France-Presse", "Air France-KLM": the words up to the hyphen at `hyphen` and the one after it are a body
 * the gazetteer knows, though a country's name stands at the hyphen.
 */
function endsKnownHyphenatedBody(tokens: Token[], codes: Uint8Array, hyphen: number): boolean {
  const tail = `-${(tokens[hyphen + 1] as Token).text}`;
  let words = '';
  for (let k = hyphen - 1; k >= 0 && hyphen - k <= MAX_WORDS_BACK_TO_HEAD && codes[k] === NAME_WORD; k--) {
    words = words ? `${(tokens[k] as Token).text} ${words}` : (tokens[k] as Token).text;
    if (organizationKey(words + tail) !== undefined) return true;
  }
  return false;
}

/** "Department of Health and Human Services": "and" after "<Head> of/for/on <Capitalised …>". */
function insideOrganizationComplement(tokens: Token[], codes: Uint8Array, and: number): boolean {
  for (let k = and - 1; k >= 1 && and - k <= MAX_WORDS_BACK_TO_HEAD; k--) {
    const token = tokens[k] as Token;
    if (ORGANIZATION_CONNECTORS.has(token.lower)) return isHead(tokens[k - 1]);
    if (codes[k] !== NAME_WORD) return false;
  }
  return false;
}

/**
 * "University of North Carolina at Chapel Hill": "at" between a university's place and its campus's. Only
 * "University of <Place>" takes it; "the Block Museum of Art at Northwestern University" is two bodies.
 */
function isCampusOf(tokens: Token[], codes: Uint8Array, at: number): boolean {
  for (let k = at - 1; k >= 1 && at - k <= MAX_WORDS_BACK_TO_HEAD; k--) {
    const token = tokens[k] as Token;
    if (token.lower === 'of') return tokens[k - 1]?.text === 'University' && k < at - 1;
    if (codes[k] !== NAME_WORD) return false;
  }
  return false;
}

/** A body's head before its complement, in the singular or the plural: "Department of", "Centers for Disease Control",
 *  "National Institutes of Health". */
function isHead(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    CAPITALISED.test(token.text) &&
    (isOrganizationHead(token.text) || singularForms(token.lower).some(isOrganizationHead))
  );
}

/** True for a token that may end a name: a capitalised word, a suffix, or a lower-case part after a hyphen. */
export function mayEndName(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (CAPITALISED.test(token.text)) return true;
  const before = tokens[index - 1];
  if (before?.text === '.' && attached(before, token)) return WEB_DOMAINS.has(token.lower);
  return before !== undefined && HYPHEN.test(before.text) && attached(before, token) && LETTERS.test(token.text);
}
