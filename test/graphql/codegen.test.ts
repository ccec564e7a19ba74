import { readFile } from 'node:fs/promises';
import { generate, loadContext } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl, SCHEMA_FILE } from '../../src/cli/commands/print-schema.ts';

// Both generated files are committed; `npm run codegen` rewrites them after a schema change.
describe('generated GraphQL files', () => {
  it('schema.graphql is the SDL the resolvers produce', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await printSchemaSdl());
  });

  it('the typed client documents match the operations and the schema', async () => {
    const outputs = await generate(await loadContext('codegen.yml'), false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(await readFile(output.filename, 'utf8'), output.filename).toBe(output.content);
    }
  });
});
