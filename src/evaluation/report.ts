// Plain-text tables of the scorer's figures.
import type { ArticleScore, Metrics } from './score.ts';
import { BARS, metricsOf } from './score.ts';

const HEADLINE: (keyof Metrics)[] = [
  'statementF1',
  'speakerAccuracy',
  'attributedF1',
  'roleAccuracy',
  'actorF1',
  'eventF1',
  'indirectRecall',
];

const DETAIL: (keyof Metrics)[] = [
  'statementPrecision',
  'statementRecall',
  'attributedPrecision',
  'attributedRecall',
  'actorPrecision',
  'actorRecall',
  'eventPrecision',
  'eventRecall',
];

const fmt = (n: number) => n.toFixed(3);

export function articleTable(rows: { name: string; score: ArticleScore }[]): string {
  const width = Math.max(8, ...rows.map((r) => r.name.length));
  const header = [
    'article'.padEnd(width),
    ...HEADLINE.map((m) =>
      m
        .replace(/(Accuracy|Recall)$/, '')
        .slice(0, 10)
        .padStart(10),
    ),
  ];
  const lines = [header.join(' ')];
  for (const { name, score } of rows) {
    const metrics = metricsOf(score.counts);
    lines.push([name.padEnd(width), ...HEADLINE.map((m) => fmt(metrics[m]).padStart(10))].join(' '));
  }
  return lines.join('\n');
}

export function summaryTable(metrics: Metrics): string {
  const lines = ['micro-averaged:'];
  for (const metric of HEADLINE) {
    const bar = (BARS as Partial<Record<keyof Metrics, number>>)[metric];
    const verdict = bar === undefined ? '' : metrics[metric] >= bar ? `  ok (bar ${bar})` : `  MISSED (bar ${bar})`;
    lines.push(`  ${metric.padEnd(20)} ${fmt(metrics[metric])}${verdict}`);
  }
  lines.push(`  ${DETAIL.map((m) => `${m} ${fmt(metrics[m])}`).join(', ')}`);
  return lines.join('\n');
}

/** The statements that went wrong, for looking at errors (`eval --errors`). */
export function errorList(name: string, score: ArticleScore): string {
  const lines: string[] = [];
  const cut = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}...` : s);
  for (const o of score.statements) {
    if (o.gold && !o.predicted) lines.push(`  MISSED    [${o.gold.kind} ${o.gold.speaker}] ${cut(o.gold.text)}`);
    else if (!o.gold && o.predicted)
      lines.push(`  SPURIOUS  [${o.predicted.kind} ${o.predicted.speaker}] ${cut(o.predicted.text)}`);
    else if (o.gold && o.predicted && !o.speakerRight)
      lines.push(`  SPEAKER   gold ${o.gold.speaker} / got ${o.predicted.speaker}: ${cut(o.gold.text)}`);
    else if (o.gold && o.predicted && !o.roleRight)
      lines.push(`  ROLE      gold ${o.gold.speakerRole} / got ${o.predicted.speakerRole}: ${cut(o.gold.text)}`);
  }
  for (const a of score.unmatchedGoldActors) lines.push(`  ACTOR-    ${a}`);
  for (const a of score.unmatchedPredictedActors) lines.push(`  ACTOR+    ${a}`);
  for (const e of score.unmatchedGoldEvents)
    lines.push(`  EVENT-    ${e.type} [${e.participants.join(', ')}] ${cut(e.description ?? '')}`);
  for (const e of score.unmatchedPredictedEvents)
    lines.push(`  EVENT+    ${e.type} [${e.participants.join(', ')}] ${cut(e.description ?? '')}`);
  return [`${name}:`, ...lines].join('\n');
}
