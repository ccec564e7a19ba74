// The layout speaks for itself only while it holds: layers import downward only, nothing imports in a
// circle (rules in .dependency-cruiser.cjs), and every GraphQL domain folder has the same shape.
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const DOMAINS = ['article', 'actor', 'event', 'statement', 'topic', 'ingestion'];
const SHAPE = /^(?<domain>[a-z]+)\.(type|inputs|resolver|mutations|loaders)\.ts$/;

describe('the code’s layout', () => {
  it('imports downward only, in no circle', async () => {
    const { stdout } = await run('node_modules/.bin/depcruise', [
      'src',
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'err',
    ]).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    expect(stdout).toContain('no dependency violations found');
  });

  it('gives every GraphQL domain folder the same shape, and every graph domain its reads', async () => {
    const graphqlFolders = (await readdir('src/graphql', { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && !['shared', 'federation'].includes(entry.name))
      .map((entry) => entry.name)
      .sort();
    expect(graphqlFolders).toEqual([...DOMAINS].sort());
    for (const domain of DOMAINS) {
      const misfits = (await readdir(`src/graphql/${domain}`)).filter(
        (file) => SHAPE.exec(file)?.groups?.['domain'] !== domain,
      );
      expect({ domain, misfits }).toEqual({ domain, misfits: [] });
    }
    const reads = await readdir('src/reads');
    for (const domain of DOMAINS.filter((name) => name !== 'ingestion')) expect(reads).toContain(`${domain}s.reads.ts`);
  });
});
