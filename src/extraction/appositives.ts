import type { TextDocument, Token } from './text/document.ts';
import { endsRoleTitle, findRoleHead, findTitleHead, isRoleHeadWord, isTitleModifier } from './roles.ts';
import { POSSESSIVE_DETERMINERS, phraseEndingAt } from './noun-phrases.ts';
import { isPartyLabel } from './names.ts';

const PARTY_CODE = /^[RDI]-[\p{Lu}][\p{L}.]{1,12}$/u;
const PEOPLE_BEFORE_PARTICIPLE = new Set(['those', 'others']);
const NOT_AN_APPOSITIVE_START = new Set([
  'who',
  'whose',
  'which',
  'that',
  'where',
  'when',
  'said',
  'says',
  'and',
  'but',
  'or',
]);
// "Broker, with defrauding investors", "Cole, in her first year": a phrase opened by a preposition or a
// conjunction is no title.
const NOT_A_TITLE_HEAD_TAGS = new Set(['ADP', 'SCONJ', 'CCONJ']);
const MAX_APPOSITIVE_TOKENS = 25;
// Participles that open a title: "acting political director of …", "outgoing chairman".
const TITLE_PARTICIPLES = new Set([
  'acting',
  'outgoing',
  'incoming',
  'managing',
  'presiding',
  'founding',
  'reigning',
  'ruling',
  'sitting',
  'serving',
  'visiting',
  'consulting',
  'commanding',
]);

const ATTRIBUTIVE_BEFORE = new Set(['DET', 'ADJ']);

/** "McConnell, R-Ky., said": a party and state code is all the words between the commas at `opening` and `closing`. */
export function isPartyCodeBetween(doc: TextDocument, opening: number, closing: number): boolean {
  const first = doc.tokens[opening + 1];
  const last = doc.tokens[closing - 1];
  return first !== undefined && last !== undefined && PARTY_CODE.test(doc.body.slice(first.start, last.end));
}

/** "54," after a name's comma: an age set off by commas, with more of the apposition after it. */
function isAgeBetweenCommas(doc: TextDocument, at: number): boolean {
  const age = doc.tokens[at];
  return age !== undefined && /^\d{1,3}$/.test(age.text) && doc.tokens[at + 1]?.text === ',';
}

export interface Appositive {
  /** The roles written in it: "executive vice president of X and a former ambassador" gives two. */
  roles: string[];
  /** "R-Neb." after a senator's name. */
  party: string | null;
  /** Exclusive end token (the closing comma or the sentence end). */
  endToken: number;
}

/** A relative pronoun opens the words so far: "who represents …" keeps its verb. Written in lower case: "the WHO
 *  assistant director" names the World Health Organization. */
function isRelative(doc: TextDocument, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (/^(?:who|which|that|whose)$/.test((doc.tokens[i] as Token).text)) return true;
  return false;
}

function isQuoteMark(text: string): boolean {
  return text === '“' || text === '”' || text === '"';
}

/**
 * The appositive after a name: "Mark Rutte, NATO's secretary general," or "Lisa Boesky, a clinical
 * psychologist from San Diego." It must hold a role word; ages ("Noel, 31,") and relative clauses do not count.
 */
