// The operations the playground opens with, one tab each: the client's own operations (the same
// files codegen types), with variables that give an answer on the sample article.
import { readFile } from 'node:fs/promises';

export interface PlaygroundTab {
  query: string;
  variables?: string;
}

const OPERATIONS = new URL('../../client/operations/', import.meta.url);

const EXAMPLES: { file: string; variables: Record<string, unknown> }[] = [
  // The signature query first: who said what about a topic, grouped by the speaker's role.
  { file: 'statements-by-role.graphql', variables: { topic: 'NATO invitation', first: 1 } },
  { file: 'actor-statements.graphql', variables: { name: 'Zelensky', first: 3 } },
];

export async function playgroundTabs(): Promise<PlaygroundTab[]> {
  return Promise.all(
    EXAMPLES.map(async ({ file, variables }) => ({
      query: await readFile(new URL(file, OPERATIONS), 'utf8'),
      variables: JSON.stringify(variables, null, 2),
    })),
  );
}
