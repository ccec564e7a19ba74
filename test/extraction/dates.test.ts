import { describe, expect, it } from 'vitest';
import { findDate, speaksAhead } from '../../src/extraction/dates.ts';
import { extractArticle } from '../../src/extraction/extract-article.ts';

// 2024-10-17 is a Thursday.
const THURSDAY = '2024-10-17';

function eventDates(body: string): (string | null)[] {
  return extractArticle({ headline: 'Story', body, publishedAt: THURSDAY }).events.map((e) => e.when?.start ?? null);
}

describe('a weekday alone', () => {
  it('is the nearest such day on or before the story when the clause tells of the past', () => {
    expect(findDate('won the final on Sunday', THURSDAY)?.date.start).toBe('2024-10-13');
    expect(findDate('was arrested Saturday night', THURSDAY)?.date.start).toBe('2024-10-12');
    expect(findDate('spoke on Thursday', THURSDAY)?.date.start).toBe('2024-10-17');
  });

  it('is the nearest such day on or after the story when the clause speaks ahead', () => {
    expect(findDate('will travel to Warsaw on Sunday', THURSDAY)?.date.start).toBe('2024-10-20');
    expect(findDate('is due to vote on Monday', THURSDAY)?.date.start).toBe('2024-10-21');
    expect(findDate('on Monday', THURSDAY, true)?.date.start).toBe('2024-10-21');
    expect(findDate('on Monday', THURSDAY, false)?.date.start).toBe('2024-10-14');
  });

  it('keeps the week its own words give it', () => {
    expect(findDate('last Sunday', THURSDAY)?.date.start).toBe('2024-10-13');
    expect(findDate('next Monday', THURSDAY)?.date.start).toBe('2024-10-21');
  });

  it('reads the future from "will", "is to", "is due to", "plans to" and "expect … to"', () => {
    expect(speaksAhead('the ministers will meet')).toBe(true);
    expect(speaksAhead('the council is to vote')).toBe(true);
    expect(speaksAhead('the talks are scheduled to resume')).toBe(true);
    expect(speaksAhead('analysts expect the bank to raise rates')).toBe(true);
    expect(speaksAhead('the ministers met and agreed')).toBe(false);
    expect(speaksAhead('she failed to predict the result')).toBe(false);
  });
});

describe('an event on a weekday', () => {
  it('told in the past lies before the story', () => {
    expect(eventDates('Maria Lopez beat Anna Berg in the final on Sunday.')).toEqual(['2024-10-13']);
    expect(eventDates('The Interior Minister, Jan Kowal, visited Lviv on Saturday.')).toEqual(['2024-10-12']);
  });

  it('told as a plan or an arrangement lies after the story', () => {
    expect(eventDates('Prime Minister Jan Kowal is to travel to Lviv on Saturday.')).toEqual(['2024-10-19']);
    expect(eventDates('Prime Minister Jan Kowal is meeting Mayor Anna Berg on Saturday.')).toEqual(['2024-10-19']);
    expect(eventDates('The summit of NATO leaders will take place in Riga on Saturday.')).toEqual(['2024-10-19']);
    expect(
      eventDates('Prime Minister Jan Kowal will stop in Riga on Saturday on his way home to meet President Anna Berg.'),
    ).toEqual(['2024-10-19']);
  });

  it('told in the simple present of a schedule lies after the story, whatever names it', () => {
    // The verb of an event noun that opens the sentence carries it; it is no second event.
    expect(eventDates('The summit of NATO leaders opens in Riga on Saturday.')).toEqual(['2024-10-19']);
    // An infinitive takes its time from the present verb governing it.
    expect(eventDates('President Anna Berg heads to Riga on Saturday to meet Prime Minister Jan Kowal.')).toEqual([
      '2024-10-19',
    ]);
  });

  it('told by an infinitive under a past clause lies before the story', () => {
    expect(eventDates('On Saturday, Maria Lopez became the first woman to win the Riga marathon.')).toEqual([
      '2024-10-12',
    ]);
  });
});

