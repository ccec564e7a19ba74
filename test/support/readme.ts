// The README's example query and the answer it shows, so a test can keep the README true.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

export async function readmeExample(): Promise<{ query: string; answer: unknown }> {
  const text = await readFile(README, 'utf8');
  const section = text.slice(text.indexOf('## Example'));
  const query = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
  const answer = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  if (!query || !answer) throw new Error('README.md has no example query with its answer');
  return { query, answer: JSON.parse(answer) };
}
