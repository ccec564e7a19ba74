import * as chrono from 'chrono-node';
import type { EventDate } from './types.ts';

const DAY_MS = 86_400_000;
// News speaks of the past; a date without a year that would lie this far ahead is last year's.
const MAX_DAYS_AHEAD = 60;
// A clause that speaks ahead of a date without a year this long before the story means next year's.
const MAX_DAYS_BEHIND_AHEAD = 90;
// "in 2019", "since early 2019", "by mid-2019", "until the end of 2019": a year chrono does not read alone.
const YEAR_ALONE =
  /\b(?:in|since|by|during|of|until)\s+(?:(?:early|late|mid|the\s+(?:start|end|middle|beginning)\s+of)[\s-])?((?:1[89]|20)\d\d)\b(?!s)/i;
// "in the 1990s", "since the 1980s": a decade.
const DECADE = /\b(?:in|since|by|during|of|until)\s+the\s+((?:1[89]|20)\d0)s\b/i;
const RECENT = /\b(?:in|over)\s+(?:recent|the past|the last)\s+(days|weeks|months)\b/i;
const RECENT_SPAN_DAYS: Record<string, number> = { days: 7, weeks: 28, months: 90 };
// A length of time, not a point in it (Quirk et al. 1985, §8.57 adjuncts of duration: "for six years", "within
// three weeks"), or a time counted from another event ("three years after", "two days later"): the publication
// date is no anchor for either. "jailed for six years" happened, it does not lie six years ahead.
const DURATION =
  /^(?:(?:for|within|after)\s+(?:the\s+)?(?:\S+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)|.*\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|later))$/i;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The date's day as YYYY-MM-DD, from its fields: toISOString took five times as long. */
function iso(date: Date): string {
  const year = date.getUTCFullYear();
  // toISOString writes a year beyond 0–9999 with a sign and six digits, and throws on an invalid date.
  if (!(year >= 0 && year <= 9999)) return date.toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
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
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow|ago|last|next|this|recent|past|morning|afternoon|evening|night|week|weeks|month|months|year|years|spring|summer|autumn|fall|winter|(?:1[89]|20)\d\d|(?:1[89]|20)\d0s)\b/i;

/** Cheap test before the costly parse: does the text contain a word a date could be made of? */
export function mayHoldDate(text: string): boolean {
  return DATE_HINT.test(text);
}

// Numeric dates ("10/12") are found by the parse wherever they stand, so they count as date words here.
const DATE_HINTS = new RegExp(`${DATE_HINT.source}|\\b\\d{1,2}[/.-]\\d{1,2}\\b`, 'gi');
// A date expression reaches no further than this from the word that makes it a date.
const DATE_REACH_CHARS = 30;
const WHITESPACE = /\s/;

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
  while (start > 0 && !WHITESPACE.test(text.charAt(start - 1))) start--;
  while (end < text.length && !WHITESPACE.test(text.charAt(end))) end++;
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

/** "may", "june": a month's name, lower case. */
export function isMonthName(lower: string): boolean {
  return MONTHS.has(lower);
}
const DATE_PREPOSITIONS = new Set(['in', 'on']);

/** "in 1987", "on March 3": the words at `first` open a date, told by a preposition and a year or a month. */
export function opensDate(preposition: string | undefined, next: string | undefined): boolean {
  if (!preposition || !next || !DATE_PREPOSITIONS.has(preposition)) return false;
  return MONTHS.has(next) || (next.length === 4 && next >= '1800' && next <= '2099' && /^\d+$/.test(next));
}

// What chrono's parsers (the casual English set) can match, read off chrono-node 2.10's patterns and loosened where
// that keeps it short. A text none of them matches yields no result, as the refiners only change what the parsers
// found, so the parse (a dozen and a half patterns run one by one, then every refiner) is spared: "recent", "this",
// "year", "weeks" or "winter" alone find nothing. Anything chrono reads still passes, even "they" ("the" + "y"),
// but for a time of day alone ("morning", "night"): it carries no date (fromChrono), nor is it a period.
const CHRONO_UNIT =
  '(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)';
