// Dates as a newsroom writes them: "17 Oct 2024", in UTC, as the API gives them.
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string | null | undefined): string {
  return iso ? DAY.format(new Date(iso)) : 'undated';
}
