import type { Sentence, TextDocument, Token } from './text/document.ts';
import type { NamedActors } from './actors.ts';
import type { Trigger } from './event-trigger.ts';
import { endsRoleTitle } from './roles.ts';
import { isHarmNoun, isPersonNoun } from './gazetteer.ts';
import { isReportingNoun } from './reporting-words.ts';
import { NOUN_PHRASE_TAGS } from './noun-phrases.ts';
import { isDateWord } from './names.ts';
import { beforeVerbGroup } from './verb-groups.ts';

// The senses in which ambiguous trigger words tell an event, read from the words around them: "signed" an
// agreement or a player (not a letter), "bought" a company (not a house), "passed" a bill (not away), "named"
// to an office (not after someone), "lost" a contest (not yield), "fired" missiles (not an employee), "found"
// guilty (not lost property).

export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

// FrameNet Verdict: "found Harold Briggs guilty", "found the company liable", with the defendant between.
const VERDICT: Trigger = {
  type: 'COURT_RULING',
  occasion: 'COURT_RULING:',
  group: 'COURT_RULING:',
  words: ['find'],
  pos: null,
  setting: false,
};
const VERDICT_WORDS = new Set(['guilty', 'innocent', 'liable']);
const MAX_TOKENS_TO_VERDICT = 6;

// FrameNet Shoot_projectiles and Use_firearm: "fired missiles at Israel", "fired on protesters"; not "fired
// its chief executive", a change of office.
const FIRING: Trigger = {
  type: 'ATTACK',
  occasion: 'ATTACK:',
  group: 'ATTACK:',
  words: ['fire'],
  pos: null,
  setting: false,
};
const PROJECTILES = new Set([
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'shell',
  'shells',
  'shot',
  'shots',
  'round',
  'rounds',
  'mortar',
  'mortars',
  'bullets',
  'artillery',
  'torpedo',
  'torpedoes',
  'drones',
  'gas',
]);
const TARGET_PREPOSITIONS = new Set(['at', 'on', 'into', 'toward', 'towards']);
const MAX_TOKENS_TO_PROJECTILE = 4;

const MAX_TOKENS_TO_FIRED_SUBJECT = 3;

/**
 * "shots were fired at the crowd": in the passive, what is fired is the subject; a person fired is dismissed
 * ("Dana Holt was fired on Thursday", FrameNet Firing), so the passive is shooting only with a projectile subject.
 */
function firedProjectile(doc: TextDocument, sentence: Sentence, i: number): boolean {
  let k = i - 1;
  while (k >= sentence.firstToken && (doc.tokens[k] as Token).pos === 'ADV') k--;
  if (!BE_FORMS.has(doc.tokens[k]?.lower ?? '')) return true;
  for (let w = k - 1; w >= Math.max(sentence.firstToken, k - MAX_TOKENS_TO_FIRED_SUBJECT); w--)
    if (PROJECTILES.has((doc.tokens[w] as Token).lower)) return true;
  return false;
}

export function firingAt(doc: TextDocument, sentence: Sentence, i: number): Trigger | null {
  const token = doc.tokens[i] as Token;
  if (token.lemma !== 'fire' || token.pos !== 'VERB' || token.quote >= 0) return null;
  const next = doc.tokens[i + 1]?.lower ?? '';
  if (TARGET_PREPOSITIONS.has(next)) {
    // "was fired on Thursday" is a dismissal dated, not shots fired on someone.
    const dated = next === 'on' && isDateWord(doc.tokens[i + 2]?.lower ?? '');
    return !dated && firedProjectile(doc, sentence, i) ? FIRING : null;
  }
  for (let k = i + 1; k < Math.min(sentence.endToken, i + 1 + MAX_TOKENS_TO_PROJECTILE); k++) {
    const word = doc.tokens[k] as Token;
    if (PROJECTILES.has(word.lower)) return FIRING;
    if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes(word.pos)) return null;
  }
  return null;
}

export function verdictAt(doc: TextDocument, sentence: Sentence, i: number): Trigger | null {
  const token = doc.tokens[i] as Token;
  if (token.lemma !== 'find' || token.pos !== 'VERB' || token.quote >= 0) return null;
  for (let k = i + 1; k < Math.min(sentence.endToken, i + MAX_TOKENS_TO_VERDICT); k++) {
    const word = doc.tokens[k] as Token;
    if (VERDICT_WORDS.has(word.lower)) return VERDICT;
    if (word.pos === 'PUNCT' || word.pos === 'VERB') return null;
  }
  return null;
}

