import countryData from './data/countries.json' with { type: 'json' };
import organizationData from './data/organizations.json' with { type: 'json' };

export interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
  capital: string | null;
}

const countries: Country[] = countryData.countries.map((c) => ({ ...c, capital: c.capital ?? null }));

function byLowerName<T>(entries: Array<[string, T]>): Map<string, T> {
  return new Map(entries.map(([key, value]) => [key.toLowerCase(), value]));
}

const countryByName = byLowerName(
  countries.flatMap((c) => [c.name, ...c.aliases].map((n): [string, Country] => [n, c])),
);
const countryByDemonym = byLowerName(countries.flatMap((c) => c.demonyms.map((d): [string, Country] => [d, c])));
const countryByCapital = byLowerName(
  countries.flatMap((c) => (c.capital ? [[c.capital, c] as [string, Country]] : [])),
);
const organizationByName = byLowerName(
  organizationData.organizations.flatMap((o) => [o.name, ...o.aliases].map((n): [string, string] => [n, o.name])),
);
const organizationHeads = new Set(organizationData.nameHeads.map((w) => w.toLowerCase()));
const organizationSuffixes = new Set(organizationData.organizationSuffixes.map((w) => w.toLowerCase()));
const notActorHeads = new Set(organizationData.notActorHeads.map((w) => w.toLowerCase()));
const places = new Set(organizationData.places.map((p) => p.toLowerCase()));

/** Exact (case-insensitive) country name or short form: "Ukraine", "U.S.". */
export function countryNamed(name: string): Country | undefined {
  return countryByName.get(name.toLowerCase());
}

/** "Ukrainian", "Russians" → the country. */
export function countryOfDemonym(word: string): Country | undefined {
  return countryByDemonym.get(word.toLowerCase());
}

/** Plural demonyms ("Russians") name the nation as an actor; singular ones are adjectives. */
export function isPluralDemonym(word: string): boolean {
  return /s$/i.test(word) && countryByDemonym.has(word.toLowerCase()) && !countryByName.has(word.toLowerCase());
}

export function knownOrganization(name: string): string | undefined {
  return organizationByName.get(name.toLowerCase());
}

export function isOrganizationHead(word: string): boolean {
  return organizationHeads.has(word.toLowerCase());
}

/** A word that makes a name ending with it an organisation: "Riverside Airport", "Solara Semiconductors". */
export function isOrganizationSuffix(word: string): boolean {
  return organizationSuffixes.has(word.toLowerCase());
}

export function isNotActorHead(word: string): boolean {
  return notActorHeads.has(word.toLowerCase());
}

/** Cities, regions and capitals: places, not actors. */
export function isPlace(name: string): boolean {
  const lower = name.toLowerCase();
  return places.has(lower) || countryByCapital.has(lower);
}

/** "Kyiv" → Ukraine: a capital, for the metonymy "Kyiv was hoping …". */
export function countryOfCapital(name: string): Country | undefined {
  return countryByCapital.get(name.toLowerCase());
}
