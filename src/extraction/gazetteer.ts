import { remembered } from './remembered.ts';
import countryData from './data/countries.json' with { type: 'json' };
import organizationData from './data/organizations.json' with { type: 'json' };
import wordnetLexicon from './data/wordnet-lexicon.json' with { type: 'json' };
import { isGivenName } from './given-names.ts';

export interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
  capital: string | null;
}

// The curated countries (with the short forms news uses: "U.S.", "Britain") first, then WordNet's others.
const curatedCountries: Country[] = countryData.countries.map((c) => ({ ...c, capital: c.capital ?? null }));
const curatedNames = new Set(curatedCountries.flatMap((c) => [c.name, ...c.aliases].map((n) => n.toLowerCase())));
const countries: Country[] = [
  ...curatedCountries,
  ...wordnetLexicon.countries
    .filter((c) => !curatedNames.has(c.name.toLowerCase()))
    .map((c) => ({ ...c, capital: null })),
];

// Rules ask of the same words again and again; a word asked of again is the same string, whose hash is kept,
// where lower-casing it made a new one to hash.
const ANSWERS_KEPT = 20_000;

const NOT_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;

/** Lower case without accents: news writes "Medecins Sans Frontieres" as often as "Médecins Sans Frontières". */
function folded(name: string): string {
  const lower = name.toLowerCase();
  return NOT_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** A name lookup that ignores case and accents, except for acronyms: "UN" is not "Un", "US" is not "us". */
class NameIndex<T> {
  private readonly byLower = new Map<string, T>();
  private readonly acronyms = new Map<string, T>();

  constructor(entries: Array<[string, T]>) {
    // The first entry of a key wins: curated data before WordNet's.
    for (const [key, value] of entries) {
      const map = ACRONYM.test(key) ? this.acronyms : this.byLower;
      const k = ACRONYM.test(key) ? key : folded(key);
      if (!map.has(k)) map.set(k, value);
    }
  }

  /** Rules ask of the same words again and again (see ANSWERS_KEPT). */
  readonly get = remembered(
    ANSWERS_KEPT,
    (name: string): T | undefined =>
      (name.length <= MAX_ACRONYM_LENGTH ? this.acronyms.get(name) : undefined) ?? this.byLower.get(folded(name)),
  );

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
}

const MAX_ACRONYM_LENGTH = 7;
const ACRONYM = /^[\p{Lu}.&]{2,7}$/u;

function byLowerName<T>(entries: Array<[string, T]>): NameIndex<T> {
  return new NameIndex(entries);
}

const countryByName = byLowerName(
  countries.flatMap((c) => [c.name, ...c.aliases].map((n): [string, Country] => [n, c])),
);
const countryByDemonym = byLowerName(countries.flatMap((c) => c.demonyms.map((d): [string, Country] => [d, c])));
const countryByCapital = byLowerName(
  countries.flatMap((c) => (c.capital ? [[c.capital, c] as [string, Country]] : [])),
);
// Curated organisations map every form to one canonical name; WordNet's map their forms to their first
// lemma, which serves as a key that merges "FBI" with "Federal Bureau of Investigation" in one article.
const organizationByName = byLowerName(
  organizationData.organizations.flatMap((o) => [o.name, ...o.aliases].map((n): [string, string] => [n, o.name])),
);
const wordnetOrganizationByName = byLowerName(
  wordnetLexicon.organizations.flatMap((o) => [o.name, ...o.aliases].map((n): [string, string] => [n, o.name])),
);
const organizationHeads = new Set(organizationData.nameHeads.map((w) => w.toLowerCase()));
const organizationSuffixes = new Set(organizationData.organizationSuffixes.map((w) => w.toLowerCase()));
const notActorHeads = new Set(organizationData.notActorHeads.map((w) => w.toLowerCase()));
// A one-word place that is also a given name ("Sofia", "Austin") is left out: as a lone word it is as
// often a person.
const places = new Set([
  ...organizationData.places.map((p) => p.toLowerCase()),
  ...wordnetLexicon.places.filter((p) => p.includes(' ') || !isGivenName(p)).map((p) => p.toLowerCase()),
]);
// Every place WordNet and the project know, given names among them ("Milan", "Roma"): asked only where a place
// is expected after a word that calls for one.
const allPlaces = new Set([...organizationData.places, ...wordnetLexicon.places].map((p) => p.toLowerCase()));
const clubPrefixes = new Set(organizationData.clubPrefixes.map((w) => w.toLowerCase()));
const clubPrefixesBeforePlaces = new Set(organizationData.clubPrefixesBeforePlaces);

/**
 * "FC Barcelona", "Real Madrid", "AC Milan", "AS Monaco": a name of two words or more opening with a word sports
 * clubs open their names with; "AC", "AS" and "SC" only before a place or a country ("AS Heagle" is a person).
 */
export function isSportsClubName(words: string[]): boolean {
  const [first, second] = words;
  if (first === undefined || second === undefined) return false;
  if (clubPrefixes.has(first.toLowerCase()) && /^\p{Lu}/u.test(second)) return true;
  return (
    clubPrefixesBeforePlaces.has(first) && (allPlaces.has(second.toLowerCase()) || countryNamed(second) !== undefined)
  );
}

const competitions = new Set(organizationData.competitions.map((c) => c.toLowerCase()));
const cupWords = new Set(organizationData.cupWords.map((w) => w.toLowerCase()));
const namedEvents = new Set(wordnetLexicon.events.map((e) => e.toLowerCase()));
const personNouns = new Set(wordnetLexicon.personNouns);
const harmNouns = new Set(wordnetLexicon.harmNouns);
const legislatures = new Set(wordnetLexicon.legislatures.map((word) => word.charAt(0).toUpperCase() + word.slice(1)));
const memberNouns = new Set(wordnetLexicon.memberNouns);
const namedThings = new Set(wordnetLexicon.things.map((thing) => thing.toLowerCase()));

/** "Spaniard", "Texan", "Democrat": a capitalised noun for a member of a people, place, party or faith (WordNet). */
export function isMemberNoun(word: string): boolean {
  return memberNouns.has(word);
}

/** Exact (case-insensitive) country name or short form: "Ukraine", "U.S.". */
export function countryNamed(name: string): Country | undefined {
  return countryByName.get(name);
}

/** "Ukrainian", "Russians" → the country. */
export function countryOfDemonym(word: string): Country | undefined {
  return countryByDemonym.get(word);
}

/** Plural demonyms ("Russians") name the nation as an actor; singular ones are adjectives. */
export function isPluralDemonym(word: string): boolean {
  return /s$/i.test(word) && countryByDemonym.has(word) && !countryByName.has(word);
}

/** The canonical name of a curated organisation ("the Pentagon" of news), else undefined. */
export function knownOrganization(name: string): string | undefined {
  return organizationByName.get(name);
}

/** A key shared by the forms of one organisation WordNet knows ("FBI", "Federal Bureau of Investigation"). Most
 *  names asked of are in neither list: one memo answers for both look-ups, where each kept its own. */
export const organizationKey = remembered(
  ANSWERS_KEPT,
  (name): string | undefined => organizationByName.get(name) ?? wordnetOrganizationByName.get(name),
);

/**
 * "Olympic Games", "World Cup", "Champions League", "Coppa Italia": a named occasion or contest, not an actor;
 * so is one named after the body that runs it ("UEFA Champions League"). `lower` and `words`: the name lower-cased
 * and split at spaces, where the caller has them.
 */
export function isNamedEvent(name: string, lower = name.toLowerCase(), words = name.split(/\s+/)): boolean {
  if (namedEvents.has(lower) || competitions.has(lower)) return true;
  // "Copa Airlines" is a company: a cup word opens a contest's name only when no body's word ends it.
  const last = words[words.length - 1] as string;
  if (words.length >= 2 && cupWords.has((words[0] as string).toLowerCase()))
    return !isOrganizationSuffix(last) && !isOrganizationHead(last);
  return (
    words.length >= 3 && organizationKey(words[0] as string) !== undefined && isNamedEvent(words.slice(1).join(' '))
  );
}

/**
 * "Social Security", "Eastern Standard Time", "Monroe Doctrine": a programme, time, work or idea WordNet names.
 * `lower`: the name lower-cased, where the caller has it.
 */
export function isNamedThing(name: string, lower = name.toLowerCase()): boolean {
  return namedThings.has(lower);
}

/**
 * The singular forms a lower-case English plural may have, the likelier last: "spokeswomen" → spokeswoman,
 * "deputies" → deputy, "witnesses" → witness or witnesse, "nurses" → nurs or nurse. None for a singular.
 */
export function singularForms(lower: string): string[] {
  if (lower.endsWith('men')) return [`${lower.slice(0, -3)}man`];
  if (/[^aeiou]ies$/.test(lower)) return [`${lower.slice(0, -3)}y`];
  const forms: string[] = [];
  if (lower.endsWith('es')) forms.push(lower.slice(0, -2));
  if (lower.endsWith('s') && !lower.endsWith('ss')) forms.push(lower.slice(0, -1));
  return forms;
}

/** A noun for a person (WordNet's noun.person): "billionaire", "pastor", "goalkeeper", "widow", and their plurals. */
export const isPersonNoun = remembered(ANSWERS_KEPT, (word) => {
  const lower = word.toLowerCase();
  return personNouns.has(lower) || singularForms(lower).some((form) => personNouns.has(form));
});

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

const placeHeads = new Set(organizationData.placeHeads.map((w) => w.toLowerCase()));
const placePrefixes = new Set(organizationData.placePrefixes.map((w) => w.toLowerCase()));

/** "Coral Springs", "Kent County", "Palm Beach": a last word that makes a name of two or more words a place. */
export function isPlaceHead(word: string): boolean {
  return placeHeads.has(word.toLowerCase());
}

/** "Fort Pierce", "Port St. Lucie", "Lake Placid": a first word that makes a name a place. */
export function isPlacePrefix(word: string): boolean {
  return placePrefixes.has(word.toLowerCase());
}

// The U.S. states' and the District of Columbia's abbreviations after a city's name: the AP Stylebook's
// ("Calif.", "N.Y."), which news uses in datelines and text, and the postal codes ("CA", "DC").
const STATE_ABBREVIATIONS = new Set(
  `ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo. mont.
  neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. vt. va. wash. w.va. wis. wyo. d.c.
  al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa
  ri sc sd tn tx ut vt va wa wv wi wy dc`.split(/\s+/),
);

/** "D.C." in "Washington D.C.", "Calif." in "Fresno Calif.": a state's abbreviation, which ends a place's name. */
export function isStateAbbreviation(word: string): boolean {
  return STATE_ABBREVIATIONS.has(word.toLowerCase());
}

const buildingHeads = new Set(organizationData.buildingHeads.map((w) => w.toLowerCase()));

/** "Museum", "Gallery", "Library": a head word of bodies that are also buildings. */
export function isBuildingHead(word: string): boolean {
  return buildingHeads.has(word.toLowerCase());
}

/** "Museum of Flight", "Tate Gallery", "Aberdeen Royal Infirmary": a body that is also a building. */
export function isPlaceLikeHead(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const head = words.findIndex((w) => buildingHeads.has(w));
  // The head ends the name, or is followed by its "of …" complement.
  return head >= 0 && (head === words.length - 1 || words[head + 1] === 'of');
}

/** Cities, regions and capitals: places, not actors. `lower`: the name lower-cased, where the caller has it. */
export function isPlace(name: string, lower = name.toLowerCase()): boolean {
  return places.has(lower) || countryByCapital.has(name);
}

// Cities news names for the body seated there rather than for their country's government: "Brussels said" is
// the European Union's institutions (the wire services' usage, as in Reuters' and AP's reports from Brussels).
const BODIES_BY_SEAT = byLowerName([['Brussels', 'European Union']]);

/** "Brussels" → European Union: a seat that stands for its body in "Brussels said …". */
export function bodySeatedIn(name: string): string | undefined {
  return BODIES_BY_SEAT.get(name);
}

/** "Kyiv" → Ukraine: a capital, for the metonymy "Kyiv was hoping …". */
export function countryOfCapital(name: string): Country | undefined {
  return countryByCapital.get(name);
}

/** Who or what does harm, lower case: "gunmen", "suicide bomber", "sniper", "missile" (WordNet; see the lexicon). */
export function isHarmNoun(words: string): boolean {
  return harmNouns.has(words);
}

/** A legislature's common name written with a capital: "Parliament", "Senate", "Duma" (WordNet's legislature and
 *  its kinds). */
export function isLegislature(word: string): boolean {
  return legislatures.has(word);
}