export function appositiveAfter(
  doc: TextDocument,
  /** Where the mention starts, its title included. */
  mentionFirstToken: number,
  nameEndToken: number,
  isPersonName: (token: number) => boolean,
): Appositive | null {
  const comma = doc.tokens[nameEndToken];
  if (!comma || comma.text !== ',') return null;
  const sentence = doc.sentences[comma.sentence];
  if (!sentence) return null;
  // "Lars Moe, 54, a fisherman from Bodø, said": the title comes after the age.
  const age = isAgeBetweenCommas(doc, nameEndToken + 1);
  const first = nameEndToken + (age ? 3 : 1);
  let end = first;
  let closedByVerb = false;
  while (end < sentence.endToken && end - first < MAX_APPOSITIVE_TOKENS) {
    const token = doc.tokens[end] as Token;
    const isFinalStop = end === sentence.endToken - 1 && /^[.!?]$/.test(token.text);
    if (token.text === ',' || token.text === ';' || isQuoteMark(token.text) || isFinalStop || token.quote >= 0) break;
    // "Jack Garner, film critic for the Gannet News Service said": the verb ends the apposition.
    // "the mother of one of those killed in the bombing": a participle after "those" names people, no verb.
    const namesPeople = PEOPLE_BEFORE_PARTICIPLE.has(doc.tokens[end - 1]?.lower ?? '');
    // "a Boston-based lawyer": a participle joined by a hyphen is part of a modifier.
    const hyphenated = doc.tokens[end - 1]?.text === '-' && doc.tokens[end - 1]?.end === token.start;
    // "the exiled opposition leader", "a retired army general": a participle after a determiner or an adjective
    // modifies the noun that follows.
    const attributive = ATTRIBUTIVE_BEFORE.has(doc.tokens[end - 1]?.pos ?? '') && token.pos === 'VERB';
    // "head of the Ways and Means Committee": a capitalised word inside the phrase is a name's word.
    const isVerb =
      ((token.pos === 'VERB' && !token.lower.endsWith('ing')) || token.pos === 'AUX') &&
      !namesPeople &&
      !hyphenated &&
      !attributive &&
      !CAPITALISED.test(token.text);
    if (end > first && isVerb && !isRelative(doc, first, end)) {
      closedByVerb = true;
      break;
    }
    end++;
  }
  if (end === first) return null;
  const work = quotedWorkAfter(doc, end, sentence.endToken);
  // "According to Rathbun, a detective for the sheriff's office was given …": words closed by a verb are
  // that verb's subject unless the name opens the clause itself.
  if (closedByVerb && !opensClause(doc, mentionFirstToken)) return null;
  const head = doc.tokens[first] as Token;
  const tail = doc.tokens[end - 1] as Token;
  const text = doc.body.slice(head.start, tail.end);
  if (PARTY_CODE.test(text)) return { roles: [], party: text, endToken: end };
  if (head.text === 'who') {
    const roles = relativeClauseRoles(doc, first + 1, end);
    return roles.length > 0 ? { roles, party: null, endToken: end } : null;
  }
  // "acting director" is a title; "acting as a witness" is not.
  const titleParticiple = TITLE_PARTICIPLES.has(head.lower) && doc.tokens[first + 1]?.lower !== 'as';
  const verbHead = head.pos === 'VERB' && !titleParticiple;
  // "Lane, Jr., is senior fellow at …": a verb after the comma opens the predicate, not an appositive.
  const predicate = verbHead || head.pos === 'AUX';
  if (NOT_AN_APPOSITIVE_START.has(head.lower) || NOT_A_TITLE_HEAD_TAGS.has(head.pos) || head.pos === 'NUM') return null;
  if (predicate || head.pos === 'PRON') return null;
  const tokens = doc.tokens.slice(first, end);
  // A list of people ("Joe Biden, Vice President Kamala Harris and …") is not an appositive; a name that owns
  // the title is ("…, El Tiempo newspaper's famous cartoonist,").
  const listed = isPersonName(first) ? first : head.pos === 'DET' && isPersonName(first + 1) ? first + 1 : -1;
  if (listed >= 0 && !ownsTitle(doc, listed, end, isPersonName)) return null;
  const core = text.split(/\s+(?:who|which|that)\s/)[0] ?? text;
  if (!tokens.some((t) => endsRoleTitle(t.text)) && !findTitleHead(core.replace(/^(?:the|a|an)\s+/i, ''))) return null;
  // The role itself stops before a relative clause ("…, a lawyer who represents X") or an adjunct (adjunctStart).
  const cut = tokens.findIndex((t, k) => t.text === 'who' || t.text === 'which' || adjunctStart(doc, tokens, k));
  const roleTokens = cut > 0 ? tokens.slice(0, cut) : [...tokens];
  // "now the team captain", "also a former minister": the adverb is not part of the title.
  while (roleTokens.length > 1 && (roleTokens[0] as Token).pos === 'ADV') roleTokens.shift();
  const roleText = doc.body.slice((roleTokens[0] as Token).start, (roleTokens[roleTokens.length - 1] as Token).end);
  const withWork = work && cut < 0 ? `${roleText} ${work.title}` : roleText;
  return { roles: splitConjoinedRoles(withWork), party: null, endToken: work && cut < 0 ? work.end : end };
}

// Subordinators of time and reason that open an adverbial clause (Quirk et al. 1985 §15.17, §15.45), and the
// phrases of time that do as a conjunction does ("by the time", "at the time").
const ADVERBIAL_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'since', 'until', 'because', 'although']);
const TIME_CONJUNCTIONS = new Set(['by', 'at']);

/**
 * The appositive's token at `k` opens an adjunct that tells when or how the title held, no part of it: an adverbial
 * clause ("an activist by the time her husband took office", "a rookie when the war began"), or "in" before the
 * holder's own time or occasion ("a law professor in his first campaign", "a freshman in her second term").
 */
