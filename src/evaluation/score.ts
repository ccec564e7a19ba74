// The scorer: gold file vs. the extractor's `extract --json` output (both in the gold files' shape).
//
// Metric definitions (all counts are summed over articles before dividing: micro-averages).
//
// * Statement matching. Each statement's text is reduced to word tokens (folded case and accents,
//   letters and digits only; the " ... " that joins the parts of a split quote counts for nothing).
//   Every gold/predicted pair of the same article with token-overlap F1 >= 0.5 is a candidate;
//   candidates are taken best-first (highest overlap, ties by document order) and each statement is
//   used at most once, so one prediction can never satisfy two gold statements.
// * statementF1: F1 of those one-to-one matches; statementPrecision = matched / predicted,
//   statementRecall = matched / gold.
// * speakerAccuracy: share of matched statements whose predicted speaker (its canonical name) is the
//   gold speaker: equal, after folding case, accents, punctuation and a leading article, to the gold
//   speaker's name or to one of that gold actor's aliases. An alias that the gold file gives to more
//   than one actor (two anonymous officials both called "the official") identifies nobody and is
//   not accepted.
// * attributedF1: F1 where a prediction counts as correct only if it is matched AND its speaker is
//   right: precision = correct / predicted, recall = correct / gold.
// * roleAccuracy: over all matched statements, the share whose predicted speakerRole equals the gold
//   speakerRole after the same folding (case, accents, punctuation, a leading article); both null
//   counts as equal, one null and one title does not.
// * actorF1: gold actors against predicted actors. A pair is compatible when the predicted canonical
//   name equals the gold name or one of its aliases, or the gold name equals one of the predicted
//   aliases (same folding). Pairs are matched one-to-one, exact canonical-name pairs first.
// * eventF1: gold events against predicted events. A pair is compatible when the types are equal and
//   at least one predicted participant is one of the gold participants (a participant is compared as
//   a speaker is: the gold participant's name or the unambiguous aliases of that gold actor). Pairs
//   are matched one-to-one, the pairs sharing most participants first.
// * indirectRecall: matched gold INDIRECT and MIXED statements / all gold INDIRECT and MIXED
//   statements (the text match only; the kind predicted is not required to agree).

import { nameKey, titleKey, tokenF1, wordTokens } from './normalize.ts';

export interface ScoredActor {
  name: string;
  kind?: string;
  roles?: string[];
  aliases?: string[];
}

export interface ScoredStatement {
  speaker: string;
  speakerRole: string | null;
  kind: string;
  text: string;
  cue?: string | null;
}

export interface ScoredEvent {
  type: string;
  description?: string;
  participants: string[];
  location?: string | null;
  when?: string | null;
}

/** The gold files' shape, which `extract --json` also prints. */
export interface GoldLike {
  actors: ScoredActor[];
  statements: ScoredStatement[];
  events: ScoredEvent[];
}

/** Raw counts for one article (or a sum of articles). */
export interface Counts {
  goldStatements: number;
  predictedStatements: number;
  matchedStatements: number;
  rightSpeaker: number;
  rightRole: number;
  goldIndirect: number;
  matchedIndirect: number;
  goldActors: number;
  predictedActors: number;
  matchedActors: number;
  goldEvents: number;
  predictedEvents: number;
  matchedEvents: number;
}

export interface Metrics {
  statementPrecision: number;
  statementRecall: number;
  statementF1: number;
  speakerAccuracy: number;
  attributedPrecision: number;
  attributedRecall: number;
  attributedF1: number;
  roleAccuracy: number;
  actorPrecision: number;
  actorRecall: number;
  actorF1: number;
  eventPrecision: number;
  eventRecall: number;
  eventF1: number;
  indirectRecall: number;
}

/** One matched or unmatched statement, for error analysis. */
export interface StatementOutcome {
  gold: ScoredStatement | null;
  predicted: ScoredStatement | null;
  overlap: number;
  speakerRight: boolean;
  roleRight: boolean;
}

export interface ArticleScore {
  counts: Counts;
  statements: StatementOutcome[];
  unmatchedGoldActors: string[];
  unmatchedPredictedActors: string[];
  unmatchedGoldEvents: ScoredEvent[];
  unmatchedPredictedEvents: ScoredEvent[];
}

export const STATEMENT_OVERLAP_THRESHOLD = 0.5;

interface Candidate {
  gold: number;
  predicted: number;
  score: number;
}

/** Best-first one-to-one assignment: highest score first, ties by gold then predicted index. */
export function greedyMatch(candidates: Candidate[]): Map<number, Candidate> {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.gold - b.gold || a.predicted - b.predicted);
  const byGold = new Map<number, Candidate>();
  const usedPredicted = new Set<number>();
  for (const candidate of sorted) {
    if (byGold.has(candidate.gold) || usedPredicted.has(candidate.predicted)) continue;
    byGold.set(candidate.gold, candidate);
    usedPredicted.add(candidate.predicted);
  }
  return byGold;
}

