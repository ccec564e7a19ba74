// What the reliability probes run against: the service as `npm start` runs it (production mode, one API
// key, federation on so that `_entities` can be probed), on the embedded default database or on a fresh
// database on a PostgreSQL server, loaded with the sample article and a few corpus articles.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { readConfig } from '../../config.ts';
import { createLogger } from '../../logging/logger.ts';
import { startService, type RunningService } from '../../server/service.ts';
import { corpusArticle } from '../corpus.ts';

export const PROBE_KEY = 'probe-key-0123456789abcdef';

export interface ProbeTarget {
  name: 'embedded' | 'postgresql';
  url: string;
  base: string;
  dataDir: string | null;
  databaseUrl: string | null;
  /** Log lines at error level or above, so far. */
  errorLogLines(): string[];
  stop(): Promise<void>;
}

export interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  ms: number;
}

export async function ask(
  target: Pick<ProbeTarget, 'url'>,
  payload: unknown,
  options: { key?: boolean } = {},
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.key ? { authorization: `Bearer ${PROBE_KEY}` } : {}) },
    body: JSON.stringify(payload),
  });
  const text = await response.text();
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = { errors: [{ message: text.slice(0, 200) }] };
  }
  return { status: response.status, body, ms: performance.now() - started };
}

/** A fault of the server: a 5xx, or an error the server calls its own. */
export function isFault(answer: Answer): boolean {
  return (
    answer.status >= 500 || (answer.body.errors ?? []).some((e) => e.extensions?.['code'] === 'INTERNAL_SERVER_ERROR')
  );
}

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } userErrors { message } } }`;

export async function startProbeTarget(name: ProbeTarget['name'], serverUrl: string): Promise<ProbeTarget> {
  const errors: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line && Number(JSON.parse(line).level) >= 50) errors.push(line);
      done();
    },
  });
  const logger = createLogger({ level: 'warn', destination });
  let dataDir: string | null = null;
  let databaseUrl: string | null = null;
  let drop = async () => {};
  if (name === 'embedded') {
    dataDir = await mkdtemp(join(tmpdir(), 'probes-embedded-'));
  } else {
    const database = `probes_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
    drop = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await client.end();
    };
  }
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    API_KEYS: PROBE_KEY,
    FEDERATION: 'true',
    LOG_LEVEL: 'warn',
    ...(dataDir ? { DATA_DIR: dataDir } : { DATABASE_URL: databaseUrl! }),
  });
  let service: RunningService;
  try {
    service = await startService(config, () => {}, { logger });
  } catch (error) {
    await drop();
    throw error;
  }
  const url = service.server.url;
  const target: ProbeTarget = {
    name,
    url,
    base: url.replace(/\/graphql$/, ''),
    dataDir,
    databaseUrl,
    errorLogLines: () => [...errors],
    async stop() {
      await service.stop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      await drop();
    },
  };
  for (let i = 0; i < 12; i += 1) {
    const { headline, body, url: articleUrl, source, publishedAt } = corpusArticle(i);
    const answer = await ask(
      target,
      { query: INGEST, variables: { input: { headline, body, url: articleUrl, source, publishedAt } } },
      { key: true },
    );
    if (isFault(answer) || answer.body.errors)
      throw new Error(`Loading the probe corpus failed: ${JSON.stringify(answer.body)}`);
  }
  return target;
}
