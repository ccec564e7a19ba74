// The README's example queries and the answers it shows, so a test keeps the README true.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const EXAMPLE = /```graphql\n([\s\S]*?)```[\s\S]*?```json\n([\s\S]*?)```/g;

export interface ReadmeExample {
  query: string;
  answer: unknown;
}

/** The "## Examples" section: each GraphQL block with the JSON block that follows it. */
async function examplesSection(): Promise<{ text: string; start: number; end: number }> {
  const text = await readFile(README, 'utf8');
  const start = text.indexOf('## Examples');
  if (start === -1) throw new Error('README.md has no "## Examples" section');
  const next = text.indexOf('\n## ', start + 1);
  return { text, start, end: next === -1 ? text.length : next };
}

export async function readmeExamples(): Promise<ReadmeExample[]> {
  const { text, start, end } = await examplesSection();
  return [...text.slice(start, end).matchAll(EXAMPLE)].map((match) => ({
    query: match[1]!,
    answer: JSON.parse(match[2]!),
  }));
}

/** Writes the given answers into the JSON blocks of the examples, in order. */
export async function rewriteReadmeAnswers(answers: unknown[]): Promise<void> {
  const { text, start, end } = await examplesSection();
  let index = 0;
  const section = text.slice(start, end).replace(EXAMPLE, (whole) => {
    const answer = JSON.stringify(answers[index++], null, 2);
    return whole.replace(/```json\n[\s\S]*?```$/, `\`\`\`json\n${answer}\n\`\`\``);
  });
  await writeFile(README, text.slice(0, start) + section + text.slice(end));
}
