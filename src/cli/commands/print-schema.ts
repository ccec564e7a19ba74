import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { getSchema } from '../../graphql/schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));

export async function printSchemaSdl(): Promise<string> {
  return `${printSchema(await getSchema())}\n`;
}

/** Writes the SDL that clients and codegen read; a test keeps the committed copy current. */
export async function runPrintSchemaCommand(argv: string[]): Promise<number> {
  const file = argv[0] ?? SCHEMA_FILE;
  await writeFile(file, await printSchemaSdl());
  console.log(`Wrote ${file}`);
  return 0;
}
