// A seeded generator of realistic news articles for benchmarks: the same seed and index always give
// the same article. Articles are composed from sentence patterns the extractor is meant to read —
// direct, split, indirect and mixed quotes; titles before names and appositives after them;
// anonymous sources; events with dates — spoken by a recurring cast across several sources and a year.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface CorpusArticle {
  headline: string;
  body: string;
  url: string;
  source: string;
  publishedAt: string;
  /** How many statements the generator wrote into the body (a split quote counts once). */
  generatedStatements: number;
}

/** mulberry32: a small, fast, seeded PRNG; good enough to vary text reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  name: string;
  title: string;
  /** The title as an appositive after the name ("Estonia's foreign minister"). */
  appositive: string;
  pronoun: 'he' | 'she';
}

// A fictional cast: names are invented, titles are the kinds news gives.
const PEOPLE: Person[] = [
  ['Marta Kessler', 'German Foreign Minister', "Germany's foreign minister", 'she'],
  ['Tomas Varga', 'Hungarian Prime Minister', "Hungary's prime minister", 'he'],
  ['Olena Hrytsenko', 'Ukrainian Defense Minister', "Ukraine's defense minister", 'she'],
  ['Pieter Holm', 'NATO Secretary General', 'the alliance’s secretary general', 'he'],
  ['Helen Carraway', 'U.S. Ambassador to NATO', 'the U.S. envoy to the alliance', 'she'],
  ['Andrius Petrauskas', 'Lithuanian Defense Minister', "Lithuania's defense minister", 'he'],
  ['Claire Dumont', 'French President', "France's president", 'she'],
  ['Jonas Lindqvist', 'Swedish Prime Minister', "Sweden's prime minister", 'he'],
  ['Kaisa Rebane', 'Estonian Foreign Minister', "Estonia's foreign minister", 'she'],
  ['Marek Zielinski', 'Polish President', "Poland's president", 'he'],
  ['Ruth Abernathy', 'U.S. Secretary of State', 'the top U.S. diplomat', 'she'],
  ['Viktor Bondar', 'Ukrainian President', "Ukraine's president", 'he'],
  ['Elena Rossi', 'Italian Prime Minister', "Italy's prime minister", 'she'],
  ['Gareth Powell', 'British Defence Secretary', "Britain's defence secretary", 'he'],
  ['Ingrid Solberg', 'Norwegian Foreign Minister', "Norway's foreign minister", 'she'],
  ['Dmitri Orlov', 'Kremlin spokesman', 'the Kremlin’s spokesman', 'he'],
  ['Sofia Almeida', 'European Commission President', 'the head of the European Commission', 'she'],
  ['Lukas Brandt', 'German Chancellor', "Germany's chancellor", 'he'],
  ['Anna Novak', 'Czech Foreign Minister', 'the Czech foreign minister', 'she'],
  ['Henrik Dahl', 'Danish Defense Minister', "Denmark's defense minister", 'he'],
  ['Maria Ionescu', 'Romanian President', "Romania's president", 'she'],
  ['Samuel Okafor', 'United Nations Secretary General', 'the U.N. chief', 'he'],
  ['Laura Finch', 'White House press secretary', 'the White House spokeswoman', 'she'],
  ['Piotr Kaminski', 'Polish Defense Minister', "Poland's defense minister", 'he'],
  ['Jana Horvat', 'Slovak Prime Minister', "Slovakia's prime minister", 'she'],
  ['Oleksiy Marchenko', 'Ukrainian Foreign Minister', "Ukraine's foreign minister", 'he'],
  ['Beatrice Laurent', 'French Defense Minister', "France's defense minister", 'she'],
  ['Arvid Nilsson', 'Swedish Defense Minister', "Sweden's defense minister", 'he'],
  ['Grace Whitfield', 'U.S. Defense Secretary', 'the Pentagon chief', 'she'],
  ['Mehmet Aydin', 'Turkish Foreign Minister', "Turkey's foreign minister", 'he'],
  ['Ilse Vermeer', 'Dutch Prime Minister', 'the Dutch prime minister', 'she'],
  ['Nikolai Petrov', 'Russian Foreign Minister', "Russia's foreign minister", 'he'],
  ['Camille Fournier', 'European Union foreign policy chief', 'the EU’s top diplomat', 'she'],
  ['Raimonds Ozols', 'Latvian President', "Latvia's president", 'he'],
  ['Hanna Virtanen', 'Finnish President', "Finland's president", 'she'],
  ['Carlos Medina', 'Spanish Prime Minister', "Spain's prime minister", 'he'],
  ['Yulia Shevchuk', 'Ukrainian Energy Minister', "Ukraine's energy minister", 'she'],
  ['Edward Lang', 'U.S. National Security Adviser', 'the White House national security adviser', 'he'],
  ['Agnes Toth', 'Hungarian Foreign Minister', "Hungary's foreign minister", 'she'],
  ['Stefan Mueller', 'German Defense Minister', "Germany's defense minister", 'he'],
].map(([name, title, appositive, pronoun]) => ({
  name: name!,
  title: title!,
  appositive: appositive!,
  pronoun: pronoun as 'he' | 'she',
}));

