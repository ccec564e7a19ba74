// Scores the answers to topic queries (statementsByRole(topic: PHRASE)) against gold: which statements
// are on the topic, and with which stance (the format of shared/gold/queries/README.md).
//
// * Matching: a returned statement and a gold one match when the token-overlap F1 of their texts is at
//   least 0.5 (as the extraction scorer matches statements), one to one, best pair first.
// * topic precision = matched / returned, recall = matched / gold on-topic statements, F1 of the two;
//   "overall" sums the counts of all queries first (micro-average); the mean of per-query F1 is given too.
// * stance accuracy: over matched statements, the share whose returned stance equals the gold stance.
// * extraction ceiling: the gold on-topic statements that any statement extracted from the article
//   matches — what topic matching can reach at best with the extractor as it is; "within reach" scores
//   recall against those alone.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STATEMENT_OVERLAP_THRESHOLD, greedyMatch } from './score.ts';
import { tokenF1, wordTokens } from './normalize.ts';

export type GoldStance = 'SUPPORTS' | 'OPPOSES' | 'NEUTRAL' | 'MIXED';

export interface TopicQuery {
  topic: string;
  /** Indices into the article's gold statements. */
  statements: number[];
  texts: string[];
  stance?: Record<string, GoldStance>;
}

export interface ArticleQueries {
  /** The article's name (its files' name in the gold directory). */
  name: string;
  queries: TopicQuery[];
  /** The article's gold statements' texts. */
  goldTexts: string[];
}

/** Every article of DIR/queries with its gold statements (DIR/gold/NAME.json), in name order. */
export async function readTopicQueries(dir: string): Promise<ArticleQueries[]> {
  const names = (await readdir(join(dir, 'queries')))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const { queries } = JSON.parse(await readFile(join(dir, 'queries', `${name}.json`), 'utf8')) as {
        queries: TopicQuery[];
      };
      const gold = JSON.parse(await readFile(join(dir, 'gold', `${name}.json`), 'utf8')) as {
        statements: { text: string }[];
      };
      return { name, queries, goldTexts: gold.statements.map((statement) => statement.text) };
    }),
  );
}

export interface ReturnedStatement {
  text: string;
  stance: string | null;
}

export interface QueryCounts {
  returned: number;
  gold: number;
  matched: number;
  /** Gold statements some statement extracted from the article matches. */
  reachable: number;
  stanceJudged: number;
  stanceRight: number;
}

export interface QueryScore {
  counts: QueryCounts;
  precision: number;
  recall: number;
  f1: number;
  /** Gold statements not returned, and returned statements matching no gold one, for reading. */
  missed: string[];
  spurious: string[];
  /** Per matched statement with a gold stance: what gold says and what was returned. */
  stances: StanceJudgement[];
}

export interface StanceJudgement {
  text: string;
  expected: GoldStance;
  returned: string | null;
}

function matchTexts(gold: readonly string[], returned: readonly string[]) {
  const goldTokens = gold.map(wordTokens);
  const returnedTokens = returned.map(wordTokens);
  const candidates = goldTokens.flatMap((g, gi) =>
    returnedTokens.flatMap((r, ri) => {
      const score = tokenF1(g, r);
      return score >= STATEMENT_OVERLAP_THRESHOLD ? [{ gold: gi, predicted: ri, score }] : [];
    }),
  );
  return greedyMatch(candidates);
}

export function ratio(part: number, whole: number, empty = 0): number {
  return whole === 0 ? empty : part / whole;
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** One query's answer against its gold; `extracted` holds the texts of every statement stored for the article. */
export function scoreTopicQuery(
  query: TopicQuery,
  goldTexts: readonly string[],
  returned: readonly ReturnedStatement[],
  extracted: readonly string[],
): QueryScore {
  const gold = query.statements.map((index) => goldTexts[index] ?? '');
  const matches = matchTexts(
    gold,
    returned.map((statement) => statement.text),
  );
  const reachable = matchTexts(gold, extracted).size;
  const stances: StanceJudgement[] = [];
  for (const [goldIndex, match] of matches) {
    const expected = query.stance?.[String(query.statements[goldIndex])];
    if (!expected) continue;
    const { text, stance } = returned[match.predicted]!;
    stances.push({ text, expected, returned: stance });
  }
  const stanceJudged = stances.length;
  const stanceRight = stances.filter((judgement) => judgement.returned === judgement.expected).length;
  const matchedReturned = new Set([...matches.values()].map((match) => match.predicted));
  const counts = {
    returned: returned.length,
    gold: gold.length,
    matched: matches.size,
    reachable,
    stanceJudged,
    stanceRight,
  };
  const precision = ratio(counts.matched, counts.returned, counts.gold === 0 ? 1 : 0);
  const recall = ratio(counts.matched, counts.gold, 1);
  return {
    counts,
    precision,
    recall,
    f1: f1Of(precision, recall),
    missed: gold.filter((_, index) => !matches.has(index)),
    spurious: returned.filter((_, index) => !matchedReturned.has(index)).map((statement) => statement.text),
    stances,
  };
}

export interface TopicSummary {
  queries: number;
  answered: number;
  answeredShare: number;
  precision: number;
  recall: number;
  f1: number;
  meanQueryF1: number;
  stanceAccuracy: number;
  stanceJudged: number;
  /** Gold stance → returned stance → how many matched statements. */
  stanceConfusion: Record<string, Record<string, number>>;
  extractionCeiling: number;
  recallWithinReach: number;
}

/** The figures over all queries; a query answered with an error is scored as returning nothing. */
export function summarise(scores: QueryScore[], answered: number): TopicSummary {
  const sum = (key: keyof QueryCounts) => scores.reduce((total, score) => total + score.counts[key], 0);
  const gold = sum('gold');
  const precision = ratio(sum('matched'), sum('returned'));
  const recall = ratio(sum('matched'), gold);
  const stanceConfusion: Record<string, Record<string, number>> = {};
  for (const { expected, returned } of scores.flatMap((score) => score.stances)) {
    const row = (stanceConfusion[expected] ??= {});
    row[returned ?? 'none'] = (row[returned ?? 'none'] ?? 0) + 1;
  }
  return {
    queries: scores.length,
    answered,
    answeredShare: ratio(answered, scores.length),
    precision,
    recall,
    f1: f1Of(precision, recall),
    meanQueryF1: ratio(
      scores.reduce((total, score) => total + score.f1, 0),
      scores.length,
    ),
    stanceAccuracy: ratio(sum('stanceRight'), sum('stanceJudged')),
    stanceJudged: sum('stanceJudged'),
    stanceConfusion,
    extractionCeiling: ratio(sum('reachable'), gold),
    recallWithinReach: ratio(sum('matched'), sum('reachable')),
  };
}
