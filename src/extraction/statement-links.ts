import type { ExtractedEvent, ExtractedStatement } from './types.ts';
import { indexTopics, topicSlugsBetween, topicSlugsIn, topicsWithStance, type TopicIndex } from './topics.ts';
import { sentenceAt, type TextDocument } from './text/document.ts';

// Context reaches this far on either side of a statement; a runaway sentence must not make tagging quadratic.
const MAX_CONTEXT_CHARS = 400;
// Events a statement can be made at.
const SPEECH_SETTINGS = new Set(['SUMMIT', 'MEETING', 'BRIEFING', 'STATEMENT_ISSUED', 'VISIT', 'VOTE']);

/**
 * Tags each statement with topics from its text and context (its sentence and the sentence before it in
 * the paragraph: "… support for a NATO invitation. He said it should happen now."), and links it to an
 * event its sentence mentions.
 */
export function linkStatements(
  doc: TextDocument,
  statements: ExtractedStatement[],
  events: ExtractedEvent[],
  topicIndex: TopicIndex = indexTopics(doc.body),
  statementSlugs: Array<Set<string>> = statements.map((s) => topicSlugsIn(s.text)),
): void {
  // Which events a statement can be made at is read once, not for each statement.
  const speechEvents = events.filter((e) => SPEECH_SETTINGS.has(e.type));
  statements.forEach((statement, k) => {
    const sentence = sentenceAt(doc, statement.sentence.start);
    const previous = sentence ? doc.sentences[sentence.index - 1] : undefined;
    const contextStart =
      previous && previous.paragraph === sentence?.paragraph ? previous.start : statement.sentence.start;
    const from = Math.max(contextStart, statement.start - MAX_CONTEXT_CHARS);
    const to = Math.min(statement.sentence.end, statement.end + MAX_CONTEXT_CHARS);
    const found = new Set(statementSlugs[k] ?? topicSlugsIn(statement.text));
    statement.topics = topicsWithStance(topicSlugsBetween(topicIndex, from, to, found), statement.text);
    const setting = speechEvents.find(
      (e) =>
        e.participants.some((p) => p.actorRef === statement.speakerRef) &&
        e.mentions.some((m) => m.start >= statement.sentence.start && m.end <= statement.sentence.end),
    );
    statement.eventRef = setting?.ref ?? null;
  });
}
