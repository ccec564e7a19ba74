// Topics found in an article's own words: names, key phrases and events, weighed against English at
// large, their forms gathered as aliases, the people quoted left to be actors.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extraction/extract-article.ts';

/** The slugs of the topics discovered in an article of these lines. */
function discoveredSlugs(headline: string, lines: string[]): string[] {
  return extractArticle({ headline, body: lines.join('\n'), publishedAt: '2025-06-02' })
    .topics.filter((topic) => topic.origin === 'DISCOVERED')
    .map((topic) => topic.slug);
}

const article = {
  headline: 'Davis Cup final goes to a deciding rubber as martial law debate grips Seoul',
  body: [
    'MADRID — Spain and Italy will settle the Davis Cup final in a deciding rubber on Sunday.',
    '“The Davis Cup means everything to us,” Spanish captain Rafael Ortega said after the doubles.',
    'In Seoul, lawmakers debated the martial law decree for a third day.',
    'Opposition leader Han Min-ji said the martial law order had been illegal from the start.',
    '“Martial law cannot return,” Han said, calling for an impeachment vote next week.',
    'The impeachment motion needs two thirds of the assembly, officials said.',
  ].join('\n'),
  publishedAt: '2024-12-06',
};

describe('topic discovery', () => {
  const analysis = extractArticle(article);
  const discovered = analysis.topics.filter((topic) => topic.origin === 'DISCOVERED');

  it('finds the names, phrases and events an article is about, most telling first', () => {
    const labels = discovered.map((topic) => topic.label.toLowerCase());
    expect(labels).toEqual(expect.arrayContaining(['davis cup', 'martial law']));
    expect(discovered.find((topic) => topic.label === 'Davis Cup')?.kind).toBe('ENTITY');
    const impeachment = discovered.find((topic) => /impeachment/i.test(topic.label));
    expect(impeachment?.kind).toBe('EVENT');
    expect([impeachment!.label.toLowerCase(), ...impeachment!.aliases]).toEqual(
      expect.arrayContaining(['impeachment vote', 'impeachment motion']),
    );
    for (let i = 1; i < discovered.length; i++) {
      expect(discovered[i - 1]!.weight).toBeGreaterThanOrEqual(discovered[i]!.weight);
    }
  });

  it('leaves the people quoted to be actors, and tags each statement with the topics its sentence names', () => {
    expect(discovered.map((topic) => topic.label)).not.toContain('Han Min-ji');
    const davisCup = discovered.find((topic) => topic.label === 'Davis Cup')!;
    const quote = analysis.statements.find((statement) => statement.text.startsWith('The Davis Cup means'))!;
    expect(quote.topics.map((topic) => topic.slug)).toContain(davisCup.slug);
    const martial = analysis.statements.find((statement) => statement.text.startsWith('Martial law cannot return'))!;
    expect(martial.topics.map((topic) => topic.slug)).not.toContain(davisCup.slug);
  });
});

