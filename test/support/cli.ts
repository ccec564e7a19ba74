// The command line as a user runs it, in a child process: its output lines as they come, waiting
// for a line, and how it exits.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

/** Runs a command to its end: its exit code and all it printed. */
export async function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      {
        env: { ...process.env, ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

export interface Cli {
  child: ChildProcess;
  output: string[];
  /**
   * Resolves with the first output line (stdout or stderr) matching, waiting for it if need be;
   * rejects, with all the output, if the process exits first.
   */
  line(pattern: RegExp): Promise<string>;
  exited: Promise<{ code: number | null; signal: string | null }>;
}

export function startCli(args: string[], env: Record<string, string>): Cli {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const waiting: { pattern: RegExp; resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      for (const waiter of waiting.splice(0)) {
        waiter.reject(new Error(`exited (${code ?? signal}) before printing ${waiter.pattern}:\n${output.join('\n')}`));
      }
      resolve({ code, signal });
    }),
  );
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      for (const waiter of waiting.filter((candidate) => candidate.pattern.test(line))) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    });
  }
  return {
    child,
    output,
    line: (pattern) =>
      new Promise((resolve, reject) => {
        const found = output.find((line) => pattern.test(line));
        if (found) resolve(found);
        else if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`exited before ${pattern}`));
        else waiting.push({ pattern, resolve, reject });
      }),
    exited,
  };
}

/** Exits within the time a clean stop takes, or fails naming what the process printed. */
export async function exitsWithin(cli: Cli, ms: number) {
  const timeout = sleep(ms).then(() => 'still running' as const);
  const result = await Promise.race([cli.exited, timeout]);
  if (result === 'still running') throw new Error(`still running ${ms} ms after SIGTERM:\n${cli.output.join('\n')}`);
  return result;
}
