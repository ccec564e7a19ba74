// The shared scorer (`../shared/eval/score.mjs` beside the repository, as CI lays it out) is the reference
// the project's own scorer is checked against. It runs as a child process on saved predictions.
import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED_SCORER = resolve(REPO_ROOT, '../shared/eval/score.mjs');
// Its verbose blocks over a large set run to megabytes.
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export class SharedScorerMissingError extends Error {
  constructor(path: string) {
    super(
      `the shared scorer is missing: expected ${path} (the shared folder beside the repository, ` +
        'as CI lays it out); pass --scorer PATH to use another copy',
    );
  }
}

export interface SharedScore {
  /** 0 when every bound was met, 1 when one fell short, 2 on bad input (the scorer's own exit codes). */
  exitCode: number;
  /** What the scorer printed, verbatim. */
  output: string;
  /** The scorer's last line with `--json`: every metric at the top level. */
  summary: Record<string, unknown> | null;
}

export interface SharedScoreOptions {
  scorer?: string;
  verbose?: boolean;
  /** Lower bounds, as `--min metric=value`. */
  min?: Record<string, number>;
}

export async function runSharedScorer(
  gold: string,
  pred: string,
  options: SharedScoreOptions = {},
): Promise<SharedScore> {
  const scorer = options.scorer ?? SHARED_SCORER;
  try {
    await access(scorer);
  } catch {
    throw new SharedScorerMissingError(scorer);
  }
  const args = [scorer, '--gold', gold, '--pred', pred, '--json'];
  if (options.verbose) args.push('--verbose');
  for (const [metric, bound] of Object.entries(options.min ?? {})) args.push('--min', `${metric}=${bound}`);
  return new Promise((done) => {
    execFile(process.execPath, args, { maxBuffer: MAX_OUTPUT_BYTES }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
      const lines = stdout.trimEnd().split('\n');
      let summary: Record<string, unknown> | null = null;
      try {
        summary = JSON.parse(lines[lines.length - 1] ?? '') as Record<string, unknown>;
      } catch {
        summary = null;
      }
      // The JSON line is for us; a reader gets the tables and verdict the scorer prints above it.
      const output = (summary ? lines.slice(0, -1).join('\n') : stdout) + (stderr ? `\n${stderr}` : '');
      done({ exitCode, output: output.trimEnd(), summary });
    });
  });
}