// FrameNet Finish_competition and Beat_opponent: "lost to England", "a win against Peru" name the Opponent.
export const OPPONENT_PREPOSITIONS = new Set(['to', 'against']);

// "signed" makes an agreement only with one of these as its object ("signed a ceasefire", not "signed forms").
const SIGNED_OBJECTS = new Set([
  'agreement',
  'agreements',
  'accord',
  'accords',
  'deal',
  'deals',
  'treaty',
  'treaties',
  'pact',
  'contract',
  'contracts',
  'memorandum',
  'ceasefire',
  'cease-fire',
  'truce',
  'armistice',
  'declaration',
  'deal',
]);
// FrameNet Sign_agreement and Hiring (sign.v); WordNet contract.v "enter into a contractual arrangement".
export const BINDING_VERBS = new Set(['sign', 'contract']);
const MAX_TOKENS_TO_SIGNED = 5;
// "signed with", "contracted to": the party bound, past a date or place ("in 1960 to Columbia Records").
const PARTY_PREPOSITIONS = new Set(['with', 'to']);
const MAX_TOKENS_TO_PARTY = 6;

/**
 * After "signed", an agreement signed, a person signed (Hiring: "signed striker Paulo Reis"), or a party named
 * after "with"/"to" with no object before it ("signed in 2004 with …"; not "signed a letter to …").
 */
export function bindsAgreement(doc: TextDocument, named: NamedActors, sentence: Sentence, end: number): boolean {
  const stop = Math.min(sentence.endToken, end + MAX_TOKENS_TO_PARTY);
  let objectSeen = false;
  for (let t = end; t < stop; t++) {
    const token = doc.tokens[t] as Token;
    if (t < end + MAX_TOKENS_TO_SIGNED && SIGNED_OBJECTS.has(token.lower)) return true;
    const actor = named.actorAtToken.get(t)?.actor;
    if (actor)
      return !objectSeen && (actor.kind === 'PERSON' || PARTY_PREPOSITIONS.has(doc.tokens[t - 1]?.lower ?? ''));
    // A noun right before a name is its title ("striker Paulo Reis"), not an object.
    if (token.pos === 'NOUN' && !named.actorAtToken.has(t + 1)) objectSeen = true;
  }
  return false;
}

export const MAX_TOKENS_TO_REGARD = 3;
export const REGARD = new Set([
  'praise',
  'support',
  'backing',
  'approval',
  'plaudits',
  'acclaim',
  'recognition',
  'respect',
  'admiration',
  'sympathy',
  'attention',
  'favour',
  'favor',
  'trust',
  'confidence',
]);
// FrameNet Competition and Finish_competition: what is lost as a contest.
const CONTEST_NOUNS = new Set([
  'match',
  'game',
  'race',
  'contest',
  'competition',
  'election',
  'tournament',
  'championship',
  'final',
  'semifinal',
  'bout',
  'fight',
  'battle',
  'title',
  'series',
  'cup',
  'seat',
  'vote',
  'case',
  'appeal',
  'bid',
  'lawsuit',
  'primary',
  'playoff',
  'runoff',
]);
const CONTEST_LOSS_TAGS = new Set(['DET', 'ADJ', 'PRON', 'NOUN', 'PROPN']);
const MAX_TOKENS_TO_CONTEST = 5;

/** What follows "lost" makes it a contest: a contest noun, an opponent, a score, or nothing ("they lost."). */
export function losesContest(doc: TextDocument, sentence: Sentence, end: number): boolean {
  const next = doc.tokens[end];
  if (!next || end >= sentence.endToken || next.pos === 'PUNCT' || next.pos === 'NUM') return true;
  if (OPPONENT_PREPOSITIONS.has(next.lower)) return true;
  return phraseHolds(doc, sentence, end, CONTEST_NOUNS, MAX_TOKENS_TO_CONTEST, CONTEST_LOSS_TAGS);
}

// What is settled as an agreement (WordNet settle.v "end a legal dispute by arriving at a settlement").
export const DISPUTES = new Set([
  'lawsuit',
  'lawsuits',
  'suit',
  'case',
  'cases',
  'dispute',
  'claims',
  'charges',
  'litigation',
]);

export const BUYING = new Set(['buy', 'acquire', 'purchase']);
const MAX_TOKENS_TO_BOUGHT = 3;

/** The object of "bought" is a named organisation: "bought Twitter", "acquired the Vestby Credit bank". */
export function buysBody(doc: TextDocument, named: NamedActors, sentence: Sentence, end: number): boolean {
  for (let k = end; k < Math.min(sentence.endToken, end + MAX_TOKENS_TO_BOUGHT); k++) {
    const actor = named.actorAtToken.get(k)?.actor;
    if (actor) return actor.kind === 'ORGANIZATION';
    if (!['DET', 'ADJ'].includes((doc.tokens[k] as Token).pos)) return false;
  }
  return false;
}