describe('a week, weekend, month or year placed from the story', () => {
  const span = (text: string) => {
    const date = findDate(text, THURSDAY)?.date;
    return date && [date.text, date.start, date.end, date.precision];
  };

  it('is the whole calendar week, Monday to Sunday, not one day a week back', () => {
    expect(span('the envoys met last week')).toEqual(['last week', '2024-10-07', '2024-10-13', 'RANGE']);
    expect(span('the envoys meet this week')).toEqual(['this week', '2024-10-14', '2024-10-20', 'RANGE']);
    expect(span('the envoys will meet next week')).toEqual(['next week', '2024-10-21', '2024-10-27', 'RANGE']);
  });

  it('is a Saturday and a Sunday for a weekend', () => {
    expect(span('the rally was held last weekend')).toEqual(['last weekend', '2024-10-12', '2024-10-13', 'RANGE']);
    expect(span('over the past weekend')).toEqual(['past weekend', '2024-10-12', '2024-10-13', 'RANGE']);
    expect(span('the rally will be held this weekend')).toEqual(['this weekend', '2024-10-19', '2024-10-20', 'RANGE']);
  });

  it('counts back from the story for "the past week" and "the past year"', () => {
    expect(span('prices rose over the past week')).toEqual(['past week', '2024-10-10', '2024-10-17', 'RANGE']);
    expect(span('prices rose in the past year')).toEqual(['past year', '2023-10-18', '2024-10-17', 'RANGE']);
  });

  it('ends or starts on the story day when earlier or later in the period', () => {
    expect(span('she resigned earlier this month')).toEqual([
      'earlier this month',
      '2024-10-01',
      '2024-10-17',
      'RANGE',
    ]);
    expect(span('the court rules later this week')).toEqual(['later this week', '2024-10-17', '2024-10-20', 'RANGE']);
    expect(span('he took office earlier this year')).toEqual([
      'earlier this year',
      '2024-01-01',
      '2024-10-17',
      'RANGE',
    ]);
  });

  it('keeps whole months and years whole', () => {
    expect(span('the bank cut rates last month')).toEqual(['last month', '2024-09-01', '2024-09-30', 'MONTH']);
    expect(span('the election is next year')).toEqual(['next year', '2025-01-01', '2025-12-31', 'YEAR']);
  });
});

describe('a date without its year, a part of a year, a decade', () => {
  const date = (text: string, story = THURSDAY) => {
    const found = findDate(text, story)?.date;
    return found && [found.text, found.start, found.end, found.precision];
  };

  it('puts a month long past in next year when the clause speaks ahead, and keeps it when it does not', () => {
    expect(date('the talks will resume in March')).toEqual(['March', '2025-03-01', '2025-03-31', 'MONTH']);
    expect(date('the talks resumed in March')).toEqual(['March', '2024-03-01', '2024-03-31', 'MONTH']);
    expect(date('the talks will resume in December')).toEqual(['December', '2024-12-01', '2024-12-31', 'MONTH']);
  });

  it('reads a year after "early", "mid" or "the end of", and a decade', () => {
    expect(date('prices fell in early 2023')).toEqual(['2023', '2023-01-01', '2023-12-31', 'YEAR']);
    expect(date('has grown since mid-2019')).toEqual(['2019', '2019-01-01', '2019-12-31', 'YEAR']);
    expect(date('the band formed in the 1990s')).toEqual(['1990s', '1990-01-01', '1999-12-31', 'RANGE']);
  });

  it('reads "over the weekend" as the weekend just gone, or the coming one ahead', () => {
    expect(date('the rebels withdrew over the weekend')).toEqual(['weekend', '2024-10-12', '2024-10-13', 'RANGE']);
    expect(date('the rebels will withdraw over the weekend')).toEqual(['weekend', '2024-10-19', '2024-10-20', 'RANGE']);
    expect(date('the rebels withdrew over the weekend', '2024-10-20')).toEqual([
      'weekend',
      '2024-10-19',
      '2024-10-20',
      'RANGE',
    ]);
  });
});
