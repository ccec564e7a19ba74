// Golden SQL: for each GraphQL document in golden/, the SQL statements the server sends to answer it,
// pinned in the .sql file beside it, so a review sees what the planner gets and how many statements a
// query costs (as PostGraphile's own tests pin theirs). After a deliberate change to the reads:
// UPDATE_GOLDEN=1 npx vitest run test/reads/golden-sql.test.ts
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'sql-formatter';
import { describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.ts';
import { useNewsServer } from '../support/news-server.ts';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const documents = (await readdir(GOLDEN)).filter((file) => file.endsWith('.graphql')).sort();

function goldenText(name: string, statements: string[]): string {
  const header = `-- ${name}.graphql costs ${statements.length} SQL statement${statements.length === 1 ? '' : 's'}.`;
  const body = statements.map(
    (sql, index) => `-- statement ${index + 1}\n${format(sql, { language: 'postgresql', keywordCase: 'upper' })};`,
  );
  return `${[header, ...body].join('\n\n')}\n`;
}

describe('the SQL each query shape sends', () => {
  const news = useNewsServer();

  it('has a golden file for at least ten query shapes', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
  });

  for (const document of documents) {
    const name = document.replace(/\.graphql$/, '');
    it(`${name}: as pinned in golden/${name}.sql`, async () => {
      const query = await readFile(path.join(GOLDEN, document), 'utf8');
      news.server.sqlStatements.length = 0;
      const answer = await postGraphQL(news.server.url, query);
      expect(answer.errors).toBeUndefined();
      const actual = goldenText(name, news.server.sqlStatements);
      const file = path.join(GOLDEN, `${name}.sql`);
      if (process.env['UPDATE_GOLDEN']) await writeFile(file, actual);
      expect(actual).toBe(await readFile(file, 'utf8').catch(() => `(no golden file ${name}.sql yet)`));
    });
  }
});
