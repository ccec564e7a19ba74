// Idioms of evaluation: fixed expressions that praise or blame though none of their words does in wink-nlp's lexicon
// ("it makes sense", "a step in the right direction", "long overdue"; "falls short", "goes too far", "a slap in the
// face"). Evaluation is the commonest function of English idioms (R. Moon, Fixed Expressions and Idioms in English,
// 1998, ch. 8); the list is hand-made, of the idioms of judging a plan or an act that idiom dictionaries carry, in
// their regular forms. A negation in the few words before an idiom turns it round ("is not a step forward").

/** A mild word's weight on wink-nlp's scale: one idiom judges as one such word. */
const WEIGHT = 0.5;
const MAKE = String.raw`(?:make|makes|made|making)`;
const STEP = String.raw`(?:step|move|moves|steps)`;
const GO = String.raw`(?:go|goes|went|gone|going)`;
const FALL = String.raw`(?:fall|falls|fell|fallen|falling)`;
const MISS = String.raw`(?:miss|misses|missed|missing)`;

/** Each idiom, with the word it is scored under (its head) and its side. */
const IDIOMS: { pattern: RegExp; head: string; side: number }[] = [
  // "Makes no sense", "makes little sense", "doesn't make any sense": the denial is the idiom's own.
  { pattern: new RegExp(String.raw`\b${MAKE}\s+(?:no|little)\s+sense\b`, 'gi'), head: 'sense', side: -1 },
  {
    pattern: new RegExp(
      String.raw`\b${MAKE}\s+(?:(?:good|perfect|complete|total|real|more|a\s+lot\s+of|much)\s+)?sense\b`,
      'gi',
    ),
    head: 'sense',
    side: 1,
  },
  {
    pattern: new RegExp(String.raw`\b(?:${STEP}|heading|headed|moving)\s+in\s+the\s+right\s+direction\b`, 'gi'),
    head: 'direction',
    side: 1,
  },
  { pattern: new RegExp(String.raw`\b${STEP}\s+(?:forward|forwards)\b`, 'gi'), head: 'forward', side: 1 },
  { pattern: /\b(?:on|back\s+on)\s+the\s+right\s+track\b/gi, head: 'track', side: 1 },
  { pattern: /\blong\s+overdue\b/gi, head: 'overdue', side: 1 },
  { pattern: /\ba\s+no[- ]brainer\b/gi, head: 'brainer', side: 1 },
  { pattern: /\ba\s+game[- ]changer\b/gi, head: 'changer', side: 1 },
  { pattern: /\ba\s+breath\s+of\s+fresh\s+air\b/gi, head: 'breath', side: 1 },
  {
    pattern: new RegExp(String.raw`\b(?:${STEP}\s+(?:backward|backwards|back)|backward\s+step)\b`, 'gi'),
    head: 'backward',
    side: -1,
  },
  { pattern: new RegExp(String.raw`\b${FALL}\s+(?:well\s+|far\s+|way\s+)?short\b`, 'gi'), head: 'short', side: -1 },
  {
    pattern: new RegExp(String.raw`\b${GO}\s+(?:much\s+|way\s+|a\s+step\s+)?too\s+far\b`, 'gi'),
    head: 'far',
    side: -1,
  },
  { pattern: new RegExp(String.raw`\b${MISS}\s+the\s+mark\b`, 'gi'), head: 'mark', side: -1 },
  { pattern: /\ba\s+slap\s+in\s+the\s+face\b/gi, head: 'slap', side: -1 },
  { pattern: /\ba\s+non-?starter\b/gi, head: 'nonstarter', side: -1 },
  { pattern: /\b(?:does|do|did)\s*(?:not|n['’]t)\s+add\s+up\b/gi, head: 'add', side: -1 },
  { pattern: /\bbeggars?\s+belief\b/gi, head: 'belief', side: -1 },
  // "The right thing to do", "the right decision": wink-nlp's praise of "right" is not attested (attested-praise.ts),
  // as "right" names a side or an entitlement as often ("the right wing", "human rights").
  {
    pattern: /\bthe\s+right\s+(?:thing(?:\s+to\s+do)?|decision|call|choice|move|step|approach|answer)\b/gi,
    head: 'right',
    side: 1,
  },
  { pattern: /\ba\s+white\s+elephant\b/gi, head: 'elephant', side: -1 },
  { pattern: /\benough\s+is\s+enough\b/gi, head: 'enough', side: -1 },
];

/** A negation among the few words before an idiom: "is not a step forward", "doesn't make sense". */
const NEGATED_BEFORE = /(?:\b(?:not|never|hardly|scarcely)\b|n['’]t\b)(?:\s+\S+){0,3}\s*$/i;

export interface IdiomScore {
  head: string;
  sentiment: number;
  /** Its own words, lower case: their scores as single words give way to the idiom's ("falls well short"). */
  words: string[];
}

// Any of them, to pass over at once the clauses that hold none (nearly all: 15 idioms in 4,459 statements of the
// development articles); a clause that holds one is read idiom by idiom.
const ANY_IDIOM = new RegExp(IDIOMS.map(({ pattern }) => pattern.source).join('|'), 'i');

/** The idioms of evaluation a clause holds, each with its sentiment (turned round where negated before it). */
export function idiomsIn(text: string): IdiomScore[] {
  if (!ANY_IDIOM.test(text)) return [];
  const found: IdiomScore[] = [];
  const taken: [number, number][] = [];
  for (const { pattern, head, side } of IDIOMS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      // "Makes no sense" is read once, not again as "makes … sense".
      if (taken.some(([from, to]) => start < to && start + match[0].length > from)) continue;
      taken.push([start, start + match[0].length]);
      const negated = NEGATED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
      found.push({
        head,
        sentiment: (negated ? -side : side) * WEIGHT,
        words: match[0].toLowerCase().match(/\p{L}+/gu) ?? [],
      });
    }
  }
  return found;
}