function adjunctStart(doc: TextDocument, tokens: Token[], k: number): boolean {
  if (k === 0) return false;
  const token = tokens[k] as Token;
  const next = tokens[k + 1];
  if (token.lower === 'in') return next !== undefined && POSSESSIVE_DETERMINERS.has(next.lower);
  const timePhrase =
    TIME_CONJUNCTIONS.has(token.lower) && next?.lower === 'the' && tokens[k + 2]?.lower === 'time' ? 3 : 0;
  if (!timePhrase && !ADVERBIAL_SUBORDINATORS.has(token.lower)) return false;
  // A clause: a verb follows before the next comma ("when the war began", where the verb may be what ended the
  // appositive); "since 2019", "after the merger" tell a time of the title.
  for (let i = token.index + 1 + timePhrase; i < doc.tokens.length; i++) {
    const after = doc.tokens[i] as Token;
    if (after.sentence !== token.sentence || after.text === ',') return false;
    if (after.pos === 'VERB' || after.pos === 'AUX') return true;
  }
  return false;
}

const WORK_PREPOSITIONS = new Set(['of', 'for', 'on', 'about']);
const MAX_WORK_TITLE_TOKENS = 15;
const CAPITALISED = /^\p{Lu}/u;

/**
 * "the author of “Quiet Harbors,”", "host of “The Evening Show”": the title of a work, quoted right after the
 * preposition at which an appositive stopped, completes its role. The title in its marks, without the
 * punctuation closing the clause inside them, and the token after the closing mark.
 */
function quotedWorkAfter(doc: TextDocument, open: number, sentenceEnd: number): { title: string; end: number } | null {
  const mark = doc.tokens[open];
  const before = doc.tokens[open - 1];
  const first = doc.tokens[open + 1];
  if (!mark || !before || !first || !isQuoteMark(mark.text)) return null;
  if (!WORK_PREPOSITIONS.has(before.lower) && !ownerAfterWorkPreposition(doc, open - 1)) return null;
  if (!CAPITALISED.test(first.text)) return null;
  for (let k = open + 1; k < Math.min(sentenceEnd, open + 1 + MAX_WORK_TITLE_TOKENS); k++) {
    const token = doc.tokens[k] as Token;
    if (!isQuoteMark(token.text)) continue;
    let last = k - 1;
    while (last > open + 1 && /^[,.;:]$/.test((doc.tokens[last] as Token).text)) last--;
    const words = doc.body.slice(first.start, (doc.tokens[last] as Token).end);
    return { title: `“${words}”`, end: k + 1 };
  }
  return null;
}

const MAX_OWNER_TOKENS = 4;

/** "host of MSNBC’s “Morning Joe”": the possessive at `mark` closes a name that follows a work's preposition. */
function ownerAfterWorkPreposition(doc: TextDocument, mark: number): boolean {
  if (!POSSESSIVES.has(doc.tokens[mark]?.lower ?? '')) return false;
  for (let k = mark - 1; k >= Math.max(0, mark - MAX_OWNER_TOKENS); k--) {
    const token = doc.tokens[k] as Token;
    if (WORK_PREPOSITIONS.has(token.lower)) return k < mark - 1;
    if (!CAPITALISED.test(token.text)) return false;
  }
  return false;
}

/** The token starts its sentence or follows clause punctuation ("…," she said, Jack Garner, critic …). */
function opensClause(doc: TextDocument, first: number): boolean {
  const before = doc.tokens[first - 1];
  const token = doc.tokens[first] as Token;
  return (
    before === undefined ||
    before.sentence !== token.sentence ||
    CLAUSE_PUNCTUATION.has(before.text) ||
    isQuoteMark(before.text)
  );
}

const POSSESSIVES = new Set(["'s", '’s']);

/** The name at `from` owns what follows it up to `end`: "El Tiempo newspaper's cartoonist", "Acme's chief". */
function ownsTitle(doc: TextDocument, from: number, end: number, isPersonName: (token: number) => boolean): boolean {
  let k = from;
  while (k < end && isPersonName(k)) k++;
  while (k < end && (doc.tokens[k] as Token).pos === 'NOUN' && /^\p{Ll}/u.test((doc.tokens[k] as Token).text)) k++;
  return k < end && POSSESSIVES.has((doc.tokens[k] as Token).lower);
}

