import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runEvalCommand } from '../../src/cli/commands/eval.ts';

// A gold set of one article of our own: two statements, one of which the extractor finds.
const ARTICLE = [
  'Harbour reopens after storm',
  '',
  '“The harbour will reopen on Monday,” port director Ingrid Solberg said.',
  'The fishing fleet stayed at anchor all week.',
].join('\n');
const GOLD = {
  actors: [{ name: 'Ingrid Solberg', kind: 'PERSON', roles: ['port director'], aliases: ['Solberg'] }],
  statements: [
    {
      speaker: 'Ingrid Solberg',
      speakerRole: 'port director',
      kind: 'DIRECT',
      text: 'The harbour will reopen on Monday',
      cue: 'said',
    },
    { speaker: 'Ingrid Solberg', speakerRole: null, kind: 'INDIRECT', text: 'the fleet lost no boats', cue: 'said' },
  ],
  events: [],
};

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eval-command-'));
  await mkdir(join(dir, 'articles'));
  await mkdir(join(dir, 'gold'));
  await writeFile(join(dir, 'articles', 'harbour.txt'), ARTICLE);
  await writeFile(join(dir, 'gold', 'harbour.json'), JSON.stringify(GOLD));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    return { code: await runEvalCommand(argv), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('eval command', () => {
  it('scores a gold directory with the project scorer and the shared reference scorer alike', async () => {
    const { code, out } = await run(['--json', dir]);
    expect(code).toBe(0);
    const report = JSON.parse(out.trim()) as {
      articles: number;
      project: { metrics: { statementRecall: number; statementPrecision: number } };
      shared: { statementRecall: number; statementPrecision: number; articles: number };
    };
    expect(report.articles).toBe(1);
    expect(report.project.metrics.statementRecall).toBe(0.5);
    expect(report.shared.statementRecall).toBe(0.5);
    expect(report.shared.statementPrecision).toBe(report.project.metrics.statementPrecision);
  });

  it('prints both scorers and fails --check when a bar is missed', async () => {
    const { code, out, err } = await run(['--check', dir]);
    expect(code).toBe(1);
    expect(out).toContain("== the project's scorer");
    expect(out).toContain('== the shared reference scorer');
    expect(out).toContain('FELL SHORT');
    expect(err).toMatch(/statementF1 0\.667 < 0\.9/);
  });

  it('keeps the predictions with --save, in the shape the shared scorer reads', async () => {
    const saved = join(dir, 'saved');
    await run(['--json', '--save', saved, dir]);
    const predicted = JSON.parse(await readFile(join(saved, 'harbour.json'), 'utf8')) as {
      statements: { speaker: string; text: string }[];
    };
    expect(predicted.statements.map((s) => [s.speaker, s.text])).toEqual([
      ['Ingrid Solberg', 'The harbour will reopen on Monday'],
    ]);
  });

  it('fails with a clear message when the shared scorer is missing', async () => {
    const missing = join(dir, 'no-such-scorer.mjs');
    const { code, err } = await run(['--scorer', missing, dir]);
    expect(code).toBe(2);
    expect(err).toContain(`the shared scorer is missing: expected ${missing}`);
  });
});
