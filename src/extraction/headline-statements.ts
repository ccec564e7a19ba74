// Statements a headline makes on someone's behalf: "Senator Vale: Budget 'will not pass'", "Vale says budget
// will fail", "Budget will fail, Vale says". Offsets are into the headline (section HEADLINE). A headline
// speaker must be an actor the body names, so a kicker ("Analysis:") or a place ("Spain:") speaks for no one.
import type { ActorRegistry, ActorRecord } from './actor-registry.ts';
import type { TextDocument, Token } from './text/document.ts';
import { reportingVerb, type ReportingVerb } from './reporting-words.ts';
import type { ActorKind, ExtractedStatement, Span, StatementKind } from './types.ts';

const MAX_SPEAKER_TOKENS = 6;
// Kickers and section labels that head a headline without speaking ("Analysis: …", "WATCH – …", "The
// Latest: …"): reports, analysis, opinion, live, breaking, update and watch, which a first prototype took for
// speakers, and their common siblings in wire and news-site headlines.
const KICKERS = new Set([
  'analysis',
  'breaking',
  'comment',
  'commentary',
  'editorial',
  'exclusive',
  'explainer',
  'factbox',
  'fact',
  'check',
  'feature',
  'interview',
  'latest',
  'live',
  'news',
  'guide',
  'opinion',
  'podcast',
  'poll',
  'polls',
  'report',
  'reports',
  'review',
  'update',
  'updated',
  'updates',
  'video',
  'watch',
  'listen',
  'photos',
]);
// A headline opening on a poll, survey or study and a colon ("Poll: Voters sour on the levy") tells what it
// found, as "according to a poll" would: the one kicker that speaks. It is the news idiom for a finding, and
// PolNeAR's annotators read it so ("Poll:" headlines are attributions to "Poll"); "Report:" and "Reports:"
// stay kickers, being as often a section label as a source.
const FINDING_KICKERS = new Set(['poll', 'survey', 'study']);
const CAPITALISED = /^\p{Lu}/u;
// Parts of speech that end a description before a name: "Crowds in Lisbon" is no title of Lisbon's.
const DESCRIPTION_BREAKS = new Set(['ADP', 'VERB', 'AUX', 'PRON', 'DET', 'CCONJ', 'SCONJ', 'PART', 'NUM']);
// What may stand between a speaker and the colon: whom they spoke to, where, or about what.
const SETTING_WORDS = new Set(['to', 'at', 'on', 'in']);
const MAX_SETTING_TOKENS = 8;
const MAX_TRAILING_RECIPIENT_TOKENS = 4;
const SEPARATOR = /^[:–—|-]$/;
const OPENING_MARK = /^[‘“"']/;
const CLOSING_MARK = /[’”"']$/;
// A colon headline names a person or a body; a country before a colon is a dateline or section ("Spain: …").
const COLON_SPEAKERS: ReadonlySet<ActorKind> = new Set(['PERSON', 'ORGANIZATION']);
const VERB_SPEAKERS: ReadonlySet<ActorKind> = new Set(['PERSON', 'ORGANIZATION', 'COUNTRY']);

interface Headline {
  text: string;
  tokens: Token[];
  registry: ActorRegistry;
}

/** Headlines capitalise every word, so the tagger's reading is not trusted: the verb is looked up by its form. */
function verbByForm(token: Token): ReportingVerb | undefined {
  const lower = token.lower;
  if (lower === 'said' || lower === 'says') return reportingVerb('say');
  if (lower === 'told' || lower === 'tells') return reportingVerb('tell');
  const stems = [lower];
  if (lower.endsWith('s')) stems.push(lower.slice(0, -1));
  if (lower.endsWith('es')) stems.push(lower.slice(0, -2));
  if (lower.endsWith('ed')) stems.push(lower.slice(0, -1), lower.slice(0, -2));
  for (const stem of stems) {
    const verb = reportingVerb(stem);
    if (verb && !verb.quoteOnly && !verb.evidential) return verb;
  }
  return undefined;
}

/**
 * Where the content of the report cued at `cue` starts: past "that" or a colon, or past the verb's
 * preposition ("calls for …"). -1 when the verb reports only with a preposition and has none here.
 */
function contentStart(tokens: Token[], cue: number): number {
  const verb = verbByForm(tokens[cue] as Token);
  const next = tokens[cue + 1];
  if (next && verb?.prepositions.some((words) => words.length === 1 && words[0] === next.lower)) return cue + 2;
  if (verb?.only) return -1;
  return next?.lower === 'that' || next?.text === ':' ? cue + 2 : cue + 1;
}

/** "Vale Finally Says", "Vale Now Warns": an adverb between speaker and verb is no part of the name. */
function isAdverb(token: Token): boolean {
  return token.pos === 'ADV' || /^\p{L}{3,}ly$/u.test(token.lower);
}

/** The person surnamed `word`, when only one person of the article carries that surname. */
function personBySurname(registry: ActorRegistry, word: string): ActorRecord | undefined {
  const key = word.toLowerCase();
  const found = registry
    .mentioned()
    .filter((a) => a.kind === 'PERSON' && a.name.split(/\s+/).at(-1)?.toLowerCase() === key);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The body's actor that tokens [first, end) name: the whole run, or its tail after a title or a description
 * ("Senator Ann Vale", "Former harbour chief Vale"), or a surname alone. The name itself is capitalised; the
 * words before it are a description (no punctuation, no preposition, no verb).
 */
function speakerOf(headline: Headline, first: number, end: number, kinds: ReadonlySet<ActorKind>): ActorRecord | null {
  if (end <= first || end - first > MAX_SPEAKER_TOKENS) return null;
  const words = headline.tokens.slice(first, end);
  const opening = words[0]?.lower === 'the' ? words[1] : words[0];
  if (opening && KICKERS.has(opening.lower)) return null;
  const fits = (actor: ActorRecord | undefined): actor is ActorRecord =>
    actor !== undefined && kinds.has(actor.kind) && actor.mentions.length > 0;
  let nameStart = end;
  while (nameStart > first && isNameWord(headline.tokens[nameStart - 1] as Token)) nameStart--;
  if (nameStart === end || !words.slice(0, nameStart - first).every(isDescriptionWord)) return null;
  for (let from = nameStart; from < end; from++) {
    const text = headline.text.slice((headline.tokens[from] as Token).start, (headline.tokens[end - 1] as Token).end);
    const actor = headline.registry.findByName(text);
    if (fits(actor)) return actor;
  }
  const surname = personBySurname(headline.registry, (headline.tokens[end - 1] as Token).text);
  return fits(surname) ? surname : null;
}

function isNameWord(token: Token): boolean {
  return CAPITALISED.test(token.text) || token.text === '.' || token.text === '-';
}

/** A word of a description before a name ("former", "harbour", "chief"): not punctuation, a preposition or a verb. */
function isDescriptionWord(token: Token): boolean {
  return /^[\p{L}-]+$/u.test(token.text) && !DESCRIPTION_BREAKS.has(token.pos) && !verbByForm(token);
}

/** Where the headline proper starts: after a kicker such as "EXCLUSIVE –" or "The Latest:". */
function afterKicker(tokens: Token[]): number {
  for (let i = 0; i < tokens.length && i <= 3; i++) {
    const token = tokens[i] as Token;
    if (SEPARATOR.test(token.text)) return i > 0 ? i + 1 : 0;
    if (!KICKERS.has(token.lower) && token.lower !== 'the') return 0;
  }
  return 0;
}

/** The content from `start` to `end`, trimmed of spaces and a closing stop, with its kind read from its marks. */
function contentOf(text: string, start: number, end: number): { span: Span; kind: StatementKind } | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /[\s.,;:]/.test(text[to - 1] ?? '')) to--;
  if (to - from < 2) return null;
  const inner = text.slice(from, to);
  const quoted = /(?:^|[\s(])[‘“"']\p{L}/u.test(inner);
  // One quotation from end to end is said word for word: the marks are not part of what was said.
  if (
    OPENING_MARK.test(inner) &&
    CLOSING_MARK.test(inner) &&
    !/[‘“"']/.test(inner.slice(1, -1).replace(/\p{L}’\p{L}/gu, ''))
  )
    return { span: { start: from + 1, end: to - 1 }, kind: 'DIRECT' };
  return { span: { start: from, end: to }, kind: quoted ? 'MIXED' : 'INDIRECT' };
}

function statement(
  headline: Headline,
  speaker: ActorRecord,
  cue: string,
  content: { span: Span; kind: StatementKind },
): ExtractedStatement {
  return {
    ...content.span,
    text: headline.text.slice(content.span.start, content.span.end),
    speakerRef: speaker.ref,
    speakerRole: null,
    kind: content.kind,
    cue,
    sentence: { start: 0, end: headline.text.length },
    topics: [],
    eventRef: null,
    section: 'HEADLINE',
  };
}

/** "Vale: …", "Ann Vale to farmers: …", "Vale at the forum: …": a speaker, a setting, a colon, what was said. */
function colonStatement(headline: Headline, first: number): ExtractedStatement | null {
  const { tokens, text } = headline;
  const colon = tokens.findIndex((t, i) => i > first && t.text === ':');
  if (colon < 0) return null;
  const setting = tokens.findIndex((t, i) => i > first && i < colon && SETTING_WORDS.has(t.lower));
  if (setting >= 0 && colon - setting > MAX_SETTING_TOKENS) return null;
  const speaker = speakerOf(headline, first, setting < 0 ? colon : setting, COLON_SPEAKERS);
  const content = contentOf(text, (tokens[colon] as Token).end, text.length);
  return speaker && content ? statement(headline, speaker, ':', content) : null;
}

/** A closing quotation mark standing as a token of its own (a comma closes a quotation before its mark: "‘cuts,’"). */
function isClosingMark(token: Token | undefined): boolean {
  return token !== undefined && /^[’”"']$/.test(token.text);
}

/** The token after `i`, past a closing quotation mark. */
function nextWord(tokens: Token[], i: number): number {
  return isClosingMark(tokens[i + 1]) ? i + 2 : i + 1;
}

/**
 * Where the content of a report whose cue is at `from` ends: at a second report joined to it ("…, warns …",
 * "… and urges …"). Returns the joint and the second cue, or the headline's end.
 */
function reportEnd(tokens: Token[], from: number): { joint: number; next: number | null } {
  for (let i = from + 1; i + 1 < tokens.length; i++) {
    const joint = tokens[i] as Token;
    const next = nextWord(tokens, i);
    if ((joint.text === ',' || joint.text === ';' || joint.lower === 'and') && verbByForm(tokens[next] as Token))
      return { joint: i, next };
  }
  return { joint: tokens.length, next: null };
}

/**
 * "Harbour Board Accused Of Hiding Losses", "Vale Criticized By Union": a participle of a verb that takes an
 * object, with "of" or "by" where the object would be, is a passive (headlines drop the "is"); the one before it
 * is the one spoken about, not the speaker.
 */
function isPassive(tokens: Token[], v: number): boolean {
  const verb = tokens[v] as Token;
  const next = tokens[v + 1];
  if (!next || !/ed$/.test(verb.lower) || (next.lower !== 'of' && next.lower !== 'by')) return false;
  const frame = verbByForm(verb);
  return (
    frame !== undefined && !frame.prepositions.some((words) => words[0] === next.lower) && frame.frame !== 'clause'
  );
}

/**
 * "Vale says budget will fail", "Ann Vale Warns Of Cuts", "After the storm, Vale urges calm": a speaker (opening
 * the headline or its clause after a comma) and a reporting verb. Verbs joined to the first ("Vale warns of
 * cuts, urges calm") make statements of their own.
 */
function leadingVerbStatements(headline: Headline, first: number): ExtractedStatement[] {
  const { tokens, text } = headline;
  for (let v = first + 1; v < tokens.length; v++) {
    if (!verbByForm(tokens[v] as Token) || contentStart(tokens, v) < 0 || isPassive(tokens, v)) continue;
    const comma = tokens.findLastIndex((t, i) => i >= first && i < v && t.text === ',');
    const clauseStart = comma < 0 ? first : comma + 1;
    const adverb = isAdverb(tokens[v - 1] as Token) ? v - 1 : v;
    const speaker =
      speakerOf(headline, clauseStart, v, VERB_SPEAKERS) ??
      (adverb < v ? speakerOf(headline, clauseStart, adverb, VERB_SPEAKERS) : null);
    if (!speaker) continue;
    const found: ExtractedStatement[] = [];
    for (let cue: number | null = v; cue !== null;) {
      const { joint, next } = reportEnd(tokens, cue);
      const after = contentStart(tokens, cue);
      const cueText = text.slice((tokens[cue] as Token).start, (tokens[Math.max(cue, after - 1)] as Token).end);
      const content =
        after < 0 ? null : contentOf(text, tokens[after]?.start ?? text.length, tokens[joint]?.start ?? text.length);
      if (content) found.push(statement(headline, speaker, cueText, content));
      cue = next;
    }
    return found;
  }
  return [];
}

/** "Budget will fail, Vale says", "…, Vale tells fishermen": what was said, a comma, then speaker and verb close the headline. */
function trailingVerbStatement(headline: Headline, first: number): ExtractedStatement | null {
  const { tokens, text } = headline;
  const comma = tokens.findLastIndex((t, i) => i > first && t.text === ',');
  if (comma < 0) return null;
  const speakerStart = nextWord(tokens, comma);
  for (let v = speakerStart + 1; v < tokens.length && v - speakerStart <= MAX_SPEAKER_TOKENS; v++) {
    const verb = tokens[v] as Token;
    // Only verbs that report a clause close a headline so ("…, Vale says", "…, Vale tells fishermen").
    const frame = verbByForm(verb)?.frame;
    if ((frame !== 'clause' && frame !== 'recipient') || verb.lower.endsWith('ing')) continue;
    // After the verb, at most whom it was told to: "…, Vale tells harbour meeting".
    const rest = tokens.slice(v + 1).filter((t) => !/^[.!?]$/.test(t.text));
    if (rest.length > MAX_TRAILING_RECIPIENT_TOKENS || rest.some((t) => t.text === ',')) return null;
    const speaker = speakerOf(headline, speakerStart, v, VERB_SPEAKERS);
    const content = contentOf(text, (tokens[first] as Token).start, (tokens[comma] as Token).start);
    return speaker && content ? statement(headline, speaker, verb.text, content) : null;
  }
  return null;
}

/** "Poll: Voters sour on the levy": what a poll, survey or study found, given to the one the body names. */
function findingStatement(headline: Headline): ExtractedStatement | null {
  const [kicker, colon] = headline.tokens;
  if (!kicker || colon?.text !== ':' || !FINDING_KICKERS.has(kicker.lower)) return null;
  const content = contentOf(headline.text, colon.end, headline.text.length);
  if (!content) return null;
  // The body's source of that kind ("a new Harbour Trust poll"), which the headline names by its kind alone.
  const word = new RegExp(`\\b${kicker.lower}\\b`, 'i');
  const source = headline.registry.actors.find((a) => a.mentions.length > 0 && word.test(a.name));
  return source ? statement(headline, source, ':', content) : null;
}

/** The statements a headline makes: one attribution (a colon, a closing "X says", or leading reports). `read` is
 *  the headline as read (the extractor reads it once for this and for its topics). */
export function headlineStatements(text: string, registry: ActorRegistry, read: TextDocument): ExtractedStatement[] {
  if (!text.trim()) return [];
  const { tokens } = read;
  const headline = { text, tokens, registry };
  const first = afterKicker(tokens);
  const single =
    findingStatement(headline) ?? colonStatement(headline, first) ?? trailingVerbStatement(headline, first);
  return single ? [single] : leadingVerbStatements(headline, first);
}
