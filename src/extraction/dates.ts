import * as chrono from 'chrono-node';
import type { EventDate } from './types.ts';

const DAY_MS = 86_400_000;
// News speaks of the past; a date without a year that would lie this far ahead is last year's.
const MAX_DAYS_AHEAD = 60;
const YEAR_ALONE = /\b(?:in|since|by|during|of|until)\s+((?:1[89]|20)\d\d)\b/i;
const RECENT = /\b(?:in|over)\s+(?:recent|the past|the last)\s+(days|weeks|months)\b/i;
const RECENT_SPAN_DAYS: Record<string, number> = { days: 7, weeks: 28, months: 90 };
// A length of time, not a point in it (Quirk et al. 1985, §8.57 adjuncts of duration: "for six years", "within
// three weeks"), or a time counted from another event ("three years after", "two days later"): the publication
// date is no anchor for either. "jailed for six years" happened, it does not lie six years ahead.
const DURATION =
  /^(?:(?:for|within|after)\s+(?:the\s+)?(?:\S+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)|.*\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|later))$/i;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

function referenceDate(publishedAt: string | null | undefined): Date | null {
  if (!publishedAt) return null;
  const date = new Date(publishedAt.length === 10 ? `${publishedAt}T12:00:00Z` : publishedAt);
  return Number.isNaN(date.getTime()) ? null : date;
}

// chrono is the slowest step of the extractor; text without any of these words holds no date it would find.
const DATE_HINT =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow|ago|last|next|this|recent|past|morning|afternoon|evening|night|week|weeks|month|months|year|years|spring|summer|autumn|fall|winter|(?:1[89]|20)\d\d)\b/i;

/** Cheap test before the costly parse: does the text contain a word a date could be made of? */
export function mayHoldDate(text: string): boolean {
  return DATE_HINT.test(text);
}

// Numeric dates ("10/12") are found by the parse wherever they stand, so they count as date words here.
const DATE_HINTS = new RegExp(`${DATE_HINT.source}|\\b\\d{1,2}[/.-]\\d{1,2}\\b`, 'gi');
// A date expression reaches no further than this from the word that makes it a date.
const DATE_REACH_CHARS = 30;

/**
 * The part of `text` around its date words, cut at spaces: the parse costs in proportion to the text's
 * length, and a date lies around the words it is made of. The whole text when it has no date word.
 */
