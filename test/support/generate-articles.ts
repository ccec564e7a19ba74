// Writes a directory of generated news articles, half as HTML pages and half as JSON Lines files, for
// load tests of ingestion: `tsx test/support/generate-articles.ts DIR [COUNT] [--bad N]`.
// Every article is distinct (its own URL and text); --bad N makes N of the JSONL items invalid.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PEOPLE = [
  ['Mark Rutte', 'NATO Secretary General'],
  ['Volodymyr Zelensky', 'Ukrainian President'],
  ['Julianne Smith', 'U.S. Ambassador to NATO'],
  ['Laurynas Kasciunas', 'Lithuanian Defense Minister'],
  ['Annalena Baerbock', 'German Foreign Minister'],
  ['Antony Blinken', 'U.S. Secretary of State'],
  ['Ursula von der Leyen', 'European Commission President'],
  ['Kaja Kallas', 'Estonian Prime Minister'],
] as const;
const PLACES = ['Brussels', 'Kyiv', 'Vilnius', 'Berlin', 'Washington', 'Tallinn', 'Warsaw', 'Paris'];
const TOPICS = [
  'air defence',
  'the NATO invitation',
  'sanctions',
  'grain exports',
  'energy security',
  'reconstruction',
];
const QUOTES = [
  'We will stand with Ukraine for as long as it takes',
  'Nothing has been decided yet, and talks will continue',
  'It is important for us that we are strengthened',
  'The alliance must move faster on this',
  'We are not at the point right now where a decision is close',
  'Our partners know what is at stake',
];

export interface GeneratedArticle {
  headline: string;
  body: string;
  url: string;
  source: string;
  publishedAt: string;
}

/** The i-th generated article; the same i always gives the same article. */
export function generatedArticle(i: number): GeneratedArticle {
  const pick = <T>(list: readonly T[], salt: number): T =>
    list[(i * 7 + salt * 13 + Math.floor(i / list.length)) % list.length]!;
  const [speaker, role] = pick(PEOPLE, 1);
  const [other, otherRole] = pick(PEOPLE, 4)[0] === speaker ? pick(PEOPLE, 5) : pick(PEOPLE, 4);
  const place = pick(PLACES, 2);
  const topic = pick(TOPICS, 3);
  const day = 1 + (i % 28);
  const body = [
    `${role} ${speaker} met officials in ${place} on Tuesday to discuss ${topic}, in talks numbered ${i} this season.`,
    `“${pick(QUOTES, 6)},” ${speaker} told reporters after the meeting.`,
    `${otherRole} ${other} said the allies were close to agreement on ${topic}.`,
    `“${pick(QUOTES, 8)},” said a senior official, speaking on condition of anonymity.`,
    `The next round of talks on ${topic} is expected in ${pick(PLACES, 9)} later this month (report ${i}).`,
  ].join('\n');
  return {
    headline: `${speaker} discusses ${topic} in ${place} (${i})`,
    body,
    url: `https://news.example/${2024}/10/${day}/story-${i}`,
    source: 'Example Wire',
    publishedAt: `2024-10-${String(day).padStart(2, '0')}T09:00:00Z`,
  };
}

export function articleHtml(article: GeneratedArticle): string {
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escape(article.headline)} | Example Wire</title>
<meta property="og:title" content="${escape(article.headline)}">
<meta property="og:site_name" content="${escape(article.source)}">
<meta property="article:published_time" content="${article.publishedAt}">
<link rel="canonical" href="${article.url}">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<main><article><h1>${escape(article.headline)}</h1>
${article.body
  .split('\n')
  .map((paragraph) => `<p>${escape(paragraph)}</p>`)
  .join('\n')}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li></ul></aside>
<footer>© Example Wire</footer><script>window.analytics = {};</script>
</body></html>`;
}

/** Writes COUNT articles: even ones as HTML pages, odd ones in JSONL files of up to 50 lines. */
export async function writeGeneratedArticles(directory: string, count: number, options: { bad?: number } = {}) {
  await mkdir(join(directory, 'pages'), { recursive: true });
  await mkdir(join(directory, 'feeds'), { recursive: true });
  const lines: string[] = [];
  let bad = options.bad ?? 0;
  let files = 0;
  for (let i = 0; i < count; i += 1) {
    const article = generatedArticle(i);
    if (i % 2 === 0) {
      await writeFile(join(directory, 'pages', `story-${String(i).padStart(5, '0')}.html`), articleHtml(article));
      files += 1;
    } else if (bad > 0) {
      lines.push(JSON.stringify({ ...article, body: '   ' }));
      bad -= 1;
    } else lines.push(JSON.stringify(article));
  }
  for (let start = 0; start < lines.length; start += 50) {
    const name = `batch-${String(start / 50).padStart(4, '0')}.jsonl`;
    await writeFile(join(directory, 'feeds', name), `${lines.slice(start, start + 50).join('\n')}\n`);
    files += 1;
  }
  return { files, articles: count };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const badIndex = args.indexOf('--bad');
  const bad = badIndex >= 0 ? Number(args.splice(badIndex, 2)[1]) : 0;
  const [directory, count = '1000'] = args;
  if (!directory) {
    console.error('Usage: tsx test/support/generate-articles.ts DIR [COUNT] [--bad N]');
    process.exit(2);
  }
  const written = await writeGeneratedArticles(directory, Number(count), { bad });
  console.log(`wrote ${written.articles} articles in ${written.files} files under ${directory}`);
}
