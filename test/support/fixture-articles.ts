// Short articles written for the tests (not taken from any publication), varied in subject and in
// how they quote, so queries have more than the seed article to work on.
import type { ArticleInput } from '../../src/ingestion/article-input.ts';

export const fixtureArticles: ArticleInput[] = [
  {
    headline: 'Alliance ministers split over membership offer',
    url: 'https://example.test/news/alliance-ministers-split',
    source: 'Test Wire',
    publishedAt: '2024-11-05T09:00:00Z',
    body: [
      'BRUSSELS — Defence ministers met in Brussels on Tuesday to discuss Ukraine.',
      '“An invitation to Ukraine would send the right signal now,” Estonian Defense Minister Hanno Pevkur told reporters on Tuesday.',
      'Secretary General Mark Rutte said the alliance would keep talking about the invitation but that no date had been set.',
      '“We are not there yet,” Rutte said. “But the door remains open.”',
      'A diplomat from a western European country, speaking on the condition of anonymity, said several capitals remained opposed to an invitation this year.',
    ].join('\n'),
  },
  {
    headline: 'Court halts airport expansion',
    url: 'https://example.test/news/court-halts-airport',
    source: 'City Courier',
    publishedAt: '2024-09-12T15:30:00Z',
    body: [
      'A federal judge on Thursday blocked the expansion of Riverside Airport, ruling that the environmental review was incomplete.',
      '“The agency did not consider the noise at night,” Judge Maria Okafor wrote in her opinion.',
      'Airport spokesperson Daniel Reyes said the operator would appeal the ruling.',
      '“We respect the court, but this decision costs the region jobs,” Reyes said.',
    ].join('\n'),
  },
  {
    headline: 'Chipmaker raises forecast as demand grows',
    url: 'https://example.test/news/chipmaker-forecast',
    source: 'Market Daily',
    publishedAt: '2024-07-24T12:00:00Z',
    body: [
      'Solara Semiconductors raised its annual revenue forecast on Wednesday.',
      '“Demand from data centres has never been stronger,” Chief Executive Priya Nair said in a statement.',
      'According to Chief Financial Officer Tom Becker, the company will add two factories next year.',
      'Analysts said the new forecast was cautious.',
    ].join('\n'),
  },
  {
    headline: 'Coach praises young squad after cup win',
    source: 'Sports Desk',
    publishedAt: '2024-05-19T20:00:00Z',
    body: [
      'The Harbor City Rovers won the national cup on Sunday, beating the Northfield Rangers 2-1.',
      '“These players showed character all season,” head coach Elena Petrova said after the final.',
      'Captain Samuel Osei said the team had dedicated the win to its supporters.',
    ].join('\n'),
  },
];

/** Names the seed article's Mark Rutte by surname and title only: ingested first, it is merged into him. */
export const surnameOnly: ArticleInput = {
  headline: 'Alliance chief urges patience',
  source: 'Test Wire',
  publishedAt: '2024-10-30T08:00:00Z',
  body: [
    '“Patience is part of strength,” Secretary General Rutte said on Wednesday.',
    'A senior NATO official said the talks would continue next month.',
  ].join('\n'),
};

/** Reports of one meeting: they share two people, their roles and the meeting itself. */
export function briefing(report: number): ArticleInput {
  return {
    headline: `Harbour authority briefing, report ${report}`,
    source: 'Port Gazette',
    publishedAt: '2024-03-06T10:00:00Z',
    body: [
      `“Traffic rose again, for the ${report}th week,” Deputy Mayor Ingrid Solberg told reporters in Oslo on Monday.`,
      'Port Director Omar Haddad met Ingrid Solberg in Oslo on Monday, and said the new cranes would arrive in spring.',
    ].join('\n'),
  };
}