// What a legislature passes (WordNet pass.v "enact"; FrameNet Law: bill, law, legislation, act).
const LEGISLATION = new Set([
  'bill',
  'bills',
  'law',
  'laws',
  'legislation',
  'act',
  'resolution',
  'motion',
  'budget',
  'amendment',
]);
export const MAX_TOKENS_TO_LAW = 4;

// A bill's own subject of "passed" (FrameNet Law; "measure" and "ordinance" as American news names a bill):
// "The measure passed the Senate 60-40".
const LEGISLATION_SUBJECTS = new Set([...LEGISLATION, 'measure', 'ordinance']);

/** "passed the bill", "the budget was passed", "the bill passed the Senate". */
export function passesLaw(doc: TextDocument, sentence: Sentence, first: number, end: number): boolean {
  if (phraseHolds(doc, sentence, end, LEGISLATION, MAX_TOKENS_TO_LAW, NOUN_PHRASE_TAGS)) return true;
  if (!BE_FORMS.has(doc.tokens[first - 1]?.lower ?? '')) return billBefore(doc, sentence, first);
  for (let k = first - 2; k >= Math.max(sentence.firstToken, first - 2 - MAX_TOKENS_TO_LAW); k--)
    if (LEGISLATION.has((doc.tokens[k] as Token).lower)) return true;
  return false;
}

/**
 * "The bill passed the Senate", "the spending measure narrowly passed": the head of the noun phrase right before
 * the verb (past adverbs) is a bill, and the phrase is the clause's subject; not "the law student passed the exam"
 * (the head is "student"), nor "cannot get a budget passed" (the object of a causative verb: a participle).
 */
function billBefore(doc: TextDocument, sentence: Sentence, verb: number): boolean {
  let k = verb - 1;
  while (k >= sentence.firstToken && (doc.tokens[k] as Token).pos === 'ADV') k--;
  const head = doc.tokens[k];
  if (head === undefined || k < sentence.firstToken || !LEGISLATION_SUBJECTS.has(head.lower)) return false;
  let start = k;
  while (start > sentence.firstToken && NOUN_PHRASE_TAGS.has((doc.tokens[start - 1] as Token).pos)) start--;
  const before = doc.tokens[start - 1];
  return !(start > sentence.firstToken && before !== undefined && (before.pos === 'VERB' || before.pos === 'AUX'));
}

// WordNet enact.v "order by virtue of superior authority; decree" and sign.v: a bill signed by the head of a
// government is enacted, "signed the bill into law", "signed into law a ban on …". Not an agreement (FrameNet
// Sign_agreement binds two parties), an OTHER step of law-making.
const ENACTING: Trigger = {
  type: 'OTHER',
  occasion: 'OTHER:law',
  group: 'OTHER:law',
  words: ['sign'],
  pos: null,
  setting: false,
};
const MAX_TOKENS_TO_INTO_LAW = 10;
// What is signed as law: a bill (FrameNet Law) or an order a head of government issues.
const SIGNED_LAWS = new Set(['bill', 'bills', 'legislation', 'law', 'act', 'ordinance', 'order', 'decree']);

/** "signed the bill into law", "signed legislation", "signed an executive order": a law enacted by signature. */
export function enactingAt(doc: TextDocument, sentence: Sentence, i: number): Trigger | null {
  const token = doc.tokens[i] as Token;
  if (token.lemma !== 'sign' || token.pos !== 'VERB' || token.quote >= 0) return null;
  for (let k = i + 1; k < Math.min(sentence.endToken - 1, i + MAX_TOKENS_TO_INTO_LAW); k++) {
    const word = doc.tokens[k] as Token;
    if (word.lower === 'into' && doc.tokens[k + 1]?.lower === 'law') return ENACTING;
    if (word.pos === 'PUNCT' || word.pos === 'VERB') break;
  }
  return phraseHolds(doc, sentence, i + 1, SIGNED_LAWS, MAX_TOKENS_TO_LAW, NOUN_PHRASE_TAGS) ? ENACTING : null;
}

// FrameNet Being_located: a ship "lay off the coast"; "laid off 300 workers" is Firing.
const SHORES = new Set([
  'coast',
  'coasts',
  'shore',
  'shores',
  'island',
  'islands',
  'cape',
  'port',
  'harbour',
  'harbor',
]);

