import type { Analysis, ArticleText, ExtractedActor, Span } from './types.ts';
import { readDocument, type TextDocument } from './text/document.ts';
import { findQuotes, markQuotedTokens } from './quotes.ts';
import { creditParagraphs } from './credit-lines.ts';
import { findNames } from './names.ts';
import { collectNamedActors } from './actors.ts';
import type { ActorRecord } from './actor-registry.ts';
import { findAttributions } from './attribution.ts';
import { buildStatements } from './statements.ts';
import { findEvents } from './events.ts';
import { linkStatements } from './statement-links.ts';
import { headlineStatements } from './headline-statements.ts';
import { beginArticle } from './remembered.ts';
import { actsInStory } from './actor-salience.ts';
import { indexTopics, topicSlugsBetween, topicSlugsIn, topicsWithStance, weighTopics } from './topics.ts';
import { discoveredTopicsOf } from './discovered-topics.ts';
import { EXTRACTOR_VERSION } from './version.ts';
import { retagVerbsAfterNames } from './verbs-after-names.ts';
import { retagNounsBeforeAuxiliaries } from './nouns-before-auxiliaries.ts';
import { retagVerbsAfterParentheticals } from './verbs-after-parentheticals.ts';
import { retagVerbsBeforeClauses } from './verbs-before-clauses.ts';
import { retagVerbsAfterRelatives } from './verbs-after-relatives.ts';

export { EXTRACTOR_VERSION } from './version.ts';

function publicActor({ mentionStarts: _, statedRoles: __, ...actor }: ActorRecord): ExtractedActor {
  return actor;
}

/** The tagger's misreadings that the rules' constructions show and mend, for the body and the headline alike. */
function retagMisreadWords(doc: TextDocument): void {
  retagVerbsAfterNames(doc);
  retagNounsBeforeAuxiliaries(doc);
  retagVerbsAfterParentheticals(doc);
  retagVerbsBeforeClauses(doc);
  retagVerbsAfterRelatives(doc);
}

/** Text in, data out: actors, their roles, what they said, the events and topics of one article. */
export function extractArticle(input: ArticleText): Analysis {
  beginArticle();
  const doc = readDocument(input.body);
  retagMisreadWords(doc);
  const quotes = findQuotes(doc);
  markQuotedTokens(doc, quotes);
  const credits = creditParagraphs(doc);
  const named = collectNamedActors(doc, findNames(doc), credits);
  const attributions = findAttributions({ doc, named, lastSpeaker: null });
  const pieces: Span[][] = [];
  const statements = buildStatements(doc, quotes, attributions, pieces);
  const cues = attributions.map((a) => ({ sentence: a.sentence, cueEnd: a.cueEnd, actor: a.speaker.actor }));
  const events = findEvents(doc, named, input.publishedAt, cues, pieces.flat());
  // Topic phrases are found once in the body; statements and sentences are tagged from that index.
  const topicIndex = indexTopics(doc.body, input.headline);
  const statementSlugs = pieces.map((own) => {
    const slugs = new Set<string>();
    for (const piece of own) topicSlugsBetween(topicIndex, piece.start, piece.end, slugs);
    return slugs;
  });
  linkStatements(doc, statements, events, topicIndex, statementSlugs);
  // The headline's statement repeats the story's lead; its offsets are the headline's, its topics its own words'.
  const headline = readDocument(input.headline);
  retagMisreadWords(headline);
  for (const statement of headlineStatements(input.headline, named.registry, headline)) {
    statement.topics = topicsWithStance(topicSlugsIn(statement.text, topicIndex.established), statement.text);
    statements.push(statement);
  }

  // Anonymous sources exist through what they say; a description that never spoke is not kept as an actor.
  const speakers = new Set(statements.map((s) => s.speakerRef));
  const participants = new Set(events.flatMap((e) => e.participants.map((p) => p.actorRef)));
  const agents = new Set(
    events.flatMap((e) =>
      e.participants.filter((p) => p.part === 'AGENT' || p.part === 'TARGET').map((p) => p.actorRef),
    ),
  );
  const kept = named.registry
    .mentioned()
    .filter(
      (a) =>
        (a.kind !== 'ANONYMOUS' || speakers.has(a.ref)) &&
        actsInStory(doc, a, speakers.has(a.ref), participants.has(a.ref), agents.has(a.ref)),
    );
  const keptRefs = new Set(kept.map((a) => a.ref));
  // An event told of no one from the start (an attack, a collapse, a find) stands without anyone named; one
  // whose every participant proved no actor of the story ("Police arrested the student") is told of no one.
  const unpeopled = new Set(events.filter((e) => e.participants.length === 0).map((e) => e.ref));
  for (const event of events) event.participants = event.participants.filter((p) => keptRefs.has(p.actorRef));
  const told = events.filter((e) => e.participants.length > 0 || e.type === 'ATTACK' || unpeopled.has(e.ref));
  const toldRefs = new Set(told.map((e) => e.ref));
  for (const statement of statements)
    if (statement.eventRef && !toldRefs.has(statement.eventRef)) statement.eventRef = null;

  const topics = weighTopics([
    topicSlugsIn(input.headline, topicIndex.established),
    ...statementSlugs,
    ...doc.sentences.map((s) => topicSlugsBetween(topicIndex, s.start, s.end)),
  ]);
  const actors = kept.map(publicActor);
  // Topics found in the article's own words; each statement is tagged with those its sentence names.
  const bodyStatements = statements.filter((s) => s.section === 'BODY');
  topics.push(
    ...discoveredTopicsOf(doc, headline, actors, bodyStatements, new Set(topics.map((t) => t.slug)), credits),
  );
  return { extractorVersion: EXTRACTOR_VERSION, actors, statements, events: told, topics };
}
