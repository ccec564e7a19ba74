import type { Gender } from './types.ts';
import { tokenIndexAt, type Sentence, type TextDocument, type Token } from './text/document.ts';
import type { ActorRecord } from './actor-registry.ts';
import type { DiscourseState } from './discourse.ts';
import type { Phrase } from './noun-phrases.ts';
import { isPersonNoun } from './gazetteer.ts';
import { findRoleHead } from './roles.ts';
import { subjectOfVerb } from './sources.ts';
import { genderOfNoun } from './gendered-nouns.ts';
import { POSSESSIVE_MARKS } from './noun-phrases.ts';

/** Who "he", "she", "they" and "it" refer to when they speak: the discourse rules of speaker resolution. */

// Prepositions after which a description's head is done: "sister of …", "a spokesman for …".
export const HEAD_PREPOSITIONS = new Set(['of', 'at', 'for', 'from', 'with', 'in', 'on']);
export const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', she: 'female' };
export const POSSESSIVE_TO_SUBJECT: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const MAX_PRONOUN_PARAGRAPH_GAP = 2;

/** Organisations, countries and descriptions in the plural are "they" (and "it" for a body). */
export function isPlural(actor: ActorRecord): boolean {
  if (actor.kind === 'ORGANIZATION' || actor.kind === 'COUNTRY' || actor.kind === 'GROUP') return true;
  return actor.kind === 'ANONYMOUS' && !ONE_OF.test(actor.name) && /[^s]s$/i.test(actor.name);
}

// "one of their daughters", "another of the victims": one person out of a group.
const ONE_OF = /^(?:one|another|each|either|neither)\s+of\s+/i;

/** The start of the actor's last mention before `before` outside quotations, or -1; with `ownerToo` false, not
 *  counting a mention that only owns a noun phrase ("Aitchison's murder"). */
export function mentionOutsideQuotes(
  state: DiscourseState,
  actor: ActorRecord,
  before: number,
  ownerToo = true,
): number {
  let last = -1;
  for (const mention of actor.mentions) {
    if (mention.start >= before || mention.start <= last) continue;
    const token = state.doc.tokens[tokenIndexAt(state.doc, mention.start)];
    if (token && token.quote >= 0) continue;
    if (!ownerToo && isOwner(state.doc, mention.end)) continue;
    last = mention.start;
  }
  return last;
}

/** The mention ending at `end` is a possessive determiner: "Aitchison's" in "the investigator of Aitchison's murder". */
function isOwner(doc: TextDocument, end: number): boolean {
  const next = doc.tokens[tokenIndexAt(doc, end)];
  return next !== undefined && next.start === end && POSSESSIVE_MARKS.has(next.lower);
}

/** The actor's mention at `start` is a pronoun of `gender` ("he" for male). */
function namedByPronounOf(actor: ActorRecord, start: number, gender: Gender): boolean {
  const mention = actor.mentions.find((m) => m.start === start);
  return mention !== undefined && PRONOUN_GENDER[mention.text.toLowerCase()] === gender;
}

/**
 * he/she: a person, or a source described as one ("a senior official", not "an Internet posting"); it: a body, or a
 * document that speaks ("The report accuses Israel … . It says …"); they: a body or a group.
 */
function fitsPronoun(actor: ActorRecord, gender: Gender | undefined, pronoun: string): boolean {
  if (gender === undefined) return isPlural(actor) || (pronoun === 'it' && isSpeakingThing(actor));
  if (actor.gender !== null && actor.gender !== gender) return false;
  if (actor.kind === 'PERSON') return true;
  if (actor.kind !== 'ANONYMOUS' || isPlural(actor)) return false;
  const head = descriptionHead(actor.name);
  return isPersonNoun(head) || findRoleHead(head) !== null || genderOfNoun(head) !== null;
}

/** A source that is one thing, not a person: "the report", "a statement", "the survey". */
function isSpeakingThing(actor: ActorRecord): boolean {
  if (actor.kind !== 'ANONYMOUS' || isPlural(actor)) return false;
  const head = descriptionHead(actor.name);
  if (TIME_NAME.test(actor.name)) return false;
  return !isPersonNoun(head) && findRoleHead(head) === null && genderOfNoun(head) === null;
}

// A time read as a source by mistake ("this week") is no thing that speaks.
const TIME_NAME =
  /^(?:(?:the|this|last|next|past|coming|previous)\s+)*(?:day|week|weekend|month|year|morning|afternoon|evening|night|today|yesterday)$/i;