/** "lay off the coast of Somalia": a place after "off", not workers laid off. */
export function liesOffShore(doc: TextDocument, sentence: Sentence, end: number): boolean {
  return phraseHolds(doc, sentence, end, SHORES, 3, NOUN_PHRASE_TAGS);
}

const OFFICE_LEAD_TAGS = new Set(['ADJ', 'ADV', 'PROPN', 'DET']);
const MAX_TOKENS_TO_OFFICE = 8;

/** After "named", past the appointee, "as" and the office's modifiers: an office ("… foreign minister"). */
export function namesToOffice(doc: TextDocument, named: NamedActors, sentence: Sentence, end: number): boolean {
  const stop = Math.min(sentence.endToken, end + MAX_TOKENS_TO_OFFICE);
  for (let k = end; k < stop; k++) {
    const token = doc.tokens[k] as Token;
    if ((token.pos === 'NOUN' || token.pos === 'ADJ') && endsRoleTitle(token.text)) return true;
    const leads =
      named.actorAtToken.has(k) ||
      token.lower === 'as' ||
      POSSESSIVE_PRONOUNS.has(token.lower) ||
      OFFICE_LEAD_TAGS.has(token.pos) ||
      token.pos === 'NOUN';
    if (!leads) return false;
  }
  return false;
}

/** The noun phrase opening at `from` (words of `tags`, at most `maxTokens`) holds one of `words`. */
export function phraseHolds(
  doc: TextDocument,
  sentence: Sentence,
  from: number,
  words: ReadonlySet<string>,
  maxTokens: number,
  tags: ReadonlySet<string>,
): boolean {
  for (let k = from; k < Math.min(sentence.endToken, from + maxTokens); k++) {
    const token = doc.tokens[k] as Token;
    if (words.has(token.lower)) return true;
    if (!tags.has(token.pos)) return false;
  }
  return false;
}
export const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

// FrameNet Activity_start and Process_resume: begin, start, commence, resume. The verb tells an event only with
// the activity it starts ("started to broadcast", "began issuing"); "started the match", "the talks began" tell
// the happening by another word.
export const ACTIVITY_STARTS = new Set(['begin', 'start', 'commence', 'resume']);

/**
 * "started to broadcast propaganda", "have begun asking schools to pay": the activity begun, a verb after "to"
 * or a gerund right after the starting verb, itself no trigger of its own (else that word tells the event).
 */
export function startsActivity(
  doc: TextDocument,
  sentence: Sentence,
  end: number,
  isTrigger: (index: number) => boolean,
): boolean {
  let k = end;
  while (k < sentence.endToken && (doc.tokens[k] as Token).pos === 'ADV') k++;
  const next = doc.tokens[k];
  if (!next || k >= sentence.endToken) return false;
  const verb = next.lower === 'to' ? k + 1 : k;
  const activity = doc.tokens[verb];
  if (!activity || verb >= sentence.endToken || activity.pos !== 'VERB' || activity.quote >= 0) return false;
  if (verb === k && !activity.lower.endsWith('ing')) return false;
  return !isTrigger(verb);
}

// What a permission grants (FrameNet Deny_or_grant_permission and Permitting, with WordNet permission.n.01 and
// its kinds: permit, licence, visa, pass, clearance, leave; and the leave a court or a state gives: bail, parole,
// asylum, entry, access, admission).
export const PERMISSIONS = new Set([
  'permission',
  'permit',
  'permits',
  'licence',
  'licences',
  'license',
  'licenses',
  'authorization',
  'authorisation',
  'clearance',
  'visa',
  'visas',
  'pass',
  'leave',
  'bail',
  'parole',
  'asylum',
  'entry',
  'access',
  'admission',
]);
// "denied Ana Ruiz a visa", "were twice denied entry visas": the permission within this many tokens.
export const MAX_TOKENS_TO_PERMISSION = 6;

// FrameNet Finish_competition (draw.v, tie.v): "drew 1-1 with Kestrel Town", "tied with Vale"; not "drew
// criticism", "tied to the scandal". A score or an opponent after "with" or "against" makes it a result.
const DRAW_VERBS = new Set(['draw', 'tie']);
const SCORE = /^\d+[-–]\d+$/;
const MAX_TOKENS_TO_OPPONENT = 4;

export function isDrawVerb(token: Token): boolean {
  return token.pos === 'VERB' && (DRAW_VERBS.has(token.lemma) || token.lower === 'drew' || token.lower === 'tied');
}