describe('topic discovery reads words, not tokens', () => {
  const smog = extractArticle({
    headline: 'Ground-level ozone smothers valley farms as accession talks stall',
    body: [
      'Ground-level ozone settled over the valley farms for a third week, and growers said other farms had it worse.',
      'The findings show ozone levels doubled since spring, the regional agency said.',
      'Ground-level ozone causes more damage to wheat than heat does, said Mara Quist, an agronomist.',
      'Last summer the heat caused little harm, she said.',
      'The ozone findings show pollution from the ring road reaches the farms, Quist added.',
      'Far away, accession talks with the trade bloc stalled again, and the accession talks resume in May.',
      'The Kessel-Hartmann Institute signed a one-year contract to monitor the farms.',
      'Staff at the Kessel-Hartmann Institute said the figures show ozone levels rose.',
    ].join('\n'),
    publishedAt: '2025-06-02',
  });
  const topics = smog.topics.filter((topic) => topic.origin === 'DISCOVERED');
  const forms = topics.flatMap((topic) => [topic.label.toLowerCase(), ...topic.aliases]);

  it('keeps a hyphenated word whole, in names too, and as the article writes it', () => {
    expect(forms).toContain('ground level ozone');
    expect(forms).not.toContain('level ozone');
    expect(topics.map((topic) => topic.label)).toContain('Kessel-Hartmann Institute');
    // "one-year" modifies the contract; alone it is no phrase.
    expect(forms).not.toContain('one year');
  });

  it('opens no phrase on a word that counts or orders, and ends none at a verb the tagger took for a noun', () => {
    expect(forms.some((form) => /^(?:other|more|same|first) /.test(form))).toBe(false);
    // "show" reports; "cause" the article uses as a verb ("caused little harm").
    expect(forms.some((form) => / (?:show|cause)s? /.test(` ${form} `))).toBe(false);
    // A plural head before no object is a compound's, not a verb.
    expect(forms).toContain('accession talk');
  });

  it('leaves out an age or a length written on a number ("10-year-old", "3-month")', () => {
    const browser = extractArticle({
      headline: 'Vendor urges users to drop its 12-year-old browser',
      body: [
        'The 12-year-old browser still runs on millions of office machines, the vendor said on Monday.',
        'Support for the 12-year-old browser ends after a 3-month notice, the vendor said.',
        'Banks that keep the 12-year-old browser face a 3-month audit, regulators said.',
      ].join('\n'),
      publishedAt: '2025-06-02',
    });
    const browserForms = browser.topics
      .filter((topic) => topic.origin === 'DISCOVERED')
      .flatMap((topic) => [topic.label.toLowerCase(), ...topic.aliases]);
    expect(browserForms).toContain('browser');
    expect(browserForms.filter((form) => /\b(?:year|old|month)\b/.test(form))).toEqual([]);
  });

  it('takes no honorific into a name, and no letters standing for words ("p.m.", a party code’s "D")', () => {
    const slugs = discoveredSlugs('Harbour levy vote delayed again', [
      'The council delayed the harbour levy vote at 9 p.m. on Monday, Mr. Okafor told reporters.',
      'Mr. Okafor said the levy would be debated again at 10 a.m. on Tuesday.',
      'Councillor Ann Lee (D) said Mr. Okafor had misled the council. The vote was set for 2 p.m. Friday.',
      'Rep. Tom Vale (D-Va.) and Rep. Sam Hale (D-Va.) said they backed the levy.',
      'Lee said the delay cost the port money; Mr. Okafor denied it at 4 p.m.',
    ]);
    expect(slugs.filter((slug) => /^(?:mr-|p-m$|a-m$|d$|d-va$)/.test(slug))).toEqual([]);
    expect(slugs).toContain('levy');
  });

  it('takes no person into a name after a title, and keeps a place that ends on a person’s other name', () => {
    const slugs = discoveredSlugs('Port Washington ferry to close, Senator Washington says', [
      'Senator Amy Washington said on Monday the Port Washington ferry would close in May.',
      '"The Port Washington ferry has lost money for a decade," Senator Washington said.',
      'Professor Tom Berg, who studies harbours, said Port Washington could keep a smaller ferry.',
      '"A smaller ferry would pay," Professor Berg said, adding that Port Washington needed the service.',
    ]);
    expect(slugs.filter((slug) => /^(?:senator|professor)-/.test(slug))).toEqual([]);
    expect(slugs).toContain('port-washington');
  });

  it('reads no topic in a credit line', () => {
    const slugs = discoveredSlugs('Harbour ferry to close in May', [
      'The harbour ferry will close in May, the council said on Monday.',
      '"The ferry has lost money for a decade," council leader Amy Lee said.',
      'Riders said the ferry was the only way across the harbour in winter.',
      'I’m Mario Ritter.',
      'Mario Ritter wrote this story for Harbour Radio. Youmi Kim in Lisbon contributed reporting.',
    ]);
    expect(slugs).toContain('ferry');
    expect(slugs.filter((slug) => /ritter|lisbon|harbour-radio/.test(slug))).toEqual([]);
  });

  it('takes no topic from a headline in title case alone, and counts its uses for the body’s phrase', () => {
    const body = [
      'The council raised ferry fares by a third on Monday, its leader Amy Lee said.',
      'Riders said the new ferry fares would push them back onto the roads.',
      '"The ferry fares pay for the new pier," Lee said.',
    ].join('\n');
    const titleCase = extractArticle({
      headline: 'Furious Commuters Slam Council As Ferry Fares Soar',
      body,
      publishedAt: '2025-06-02',
    });
    const slugs = titleCase.topics.filter((topic) => topic.origin === 'DISCOVERED').map((topic) => topic.slug);
    expect(slugs).toContain('ferry-fares');
    expect(slugs.filter((slug) => /commuters|council-as|slam/.test(slug))).toEqual([]);
    const sentenceCase = extractArticle({
      headline: 'Furious commuters slam council as ferry fares soar',
      body,
      publishedAt: '2025-06-02',
    });
    // The same phrase weighs the same whatever the headline's case: its use there counts for the body's phrase.
    const fares = (analysis: typeof titleCase) =>
      analysis.topics.find((topic) =>
        [topic.label.toLowerCase(), ...topic.aliases].some((form) => /^ferry fares?$/.test(form)),
      )?.weight;
    expect(fares(titleCase)).toBeGreaterThan(0);
    expect(fares(titleCase)).toBe(fares(sentenceCase));
  });

  it('reads no topic in a web address the tagger cut at its stops, nor in a time zone after a clock time', () => {
    const slugs = discoveredSlugs('Harbour ferry to close in May', [
      'The harbour ferry will close in May, the council said. pic.twitter.com/Ab12CdEf',
      'Riders said the ferry was the only way across the harbour. pic.twitter.com/Gh34IjKl',
      'The council posted the timetable at www.harbourcouncil.org/ferry and on pic.twitter.com/Mn56OpQr',
      'The last ferry leaves at 22:15 UTC on Friday; the first bus runs at 6 a.m. GMT and at 07:30 UTC.',
    ]);
    expect(slugs).toContain('ferry');
    expect(slugs.filter((slug) => /pic|twitter|www|harbourcouncil|utc|gmt/.test(slug))).toEqual([]);
  });
});