/**
 * he/she/it/they → the subject of its own sentence when one that fits stands before it ("Anderson held CSX
 * responsible; he stated …", "The WHO raised its alert level, although it said …"), else the last speaker, unless
 * the sentence before, told after that speaker's last mention, has another person for its subject ("Swire believes
 * … . He described …"); else the subject of a recent sentence, or a person a recent sentence brings into the story,
 * else the most recent compatible mention. they/it → groups.
 */
export function resolvePronoun(
  state: DiscourseState,
  pronoun: string,
  at: number,
  paragraph: number,
  possessive = false,
): ActorRecord | null {
  const gender = PRONOUN_GENDER[pronoun];
  const fits = (actor: ActorRecord) => fitsPronoun(actor, gender, pronoun);
  const index = tokenIndexAt(state.doc, at);
  const sentence = (state.doc.tokens[index] as Token).sentence;
  const subjectHere =
    !possessive && pronoun !== 'we' && pronoun !== 'i' ? subjectOfSentence(state, sentence, index, fits) : null;
  if (subjectHere) return subjectHere;
  const last = state.lastSpeaker;
  // A subject pronoun continues the last speaker; a possessive ("his vow") is read by recency alone. A last
  // speaker of unknown gender gives way to a person known to be of the pronoun's, mentioned since.
  if (!possessive && last && fits(last.actor) && paragraph - last.paragraph <= MAX_PRONOUN_PARAGRAPH_GAP) {
    const lastSeen = mentionOutsideQuotes(state, last.actor, at);
    const previous = gender ? subjectOfSentence(state, sentence - 1, Infinity, fits) : null;
    const previousStart = state.doc.sentences[sentence - 1]?.start ?? 0;
    if (previous && previous !== last.actor && lastSeen < previousStart) return previous;
    // "… Betancourt said, “I cry with joy.” The Colombian-French politician was greeted … by the President and the
    // First Lady, Carla Bruni-Sarkozy. “…,” she said": a definite description of a person that names no one, as the
    // sentence's subject, goes on with the one the story is about; those it names after it are no rivals.
    if (gender && !previous && describesBySubject(state, sentence - 1, last.actor, gender)) return last.actor;
    // A person named since only as an owner ("the senior investigator of Aitchison's murder") is no rival: a
    // possessive ranks below the sentence's subject and objects (Grosz, Joshi & Weinstein 1995).
    const since =
      gender && last.actor.gender === null
        ? latestMentioned(state, (actor) => actor.kind === 'PERSON' && actor.gender === gender, at, false)
        : null;
    const sinceSeen = since ? mentionOutsideQuotes(state, since, at, false) : -1;
    if (!since || sinceSeen <= lastSeen) return last.actor;
    // A person named since only in the words the last speaker reports or judges ("President Trump also told Holt
    // that recommendations from Rod Rosenstein did not …. He went on …") is spoken of, as one named in a quotation
    // is; not one asked a question, who answers next ("Earhardt asked Rubio which states … . He said …"), nor one
    // named after a cue in an adverbial clause, where the main clause follows ("When a reporter asked Trump …,
    // Trump deflected").
    const reportSentence = (state.doc.tokens[tokenIndexAt(state.doc, last.reportStart)] as Token | undefined)?.sentence;
    const sinceSentence = (state.doc.tokens[tokenIndexAt(state.doc, sinceSeen)] as Token).sentence;
    if (
      sinceSentence === reportSentence &&
      sinceSeen >= last.reportStart &&
      !(last.asks && askedBy(state.doc, last.reportStart, sinceSeen)) &&
      !last.subordinate
    )
      return last.actor;
    // "In another tweet, he referred to Robart as … He also claimed …": a last speaker last named by a pronoun of
    // this gender is of it, whoever was named since.
    if (gender && namedByPronounOf(last.actor, lastSeen, gender)) return last.actor;
    return since;
  }
  if (pronoun === 'we') return null;
  // "I said" outside a quotation: the writer of the piece (columns, first-person reports).
  if (pronoun === 'i') return writer(state);
  if (gender && !possessive) {
    const firstSentence = state.doc.paragraphs[Math.max(0, paragraph - MAX_PRONOUN_PARAGRAPH_GAP)]?.firstSentence ?? 0;
    for (let s = sentence - 1; s >= firstSentence && s >= sentence - MAX_SUBJECT_SENTENCES; s--) {
      const subject = subjectOfSentence(state, s, Infinity, fits);
      if (subject) return subject;
      // A sentence whose subject is no one that fits still outranks older ones by a person it brings into the
      // story ("But many do not want to return, like Yaraah Sow, who lives … . He says …"): Hobbs (1978) searches
      // the previous sentence whole before going further back. A person named before is left to recency, and a
      // sentence that speaks of someone by this pronoun ("She witnessed …") continues that someone.
      const span = sentenceSpan(state.doc, s);
      if (namesByPronoun(state.doc, span, gender)) continue;
      const sentenceStart = (state.doc.tokens[span.first] as Token).start;
      const introduced = mentionIn(
        state,
        span,
        (a) => fits(a) && (a.mentions[0]?.start ?? -1) >= sentenceStart,
        'first',
      );
      if (introduced) return introduced;
    }
  }
  const best = latestMentioned(state, fits, at);
  if (best && gender && best.gender === null) best.gender = gender;
  if (best || !gender || possessive) return best;
  // "Yasmeen Afdhal, 24, … was a witness to one of the bombings. He described …": where no one of the pronoun's
  // gender is in reach, the text's pronoun outweighs the gender a given name suggests; the person the sentence
  // before is about speaks.
  return subjectOfSentence(state, sentence - 1, Infinity, (actor) => actor.kind === 'PERSON');
}