/** For each gold actor name, the keys that identify it: its name and the aliases no other gold actor shares. */
function goldIdentities(actors: ScoredActor[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<number>>();
  actors.forEach((actor, index) => {
    for (const key of [actor.name, ...(actor.aliases ?? [])].map(nameKey)) {
      if (!key) continue;
      const set = owners.get(key) ?? new Set<number>();
      set.add(index);
      owners.set(key, set);
    }
  });
  const identities = new Map<string, Set<string>>();
  actors.forEach((actor, index) => {
    const keys = new Set<string>([nameKey(actor.name)]);
    for (const alias of actor.aliases ?? []) {
      const key = nameKey(alias);
      if (key && owners.get(key)?.size === 1 && owners.get(key)?.has(index)) keys.add(key);
    }
    const existing = identities.get(nameKey(actor.name));
    identities.set(nameKey(actor.name), existing ? new Set([...existing, ...keys]) : keys);
  });
  return identities;
}

/** Whether `predictedName` names the gold actor called `goldName`. */
function namesGoldActor(identities: Map<string, Set<string>>, goldName: string, predictedName: string): boolean {
  const goldKey = nameKey(goldName);
  const predictedKey = nameKey(predictedName);
  if (!predictedKey) return false;
  if (goldKey === predictedKey) return true;
  return identities.get(goldKey)?.has(predictedKey) ?? false;
}

function sameRole(gold: string | null, predicted: string | null): boolean {
  if (gold === null || gold.trim() === '') return predicted === null || predicted.trim() === '';
  if (predicted === null) return false;
  return titleKey(gold) === titleKey(predicted);
}

function scoreStatements(gold: GoldLike, predicted: GoldLike, identities: Map<string, Set<string>>) {
  const goldTokens = gold.statements.map((s) => wordTokens(s.text));
  const predictedTokens = predicted.statements.map((s) => wordTokens(s.text));
  const candidates: Candidate[] = [];
  goldTokens.forEach((g, gi) => {
    predictedTokens.forEach((p, pi) => {
      const score = tokenF1(g, p);
      if (score >= STATEMENT_OVERLAP_THRESHOLD) candidates.push({ gold: gi, predicted: pi, score });
    });
  });
  const matches = greedyMatch(candidates);
  const outcomes: StatementOutcome[] = [];
  const usedPredicted = new Set<number>();
  let rightSpeaker = 0;
  let rightRole = 0;
  let goldIndirect = 0;
  let matchedIndirect = 0;
  gold.statements.forEach((g, gi) => {
    const indirect = g.kind === 'INDIRECT' || g.kind === 'MIXED';
    if (indirect) goldIndirect++;
    const match = matches.get(gi);
    if (!match) {
      outcomes.push({ gold: g, predicted: null, overlap: 0, speakerRight: false, roleRight: false });
      return;
    }
    const p = predicted.statements[match.predicted]!;
    usedPredicted.add(match.predicted);
    if (indirect) matchedIndirect++;
    const speakerRight = namesGoldActor(identities, g.speaker, p.speaker);
    const roleRight = sameRole(g.speakerRole, p.speakerRole);
    if (speakerRight) rightSpeaker++;
    if (roleRight) rightRole++;
    outcomes.push({ gold: g, predicted: p, overlap: match.score, speakerRight, roleRight });
  });
  predicted.statements.forEach((p, pi) => {
    if (!usedPredicted.has(pi))
      outcomes.push({ gold: null, predicted: p, overlap: 0, speakerRight: false, roleRight: false });
  });
  return { outcomes, matched: matches.size, rightSpeaker, rightRole, goldIndirect, matchedIndirect };
}

function scoreActors(gold: GoldLike, predicted: GoldLike) {
  const candidates: Candidate[] = [];
  gold.actors.forEach((g, gi) => {
    const goldKeys = new Set([g.name, ...(g.aliases ?? [])].map(nameKey).filter(Boolean));
    const goldName = nameKey(g.name);
    predicted.actors.forEach((p, pi) => {
      const predictedName = nameKey(p.name);
      if (predictedName === goldName) candidates.push({ gold: gi, predicted: pi, score: 2 });
      else if (
        goldKeys.has(predictedName) ||
        (p.aliases ?? []).some((alias) => nameKey(alias) === goldName && goldName !== '')
      )
        candidates.push({ gold: gi, predicted: pi, score: 1 });
    });
  });
  const matches = greedyMatch(candidates);
  const usedPredicted = new Set([...matches.values()].map((m) => m.predicted));
  return {
    matched: matches.size,
    unmatchedGold: gold.actors.filter((_, i) => !matches.has(i)).map((a) => a.name),
    unmatchedPredicted: predicted.actors.filter((_, i) => !usedPredicted.has(i)).map((a) => a.name),
  };
}

function scoreEvents(gold: GoldLike, predicted: GoldLike, identities: Map<string, Set<string>>) {
  const candidates: Candidate[] = [];
  gold.events.forEach((g, gi) => {
    predicted.events.forEach((p, pi) => {
      if (g.type !== p.type) return;
      const shared = g.participants.filter((gp) => p.participants.some((pp) => namesGoldActor(identities, gp, pp)));
      if (shared.length > 0) candidates.push({ gold: gi, predicted: pi, score: shared.length });
    });
  });
  const matches = greedyMatch(candidates);
  const usedPredicted = new Set([...matches.values()].map((m) => m.predicted));
  return {
    matched: matches.size,
    unmatchedGold: gold.events.filter((_, i) => !matches.has(i)),
    unmatchedPredicted: predicted.events.filter((_, i) => !usedPredicted.has(i)),
  };
}

/** Scores one article's prediction against its gold file. */
export function scoreArticle(gold: GoldLike, predicted: GoldLike): ArticleScore {
  const identities = goldIdentities(gold.actors);
  const statements = scoreStatements(gold, predicted, identities);
  const actors = scoreActors(gold, predicted);
  const events = scoreEvents(gold, predicted, identities);
  return {
    counts: {
      goldStatements: gold.statements.length,
      predictedStatements: predicted.statements.length,
      matchedStatements: statements.matched,
      rightSpeaker: statements.rightSpeaker,
      rightRole: statements.rightRole,
      goldIndirect: statements.goldIndirect,
      matchedIndirect: statements.matchedIndirect,
      goldActors: gold.actors.length,
      predictedActors: predicted.actors.length,
      matchedActors: actors.matched,
      goldEvents: gold.events.length,
      predictedEvents: predicted.events.length,
      matchedEvents: events.matched,
    },
    statements: statements.outcomes,
    unmatchedGoldActors: actors.unmatchedGold,
    unmatchedPredictedActors: actors.unmatchedPredicted,
    unmatchedGoldEvents: events.unmatchedGold,
    unmatchedPredictedEvents: events.unmatchedPredicted,
  };
}

export function emptyCounts(): Counts {
  return {
    goldStatements: 0,
    predictedStatements: 0,
    matchedStatements: 0,
    rightSpeaker: 0,
    rightRole: 0,
    goldIndirect: 0,
    matchedIndirect: 0,
    goldActors: 0,
    predictedActors: 0,
    matchedActors: 0,
    goldEvents: 0,
    predictedEvents: 0,
    matchedEvents: 0,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof Counts)[]) sum[key] = a[key] + b[key];
  return sum;
}

