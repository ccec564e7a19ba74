import type { TextDocument, Token } from './text/document.ts';
import type { NameSpan } from './names.ts';
import { ActorRegistry, type ActorRecord } from './actor-registry.ts';
import { appositiveAfter } from './appositives.ts';
import { countryNamed, countryOfCapital, countryOfDemonym, knownOrganization } from './gazetteer.ts';
import { normalizeRole, splitTitles } from './roles.ts';

export interface NamedActors {
  registry: ActorRegistry;
  /** Place names (for events): "Brussels", "Manhattan". */
  places: NameSpan[];
  /** For each token of a linked name, the actor and the role title the mention gives. */
  actorAtToken: Map<number, { actor: ActorRecord; name: NameSpan; roleTitle: string | null }>;
  /** Single capitalised words not linked to anyone; they become people when they speak ("Likud said"). */
  unlinked: NameSpan[];
}

function range(first: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - first) }, (_, i) => first + i);
}

function nameWords(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** "Zelensky" is the tail of "Volodymyr Zelensky", "Hawk Sawyer" of "Kathleen Hawk Sawyer". */
function isTailOf(short: string[], long: string[]): boolean {
  if (short.length > long.length) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => w.toLowerCase() === (long[offset + i] as string).toLowerCase());
}

/** The most recently created person whose name ends with these words, or whose words end this name. */
function findPerson(registry: ActorRegistry, words: string[]): ActorRecord | undefined {
  for (let i = registry.actors.length - 1; i >= 0; i--) {
    const actor = registry.actors[i] as ActorRecord;
    if (actor.kind !== 'PERSON') continue;
    const own = nameWords(actor.name);
    if (isTailOf(words, own) || isTailOf(own, words)) return actor;
  }
  return undefined;
}

function titleWords(doc: TextDocument, name: NameSpan): string[] {
  return doc.tokens.slice(name.titleFirst, name.titleEnd).map((t: Token) => t.text);
}

function linkPerson(
  doc: TextDocument,
  registry: ActorRegistry,
  name: NameSpan,
  isPersonName: (token: number) => boolean,
): { actor: ActorRecord; roleTitle: string | null } {
  const words = nameWords(name.text);
  let actor = findPerson(registry, words);
  if (!actor) actor = registry.create(name.text, 'PERSON', name.gender);
  else if (words.length > nameWords(actor.name).length) registry.rename(actor, name.text);
  else registry.addAlias(actor, name.text);
  actor.gender ??= name.gender;

  const appositive = name.inQuote ? null : appositiveAfter(doc, name.endToken, isPersonName);
  const titles = splitTitles(titleWords(doc, name)).map((t) => t.join(' '));
  const withParty = titles.map((t) =>
    appositive?.party && normalizeRole(t).kind === 'LAWMAKER' ? `${normalizeRole(t).title} (${appositive.party})` : t,
  );
  const appositiveRoles = (appositive?.roles ?? []).flatMap((role) => {
    // "who represents Noel" is Tova Noel's attorney: "attorney for Tova Noel".
    const client = /^lawyer representing (\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)$/u.exec(role)?.[1];
    const person = client ? findPerson(registry, nameWords(client)) : undefined;
    const full = person ? `attorney for ${person.name}` : client ? `attorney for ${client}` : role;
    const short = withoutLocation(full);
    return short === full ? [full] : [short, full];
  });
  const stored = [...withParty, ...appositiveRoles].map((t) => registry.addRole(actor, t));
  const roleTitle = stored[0] ?? null;
  registry.addMention(actor, name, name.text, roleTitle);
  return { actor, roleTitle };
}

// Occupations are titles on their own: "a pulmonologist at the Aberdeen Royal Infirmary" is a pulmonologist
// (the institution is where, not what), unlike positions such as "senior fellow at the Council on …".
const OCCUPATION = /(?:ologist|iatrist|ician|doctor|surgeon|nurse|scientist|pharmacist|dentist|therapist|expert)$/i;