export function drawsMatch(doc: TextDocument, named: NamedActors, sentence: Sentence, end: number): boolean {
  const next = doc.tokens[end];
  if (!next || end >= sentence.endToken) return false;
  if (SCORE.test(next.text) || (next.pos === 'NUM' && /^\d+$/.test(next.text))) return true;
  if (next.lower !== 'with' && next.lower !== 'against') return false;
  for (let k = end + 1; k < Math.min(sentence.endToken, end + 1 + MAX_TOKENS_TO_OPPONENT); k++)
    if (named.actorAtToken.has(k)) return true;
  return false;
}

// FrameNet Attack (storm.v) takes its Victim as a direct object: "stormed the embassy"; "stormed out of the
// meeting", "stormed off" are Self_motion.
const OBJECT_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

export function stormsPlace(doc: TextDocument, sentence: Sentence, end: number): boolean {
  const next = doc.tokens[end];
  return next !== undefined && end < sentence.endToken && OBJECT_OPENERS.has(next.pos);
}

// FrameNet Use_firearm and Hit_target (shoot.v): "police shot a suspect", "Mara Lind was shot in the leg", "shot
// and killed two people"; not "the film was shot in Tunis", "shot to fame", "shot a video". A person shot, as
// the object or as the subject of the passive, makes it a shooting.
const SHOOTING: Trigger = {
  type: 'ATTACK',
  occasion: 'ATTACK:',
  group: 'ATTACK:',
  words: ['shoot'],
  pos: null,
  setting: false,
};
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'i', 'we', 'me', 'us']);
const MAX_TOKENS_TO_SHOT = 4;

function isPersonAt(doc: TextDocument, named: NamedActors, k: number): boolean {
  const token = doc.tokens[k];
  if (!token) return false;
  const actor = named.actorAtToken.get(k)?.actor;
  if (actor) return actor.kind === 'PERSON' || actor.kind === 'ANONYMOUS';
  return (
    (token.pos === 'PRON' && PERSONAL_PRONOUNS.has(token.lower)) || (token.pos === 'NOUN' && isPersonNoun(token.text))
  );
}

export function shootingAt(doc: TextDocument, named: NamedActors, sentence: Sentence, i: number): Trigger | null {
  const token = doc.tokens[i] as Token;
  // The tagger may read "shot" after its subject as a noun ("Police shot a suspect"); after a determiner or an
  // adjective it is one ("the first shot").
  const verbal =
    token.pos === 'VERB' ||
    (token.lower === 'shot' &&
      ['NOUN', 'PROPN', 'PRON'].includes(doc.tokens[i - 1]?.pos ?? '') &&
      i > sentence.firstToken);
  if ((token.lemma !== 'shoot' && token.lower !== 'shot') || !verbal || token.quote >= 0) return null;
  // "shot and killed", "shot and wounded".
  if (doc.tokens[i + 1]?.lower === 'and' && ['kill', 'wound', 'injure'].includes(doc.tokens[i + 2]?.lemma ?? ''))
    return SHOOTING;
  let k = i - 1;
  while (k >= sentence.firstToken && (doc.tokens[k] as Token).pos === 'ADV') k--;
  if (BE_FORMS.has(doc.tokens[k]?.lower ?? '') || doc.tokens[k]?.lower === 'got') {
    // The subject of the passive: the name or noun ending right before the auxiliary.
    const subject = k - 1;
    return subject >= sentence.firstToken && isPersonAt(doc, named, subject) ? SHOOTING : null;
  }
  // The object: past its determiner, numbers, adjectives and noun modifiers, a person ("two police officers").
  for (let o = i + 1; o < Math.min(sentence.endToken, i + 1 + MAX_TOKENS_TO_SHOT); o++) {
    if (isPersonAt(doc, named, o)) return SHOOTING;
    if (!['DET', 'NUM', 'ADJ', 'NOUN'].includes((doc.tokens[o] as Token).pos)) return null;
  }
  return null;
}

// FrameNet Text_creation / Statement by issuing: a verb of issuing whose object is a message ("issued a warning",
// "posted a statement on its website", "released a notice to airmen") states something publicly. The messages
// are the reporting nouns (data/reporting-words.json) and the kinds of announcement news issues (WordNet's
// announcement.n.01 and .02: notice, advisory, edict, proclamation, release, bulletin).
const ISSUING: Trigger = {
  type: 'STATEMENT_ISSUED',
  occasion: 'STATEMENT_ISSUED:',
  group: 'STATEMENT_ISSUED:',
  words: ['issue'],
  pos: 'VERB',
  setting: false,
};
const ISSUING_VERBS = new Set(['issue', 'release', 'post', 'publish']);
const ANNOUNCEMENTS = new Set(['notice', 'advisory', 'edict', 'proclamation', 'release', 'bulletin']);
const MAX_TOKENS_TO_MESSAGE = 4;