/** "executive vice president of X and a former U.S. ambassador to Israel" → the two roles. */
function splitConjoinedRoles(text: string): string[] {
  return (
    text
      // "… and a former ambassador", "… and is now the interim director": each conjunct is a title.
      .split(/\s+and\s+(?:(?:is|was)\s+(?:now\s+)?)?(?=(?:a|an|the)\s)/i)
      .map((part) => part.trim())
      .filter(Boolean)
  );
}

const REPRESENT = new Set(['represents', 'represented', 'representing']);
const COPULA = new Set(['is', 'was', 'serves', 'served', 'became']);

/**
 * Roles written as a relative clause: "Jason Foy, who represents Noel," → "attorney for Noel";
 * "…, who represents some of the accusers," → "lawyer representing some of the accusers";
 * "…, who is the company’s chief executive," → "company’s chief executive".
 */
function relativeClauseRoles(doc: TextDocument, first: number, end: number): string[] {
  let verb = first;
  if (doc.tokens[verb]?.pos === 'ADV') verb++;
  if (doc.tokens[verb]?.lower === 'is' && doc.tokens[verb + 1]?.lower === 'representing') verb++;
  const word = doc.tokens[verb];
  if (!word || verb + 1 >= end) return [];
  const object = doc.body.slice((doc.tokens[verb + 1] as Token).start, (doc.tokens[end - 1] as Token).end);
  if (REPRESENT.has(word.lower)) {
    // A capitalised object may be a client named before ("who represents Noel"); actors.ts decides.
    return [`lawyer representing ${object}`];
  }
  if (COPULA.has(word.lower)) {
    let start = verb + 1;
    // "who is also a senator", "who was then the party's whip": the adverb is not part of the title.
    while (start < end - 1 && doc.tokens[start]?.pos === 'ADV') start++;
    if (doc.tokens[start]?.lower === 'as') start++;
    const tokens = doc.tokens.slice(start, end);
    // "who was nominated by …", "who is vying to …": a verb, not a title (the tagger reads the "press" of
    // "press secretary" as one too).
    const opening = tokens[0];
    if (!opening || (opening.pos === 'VERB' && !isRoleHeadWord(opening.text) && !isTitleModifier(opening.text)))
      return [];
    if (tokens.some((t) => endsRoleTitle(t.text)))
      return splitConjoinedRoles(doc.body.slice((tokens[0] as Token).start, (tokens[tokens.length - 1] as Token).end));
  }
  return [];
}

// What may stand before a title written ahead of a name and a comma: the clause's start, a comma, or a
// preposition ("in the words of the Crown prosecutor, Mark Tedeschi, …").
const INNER_PREPOSITION = /^(?:of|on|for|at|from)$/;
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', '—', '–']);
const OPENS_TITLE_BEFORE = new Set([',', ';', ':', '(', '—', '–', 'of', 'by', 'from', 'to', 'with', 'and', 'but']);

const MAX_BRACKETED_TOKENS = 8;

/** "secretary general of CEI (Italian Episcopal Conference)": where the title ends before a bracketed gloss. */
export function beforeBrackets(doc: TextDocument, end: number): number {
  if (doc.tokens[end - 1]?.text !== ')') return end;
  for (let k = end - 2; k >= 0 && end - k <= MAX_BRACKETED_TOKENS; k--) if (doc.tokens[k]?.text === '(') return k;
  return end;
}

/** The quotation mark at `mark` closes a quotation: the words before it (past a comma or a stop) are quoted. */
function closesQuotation(doc: TextDocument, mark: number): boolean {
  let k = mark - 1;
  if (/^[,.!?]$/.test(doc.tokens[k]?.text ?? '')) k--;
  return (doc.tokens[k]?.quote ?? -1) >= 0;
}

const AFFILIATION_PREPOSITIONS = new Set(['of', 'from', 'at']);

/** "from the Asan Institute for Policy Studies": the affiliation after a name, up to the comma or verb ending it. */
function affiliationText(doc: TextDocument, first: number): string {
  const opening = doc.tokens[first] as Token;
  let end = first + 1;
  for (; end < doc.tokens.length; end++) {
    const token = doc.tokens[end] as Token;
    if (token.sentence !== opening.sentence || token.text === ',' || token.pos === 'VERB' || token.pos === 'AUX') break;
  }
  return doc.body.slice(opening.start, (doc.tokens[end - 1] as Token).end);
}

/**
 * The title written before a name and a comma: "Malaysia's Prime Minister, Najib Razak said", "The leader
 * of Ennahda, Rachid Ghannouchi, condemned …". The phrase must end in a title word and open its clause;
 * the name must close the apposition (a comma, or the verb that follows).
 */