const SOURCES = [
  'Baltic Wire',
  'The Brussels Ledger',
  'Continental Times',
  'Atlantic Dispatch',
  'Kyiv Courier',
  'Nordic Post',
];
const PLACES = [
  'Brussels',
  'Kyiv',
  'Vilnius',
  'Berlin',
  'Washington',
  'Tallinn',
  'Warsaw',
  'Paris',
  'Riga',
  'Helsinki',
  'Rome',
  'The Hague',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ANONYMOUS = [
  'a senior NATO official',
  'a European diplomat',
  'a senior U.S. official',
  'a Western intelligence official',
  'a Ukrainian government official',
  'a senior EU official',
];

/** Subjects and predicates of reported content; each predicate names a topic of the taxonomy. */
const SUBJECTS = [
  'the alliance',
  'Ukraine',
  'Europe',
  'Washington',
  'the government',
  'the coalition',
  'Kyiv',
  'the European Union',
];
const PREDICATES = [
  'was ready to discuss an invitation to join NATO before the summit',
  'should not rush a decision on NATO membership',
  'needed firm security guarantees before any ceasefire',
  'would deliver more air defense systems this winter',
  'must protect the power grid from Russian strikes',
  'was preparing new sanctions on the economy of Russia',
  'could not accept a bad deal on the nuclear program',
  'would keep military aid flowing whatever the presidential election brings',
  'had to rebuild energy infrastructure before the cold months',
  'was committed to the victory plan in its current form',
  'expected the war in Ukraine to dominate the talks',
  'would press for a two-state solution at the United Nations',
  'was worried about rising inflation and the budget',
  'should raise defense spending to three percent',
  'wanted stronger relations with its allies in the region',
  'could not support the plan without changes',
  'would host refugees for as long as needed',
  'had evidence of attacks on civilians and human rights abuses',
  'planned to cut emissions while keeping gas prices down',
  'was close to an agreement on collective defense',
];
const QUOTES = [
  'We will stand with Ukraine for as long as it takes',
  'Nothing has been decided yet on the NATO invitation, and talks will continue',
  'The alliance must move faster on air defense',
  'We are not at the point right now where a decision on membership is close',
  'Our partners know what is at stake on the battlefield',
  'Security guarantees are not a favor, they are a necessity',
  'Every power plant they destroy, we will rebuild',
  'Sanctions are working, and the Russian economy is feeling it',
  'There can be no peace without justice for the victims of this war',
  'We need more weapons and we need them now',
  'The door to NATO membership remains open',
  'This is about collective defense and nothing else',
  'Our energy infrastructure is under attack every night',
  'The presidential election will not change our commitment',
  'We cannot accept a bad deal on the nuclear program',
  'The victory plan is realistic and it deserves support',
  'Inflation is hurting families across the continent',
  'We will raise defense spending next year',
  'Refugees will always find shelter here',
  'Human rights are not negotiable',
];
const FRAGMENTS = [
  'an irreversible path to NATO membership',
  'a just peace',
  'unwavering support',
  'the strongest possible security guarantees',
  'a turning point for the war',
  'more air defense, and quickly',
];
const SINGULAR_SUBJECTS = [
  'the alliance',
  'Ukraine',
  'Europe',
  'Washington',
  'the government',
  'the coalition',
  'Kyiv',
];
const EVENT_SENTENCES = [
  (a: string, b: string, place: string, when: string) => `${a} met ${b} in ${place} on ${when} to discuss the war.`,
  (a: string, b: string, place: string, when: string) =>
    `${a} visited ${place} on ${when}, where ${b} hosted talks on air defense.`,
  (_a: string, _b: string, place: string, when: string) =>
    `Leaders will gather at a summit in ${place} on ${when} to discuss security guarantees.`,
  (a: string, b: string, place: string, when: string) =>
    `${a} and ${b} signed an agreement on energy infrastructure in ${place} on ${when}.`,
];

export const DEFAULT_CORPUS_SEED = 20_241_017;

/** The i-th article of the corpus for `seed`. */
export function corpusArticle(i: number, seed = DEFAULT_CORPUS_SEED): CorpusArticle {
  const random = seededRandom(seed ^ Math.imul(i + 1, 0x9e3779b1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const yearDay = Math.floor(random() * 365);
  const published = new Date(Date.UTC(2024, 0, 1 + yearDay, 6 + Math.floor(random() * 12)));
  const source = SOURCES[i % SOURCES.length]!;
  const weekday = () => pick(WEEKDAYS);
  const laterDate = () => {
    const date = new Date(published.getTime() + (1 + Math.floor(random() * 40)) * 86_400_000);
    return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
  };

  // A cast of 4-6 recurring people; the first-named one leads the story.
  const cast: Person[] = [];
  const castSize = 4 + Math.floor(random() * 3);
  while (cast.length < castSize) {
    const person = PEOPLE[Math.floor(random() ** 1.6 * PEOPLE.length)]!;
    if (!cast.includes(person)) cast.push(person);
  }
  const introduced = new Set<Person>();
  const surname = (p: Person) => p.name.split(' ').slice(-1)[0]!;
  /** First mention: title before the full name, or the name and an appositive; later the surname. */
  const nameOf = (p: Person, style: 'title' | 'appositive' = 'title'): string => {
    if (introduced.has(p)) return surname(p);
    introduced.add(p);
    return style === 'title' ? `${p.title} ${p.name}` : `${p.name}, ${p.appositive},`;
  };
  const content = () => `${pick(SUBJECTS)} ${pick(PREDICATES)}`;
  const quote = () => pick(QUOTES);

  const paragraphs: string[] = [];
  let statements = 0;
  const lead = cast[0]!;
  const other = cast[1]!;
  const place = pick(PLACES);
  paragraphs.push(
    `${place.toUpperCase()} — ${nameOf(lead)} met ${nameOf(other)} in ${place} on ${weekday()} to discuss ${pick(['the war in Ukraine', 'security guarantees', 'military aid', 'the NATO invitation', 'energy infrastructure'])}, as allies weighed their next steps (report ${i + 1}).`,
  );

  const target = 17 + Math.floor(random() * 7);
  while (statements < target) {
    const person = pick(cast);
    const pattern = Math.floor(random() * 10);
    switch (pattern) {
      case 0: // direct, cue after the quote
        paragraphs.push(`“${quote()},” ${nameOf(person)} said on ${weekday()}.`);
        statements += 1;
        break;
      case 1: // direct with a cue before it
        paragraphs.push(`${nameOf(person)} told reporters: “${quote()}.”`);
        statements += 1;
        break;
      case 2: // split quote
        paragraphs.push(`“${quote()},” ${nameOf(person)} said. “${quote()}.”`);
        statements += 1;
        break;
      case 3: // indirect
        paragraphs.push(`${nameOf(person)} said ${content()}.`);
        statements += 1;
        break;
      case 4: // indirect with an appositive on first mention
        paragraphs.push(`${nameOf(person, 'appositive')} said on ${weekday()} that ${content()}.`);
        statements += 1;
        break;
      case 5: // mixed: a paraphrase with a quoted fragment
        paragraphs.push(
          `${nameOf(person)} said ${pick(SINGULAR_SUBJECTS)} was seeking “${pick(FRAGMENTS)}” in the talks.`,
        );
        statements += 1;
        break;
      case 6: // anonymous source
        paragraphs.push(`“${quote()},” said ${pick(ANONYMOUS)}, speaking on condition of anonymity.`);
        statements += 1;
        break;
      case 7: // according to
        paragraphs.push(`${capitalize(content())}, according to ${nameOf(person)}.`);
        statements += 1;
        break;
      case 8: // direct plus a pronoun-attributed indirect follow-up
        paragraphs.push(`“${quote()},” ${nameOf(person)} said. ${capitalize(person.pronoun)} added that ${content()}.`);
        statements += 2;
        break;
      default: {
        // an event with a date, then a statement made at it
        const [a, b] = [pick(cast), pick(cast)];
        const when = random() < 0.5 ? laterDate() : weekday();
        paragraphs.push(pick(EVENT_SENTENCES)(nameOf(a), b === a ? 'officials' : nameOf(b), pick(PLACES), when));
        break;
      }
    }
  }
  paragraphs.push(`The talks are expected to continue in ${pick(PLACES)} on ${laterDate()}.`);

  const slug = `${published.toISOString().slice(0, 10).replaceAll('-', '/')}/${surname(lead).toLowerCase()}-${i + 1}`;
  return {
    headline: `${lead.name} presses allies on ${pick(['air defense', 'NATO membership', 'security guarantees', 'sanctions', 'energy infrastructure', 'the victory plan'])} in ${place}`,
    body: paragraphs.join('\n'),
    url: `https://${source.toLowerCase().replaceAll(' ', '')}.example/${slug}`,
    source,
    publishedAt: published.toISOString(),
    generatedStatements: statements,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first `count` articles of the corpus. */
export function* corpusArticles(count: number, seed = DEFAULT_CORPUS_SEED): Generator<CorpusArticle> {
  for (let i = 0; i < count; i++) yield corpusArticle(i, seed);
}

/** Writes the corpus as JSON Lines (one article per line, as `ingest` reads it). */
export async function writeCorpus(file: string, count: number, seed = DEFAULT_CORPUS_SEED): Promise<number> {
  const out = createWriteStream(file);
  let statements = 0;
  for (const { generatedStatements, ...article } of corpusArticles(count, seed)) {
    statements += generatedStatements;
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return statements;
}