const CHRONO_NUMBER =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half(?:\\s{0,2}an?)?|an?\\b|few|several|the|couple(?:\\s{0,2}of)?)';
// After a number's unit: the text's end or a non-word, a word of "ago" or "later", or the next number ("a year and a day").
const CHRONO_UNIT_END =
  '(?=\\W|$|ago|before|earlier|later|after|from|henceforth|forward|out|and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\\b|few|several|the|a?couple)';
const CHRONO_MAY_MATCH = new RegExp(
  [
    // Numeric dates and times, years, and numbers of units.
    '\\d',
    // A month's name, also glued to "in", "of" or an ordinal ("1st of May").
    '(?:\\b|in|of|st|nd|rd|th)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    // A weekday, also glued to "on", "this", "last", "past" or "next".
    '(?:\\b|on|is|st|xt)(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thu|thur|thurs|fri|sat|weekend|weekday)(?=\\W|$|of|this|last|past|next)',
    '\\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\\s*night)\\b',
    '\\bmonth\\b',
    `(?:this|last|past|next)\\s*${CHRONO_UNIT}\\b`,
    `${CHRONO_NUMBER}\\s{0,3}${CHRONO_UNIT}${CHRONO_UNIT_END}`,
  ].join('|'),
  'i',
);

/** Whether chrono could find anything in `text`; false only where it surely finds nothing. */
export function chronoMayMatch(text: string): boolean {
  return CHRONO_MAY_MATCH.test(text);
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
  const results = chronoMayMatch(text)
    ? chrono.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false })
    : [];
  // A period chrono gives no date ("this week") counts only when no other date is found.
  let undatedPeriod: FoundDate | null = null;
  for (const result of results) {
    // "right now" is the speaker's present, not a date.
    if (/^(?:right )?now$/i.test(result.text)) continue;
    if (DURATION.test(result.text)) continue;
    const date = fromChrono(result, reference, ahead);
    const period =
      reference && (calendarPeriod(text, result.index, reference) ?? theWeekend(text, result.index, reference, ahead));
    if (period && date) return period;
    undatedPeriod ??= period;
    if (!date) continue;
    // "on Thursday" is written "Thursday" in the date's text; the preposition belongs to the sentence.
    const preposition = /^(?:on|at)\s+/i.exec(date.text)?.[0].length ?? 0;
    return {
      date: { ...date, text: date.text.slice(preposition) },
      index: result.index + preposition,
      length: result.text.length - preposition,
    };
  }
  if (undatedPeriod) return undatedPeriod;
  const decade = DECADE.exec(text);
  if (decade?.[1]) {
    const y = Number(decade[1]);
    return {
      date: { text: `${decade[1]}s`, start: iso(utcDay(y, 0, 1)), end: iso(utcDay(y + 9, 11, 31)), precision: 'RANGE' },
      index: decade.index + decade[0].length - 5,
      length: 5,
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

// A week, weekend, month or year placed from the story's day (Quirk et al. 1985, §8.58: deictic time adjuncts):
// "last week" is the calendar week before the story's, Monday to Sunday (ISO 8601), not one day seven days back;
// "the past week" counts back from the story's day; "earlier this month" runs from the month's first day to the
// story's, "later this week" from the story's to the week's end. chrono reads the first two as a single day and
// the rest as the whole period; news means the span. Months and years it reads right unless qualified or rolling.
// The period's noun is lower case: "This Week" is a title (a broadcast), not a date.
const CALENDAR_PERIOD =
  /^(?:([Ee]arlier|[Ll]ater)\s+)?([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+(week|weekend|month|year)\b/;
const PERIOD_QUALIFIER = /\b([Ee]arlier|[Ll]ater)\s+$/;

interface PeriodSpan {
  first: Date;
  last: Date;
}

/** The calendar span the period word names, around the story's day. */
function periodSpan(place: string, unit: string, day: Date): PeriodSpan {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth();
  // "the past weekend" is the one just gone, as "last weekend" is; "the past week" counts back from the day.
  const back = place === 'last' || (place === 'past' && unit === 'weekend');
  const shift = back ? -1 : place === 'next' || place === 'coming' ? 1 : 0;
  const daysFrom = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
  if (place === 'past' && unit !== 'weekend') {
    const days = unit === 'year' ? 365 : unit === 'month' ? 30 : 7;
    return { first: daysFrom(day, -days), last: day };
  }
  if (unit === 'year') return { first: utcDay(y + shift, 0, 1), last: utcDay(y + shift, 11, 31) };
  if (unit === 'month') return { first: utcDay(y, m + shift, 1), last: utcDay(y, m + shift + 1, 0) };
  const monday = daysFrom(day, -((day.getUTCDay() + 6) % 7));
  // A week runs Monday to Sunday; its weekend is its Saturday and Sunday.
  const first = unit === 'week' ? daysFrom(monday, 7 * shift) : daysFrom(monday, 7 * shift + 5);
  return { first, last: daysFrom(first, unit === 'week' ? 6 : 1) };
}

/**
 * "over the weekend", "at the weekend" at `index` of `text`: the weekend just gone (or the one the story falls in),
 * or, in a clause that speaks ahead, the one to come. chrono reads the coming Saturday alone.
 */
function theWeekend(text: string, index: number, reference: Date, ahead: boolean): FoundDate | null {
  if (!text.startsWith('weekend', index) || !/\bthe\s+$/i.test(text.slice(0, index))) return null;
  const day = dayOf(reference);
  const onWeekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
  const span = periodSpan(ahead || onWeekend ? 'this' : 'last', 'weekend', day);
  return {
    date: { text: 'weekend', start: iso(span.first), end: iso(span.last), precision: 'RANGE' },
    index,
    length: 'weekend'.length,
  };
}

/** "last week", "earlier this month", "the past year" at `index` of `text`, as a span, or null. */
function calendarPeriod(text: string, index: number, reference: Date): FoundDate | null {
  const qualifier = PERIOD_QUALIFIER.exec(text.slice(0, index));
  const start = qualifier ? qualifier.index : index;
  const match = CALENDAR_PERIOD.exec(text.slice(start));
  if (!match) return null;
  const [, side, place, unit] = match.map((part) => part?.toLowerCase());
  const day = dayOf(reference);
  // "earlier this month" ends on the story's day, "later this week" starts on it; a weekend wholly after the day
  // (or before it) is then the one just gone (or the one to come).
  let span = periodSpan(place!, unit!, day);
  if (side === 'earlier' && span.first > day) span = periodSpan('last', unit!, day);
  if (side === 'later' && span.last < day) span = periodSpan('next', unit!, day);
  if (side === 'earlier' && span.last > day) span.last = day;
  if (side === 'later' && span.first < day) span.first = day;
  const whole = side === undefined && place !== 'past' && (unit === 'month' || unit === 'year');
  return {
    date: {
      text: match[0],
      start: iso(span.first),
      end: iso(span.last),
      precision: whole ? (unit === 'month' ? 'MONTH' : 'YEAR') : 'RANGE',
    },
    index: start,
    length: match[0].length,
  };
}

function dayOf(date: Date): Date {
  return utcDay(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** The last day of the day or the month a date names. */
function periodEnd(date: Date, day: boolean): Date {
  return day ? dayOf(date) : utcDay(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
}

/** The weekday nearest the reference day: on or before it, or on or after it when the clause speaks ahead. */
function nearestWeekday(reference: Date, weekday: number, ahead: boolean): Date {
  const day = dayOf(reference);
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
  if (reference && !certain('year') && !certain('weekday')) {
    // A clause that speaks ahead puts a month or a day long past this year in the next: "will meet in March" in an
    // October story is next March (a date weeks before may be the past of another clause in the window); one
    // that does not keeps it within the weeks ahead.
    if (ahead) {
      if (dayOf(reference).getTime() - periodEnd(resolved, dayKnown).getTime() > MAX_DAYS_BEHIND_AHEAD * DAY_MS)
        year += 1;
    } else if (resolved.getTime() - reference.getTime() > MAX_DAYS_AHEAD * DAY_MS) year -= 1;
  }
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