export function appositiveBefore(doc: TextDocument, nameStart: number, nameEndToken: number): string | null {
  // "The Speaker of the House, Republican Paul Ryan, said": a party's word before the name is no part of the title.
  const label = doc.tokens[nameStart - 1];
  const nameFirstToken = label && label.quote < 0 && isPartyLabel(label.text) ? nameStart - 1 : nameStart;
  const comma = doc.tokens[nameFirstToken - 1];
  const after = doc.tokens[nameEndToken];
  if (!comma || comma.text !== ',' || comma.quote >= 0 || !after) return null;
  // "The plaintiffs' lawyer, Dale Ho of the ACLU, said": the name may be followed by where its bearer works.
  const affiliated = AFFILIATION_PREPOSITIONS.has(after.lower);
  if (after.text !== ',' && after.pos !== 'VERB' && after.pos !== 'AUX' && !affiliated) return null;
  const sentence = doc.sentences[comma.sentence];
  if (!sentence) return null;
  const phrase = phraseEndingAt(doc, beforeBrackets(doc, nameFirstToken - 1), sentence.firstToken);
  if (!phrase) return null;
  const last = doc.tokens[phrase.end - 1] as Token;
  // The title ends the phrase, in the singular: "the patients, Dempsey said" gives no title.
  if (/[^s]s$/i.test(last.text)) return null;
  // The phrase may run back over "of" ("the words of the Crown prosecutor"): the title starts at the
  // earliest point that opens it, where the words from there make a title.
  for (let start = phrase.first; start < phrase.end; start++) {
    const before = doc.tokens[start - 1];
    const token = doc.tokens[start] as Token;
    if (start > phrase.first && !INNER_PREPOSITION.test(before?.lower ?? '')) continue;
    if (INNER_PREPOSITION.test(token.lower)) continue;
    // Before "NAME said" the title opens its clause; before "NAME," it may follow a preposition too.
    // "Also the president of the region, Roberto Maroni, …": an adverb opening the sentence leaves it open.
    // "“…,” the foreign minister, Anna Kowalczyk, said": so does the mark closing a quotation.
    const closesQuote = before !== undefined && isQuoteMark(before.text) && closesQuotation(doc, start - 1);
    const opens =
      start === sentence.firstToken ||
      (before !== undefined && CLAUSE_PUNCTUATION.has(before.text)) ||
      closesQuote ||
      (before?.pos === 'ADV' && start - 1 === sentence.firstToken);
    if (!opens && !(after.text === ',' && before !== undefined && OPENS_TITLE_BEFORE.has(before.lower))) continue;
    const text = doc.body.slice(token.start, last.end);
    const words = text.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
    // The title's head ends it ("Hollywood Reporter critic") or takes a complement ("leader of Ennahda").
    const endsInHead = findTitleHead(words[words.length - 1] ?? '') !== null;
    if (endsInHead || (findTitleHead(words.join(' ')) && /\b(?:of|to|for|at)\b/i.test(text)))
      return affiliated ? `${text} ${affiliationText(doc, nameEndToken)}` : text;
  }
  return after.text === ',' ? titleBeforeParticiple(doc, sentence.firstToken, nameFirstToken - 1) : null;
}

const MAX_TITLE_WORDS_BEFORE_PARTICIPLE = 4;

/**
 * "The judge presiding over the case, Bernard Schwartz, said": a title opening the sentence, then a
 * participle clause that says which one, before the name and its comma. The title is the words before
 * the participle.
 */
function titleBeforeParticiple(doc: TextDocument, first: number, comma: number): string | null {
  let start = first;
  if (doc.tokens[start]?.pos === 'DET') start++;
  let participle = start;
  while (participle < comma && participle - start < MAX_TITLE_WORDS_BEFORE_PARTICIPLE) {
    const token = doc.tokens[participle] as Token;
    if (token.pos === 'VERB' && /(?:ing|ed)$/.test(token.lower)) break;
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'PROPN') return null;
    participle++;
  }
  if (participle === start || participle >= comma || (doc.tokens[participle] as Token).pos !== 'VERB') return null;
  const last = doc.tokens[participle - 1] as Token;
  // An office, not any noun for a person: "the man arrested on Monday" gives no title.
  if (findRoleHead(last.text) === null || /[^s]s$/i.test(last.text)) return null;
  return doc.body.slice((doc.tokens[start] as Token).start, last.end);
}