export function aroundDateWords(text: string): string {
  let first = -1;
  let last = -1;
  DATE_HINTS.lastIndex = 0;
  for (let match = DATE_HINTS.exec(text); match; match = DATE_HINTS.exec(text)) {
    if (first < 0) first = match.index;
    last = match.index + match[0].length;
  }
  if (first < 0) return text;
  let start = Math.max(0, first - DATE_REACH_CHARS);
  let end = Math.min(text.length, last + DATE_REACH_CHARS);
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  while (end < text.length && !/\s/.test(text.charAt(end))) end++;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** The months' names, lower case (names.ts reads them as date words too). */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTHS = new Set(MONTH_NAMES);
const DATE_PREPOSITIONS = new Set(['in', 'on']);

/** "in 1987", "on March 3": the words at `first` open a date, told by a preposition and a year or a month. */
export function opensDate(preposition: string | undefined, next: string | undefined): boolean {
  if (!preposition || !next || !DATE_PREPOSITIONS.has(preposition)) return false;
  return MONTHS.has(next) || (next.length === 4 && next >= '1800' && next <= '2099' && /^\d+$/.test(next));
}

export interface FoundDate {
  date: EventDate;
  /** Offsets within the searched text. */
  index: number;
  length: number;
}

/**
 * The first date in `text`, resolved against the publication date: "Thursday" in a story of
 * 2024-10-17 → that day; "July" → the whole month; "in 1991" → the year; "in recent weeks" → a range.
 * Without a publication date only dates that carry their year are resolved, so output stays deterministic.
 */
export function findDate(
  text: string,
  publishedAt: string | null | undefined,
  /** The clause speaks ahead (speaksAhead): a weekday alone lies after the story, not before it. */
  ahead = speaksAhead(text),
): FoundDate | null {
  const reference = referenceDate(publishedAt);
  const recent = RECENT.exec(text);
  if (recent && reference) {
    const span = RECENT_SPAN_DAYS[(recent[1] ?? '').toLowerCase()] ?? 28;
    const start = new Date(reference.getTime() - span * DAY_MS);
    return {
      date: { text: recent[0], start: iso(start), end: iso(reference), precision: 'RANGE' },
      index: recent.index,
      length: recent[0].length,
    };
  }
  const results = chrono.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  for (const result of results) {
    // "right now" is the speaker's present, not a date.
    if (/^(?:right )?now$/i.test(result.text)) continue;
    if (DURATION.test(result.text)) continue;
    const date = fromChrono(result, reference, ahead);
    if (!date) continue;
    // "on Thursday" is written "Thursday" in the date's text; the preposition belongs to the sentence.
    const preposition = /^(?:on|at)\s+/i.exec(date.text)?.[0].length ?? 0;
    return {
      date: { ...date, text: date.text.slice(preposition) },
      index: result.index + preposition,
      length: result.text.length - preposition,
    };
  }
  const year = YEAR_ALONE.exec(text);
  if (year?.[1]) {
    const y = Number(year[1]);
    return {
      date: { text: year[1], start: iso(utcDay(y, 0, 1)), end: iso(utcDay(y, 11, 31)), precision: 'YEAR' },
      index: year.index + year[0].length - 4,
      length: 4,
    };
  }
  return null;
}

// A weekday alone ("on Sunday") is the nearest such day before the story, or on its day: news tells of the week
// just past. Only a clause that speaks ahead (Quirk et al. 1985, §4.41–4.47: "will", "shall", "is to", "is due / set /
// scheduled / expected to", "plans to", "is going to", "expect X to", "ahead of") puts it in the days after. chrono, left alone, takes the
// weekday of the story's own calendar week, which puts "beat him on Sunday" in a Thursday story three days ahead.
const SPEAKS_AHEAD =
  /\b(?:will|shall|won['’]t)\b|['’]ll\b|\b(?:is|are|am)\s+(?:(?:due|set|scheduled|expected|slated)\s+)?to\s|\b(?:plans?|planning|intends?|going)\s+to\s|\bexpects?\s+(?:\S+\s+){0,3}to\s|\b(?:ahead|in advance) of\s/i;
// "last Sunday", "next Sunday", "this Sunday": chrono reads the word that places the weekday itself.
const PLACED_WEEKDAY = /\b(?:last|next|this|past|coming)\b/i;

/** Whether a clause speaks of what is still to come: "will meet", "is due to vote", "plans to travel". */
export function speaksAhead(text: string): boolean {
  return SPEAKS_AHEAD.test(text);
}

/** The weekday nearest the reference day: on or before it, or on or after it when the clause speaks ahead. */
function nearestWeekday(reference: Date, weekday: number, ahead: boolean): Date {
  const day = utcDay(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const shift = ahead ? (weekday - day.getUTCDay() + 7) % 7 : -((day.getUTCDay() - weekday + 7) % 7);
  return new Date(day.getTime() + shift * DAY_MS);
}

function fromChrono(result: chrono.ParsedResult, reference: Date | null, ahead: boolean): EventDate | null {
  const start = result.start;
  const certain = (c: chrono.Component) => start.isCertain(c);
  if (!reference && !certain('year')) return null;
  const weekdayAlone =
    reference && certain('weekday') && !certain('day') && !result.end && !PLACED_WEEKDAY.test(result.text);
  const resolved = weekdayAlone ? nearestWeekday(reference, start.get('weekday') ?? 0, ahead) : start.date();
  let year = resolved.getUTCFullYear();
  const month = resolved.getUTCMonth();
  const dayKnown = certain('day') || certain('weekday');
  if (!certain('month') && !dayKnown && !certain('year')) return null;
  if (
    reference &&
    !certain('year') &&
    !certain('weekday') &&
    resolved.getTime() - reference.getTime() > MAX_DAYS_AHEAD * DAY_MS
  )
    year -= 1;
  const text = result.text;
  if (dayKnown) {
    const first = utcDay(year, month, resolved.getUTCDate());
    const last = result.end ? result.end.date() : first;
    return { text, start: iso(first), end: iso(last < first ? first : last), precision: result.end ? 'RANGE' : 'DAY' };
  }
  if (certain('month'))
    return { text, start: iso(utcDay(year, month, 1)), end: iso(utcDay(year, month + 1, 0)), precision: 'MONTH' };
  return { text, start: iso(utcDay(year, 0, 1)), end: iso(utcDay(year, 11, 31)), precision: 'YEAR' };
}
