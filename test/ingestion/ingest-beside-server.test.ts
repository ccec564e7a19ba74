// On the default install (no DATABASE_URL) the server holds the embedded database; `ingest` run beside
// it must store through the running server's database, not refuse.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { startService, type RunningService } from '../../src/server/service.ts';
import { postGraphQL } from '../support/graphql-client.ts';

const run = promisify(execFile);

let dataDir: string;
let service: RunningService;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ingest-beside-server-'));
  service = await startService(readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
});

afterAll(async () => {
  await service?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The CLI as a user runs it on the default install: no DATABASE_URL, the same DATA_DIR. */
async function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the CLI beside a running server on the embedded database', () => {
  it('ingests a file through the server’s database, and the API serves it at once', async () => {
    const file = join(dataDir, 'harbour.txt');
    await writeFile(
      file,
      'Harbour dredging to start in May\n\n' +
        'The port authority will begin dredging the harbour in May, its director, Lena Visser, said on Monday.\n\n' +
        '“Bigger ships need deeper water,” Visser said.\n',
    );
    const result = await cli(['ingest', file]);
    expect(result.stderr).toContain(`through the server running as process ${process.pid}`);
    expect(result.stdout).toMatch(/1 stored, 0 already stored, 0 failed\./);
    expect(result.code).toBe(0);

    const answer = await postGraphQL<{ articles: { nodes: { headline: string }[] } }>(
      service.server.url,
      '{ articles(filter: { search: "dredging" }) { nodes { headline } } }',
    );
    expect(answer.data!.articles.nodes).toEqual([{ headline: 'Harbour dredging to start in May' }]);
  });

  it('reports migrations as up to date through the server’s database', async () => {
    const result = await cli(['migrate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/up to date/);
  });
});
