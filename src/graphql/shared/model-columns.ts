// The columns of the models that resolvers read with raw SQL, as Prisma's client would read them
// (enums as text, no generated search columns), so that raw rows can stand in for Prisma's.
import { Prisma } from '../../generated/prisma/client.ts';

export const ACTOR_COLUMNS = [
  'id',
  'name',
  'normalizedName',
  'kind::text',
  'scopeArticleId',
  'scopeKey',
  'gender',
  'wikidataId',
  'createdAt',
];
export const ROLE_COLUMNS = [
  'id',
  'actorId',
  'title',
  'normalizedTitle',
  'kind::text',
  'organization',
  'country',
  'curated',
];
export const ARTICLE_COLUMNS = [
  'id',
  'url',
  'contentHash',
  'headline',
  'source',
  'publishedAt',
  'ingestedAt',
  'extractorVersion',
];

/** `alias."column" AS "prefix.column", …` (or plain column names without a prefix). */
export function selectColumns(alias: string, names: string[], prefix?: string): Prisma.Sql {
  return Prisma.raw(
    names
      .map((name) => {
        const [column, cast] = name.split('::');
        return `${alias}."${column}"${cast ? `::${cast}` : ''} AS "${prefix ? `${prefix}.` : ''}${column}"`;
      })
      .join(', '),
  );
}
