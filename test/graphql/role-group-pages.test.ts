// A role group's pages read from its topic's taggings index (one topic) are the pages the general
// path gives (any number of topics): the same statements, in the same order, with the same counts.
import { describe, expect, it } from 'vitest';
import { readStatementPagesByParent, type StatementParent } from '../../src/reads/statements.reads.ts';
import { namedTopicIds, readRoleGroups } from '../../src/reads/topics.reads.ts';
import { sqlReaderOf } from '../../src/store/prisma-client.ts';
import { useNewsServer } from '../support/news-server.ts';

describe("a role group's statement pages", () => {
  const news = useNewsServer();

  it('are the same read from the topic index as from the statements', async () => {
    const reader = sqlReaderOf(news.server.db);
    const topic = 'NATO invitation';
    const topicIds = await namedTopicIds(reader, topic, ['topic']);
    expect(topicIds).toHaveLength(1);
    const selection = { topicIds, phrase: null };
    const groups = await readRoleGroups(reader, selection);
    expect(groups.length).toBeGreaterThan(2);
    const keys = groups.map((group) => group.key);
    const includes = { totalCount: true, speaker: true, role: false, article: false, articleBody: false };
    const pagesBy = async (parent: StatementParent, first: number) => {
      const pages = await readStatementPagesByParent(
        reader,
        parent,
        keys,
        { topicSelection: selection },
        null,
        { first },
        includes,
      );
      return Promise.all(
        keys.map(async (key) => {
          const { page, count } = pages.get(key)!;
          return {
            texts: page.rows.map((row) => [row.id, row.text, row.speaker?.name]),
            totalCount: (await count()).value,
            hasNextPage: page.hasNextPage,
          };
        }),
      );
    };
    for (const first of [1, 2, 5]) {
      const fromIndex = await pagesBy({ roleGroupOnTopic: topicIds[0]! }, first);
      expect(fromIndex).toEqual(await pagesBy('roleGroup', first));
      expect(fromIndex.map((page) => page.totalCount)).toEqual(groups.map((group) => group.count));
    }
  });
});