/** A verb of issuing whose object is a message, read as a statement issued. */
export function issuingAt(doc: TextDocument, sentence: Sentence, i: number): Trigger | null {
  const token = doc.tokens[i] as Token;
  if (token.pos !== 'VERB' || !ISSUING_VERBS.has(token.lemma) || token.quote >= 0) return null;
  for (let k = i + 1; k < Math.min(sentence.endToken, i + 1 + MAX_TOKENS_TO_MESSAGE); k++) {
    const word = doc.tokens[k] as Token;
    if (word.pos === 'NOUN' || word.pos === 'PROPN') {
      const next = doc.tokens[k + 1];
      // The head is the last noun of the object's compound ("a travel warning").
      if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.sentence === word.sentence) continue;
      return isReportingNoun(word.lemma.toLowerCase()) || ANNOUNCEMENTS.has(word.lemma.toLowerCase()) ? ISSUING : null;
    }
    if (!['DET', 'ADJ', 'NUM'].includes(word.pos)) return null;
  }
  return null;
}

// FrameNet Killing with a Killer or a Cause that attacks (kill.v, wound.v, injure.v): "a suicide bomber killed 12
// people", "gunmen wounded three guards", "a missile killed two soldiers" is an attack, which news tells by its
// toll; "the virus killed 12 people" or "she was killed in a crash" is not.
const HARMING: Trigger = {
  type: 'ATTACK',
  occasion: 'ATTACK:',
  group: 'ATTACK:',
  words: ['kill'],
  pos: 'VERB',
  setting: false,
};
const HARMING_VERBS = new Set(['kill', 'wound', 'injure', 'murder', 'massacre', 'behead']);

/** A killing or wounding whose subject is an attacker or a weapon, read as an attack. */
export function killingAt(doc: TextDocument, sentence: Sentence, i: number): Trigger | null {
  const token = doc.tokens[i] as Token;
  if (token.pos !== 'VERB' || !HARMING_VERBS.has(token.lemma) || token.quote >= 0) return null;
  // The sentence's first word stays a candidate subject whatever its tag.
  const k = beforeVerbGroup(doc, i, sentence.firstToken + 1);
  const head = doc.tokens[k];
  // A sentence's first word is capitalised for the sentence, and the tagger then reads it as a name ("Gunmen").
  const noun = head?.pos === 'NOUN' || (head?.pos === 'PROPN' && k === sentence.firstToken);
  if (!head || k < sentence.firstToken || !noun) return null;
  const twoWords = k > sentence.firstToken ? `${(doc.tokens[k - 1] as Token).lower} ${head.lower}` : '';
  return isHarmNoun(head.lower) || isHarmNoun(twoWords) ? HARMING : null;
}

// FrameNet Statement with an Addressee that is a body: "told Reuters", "speaking to the BBC", "interviewed by
// Channel 4". Words given to an organisation, in news most often a news organisation, are put out in public, which
// news tells as a statement issued; the body names the occasion even where the speaker is left unnamed ("a senior
// official told Reuters").
const GIVING_WORDS: Trigger = {
  type: 'STATEMENT_ISSUED',
  occasion: 'STATEMENT_ISSUED:',
  group: 'STATEMENT_ISSUED:',
  words: ['tell'],
  pos: 'VERB',
  setting: false,
};
const ADDRESSING_VERBS = new Set(['tell', 'speak', 'talk', 'interview']);
// The word between the verb and its addressee: "spoke to", "talking with", "interviewed by".
const ADDRESSEE_PREPOSITIONS: Record<string, string> = { speak: 'to', talk: 'to', interview: 'by' };

/** A verb of telling whose addressee is an organisation: "told Reuters", "spoke to the BBC". */
export function tellingBodyAt(doc: TextDocument, named: NamedActors, sentence: Sentence, i: number): Trigger | null {
  const token = doc.tokens[i] as Token;
  if (token.pos !== 'VERB' || !ADDRESSING_VERBS.has(token.lemma) || token.quote >= 0) return null;
  let k = i + 1;
  const preposition = ADDRESSEE_PREPOSITIONS[token.lemma];
  if (preposition !== undefined) {
    if (doc.tokens[k]?.lower !== preposition) return null;
    k++;
  }
  if (doc.tokens[k]?.lower === 'the') k++;
  if (k >= sentence.endToken) return null;
  return named.actorAtToken.get(k)?.actor.kind === 'ORGANIZATION' ? GIVING_WORDS : null;
}

