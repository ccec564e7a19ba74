// A role group's pages read from its topic's taggings index (one topic) are the pages the general
// path gives (any number of topics): the same statements, in the same order, with the same counts.
import { describe, expect, it } from 'vitest';
import { pageWindow } from '../../src/graphql/shared/pagination.ts';
import {
  compileStatementQuery,
  statementCountsByParent,
  statementPagesByParent,
  type StatementParent,
} from '../../src/graphql/statement/statement-query.ts';
import { statementsByRole } from '../../src/graphql/topic/statements-by-role.ts';
import { findTopicIds } from '../../src/graphql/topic/topic-lookup.ts';
import { sqlReaderOf } from '../../src/store/prisma-client.ts';
import { useNewsServer } from '../support/news-server.ts';

describe("a role group's statement pages", () => {
  const news = useNewsServer();

  it('are the same read from the topic index as from the statements', async () => {
    const sql = sqlReaderOf(news.server.db);
    const topic = 'NATO invitation';
    const topicIds = await findTopicIds(sql, topic);
    expect(topicIds).toHaveLength(1);
    const groups = await statementsByRole(sql, topic, topicIds);
    expect(groups.length).toBeGreaterThan(2);
    const keys = groups.map((group) => group.key);
    const query = compileStatementQuery(sql, { topic }, null);
    const includes = { totalCount: true, speaker: true, role: false, article: false, articleBody: false };
    const pagesBy = async (parent: StatementParent, first: number) => {
      const pages = await statementPagesByParent(sql, parent, keys, query, pageWindow({ first }), includes, (ids) =>
        statementCountsByParent(sql, parent, ids, query),
      );
      return Promise.all(
        pages.map(async (page) => ({
          texts: page.nodes.map((node) => [node.id, node.text, node.joined?.speaker?.name]),
          totalCount: await page.totalCount,
          hasNextPage: page.pageInfo.hasNextPage,
        })),
      );
    };
    for (const first of [1, 2, 5]) {
      const fromIndex = await pagesBy({ roleGroupOnTopic: topicIds[0]! }, first);
      expect(fromIndex).toEqual(await pagesBy('roleGroup', first));
      expect(fromIndex.map((page) => page.totalCount)).toEqual(groups.map((group) => group.count));
    }
  });
});