/** A role without its trailing place ("… from San Diego") and, for occupations, without "at <institution>". */
function withoutLocation(role: string): string {
  let short = role.replace(/\s+(?:from|in)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*$/u, '');
  const at = /^(.+?)\s+at\s+(?:the\s+)?\p{Lu}/u.exec(short);
  if (at?.[1] && OCCUPATION.test(at[1])) short = at[1];
  return short;
}

function linkOrganization(registry: ActorRegistry, name: NameSpan): ActorRecord {
  const canonical = knownOrganization(name.text) ?? name.text;
  const actor =
    registry.findByName(canonical, 'ORGANIZATION') ??
    registry.findByName(name.text, 'ORGANIZATION') ??
    registry.create(canonical, 'ORGANIZATION');
  registry.addAlias(actor, name.text);
  registry.addMention(actor, name, name.text, null);
  return actor;
}

const POSSESSIVE = new Set(["'s", '’s']);

function actsAsSubject(doc: TextDocument, name: NameSpan): boolean {
  const before = doc.tokens[name.firstToken - 1];
  const after = doc.tokens[name.endToken];
  if (!after || (before && before.pos === 'ADP')) return false;
  return POSSESSIVE.has(after.lower) || after.pos === 'AUX' || (after.pos === 'VERB' && !after.lower.endsWith('ing'));
}

function linkCountry(registry: ActorRegistry, name: NameSpan, known?: string): ActorRecord {
  const country = known ? undefined : (countryNamed(name.text) ?? countryOfDemonym(name.text));
  const canonical = known ?? country?.name ?? name.text;
  const actor = registry.findByName(canonical, 'COUNTRY') ?? registry.create(canonical, 'COUNTRY');
  registry.addAlias(actor, name.text);
  registry.addMention(actor, name, name.text, null);
  return actor;
}

/** People, organisations and countries named in the article, with surname aliases linked to full names. */
export function collectNamedActors(doc: TextDocument, names: NameSpan[], credits: Set<number>): NamedActors {
  const registry = new ActorRegistry();
  const actorAtToken: NamedActors['actorAtToken'] = new Map();
  const places: NameSpan[] = [];
  const unlinked: NameSpan[] = [];
  const remember = (name: NameSpan, actor: ActorRecord, roleTitle: string | null) => {
    for (let t = name.firstToken; t < name.endToken; t++) actorAtToken.set(t, { actor, name, roleTitle });
  };
  const kept = names.filter((n) => !credits.has((doc.tokens[n.firstToken] as Token).paragraph));
  const personTokens = new Set(kept.filter((n) => n.kind === 'PERSON').flatMap((n) => range(n.titleFirst, n.endToken)));
  const isPersonName = (token: number) => personTokens.has(token);

  // Full names first, so that a surname met before its full name still links to it.
  for (const name of kept) {
    if (name.kind === 'PERSON') {
      const { actor, roleTitle } = linkPerson(doc, registry, name, isPersonName);
      remember(name, actor, roleTitle);
    } else if (name.kind === 'ORGANIZATION') remember(name, linkOrganization(registry, name), null);
    else if (name.kind === 'COUNTRY') remember(name, linkCountry(registry, name), null);
    else if (name.kind === 'PLACE') {
      places.push(name);
      // "Kyiv was hoping …", "Kyiv’s backers": a capital acting or owning stands for its country.
      const country = countryOfCapital(name.text);
      if (country && actsAsSubject(doc, name)) remember(name, linkCountry(registry, name, country.name), null);
    }
  }
  for (const name of kept) {
    if (name.kind !== 'UNKNOWN') continue;
    const person = findPerson(registry, nameWords(name.text));
    if (!person) {
      unlinked.push(name);
      continue;
    }
    registry.addAlias(person, name.text);
    registry.addMention(person, name, name.text, null);
    remember(name, person, null);
  }
  return { registry, places, actorAtToken, unlinked };
}
