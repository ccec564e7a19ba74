// docker-compose.yml, checked without Docker: PostgreSQL and the service, health checks on both, the
// database on a volume, the service waiting for a healthy database and migrating as it starts, and
// an environment the service's own configuration accepts.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';

interface Service {
  image?: string;
  command?: string | string[];
  environment?: Record<string, string> | string[];
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: {
    test: string | string[];
    interval?: string;
    timeout?: string;
    retries?: number;
    start_period?: string;
  };
}

interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const ROOT = new URL('../../', import.meta.url);

function environment(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(
    env.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
  );
}

function commandLine(command: Service['command']): string {
  return Array.isArray(command) ? command.join(' ') : (command ?? '');
}

describe('docker-compose.yml', () => {
  let compose: ComposeFile;
  let postgres: Service;
  let api: Service;

  beforeAll(async () => {
    compose = parse(await readFile(new URL('docker-compose.yml', ROOT), 'utf8')) as ComposeFile;
    postgres = compose.services['postgres']!;
    api = compose.services['api']!;
  });

  it('runs PostgreSQL with a health check and its data on a named volume', () => {
    expect(postgres.image).toMatch(/^postgres:\d+/);
    const env = environment(postgres);
    expect(env['POSTGRES_USER']).toBeTruthy();
    expect(env['POSTGRES_DB']).toBeTruthy();
    expect(commandLine(postgres.healthcheck?.test)).toContain('pg_isready');
    expect(commandLine(postgres.healthcheck?.test)).toContain(`-U ${env['POSTGRES_USER']}`);
    const dataVolume = postgres.volumes?.find((volume) => volume.endsWith(':/var/lib/postgresql/data'));
    expect(dataVolume).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(dataVolume!.split(':')[0]);
  });

  it('starts the service once the database is healthy, with a configuration the service accepts', () => {
    expect(api.depends_on?.['postgres']?.condition).toBe('service_healthy');
    const env = environment(api);
    const config = readConfig(env);

    const db = environment(postgres);
    const url = new URL(config.databaseUrl!);
    expect(url.hostname).toBe('postgres');
    expect(url.port || '5432').toBe('5432');
    expect(decodeURIComponent(url.username)).toBe(db['POSTGRES_USER']);
    expect(decodeURIComponent(url.password)).toBe(db['POSTGRES_PASSWORD']);
    expect(url.pathname).toBe(`/${db['POSTGRES_DB']}`);

    expect(api.ports).toContain(`${config.port}:${config.port}`);
    expect(config.host).toBe('0.0.0.0');
    expect(config.production).toBe(true);
    expect(config.playground).toBe(true);
    expect(config.federation).toBe(false);
  });

  it('installs what the postinstall step needs and starts the server, which migrates on start', async () => {
    const command = commandLine(api.command);
    const packageJson = JSON.parse(await readFile(new URL('package.json', ROOT), 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    // NODE_ENV=production makes npm skip devDependencies, yet postinstall runs the prisma CLI.
    expect(packageJson.scripts['postinstall']).toContain('prisma/generate-client.mjs');
    expect(packageJson.devDependencies['prisma']).toBeDefined();
    expect(command).toMatch(/npm (ci|install)\b[^&]*--include=dev/);
    expect(command).toMatch(/&& npm start"?$/);
    expect(packageJson.scripts['start']).toMatch(/src\/cli\/main\.ts serve$/);
    // `serve` starts the service, which applies pending migrations before it listens.
    const service = await readFile(new URL('src/server/service.ts', ROOT), 'utf8');
    expect(service).toMatch(/await applyMigrations\(/);
    expect(api.volumes).toContain('.:/app');
  });

  it('checks the service health through /healthz on its port, allowing for the first install', () => {
    const port = readConfig(environment(api)).port;
    const test = commandLine(api.healthcheck?.test);
    expect(test).toContain(`http://localhost:${port}/healthz`);
    expect(api.healthcheck?.retries).toBeGreaterThan(0);
    const seconds = (duration: string | undefined) => Number(/^(\d+)s$/.exec(duration ?? '')?.[1]);
    expect(seconds(api.healthcheck?.start_period)).toBeGreaterThanOrEqual(300);
    expect(seconds(api.healthcheck?.timeout)).toBeLessThan(seconds(api.healthcheck?.interval));
  });

  it('is documented in the README', async () => {
    const readme = await readFile(new URL('README.md', ROOT), 'utf8');
    expect(readme).toContain('docker compose up');
  });
});
