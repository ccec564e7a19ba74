import { extractArticle } from '../../src/extraction/extract-article.ts';
import { expect } from 'vitest';
import type { Analysis, ExtractedActor, ExtractedEvent, ExtractedStatement } from '../../src/extraction/types.ts';

/** Paragraphs joined one per line, as article bodies are stored. */
export function analyse(paragraphs: string[], publishedAt = '2024-03-14'): Analysis {
  return extractArticle({ headline: 'Test story', body: paragraphs.join('\n'), publishedAt });
}

export function speakerOf(analysis: Analysis, statement: ExtractedStatement): ExtractedActor {
  const actor = analysis.actors.find((a) => a.ref === statement.speakerRef);
  if (!actor) throw new Error(`no actor ${statement.speakerRef}`);
  return actor;
}

/** The statement whose text contains `fragment`. */
export function statementWith(analysis: Analysis, fragment: string): ExtractedStatement {
  const statement = analysis.statements.find((s) => s.text.includes(fragment));
  if (!statement)
    throw new Error(`no statement with "${fragment}" in ${JSON.stringify(analysis.statements.map((s) => s.text))}`);
  return statement;
}

export function speakerNameOf(analysis: Analysis, fragment: string): string {
  return speakerOf(analysis, statementWith(analysis, fragment)).name;
}

/** The article's events of one type. */
export function eventsOf(analysis: Analysis, type: string): ExtractedEvent[] {
  return analysis.events.filter((e) => e.type === type);
}

/** The words each event was first told by, in order. */
export function mentionsOf(analysis: Analysis): string[] {
  return analysis.events.map((e) => e.mentions[0]?.text ?? '');
}

/** The names of an event's participants. */
export function participants(analysis: Analysis, event: ExtractedEvent): (string | undefined)[] {
  return event.participants.map((p) => analysis.actors.find((a) => a.ref === p.actorRef)?.name);
}

/** The one event of a type, asserting there is exactly one. */
export function onlyEvent(analysis: Analysis, type: string): ExtractedEvent {
  const events = eventsOf(analysis, type);
  expect(events).toHaveLength(1);
  return events[0] as ExtractedEvent;
}