// How far back a pronoun looks for a sentence whose subject it continues, and how far into a sentence for
// the subject's verb.
const MAX_SUBJECT_SENTENCES = 3;
const MAX_SUBJECT_TOKENS = 60;

/**
 * The actor that is the subject of a sentence's first finite verb (before the token `before`), outside
 * quotations: "UK citizen Jim Swire, father of a victim, believes …", "Amtrak's CEO, Richard Anderson,
 * speaking to reporters, held …". Of the names in the verb's subject phrase the last that fits heads it
 * ("Presumptive nominee Hillary Clinton"); without one there, the first that fits before the verb.
 */
function subjectOfSentence(
  state: DiscourseState,
  sentenceIndex: number,
  before: number,
  fits: (actor: ActorRecord) => boolean,
): ActorRecord | null {
  const { doc } = state;
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return null;
  const end = Math.min(before, sentence.endToken, sentence.firstToken + MAX_SUBJECT_TOKENS);
  let verb = afterOpeningParticiple(doc, sentence.firstToken, end);
  while (verb < end && ((doc.tokens[verb] as Token).quote >= 0 || !isFiniteVerb(doc, verb))) verb++;
  if (verb >= end) return null;
  const window = { first: sentence.firstToken, end: verb };
  const phrase = subjectOfVerb(doc, verb);
  return (phrase && mentionIn(state, phrase, fits, 'last')) ?? mentionIn(state, window, fits, 'first');
}

// How many sentences of a quotation a pronoun's sentence looks past for the writer's sentence before it.
const MAX_QUOTED_SENTENCES = 6;

/** A sentence that opens inside a quotation. */
function isQuotedSentence(doc: TextDocument, sentenceIndex: number): boolean {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return false;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const token = doc.tokens[k] as Token;
    if (token.pos !== 'PUNCT') return token.quote >= 0;
  }
  return false;
}

/**
 * The subject of the sentence is a definite description of a person ("The Colombian-French politician"), naming no
 * one and of no other gender than the pronoun's, and the last speaker is a person who may be so described.
 */
function describesBySubject(state: DiscourseState, sentenceIndex: number, last: ActorRecord, gender: Gender): boolean {
  const { doc } = state;
  // Past the sentences of the quotation the pronoun's cue closes: the one before it was told by the writer.
  let index = sentenceIndex;
  while (index > 0 && sentenceIndex - index < MAX_QUOTED_SENTENCES && isQuotedSentence(doc, index)) index--;
  const sentence = doc.sentences[index];
  if (!sentence || last.kind !== 'PERSON' || (last.gender !== null && last.gender !== gender)) return false;
  const end = Math.min(sentence.endToken, sentence.firstToken + MAX_SUBJECT_TOKENS);
  let verb = sentence.firstToken;
  while (verb < end && ((doc.tokens[verb] as Token).quote >= 0 || !isFiniteVerb(doc, verb))) verb++;
  if (verb >= end) return false;
  const phrase = subjectOfVerb(doc, verb);
  if (!phrase || phrase.first !== sentence.firstToken || (doc.tokens[phrase.first] as Token).lower !== 'the')
    return false;
  const head = doc.tokens[phrase.end - 1] as Token;
  if (head.pos !== 'NOUN' || !isPersonNoun(head.lemma)) return false;
  const described = genderOfNoun(head.lemma);
  if (described !== null && described !== gender) return false;
  return mentionIn(state, phrase, (actor) => actor.kind === 'PERSON', 'first') === null;
}

/** The mention at `at` is in the noun phrase right after a cue that asks (`reportStart`): the one asked ("asked
 *  coach Rod Kessler which …"), not one named in the question. */
function askedBy(doc: TextDocument, reportStart: number, at: number): boolean {
  for (let k = tokenIndexAt(doc, reportStart); k < doc.tokens.length && (doc.tokens[k] as Token).start < at; k++)
    if (!ADDRESSEE_TAGS.has((doc.tokens[k] as Token).pos)) return false;
  return true;
}