/** part / whole, with 0/0 = 1 (nothing to find and nothing found is perfect) and x/0 = 0 otherwise. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? (part === 0 ? 1 : 0) : part / whole;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Precision, recall, F1 and accuracies from (summed) counts. */
export function metricsOf(c: Counts): Metrics {
  const statementPrecision = ratio(c.matchedStatements, c.predictedStatements);
  const statementRecall = ratio(c.matchedStatements, c.goldStatements);
  const attributedPrecision = ratio(c.rightSpeaker, c.predictedStatements);
  const attributedRecall = ratio(c.rightSpeaker, c.goldStatements);
  const actorPrecision = ratio(c.matchedActors, c.predictedActors);
  const actorRecall = ratio(c.matchedActors, c.goldActors);
  const eventPrecision = ratio(c.matchedEvents, c.predictedEvents);
  const eventRecall = ratio(c.matchedEvents, c.goldEvents);
  return {
    statementPrecision,
    statementRecall,
    statementF1: f1(statementPrecision, statementRecall),
    speakerAccuracy: c.matchedStatements === 0 ? 0 : c.rightSpeaker / c.matchedStatements,
    attributedPrecision,
    attributedRecall,
    attributedF1: f1(attributedPrecision, attributedRecall),
    roleAccuracy: c.matchedStatements === 0 ? 0 : c.rightRole / c.matchedStatements,
    actorPrecision,
    actorRecall,
    actorF1: f1(actorPrecision, actorRecall),
    eventPrecision,
    eventRecall,
    eventF1: f1(eventPrecision, eventRecall),
    indirectRecall: ratio(c.matchedIndirect, c.goldIndirect),
  };
}

/** The bars of issue 3; a metric below its bar fails `eval --check`. */
export const BARS = {
  statementF1: 0.9,
  speakerAccuracy: 0.9,
  attributedF1: 0.85,
  roleAccuracy: 0.8,
  actorF1: 0.8,
  eventF1: 0.6,
  indirectRecall: 0.8,
} as const satisfies Partial<Record<keyof Metrics, number>>;

export function missedBars(metrics: Metrics): { metric: keyof typeof BARS; value: number; bar: number }[] {
  return (Object.entries(BARS) as [keyof typeof BARS, number][])
    .filter(([metric, bar]) => metrics[metric] < bar)
    .map(([metric, bar]) => ({ metric, value: metrics[metric], bar }));
}