/**
 * The words, as written or as lemma, that firingAt, verdictAt, enactingAt, shootingAt, issuingAt, killingAt and
 * tellingBodyAt open on: a token with none of them is read by none of these.
 */
export const SENSE_OPENING_WORDS: ReadonlySet<string> = new Set([
  'fire',
  'find',
  'sign',
  'shoot',
  'shot',
  ...ISSUING_VERBS,
  ...HARMING_VERBS,
  ...ADDRESSING_VERBS,
]);

// FrameNet Judgment (approve.v with "of": "approve of the mayor's record", "approved of the governor") is an opinion
// held; a vote approves a thing directly ("the board approved the merger").
/** "approve of": an opinion, not a vote. */
export function approvesOf(doc: TextDocument, end: number): boolean {
  return doc.tokens[end]?.lower === 'of';
}

// WordNet judgment.n.01 "the cognitive process of reaching a decision" and good judgment.n.01 "the capacity to
// assess situations": a person's judgment, not a court's (judgment.n.04 "the determination by a court").
const COURT_WORDS = new Set([
  'court',
  'courts',
  'judge',
  'judges',
  'jury',
  'tribunal',
  'justice',
  'justices',
  'appeal',
  'appeals',
  'lawsuit',
  'case',
]);

/**
 * "questioning the governor's judgment", "her judgment in backing the plan": a judgment someone owns, in a sentence
 * with no court, is their faculty of judging; "the court's judgment", "a judgment against the bank" are rulings.
 */
export function isFacultyOfJudging(doc: TextDocument, sentence: Sentence, first: number): boolean {
  const before = doc.tokens[first - 1];
  const owned =
    before !== undefined &&
    (POSSESSIVE_PRONOUNS.has(before.lower) ||
      before.lower === "'s" ||
      before.lower === '’s' ||
      before.lower === 'good');
  if (!owned) return false;
  for (let k = sentence.firstToken; k < sentence.endToken; k++)
    if (COURT_WORDS.has((doc.tokens[k] as Token).lower)) return false;
  return true;
}

// FrameNet Evidence and Reasoning (demonstrate.v with a clause: "demonstrated that the plan works",
// "demonstrate how the money was spent") show a proposition; Protest (demonstrate.v intransitive: "thousands
// demonstrated in Kyiv") is the event.
const PROPOSITION_OPENERS = new Set(['that', 'how', 'what', 'why', 'whether', 'which', 'who']);

// What is shown as a quality, the Evidence frame's Proposition as a noun: "demonstrated its ability to rally",
// "demonstrating the party's strength" (WordNet demonstrate.v.01 "establish the validity of something").
const QUALITIES = new Set([
  'ability',
  'capacity',
  'strength',
  'power',
  'commitment',
  'resolve',
  'skill',
  'skills',
  'willingness',
  'determination',
  'support',
  'appeal',
  'value',
  'need',
  'importance',
]);
const QUALITY_PHRASE_TAGS = new Set([...NOUN_PHRASE_TAGS, 'PART', 'PRON', 'VERB']);
const MAX_TOKENS_TO_QUALITY = 5;

/** "demonstrated that …", "demonstrate how …", "demonstrated its ability": a proof, not a protest. */
export function demonstratesProposition(doc: TextDocument, sentence: Sentence, end: number): boolean {
  for (let k = end; k < Math.min(sentence.endToken, end + 2); k++) {
    const token = doc.tokens[k] as Token;
    if (PROPOSITION_OPENERS.has(token.lower)) return true;
    if (token.pos !== 'ADV') break;
  }
  return phraseHolds(doc, sentence, end, QUALITIES, MAX_TOKENS_TO_QUALITY, QUALITY_PHRASE_TAGS);
}

// FrameNet Judgment_communication: an attack in words has an abstract Evaluee ("an attack on her record", "his
// attack on the judge's heritage"); a violent one has a place, a body or people as its target.
const EVALUEES = new Set([
  'record',
  'records',
  'policy',
  'policies',
  'plan',
  'plans',
  'proposal',
  'proposals',
  'remarks',
  'comments',
  'statements',
  'views',
  'stance',
  'position',
  'positions',
  'agenda',
  'rhetoric',
  'heritage',
  'character',
  'integrity',
  'credibility',
  'judgment',
  'judgement',
  'leadership',
  'competence',
  'honesty',
  'patriotism',
  'faith',
  'religion',
  'values',
  'press',
  'media',
]);
const MAX_TOKENS_TO_EVALUEE = 6;

