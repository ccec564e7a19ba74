import { extractArticle } from '../../src/extraction/extract-article.ts';
import type { Analysis, ExtractedActor, ExtractedStatement } from '../../src/extraction/types.ts';

/** Paragraphs joined one per line, as article bodies are stored. */
export function analyse(paragraphs: string[], publishedAt = '2024-03-14'): Analysis {
  return extractArticle({ headline: 'Test story', body: paragraphs.join('\n'), publishedAt });
}

export function speakerOf(analysis: Analysis, statement: ExtractedStatement): ExtractedActor {
  const actor = analysis.actors.find((a) => a.ref === statement.speakerRef);
  if (!actor) throw new Error(`no actor ${statement.speakerRef}`);
  return actor;
}

/** The statement whose text contains `fragment`. */
export function statementWith(analysis: Analysis, fragment: string): ExtractedStatement {
  const statement = analysis.statements.find((s) => s.text.includes(fragment));
  if (!statement)
    throw new Error(`no statement with "${fragment}" in ${JSON.stringify(analysis.statements.map((s) => s.text))}`);
  return statement;
}

export function speakerNameOf(analysis: Analysis, fragment: string): string {
  return speakerOf(analysis, statementWith(analysis, fragment)).name;
}
