// Runs `prisma generate` without the network. Prisma 7's CLI insists on locating its Rust schema
// engine before any command, and downloads it when missing; generation itself only uses bundled
// wasm, so pointing the variable at any existing file lets it run offline. Migrations never go
// through this path (see src/store/migrations).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const thisFile = fileURLToPath(import.meta.url);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= thisFile;
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';

const result = spawnSync('prisma', ['generate'], { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
