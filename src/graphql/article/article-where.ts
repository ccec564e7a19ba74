import { Prisma } from '../../generated/prisma/client.ts';
import type { Database } from '../../store/prisma-client.ts';
import { checkDateRange } from '../shared/date-range.input.ts';
import type { ArticleFilter } from './article-filter.input.ts';

export async function articleWhere(
  db: Database,
  filter: ArticleFilter | null | undefined,
): Promise<Prisma.ArticleWhereInput> {
  const conditions: Prisma.ArticleWhereInput[] = [];
  if (filter?.source) conditions.push({ source: { equals: filter.source.trim(), mode: 'insensitive' } });
  if (filter?.publishedAt) {
    checkDateRange(filter.publishedAt, ['filter', 'publishedAt']);
    if (filter.publishedAt.from) conditions.push({ publishedAt: { gte: filter.publishedAt.from } });
    if (filter.publishedAt.to) conditions.push({ publishedAt: { lte: filter.publishedAt.to } });
  }
  if (filter?.search?.trim()) {
    // Prisma cannot express `@@` on the generated search column; the matching ids come from SQL.
    const matches = await db.$queryRaw<{ id: number }[]>`
      SELECT id FROM "Article" WHERE search @@ websearch_to_tsquery('english', ${filter.search.trim()})`;
    conditions.push({ id: { in: matches.map((match) => match.id) } });
  }
  return { AND: conditions };
}
