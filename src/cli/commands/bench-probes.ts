// `bench:probes`: the probes of issue 12 against a server it starts, on the embedded default database
// and on a fresh database on the PostgreSQL in DATABASE_URL (or the local default). Prints one table of
// counts (RELIABILITY.md records it) and a JSON line; exit 1 on any wrong answer, fault or error log.
import {
  costLimit,
  concurrentReadsAndIngests,
  edgeCases,
  forgedInputs,
  likeWildcards,
  productionLeaks,
  type ProbeRow,
} from '../../benchmarks/probes/probes.ts';
import { startProbeTarget, type ProbeTarget } from '../../benchmarks/probes/probe-target.ts';
import { staleLock, workerKilled } from '../../benchmarks/probes/process-probes.ts';

const USAGE =
  'usage: bench:probes   (takes no arguments; DATABASE_URL names the PostgreSQL server to make its database on)';

async function probe(target: ProbeTarget): Promise<ProbeRow[]> {
  const rows = [
    ...(await concurrentReadsAndIngests(target)),
    await costLimit(target),
    await forgedInputs(target),
    await likeWildcards(target),
    await edgeCases(target),
    await productionLeaks(target),
  ];
  if (target.name === 'embedded') rows.push(await staleLock());
  if (target.databaseUrl) rows.push(await workerKilled(target.databaseUrl));
  const errorLines = target.errorLogLines();
  rows.push({
    probe: 'error-level log lines',
    attempts: 1,
    wrong: errorLines.length,
    faults: 0,
    note: errorLines[0]?.slice(0, 120) ?? '',
  });
  return rows;
}

export async function runBenchProbesCommand(argv: string[]): Promise<number> {
  if (argv.filter((arg) => arg !== '--').length > 0) {
    console.error(USAGE);
    return 2;
  }
  const serverUrl = process.env['DATABASE_URL'] || 'postgresql://postgres@127.0.0.1:5432/postgres';
  const results: { database: string; rows: ProbeRow[] }[] = [];
  for (const name of ['embedded', 'postgresql'] as const) {
    console.error(`probing the service on the ${name} database ...`);
    const target = await startProbeTarget(name, serverUrl);
    try {
      results.push({ database: name, rows: await probe(target) });
    } finally {
      await target.stop();
    }
  }
  const lines = ['| database | probe | attempts | wrong | faults | note |', '| --- | --- | --: | --: | --: | --- |'];
  for (const { database, rows } of results) {
    for (const row of rows)
      lines.push(`| ${database} | ${row.probe} | ${row.attempts} | ${row.wrong} | ${row.faults} | ${row.note} |`);
  }
  console.log(lines.join('\n'));
  console.log(JSON.stringify({ probes: results }));
  return results.every(({ rows }) => rows.every((row) => row.wrong === 0 && row.faults === 0)) ? 0 : 1;
}