/** "an attack on her record", "Okafor's attack on the governor's policies": words, not violence. */
export function attacksInWords(doc: TextDocument, sentence: Sentence, end: number): boolean {
  if (doc.tokens[end]?.lower !== 'on') return false;
  return phraseHolds(doc, sentence, end + 1, EVALUEES, MAX_TOKENS_TO_EVALUEE, QUALITY_PHRASE_TAGS);
}

// WordNet deal.n.03 "a great deal" (much) and big deal (an important matter), and the evaluation "a good deal"
// said of something bought: quantities and judgements, not agreements.
const DEAL_EVALUATIONS = new Set(['good', 'great', 'big', 'raw', 'bad', 'fair', 'better']);

/** "a great deal of money", "no big deal.", "consider it a good deal.": no agreement. */
export function isDealIdiom(doc: TextDocument, sentence: Sentence, first: number, end: number): boolean {
  const before = doc.tokens[first - 1];
  if (!before || first - 1 < sentence.firstToken || !DEAL_EVALUATIONS.has(before.lower)) return false;
  const next = doc.tokens[end];
  return !next || end >= sentence.endToken || next.lower === 'of' || next.pos === 'PUNCT';
}

// Counting words before "votes": "190 electoral votes", "two fewer votes", "each extra vote" count ballots
// (WordNet vote.n.04 "a legal right to participate in an election" / ballot.n "a document listing the
// alternatives"), not a vote held (vote.n.01 "a choice that is made by counting the number of people in favor").
const COUNTING_WORDS = new Set(['each', 'every', 'more', 'less', 'fewer', 'most', 'many', 'few', 'enough']);
const MAX_TOKENS_BEFORE_COUNTED = 3;

/** "190 electoral votes", "two fewer votes": a number or a quantity before the noun, past adjectives. */
export function countsVotes(doc: TextDocument, sentence: Sentence, first: number): boolean {
  for (let k = first - 1; k >= Math.max(sentence.firstToken, first - MAX_TOKENS_BEFORE_COUNTED); k--) {
    const token = doc.tokens[k] as Token;
    if (token.pos === 'NUM' || COUNTING_WORDS.has(token.lower)) return true;
    if (token.pos !== 'ADJ' && token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.text !== '-') return false;
  }
  return false;
}

// What erupts or explodes in a crowd's reaction or a quarrel, not a volcano or a bomb (FrameNet
// Process_start and Cause_to_start with a reaction; WordNet erupt.v.04 "start abruptly", explode.v.05 "show a
// violent emotional reaction").
const REACTIONS = new Set([
  'applause',
  'laughter',
  'cheers',
  'cheering',
  'ovation',
  'ovations',
  'anger',
  'outrage',
  'rage',
  'fury',
  'controversy',
  'row',
  'debate',
  'criticism',
  'tears',
  'joy',
  'popularity',
  // Quarrels (FrameNet Quarreling and Hostile_encounter nouns; WordNet fracas.n, spat.n, uproar.n): "the fracas
  // erupted", "a feud erupted between the two".
  'fracas',
  'spat',
  'feud',
  'quarrel',
  'argument',
  'scandal',
  'uproar',
  'furor',
  'furore',
  'backlash',
]);
const MAX_TOKENS_TO_REACTION = 3;

/** "Cheers erupted", "the hall exploded in laughter", "a row erupted over …". */
export function eruptsInReaction(doc: TextDocument, sentence: Sentence, first: number, end: number): boolean {
  // The subject, right before the verb past its auxiliaries and adverbs.
  const k = beforeVerbGroup(doc, first, sentence.firstToken + 1);
  if (k >= sentence.firstToken && REACTIONS.has((doc.tokens[k] as Token).lower)) return true;
  const next = doc.tokens[end]?.lower;
  if (next !== 'in' && next !== 'into' && next !== 'with') return false;
  return phraseHolds(doc, sentence, end + 1, REACTIONS, MAX_TOKENS_TO_REACTION, NOUN_PHRASE_TAGS);
}

// FrameNet Suasion and WordNet win over.v "make someone agree, understand, or realize the truth": "won over
// the mayor", "has won over voters"; a side beaten is "won against" or "beat".
/** "won over" a person: persuaded, not a contest won. */
export function winsOverPerson(doc: TextDocument, named: NamedActors, sentence: Sentence, end: number): boolean {
  if (doc.tokens[end]?.lower !== 'over') return false;
  for (let k = end + 1; k < Math.min(sentence.endToken, end + 1 + MAX_TOKENS_TO_SHOT); k++) {
    if (isPersonAt(doc, named, k)) return true;
    if (!['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes((doc.tokens[k] as Token).pos)) return false;
  }
  return false;
}
