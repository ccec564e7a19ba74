// Events: filtered pages (by type, participant, place, date or topic) in order of first report or by
// date, and the events an article reports or an actor took part in.
import { Prisma, type Event, type EventParticipant } from '../generated/prisma/client.ts';
import type { EventType } from '../generated/prisma/enums.ts';
import type { SqlReader } from '../store/sql-reader.ts';
import { actorNamed } from './actors.reads.ts';
import { invalidArgument } from './invalid-argument.ts';
import { linkedPages } from './links.ts';
import { readLinkedPages } from './linked-pages.ts';
import type { RowSource } from './paging/keyset.ts';
import { byId, byKeyThenId, type Ordering } from './paging/ordering.ts';
import type { PageArgs } from './paging/page-window.ts';
import { readPage, type PageWithCount } from './paging/read-page.ts';
import { columnsOf, EVENT } from './tables.ts';
import { checkedText, containsPattern } from './text-arguments.ts';
import { selectTopic, type TopicSelection } from './topics.reads.ts';

export type EventRow = Event;
export type ParticipantRow = EventParticipant;

export interface EventFilter {
  type?: EventType | null;
  participantId?: number | null;
  participantName?: string | null;
  place?: string | null;
  date?: { from?: Date | null; to?: Date | null } | null;
  /** A topic slug or phrase: events reported by articles on it. */
  topic?: string | null;
}

/** Events reported by articles a stored topic tags, or for a phrase, by articles holding statements it matches. */
function onTopic(selection: TopicSelection): Prisma.Sql {
  if (selection.topicIds) {
    return Prisma.sql`EXISTS (SELECT 1 FROM "EventMention" em JOIN "ArticleTopic" at ON at."articleId" = em."articleId"
      WHERE em."eventId" = e.id AND at."topicId" = ANY(${selection.topicIds}::int[]))`;
  }
  const statementIds = selection.phrase.matches.map((match) => match.id);
  return Prisma.sql`EXISTS (SELECT 1 FROM "EventMention" em JOIN "Statement" s ON s."articleId" = em."articleId"
      WHERE em."eventId" = e.id AND s.id = ANY(${statementIds}::int[]))`;
}

export type EventOrderField = 'REPORTED' | 'DATE';

export interface EventOrder {
  field: EventOrderField;
  descending: boolean;
}

const ID = Prisma.sql`e.id`;
const ORDERINGS: Record<EventOrderField, (descending: boolean) => Ordering> = {
  REPORTED: (descending) => byId('events', ID, descending),
  DATE: (descending) =>
    byKeyThenId('events-by-date', ID, { sql: Prisma.sql`e.date`, type: 'timestamp', nullable: true }, descending),
};

function eventSource(
  filter: EventFilter | null | undefined,
  order: EventOrder | null | undefined,
  topic: TopicSelection | null,
): RowSource {
  const at = (name: string) => ['filter', name];
  const conditions: Prisma.Sql[] = [];
  if (filter?.type) conditions.push(Prisma.sql`e.type = ${filter.type}::"EventType"`);
  if (filter?.participantId) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "EventParticipant" p WHERE p."eventId" = e.id AND p."actorId" = ${filter.participantId}::int)`,
    );
  }
  if (filter?.participantName) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventParticipant" p JOIN "Actor" x ON x.id = p."actorId"
      WHERE p."eventId" = e.id AND ${actorNamed(Prisma.sql`x`, filter.participantName, at('participantName'))})`);
  }
  if (filter?.place)
    conditions.push(Prisma.sql`e.place ILIKE ${containsPattern(checkedText(filter.place, at('place')))}`);
  const date = filter?.date;
  if (date?.from && date.to && date.from > date.to) {
    invalidArgument(
      `The date range ends (${date.to.toISOString()}) before it starts (${date.from.toISOString()})`,
      at('date'),
    );
  }
  if (topic) conditions.push(onTopic(topic));
  if (date?.from) conditions.push(Prisma.sql`e.date >= ${date.from}`);
  if (date?.to) conditions.push(Prisma.sql`e.date <= ${date.to}`);
  return {
    select: columnsOf(EVENT, 'e'),
    from: Prisma.sql`"Event" e`,
    where: conditions,
    ordering: ORDERINGS[order?.field ?? 'REPORTED'](order?.descending ?? false),
  };
}

export async function readEventPage(
  reader: SqlReader,
  filter: EventFilter | null | undefined,
  order: EventOrder | null | undefined,
  args: PageArgs,
): Promise<PageWithCount<EventRow>> {
  const topic = filter?.topic ? await selectTopic(reader, filter.topic, ['filter', 'topic']) : null;
  return readPage<EventRow>(reader, eventSource(filter, order, topic), args);
}

export function readEventPagesOfArticles(reader: SqlReader, articleIds: readonly number[], args: PageArgs) {
  return readLinkedPages<EventRow>(reader, linkedPages.articleEvents, articleIds, args);
}

export function readEventPagesOfActors(reader: SqlReader, actorIds: readonly number[], args: PageArgs) {
  return readLinkedPages<EventRow>(reader, linkedPages.actorEvents, actorIds, args);
}
