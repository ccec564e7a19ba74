// The tables reads select from, with the columns they hand out: those the API shows or resolves
// through, read as Prisma's client reads them (enums as text), so that a row from raw SQL stands in for
// Prisma's where the API takes one. Fewer columns is less to parse and collect per row of a page.
import { Prisma } from '../generated/prisma/client.ts';

export interface Table {
  name: string;
  columns: readonly string[];
}

const table = (name: string, columns: string[]): Table => ({ name, columns });

export const ARTICLE = table('Article', [
  'id',
  'url',
  'contentHash',
  'headline',
  'source',
  'publishedAt',
  'ingestedAt',
  'extractorVersion',
]);
export const ACTOR = table('Actor', ['id', 'name', 'kind::text', 'wikidataId']);
export const ACTOR_ALIAS = table('ActorAlias', ['id', 'actorId', 'alias']);
export const ROLE = table('Role', ['id', 'actorId', 'title', 'kind::text', 'organization', 'country']);
export const EVENT = table('Event', [
  'id',
  'key',
  'type::text',
  'description',
  'place',
  'date',
  'dateEnd',
  'datePrecision::text',
  'dateText',
]);
export const EVENT_PARTICIPANT = table('EventParticipant', ['eventId', 'actorId', 'part::text']);
export const TOPIC = table('Topic', [
  'id',
  'slug',
  'label',
  'description',
  'kind::text',
  'origin::text',
  'curated',
  'createdAt',
]);
export const TOPIC_ALIAS = table('TopicAlias', ['id', 'topicId', 'alias', 'normalizedAlias', 'curated']);
export const STATEMENT_TOPIC = table('StatementTopic', ['statementId', 'topicId', 'stance::text']);
export const ARTICLE_TOPIC = table('ArticleTopic', ['articleId', 'topicId', 'weight']);
export const STATEMENT = table('Statement', [
  'id',
  'articleId',
  'speakerId',
  'speakerRoleId',
  'eventId',
  'kind::text',
  'text',
  'cue',
  'section::text',
  'start',
  'end',
  'sentenceStart',
  'sentenceEnd',
]);

/** `alias."column"::cast AS "prefix.column", …` (without a prefix, plain column names). */
export function columnsOf(target: Table, alias: string, prefix?: string): Prisma.Sql {
  return Prisma.raw(
    target.columns
      .map((name) => {
        const [column, cast] = name.split('::');
        return `${alias}."${column}"${cast ? `::${cast}` : ''} AS "${prefix ? `${prefix}.` : ''}${column}"`;
      })
      .join(', '),
  );
}

export function tableOf(target: Table): Prisma.Sql {
  return Prisma.raw(`"${target.name}"`);
}