const ADDRESSEE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'PART', 'PUNCT']);

const PRONOUN_FORMS: Record<Gender, ReadonlySet<string>> = {
  male: new Set(['he', 'him', 'his', 'himself']),
  female: new Set(['she', 'her', 'hers', 'herself']),
};

/** A word of the span outside quotations is a pronoun of `gender`. */
function namesByPronoun(doc: TextDocument, span: Phrase, gender: Gender): boolean {
  for (let k = span.first; k < span.end; k++) {
    const token = doc.tokens[k] as Token;
    if (token.quote < 0 && PRONOUN_FORMS[gender].has(token.lower)) return true;
  }
  return false;
}

function sentenceSpan(doc: TextDocument, sentenceIndex: number): Phrase {
  const sentence = doc.sentences[sentenceIndex] as Sentence;
  return { first: sentence.firstToken, end: sentence.endToken };
}

/** The actor that fits with the first or last mention outside quotations inside the phrase. */
function mentionIn(
  state: DiscourseState,
  phrase: Phrase,
  fits: (actor: ActorRecord) => boolean,
  which: 'first' | 'last',
): ActorRecord | null {
  const { doc } = state;
  if (phrase.end <= phrase.first) return null;
  const from = (doc.tokens[phrase.first] as Token).start;
  const to = (doc.tokens[phrase.end - 1] as Token).end;
  let best: ActorRecord | null = null;
  let bestAt = which === 'first' ? Infinity : -1;
  for (const actor of state.named.registry.actors) {
    // Asked only of an actor mentioned in the phrase, which most are not.
    let fitting: boolean | undefined;
    for (const mention of actor.mentions) {
      if (mention.start < from || mention.start >= to) continue;
      if (which === 'first' ? mention.start >= bestAt : mention.start <= bestAt) continue;
      if ((doc.tokens[tokenIndexAt(doc, mention.start)] as Token).quote >= 0) continue;
      fitting ??= fits(actor);
      if (!fitting) break;
      best = actor;
      bestAt = mention.start;
    }
  }
  return best;
}

/** "Asked about the delay, Smith said …": the subject comes after an opening participle's clause. */
function afterOpeningParticiple(doc: TextDocument, first: number, end: number): number {
  if ((doc.tokens[first] as Token).pos !== 'VERB') return first;
  for (let k = first + 1; k < end; k++) if ((doc.tokens[k] as Token).text === ',') return k + 1;
  return first;
}

/** "believes", "has said", "was": the verb of a clause; not a participle ("speaking to reporters"). */
function isFiniteVerb(doc: TextDocument, k: number): boolean {
  const token = doc.tokens[k] as Token;
  if (token.pos === 'AUX') return true;
  if (token.pos !== 'VERB') return false;
  const previous = doc.tokens[k - 1];
  if (previous?.lower === 'to' || previous?.pos === 'DET') return false;
  // "retired engineer Bruno Haller": a participle before a noun, with no subject before it, modifies the noun.
  const next = doc.tokens[k + 1];
  const noSubject = !previous || !['NOUN', 'PROPN', 'PRON'].includes(previous.pos);
  if (token.lower.endsWith('ed') && noSubject && next && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos)) return false;
  return !token.lower.endsWith('ing');
}

/** The head word of a description: the last word before its first preposition ("sister" in "sister of …"). */
export function descriptionHead(text: string): string {
  const words = text.replace(ONE_OF, '').split(/\s+/);
  const preposition = words.findIndex((w, k) => k > 0 && HEAD_PREPOSITIONS.has(w.toLowerCase()));
  const core = preposition > 0 ? words.slice(0, preposition) : words;
  return (core[core.length - 1] ?? '').replace(/[^\p{L}-]/gu, '');
}

/** The actor that fits mentioned last before `at`, outside quotations. */
function latestMentioned(
  state: DiscourseState,
  fits: (actor: ActorRecord) => boolean,
  at: number,
  ownerToo = true,
): ActorRecord | null {
  let best: ActorRecord | null = null;
  let bestAt = -1;
  for (const actor of state.named.registry.actors) {
    if (!fits(actor)) continue;
    const seen = mentionOutsideQuotes(state, actor, at, ownerToo);
    if (seen > bestAt) {
      best = actor;
      bestAt = seen;
    }
  }
  return best;
}

const WRITER = 'the writer';

function writer(state: DiscourseState): ActorRecord {
  const { registry } = state.named;
  return registry.findByName(WRITER, 'ANONYMOUS') ?? registry.create(WRITER, 'ANONYMOUS');
}
